"""``diplotext schema``: print the JSON Schema of the article JSON."""

from __future__ import annotations

import argparse
from typing import TextIO

from diplotext.schema import schema_text

__all__ = ["HELP", "NAME", "add_arguments", "run"]

NAME = "schema"
HELP = "print the JSON Schema of the article JSON"
EXAMPLES = """\
The schema (JSON Schema draft 2020-12) describes the article objects that
'diplotext parse' prints and Article.to_dict() returns.

examples:
  diplotext schema > article.schema.json
  diplotext parse article.txt > article.json
  check-jsonschema --schemafile article.schema.json article.json
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    """``diplotext schema`` takes no options."""
    p.epilog = EXAMPLES


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print the schema."""
    text = schema_text()
    out.write(text if text.endswith("\n") else text + "\n")
    return 0
