"""Places stage: countries (names, demonyms), international organizations and cities."""

from __future__ import annotations

from diplotext.found import EMPTY_PLACES, PlaceResult
from diplotext.resources.loader import Table
from diplotext.text.segment import Document

__all__ = ["PlaceStage"]


class PlaceStage:
    """Finds countries, organizations and cities. Built once per Parser."""

    def __init__(self, extra: dict[str, Table]) -> None:
        self._extra = extra

    def __call__(self, doc: Document) -> PlaceResult:
        """Countries, organizations and places of ``doc``."""
        return EMPTY_PLACES
