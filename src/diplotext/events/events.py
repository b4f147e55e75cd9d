"""Events stage: meetings, calls, consultations, visits, summits, receptions, signings."""

from __future__ import annotations

from diplotext.found import DateResult, OfficialResult, PlaceResult, TopicResult
from diplotext.records import Event
from diplotext.resources.loader import Table
from diplotext.text.segment import Document

__all__ = ["EventStage"]


class EventStage:
    """Finds diplomatic contacts. Built once per Parser."""

    def __init__(self, extra: dict[str, Table]) -> None:
        self._extra = extra

    def __call__(
        self,
        doc: Document,
        dates: DateResult,
        places: PlaceResult,
        officials: OfficialResult,
        topics: TopicResult,
    ) -> tuple[Event, ...]:
        """Events of ``doc``, in order of their evidence."""
        return ()
