"""``diplotext render``: an HTML page of an article with its records highlighted."""

from __future__ import annotations

import argparse
from typing import TextIO

__all__ = ["HELP", "NAME", "add_arguments", "run"]

NAME = "render"
HELP = "write an HTML page of an article with every mention highlighted"


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Declare the options of ``diplotext render``."""
    p.add_argument("input", metavar="FILE|-", help="the article text file, or - for stdin")
    p.add_argument("-o", "--output", metavar="OUT.html", help="write here instead of stdout")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Render the article."""
    err.write("diplotext: render is not available yet\n")
    return 2
