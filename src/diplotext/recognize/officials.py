"""Officials stage: named office-holders with title, role and affiliation."""

from __future__ import annotations

from diplotext.found import EMPTY_OFFICIALS, OfficialResult, PlaceResult
from diplotext.resources.loader import Table
from diplotext.text.segment import Document

__all__ = ["OfficialStage"]


class OfficialStage:
    """Finds officials. Built once per Parser."""

    def __init__(self, extra: dict[str, Table]) -> None:
        self._extra = extra

    def __call__(self, doc: Document, places: PlaceResult) -> OfficialResult:
        """Officials of ``doc``; ``places`` gives countries and organizations for affiliation."""
        return EMPTY_OFFICIALS
