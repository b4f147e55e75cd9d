"""``diplotext evaluate``: score the library on a directory of gold files."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from diplotext.errors import DiplotextError
from diplotext.evaluate import EvaluationError, evaluate

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
    p.add_argument("--json", action="store_true", help="print the scores as a JSON object")
    p.add_argument(
        "--details", action="store_true", help="after the table, list every disagreement"
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Score and print the table (or JSON); 1 when some gold pair could not be read."""
    problems: list[EvaluationError] = []
    try:
        scores = evaluate(args.gold, predictions=args.pred, errors=problems)
    except (EvaluationError, DiplotextError) as exc:
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
