"""Date stage: every calendar expression and the article's publication date."""

from __future__ import annotations

import datetime as dt

from diplotext.found import DateResult
from diplotext.resources.loader import Table
from diplotext.text.segment import Document

__all__ = ["DateStage"]


class DateStage:
    """Finds and normalizes dates. Built once per Parser."""

    def __init__(self, extra: dict[str, Table]) -> None:
        self._extra = extra

    def __call__(self, doc: Document, published: dt.date | dt.datetime | None) -> DateResult:
        """Dates of ``doc``; ``published`` (given by the user) overrides detection."""
        return DateResult(None, (), None)
