"""``diplotext schema``: print the JSON Schema of the article JSON."""

from __future__ import annotations

import argparse
from typing import TextIO

__all__ = ["HELP", "NAME", "add_arguments", "run"]

NAME = "schema"
HELP = "print the JSON Schema of the article JSON"


def add_arguments(p: argparse.ArgumentParser) -> None:
    """``diplotext schema`` takes no options."""


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print the schema."""
    err.write("diplotext: schema is not available yet\n")
    return 2
