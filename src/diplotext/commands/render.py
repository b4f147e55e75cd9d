"""``diplotext render``: an HTML page of an article with its records highlighted."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from diplotext.commands.parse import InputError, iter_inputs
from diplotext.errors import DiplotextError
from diplotext.parser import Parser, check_published
from diplotext.render import render_html
from diplotext.text import segment

__all__ = ["HELP", "NAME", "add_arguments", "run"]

NAME = "render"
HELP = "write an HTML page of an article with every mention highlighted"
EXAMPLES = """\
examples:
  diplotext render examples/articles/bilateral.txt -o bilateral.html
  cat article.txt | diplotext render - --published 2024-10-21 > article.html

The page is self-contained (inline CSS, no script, nothing loaded from the
network): open it in any browser, attach it to a report. Hover a highlight for
its normalized value.
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Declare the options of ``diplotext render``."""
    p.epilog = EXAMPLES
    p.add_argument("input", metavar="FILE|-", help="the article text file, or - for stdin")
    p.add_argument("-o", "--output", metavar="OUT.html", help="write here instead of stdout")
    p.add_argument("--published", metavar="DATE", help="publication date (ISO 8601)")
    p.add_argument("--title", help="title of the page (default: the article's headline)")


def _write(page: str, out: TextIO) -> None:
    """Write the page as UTF-8 whatever the encoding of ``out`` (it declares UTF-8)."""
    buffer = getattr(out, "buffer", None)
    if buffer is not None:
        out.flush()
        buffer.write(page.encode("utf-8"))
        buffer.flush()
    else:
        out.write(page)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Parse the article and write its page; 1 when the input cannot be read or parsed."""
    try:
        parser = Parser()
        if args.published is not None:
            check_published(args.published)  # before reading anything
    except (ValueError, TypeError, DiplotextError) as exc:
        err.write(f"diplotext: {exc}\n")
        return 2
    if args.input != "-" and Path(args.input).is_dir():
        err.write(f"diplotext: {args.input}: is a directory (render takes one article file)\n")
        return 1
    name, text = next(iter_inputs([args.input]))
    if isinstance(text, InputError):
        err.write(f"diplotext: {text}\n")
        return 1
    try:
        article = parser.parse(text, args.published)
    except DiplotextError as exc:
        err.write(f"diplotext: {name}: {exc}\n")
        return 1
    title = args.title
    if title is None and name != "-":
        # A page with no headline line is named after its file.
        title = None if _has_headline(text) else Path(name).stem
    page = render_html(article, title=title)
    if args.output is None or args.output == "-":
        _write(page, out)
        return 0
    try:
        Path(args.output).write_text(page, encoding="utf-8")
    except OSError as exc:
        err.write(f"diplotext: {args.output}: cannot write ({exc.strerror or exc})\n")
        return 1
    return 0


def _has_headline(text: str) -> bool:
    return any(s.role == "headline" for s in segment(text[:5000]).segments)
