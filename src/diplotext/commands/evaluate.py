"""``diplotext evaluate``: score the library on a directory of gold files."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from diplotext.errors import DiplotextError
from diplotext.evaluate import EvaluationError, check_gold, evaluate, iter_gold
from diplotext.parser import GAZETTEER_KINDS, Parser

__all__ = ["HELP", "NAME", "add_arguments", "run"]

NAME = "evaluate"
HELP = "score diplotext on a directory of <id>.txt + <id>.json gold files"
EXAMPLES = """\
Each <id>.json is a gold record in the annotation format of the guidelines
(see the "Evaluating on your own gold set" guide); each <id>.txt is the article.
Scores are micro-averaged precision, recall and F1 per field, with attribute
accuracies over matched officials and events.

examples:
  diplotext evaluate my-gold/
  diplotext evaluate my-gold/ --json > scores.json
  diplotext evaluate my-gold/ --pred saved-output/
  diplotext evaluate my-gold/ --gazetteer organizations=my-orgs.tsv --gazetteer titles=my-titles.tsv
  diplotext evaluate my-gold/ --check
  diplotext evaluate my-gold/ --details | grep '^\\[officials\\]'
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Declare the options of ``diplotext evaluate``."""
    p.epilog = EXAMPLES
    p.add_argument("gold", metavar="GOLD_DIR", help="directory of <id>.txt and <id>.json files")
    p.add_argument(
        "--pred",
        metavar="PRED_DIR",
        help="score the <id>.json article objects saved in PRED_DIR instead of parsing "
        "(a missing file counts as nothing found)",
    )
    p.add_argument(
        "--gazetteer",
        action="append",
        default=[],
        metavar="KIND=FILE",
        help="parse with this user gazetteer TSV added (kind: "
        + ", ".join(GAZETTEER_KINDS)
        + "); repeat for several, to measure what they change",
    )
    p.add_argument(
        "--check",
        action="store_true",
        help="only check the gold files (vocabularies, values, names found in the text) "
        "and list their problems; exit status 1 when there are some",
    )
    p.add_argument("--json", action="store_true", help="print the scores as a JSON object")
    p.add_argument(
        "--details", action="store_true", help="after the table, list every disagreement"
    )


def _parser(options: list[str]) -> Parser:
    """A Parser with the ``KIND=FILE`` gazetteers of ``--gazetteer``."""
    files: dict[str, list[str]] = {}
    for option in options:
        kind, sep, path = option.partition("=")
        if not sep or not kind or not path:
            raise ValueError(f"--gazetteer {option!r}: expected KIND=FILE")
        files.setdefault(kind.strip(), []).append(path)
    repeated = [kind for kind, paths in files.items() if len(paths) > 1]
    if repeated:
        raise ValueError(f"--gazetteer: one file per kind ({', '.join(repeated)} given twice)")
    return Parser(extra_gazetteers={kind: paths[0] for kind, paths in files.items()})


def check(gold_dir: str, out: TextIO, err: TextIO) -> int:
    """List the problems of every gold file; 1 when there are some."""
    files = problems = 0
    try:
        for pair in iter_gold(gold_dir):
            files += 1
            if isinstance(pair, EvaluationError):
                out.write(f"{pair}\n")
                problems += 1
                continue
            for problem in check_gold(pair.gold, pair.text):
                out.write(f"{Path(gold_dir) / (pair.id + '.json')}: {problem}\n")
                problems += 1
    except EvaluationError as exc:
        err.write(f"diplotext: {exc}\n")
        return 2
    out.write(f"{problems} problem(s) in {files} gold file(s)\n")
    return 1 if problems else 0


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Score and print the table (or JSON); 1 when some gold pair could not be read."""
    if args.check:
        return check(args.gold, out, err)
    problems: list[EvaluationError] = []
    if args.gazetteer and args.pred is not None:
        err.write("diplotext: --gazetteer has no effect with --pred (nothing is parsed)\n")
        return 2
    try:
        parser = _parser(args.gazetteer) if args.gazetteer else None
        scores = evaluate(args.gold, parser, predictions=args.pred, errors=problems)
    except (EvaluationError, DiplotextError, ValueError) as exc:
        err.write(f"diplotext: {exc}\n")
        return 2
    for problem in problems:
        err.write(f"diplotext: {problem}\n")
    if args.json:
        out.write(json.dumps(scores.to_dict(), indent=1) + "\n")
    else:
        out.write(f"{scores.articles} articles in {args.gold}\n")
        out.write(scores.table() + "\n")
    if args.details:
        for line in scores.details():
            (err if args.json else out).write(line + "\n")
    return 1 if problems else 0
