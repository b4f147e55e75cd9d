"""The ``diplotext`` command.

Exit status: 0 when every input was parsed, 1 when some input could not be
read (each reported on stderr, the others still processed), 2 for a usage
error.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from diplotext._version import __version__
from diplotext.errors import DiplotextError
from diplotext.parser import Parser
from diplotext.records import Article

__all__ = ["main"]

EXAMPLES = """\
examples:
  diplotext parse examples/articles/roundup.txt
  diplotext parse articles/ --format jsonl > records.jsonl
  cat article.txt | diplotext parse - --format text --published 2024-10-21
"""


class _InputError(Exception):
    """An input that cannot be read; reported per file."""


def _build_argparser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="diplotext",
        description="Extract dates, officials, countries, organizations, events and topics "
        "from English news about foreign relations.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--version", action="version", version=f"diplotext {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser(
        "parse",
        help="parse article files, directories of *.txt files, or standard input",
        description="Parse articles and print their records.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="FILE|DIR|-", help="text files, directories, or -")
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "text"),
        default="json",
        help="json: one article object (an array of {file, article} for several inputs); "
        "jsonl: one {file, article} line per input; text: a readable summary",
    )
    p.add_argument("--published", metavar="DATE", help="publication date (ISO 8601) for all inputs")
    return ap


def _iter_inputs(inputs: Sequence[str]) -> Iterator[tuple[str, str | _InputError]]:
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
                yield item, _InputError(f"{item}: directory has no *.txt articles")
            for f in files:
                yield str(f), _read(f)
        else:
            yield item, _read(path)


def _read(path: Path) -> str | _InputError:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return _InputError(f"{path}: no such file")
    except IsADirectoryError:
        return _InputError(f"{path}: is a directory")
    except PermissionError:
        return _InputError(f"{path}: permission denied")
    except OSError as exc:
        return _InputError(f"{path}: cannot read ({exc.strerror or exc})")
    return _decode(str(path), data)


def _decode(name: str, data: bytes) -> str | _InputError:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return _InputError(f"{name}: not UTF-8 text (byte {exc.start}: {exc.reason})")
    return text


def _summary(name: str, article: Article) -> str:
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


def _parse_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
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
    for name, text in _iter_inputs(args.inputs):
        if isinstance(text, _InputError):
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
            out.write(_summary(name, article) + "\n\n")
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    ap = _build_argparser()
    args = ap.parse_args(argv)
    if args.command is None:
        ap.print_help(sys.stderr)
        return 2
    try:
        return _parse_command(args, sys.stdout, sys.stderr)
    except BrokenPipeError:
        # The reader went away (``diplotext parse dir | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("diplotext: interrupted\n")
        return 128 + signal.SIGINT
