"""Topics stage: subjects the article reports as discussed, with evidence."""

from __future__ import annotations

from diplotext.found import EMPTY_TOPICS, OfficialResult, PlaceResult, TopicResult
from diplotext.resources.loader import Table
from diplotext.text.segment import Document

__all__ = ["TopicStage"]


class TopicStage:
    """Finds topics. Built once per Parser."""

    def __init__(self, extra: dict[str, Table]) -> None:
        self._extra = extra

    def __call__(
        self, doc: Document, places: PlaceResult, officials: OfficialResult
    ) -> TopicResult:
        """Topics of ``doc`` with their evidence spans."""
        return EMPTY_TOPICS
