"""``diplotext parse``: parse files, directories of ``*.txt`` files, or standard input."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from diplotext.errors import DiplotextError
from diplotext.parser import Parser
from diplotext.records import Article

__all__ = ["HELP", "NAME", "add_arguments", "iter_inputs", "run"]

NAME = "parse"
HELP = "parse article files, directories of *.txt files, or standard input"
EXAMPLES = """\
examples:
  diplotext parse examples/articles/roundup.txt
  diplotext parse articles/ --format jsonl > records.jsonl
  cat article.txt | diplotext parse - --format text --published 2024-10-21
"""


class InputError(Exception):
    """An input that cannot be read; reported per file."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Declare the options of ``diplotext parse``."""
    p.epilog = EXAMPLES
    p.add_argument("inputs", nargs="+", metavar="FILE|DIR|-", help="text files, directories, or -")
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "text"),
        default="json",
        help="json: one article object (an array of {file, article} for several inputs); "
        "jsonl: one {file, article} line per input; text: a readable summary",
    )
    p.add_argument("--published", metavar="DATE", help="publication date (ISO 8601) for all inputs")


def iter_inputs(inputs: Sequence[str]) -> Iterator[tuple[str, str | InputError]]:
    """(name, text or error) for every input, directories walked for *.txt in sorted order."""
    for item in inputs:
        if item == "-":
            data = sys.stdin.buffer.read()
            yield "-", _decode("-", data)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                yield item, InputError(f"{item}: directory has no *.txt articles")
            for f in files:
                yield str(f), _read(f)
        else:
            yield item, _read(path)


def _read(path: Path) -> str | InputError:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return InputError(f"{path}: no such file")
    except IsADirectoryError:
        return InputError(f"{path}: is a directory")
    except PermissionError:
        return InputError(f"{path}: permission denied")
    except OSError as exc:
        return InputError(f"{path}: cannot read ({exc.strerror or exc})")
    return _decode(str(path), data)


def _decode(name: str, data: bytes) -> str | InputError:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(f"{name}: not UTF-8 text (byte {exc.start}: {exc.reason})")


def summary(name: str, article: Article) -> str:
    """A readable summary of one article, for people."""
    lines = [f"== {name}"]
    if article.published is not None:
        lines.append(f"published: {article.published.value}  ({article.published.text!r})")
    if article.dates:
        seen = dict.fromkeys(d.value for d in article.dates)
        lines.append("dates: " + ", ".join(seen))
    if article.countries:
        lines.append("countries: " + ", ".join(f"{c.alpha2} {c.name}" for c in article.countries))
    if article.organizations:
        orgs = [o.name + (f" ({o.acronym})" if o.acronym else "") for o in article.organizations]
        lines.append("organizations: " + "; ".join(orgs))
    if article.officials:
        lines.append("officials:")
        for o in article.officials:
            where = o.country or o.organization or "?"
            lines.append(f"  - {o.name}: {o.role} [{where}]" + (f", {o.title}" if o.title else ""))
    if article.events:
        lines.append("events:")
        for e in article.events:
            when = e.date or "date ?"
            place = e.location or "place ?"
            who = " + ".join(e.participants)
            lines.append(f"  - {e.type} ({e.status}) {when}, {place}: {who}")
    if article.topics:
        lines.append("topics: " + ", ".join(f"{t.label} ({t.score:.2f})" for t in article.topics))
    if len(lines) == 1:
        lines.append("(nothing found)")
    return "\n".join(lines)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Parse every input and write the records; 1 when some input failed."""
    try:
        parser = Parser()
        if args.published is not None:
            parser.parse("", args.published)  # validates the date once, before any file
    except (ValueError, TypeError, DiplotextError) as exc:
        err.write(f"diplotext: {exc}\n")
        return 2
    failures = 0
    results: list[tuple[str, Article]] = []
    # One input that is not a directory prints a bare article object.
    single = len(args.inputs) == 1 and not Path(args.inputs[0]).is_dir()
    for name, text in iter_inputs(args.inputs):
        if isinstance(text, InputError):
            err.write(f"diplotext: {text}\n")
            failures += 1
            continue
        try:
            article = parser.parse(text, args.published)
        except DiplotextError as exc:
            err.write(f"diplotext: {name}: {exc}\n")
            failures += 1
            continue
        if args.format == "jsonl":
            out.write(json.dumps({"file": name, "article": article.to_dict()}, ensure_ascii=False))
            out.write("\n")
            out.flush()
        elif args.format == "text":
            out.write(summary(name, article) + "\n\n")
            out.flush()
        else:
            results.append((name, article))
    if args.format == "json":
        if single and len(results) == 1:
            out.write(results[0][1].to_json() + "\n")
        elif results or not single:
            payload = [{"file": n, "article": a.to_dict()} for n, a in results]
            out.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    return 1 if failures else 0
