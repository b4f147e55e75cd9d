"""What each stage hands to the next: plain tuples, cheap to build.

Stages run in this order, each reading only what earlier stages made:

1. text layer      -> :class:`~diplotext.text.segment.Document`
2. dates           -> :class:`DateResult`
3. places          -> :class:`PlaceResult` (countries, organizations, cities)
4. officials       -> :class:`OfficialResult` (uses places)
5. topics          -> :class:`TopicResult`
6. events          -> tuple of :class:`~diplotext.records.Event` (uses all of the above)

Hits are ``(start, end, ...)`` into the original text, in text order.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from diplotext.records import Country, DateMention, Official, Organization, Topic

__all__ = [
    "CountryHit",
    "DateResult",
    "OfficialHit",
    "OfficialResult",
    "OrgHit",
    "PlaceHit",
    "PlaceResult",
    "TopicHit",
    "TopicResult",
]


class DateResult(NamedTuple):
    """Dates found: the article's own date, every date expression, and the anchor used."""

    published: DateMention | None
    dates: tuple[DateMention, ...]
    #: The day relative expressions were resolved against (None when unknown).
    anchor: dt.date | None


class CountryHit(NamedTuple):
    """A span naming a country; ``form`` is name|short_name|official_name|abbreviation|demonym."""

    start: int
    end: int
    alpha2: str
    form: str


class OrgHit(NamedTuple):
    """A span naming an international body: ``org`` indexes ``PlaceResult.organizations``."""

    start: int
    end: int
    org: int
    form: str


class PlaceHit(NamedTuple):
    """A city or venue: its canonical ``name`` and the ``alpha2`` of its country."""

    start: int
    end: int
    name: str
    alpha2: str


class PlaceResult(NamedTuple):
    """Countries, organizations and cities of the article."""

    countries: tuple[Country, ...]
    organizations: tuple[Organization, ...]
    country_hits: tuple[CountryHit, ...]
    org_hits: tuple[OrgHit, ...]
    place_hits: tuple[PlaceHit, ...]


class OfficialHit(NamedTuple):
    """A mention of an official: ``official`` indexes ``OfficialResult.officials``."""

    start: int
    end: int
    official: int


class OfficialResult(NamedTuple):
    """Officials of the article and every mention of each, in text order."""

    officials: tuple[Official, ...]
    hits: tuple[OfficialHit, ...]


class TopicHit(NamedTuple):
    """A cue span that counts as evidence for topic ``label``."""

    start: int
    end: int
    label: str


class TopicResult(NamedTuple):
    """Article topics and the evidence spans behind them."""

    topics: tuple[Topic, ...]
    hits: tuple[TopicHit, ...]


EMPTY_PLACES = PlaceResult((), (), (), (), ())
EMPTY_OFFICIALS = OfficialResult((), ())
EMPTY_TOPICS = TopicResult((), ())
