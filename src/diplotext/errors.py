"""Errors raised by diplotext.

>>> raise GazetteerError("countries.tsv", 12, "unknown code 'XX'")
Traceback (most recent call last):
...
diplotext.errors.GazetteerError: countries.tsv:12: unknown code 'XX'
"""

from __future__ import annotations

__all__ = ["DiplotextError", "GazetteerError", "GrammarError", "InputTooLargeError"]


class DiplotextError(Exception):
    """Base class of every error diplotext raises on purpose."""


class GazetteerError(DiplotextError, ValueError):
    """A data file or user gazetteer entry is malformed; names the file, line and reason."""

    def __init__(self, file: str, line: int | None, reason: str) -> None:
        self.file = file
        self.line = line
        self.reason = reason
        where = f"{file}:{line}" if line is not None else file
        super().__init__(f"{where}: {reason}")


class GrammarError(DiplotextError, ValueError):
    """A grammar rule cannot be compiled or does not match its own example."""

    def __init__(self, file: str, line: int | None, rule: str, reason: str) -> None:
        self.file = file
        self.line = line
        self.rule = rule
        where = f"{file}:{line}" if line is not None else file
        super().__init__(f"{where}: rule {rule!r}: {reason}")


class InputTooLargeError(DiplotextError, ValueError):
    """The text is longer than the Parser's ``max_chars`` limit."""
