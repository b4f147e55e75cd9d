"""The records diplotext returns: small, frozen, slotted value classes.

Every record that comes from the text carries the character offsets of its
mentions into the ORIGINAL input string, so ``text[m.start:m.end] == m.text``
always holds. ``to_dict()`` methods are written by hand so that the JSON key
order is fixed (see ``DESIGN.md``).

>>> m = Mention("Belgian", 4, 11, form="demonym")
>>> m.to_dict()
{'text': 'Belgian', 'start': 4, 'end': 11, 'form': 'demonym'}
"""

from __future__ import annotations

import json
import operator
import traceback
from collections.abc import Iterable
from typing import Any, TypeVar, cast

import attrs

__all__ = [
    "Article",
    "Country",
    "DateMention",
    "Event",
    "Mention",
    "Official",
    "Organization",
    "ParseFailure",
    "Topic",
]

JSONDict = dict[str, Any]


_R = TypeVar("_R")


def _pickled_by_fields(cls: type[_R]) -> type[_R]:
    """Pickle instances of the record class ``cls`` as the class and a tuple of field values.

    attrs' default state restores each field with a Python-level loop; this form is
    rebuilt by one constructor call, with the field values read by a C-level
    ``attrgetter``. Worker processes of :meth:`Parser.parse_many` send every article
    back pickled, so this is most of the parent process's work there.
    """
    names = [field.name for field in attrs.fields(cast(Any, cls))]
    assert len(names) > 1, "attrgetter of one name gives a value, not a tuple"
    values = operator.attrgetter(*names)

    def __reduce__(self: _R) -> tuple[type[_R], tuple[Any, ...]]:
        return (cls, values(self))

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


def _mentions(items: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(items)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _dates(items: Iterable[DateMention]) -> tuple[DateMention, ...]:
    return tuple(items)


def _countries(items: Iterable[Country]) -> tuple[Country, ...]:
    return tuple(items)


def _organizations(items: Iterable[Organization]) -> tuple[Organization, ...]:
    return tuple(items)


def _officials(items: Iterable[Official]) -> tuple[Official, ...]:
    return tuple(items)


def _events(items: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(items)


def _topics(items: Iterable[Topic]) -> tuple[Topic, ...]:
    return tuple(items)


@_pickled_by_fields
@attrs.frozen(order=True)
class Mention:
    """A span of the original text: ``text == article_text[start:end]``.

    ``form`` says how the span refers to its record where that matters
    (``"name"``, ``"demonym"``, ``"acronym"``...), else it is ``None``.
    """

    text: str
    start: int
    end: int
    form: str | None = None

    def to_dict(self) -> JSONDict:
        """The JSON form; ``form`` appears only when set."""
        out: JSONDict = {"text": self.text, "start": self.start, "end": self.end}
        if self.form is not None:
            out["form"] = self.form
        return out


@_pickled_by_fields
@attrs.frozen
class DateMention:
    """A calendar expression and its normalized value.

    ``value`` is a TimeML-style string: ``2022-09-24``, ``2022-09``, ``2022``,
    a range ``2022-09-12/2022-09-13``, ``XXXX-04-15`` when the year is unknown,
    or, for a publication time, ``2022-09-24T18:42+04:00``.
    ``granularity`` is ``"day"``, ``"month"``, ``"year"`` or ``"minute"``.

    >>> DateMention("April 4", 10, 17, "2022-04-04", "day").to_dict()["value"]
    '2022-04-04'
    """

    text: str
    start: int
    end: int
    value: str
    granularity: str

    def to_dict(self) -> JSONDict:
        """The JSON form of ``DESIGN.md``."""
        return {
            "text": self.text,
            "value": self.value,
            "granularity": self.granularity,
            "start": self.start,
            "end": self.end,
        }


@_pickled_by_fields
@attrs.frozen
class Country:
    """A sovereign state the article refers to, with every mention of it."""

    alpha2: str
    alpha3: str
    name: str
    mentions: tuple[Mention, ...] = attrs.field(converter=_mentions, default=())

    def to_dict(self) -> JSONDict:
        """The JSON form of ``DESIGN.md``."""
        return {
            "alpha2": self.alpha2,
            "alpha3": self.alpha3,
            "name": self.name,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@_pickled_by_fields
@attrs.frozen
class Organization:
    """An international body: canonical ``name``, ``acronym`` and the other forms seen."""

    name: str
    acronym: str | None = None
    aliases: tuple[str, ...] = attrs.field(converter=_strings, default=())
    mentions: tuple[Mention, ...] = attrs.field(converter=_mentions, default=())

    def to_dict(self) -> JSONDict:
        """The JSON form of ``DESIGN.md``."""
        return {
            "name": self.name,
            "acronym": self.acronym,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
        }


@_pickled_by_fields
@attrs.frozen
class Official:
    """A named office-holder: fullest name, other forms, title as written, role and affiliation.

    ``role`` is one of the vocabulary of the guidelines (``foreign_minister``,
    ``head_of_state``...); ``country`` an ISO alpha-2 code or ``None`` for
    officials of international bodies; ``organization`` the name of the body led
    or served, else ``None``.
    """

    name: str
    aliases: tuple[str, ...] = attrs.field(converter=_strings, default=())
    title: str | None = None
    role: str = "other_official"
    country: str | None = None
    organization: str | None = None
    mentions: tuple[Mention, ...] = attrs.field(converter=_mentions, default=())

    def to_dict(self) -> JSONDict:
        """The JSON form of ``DESIGN.md``."""
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "title": self.title,
            "role": self.role,
            "country": self.country,
            "organization": self.organization,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@_pickled_by_fields
@attrs.frozen
class Event:
    """A diplomatic contact: who, what kind, when, where, held or planned.

    ``start``/``end`` delimit the evidence for the event in the original text;
    ``participants`` are names as in ``Official.name``. ``cameo`` is the CAMEO
    code; ``plover`` and ``plover_mode`` the PLOVER event type and mode
    (``CONSULT``/``phone``, ``AGREE``/``sign``...).
    """

    type: str
    participants: tuple[str, ...] = attrs.field(converter=_strings)
    date: str | None = None
    location: str | None = None
    status: str = "held"
    topics: tuple[str, ...] = attrs.field(converter=_strings, default=())
    cameo: str | None = None
    start: int = 0
    end: int = 0
    plover: str | None = None
    plover_mode: str | None = None

    def to_dict(self) -> JSONDict:
        """The JSON form of ``DESIGN.md``, with the PLOVER codes after ``cameo``."""
        return {
            "type": self.type,
            "participants": list(self.participants),
            "date": self.date,
            "location": self.location,
            "status": self.status,
            "topics": list(self.topics),
            "cameo": self.cameo,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "start": self.start,
            "end": self.end,
        }


@_pickled_by_fields
@attrs.frozen
class Topic:
    """A subject the article reports as discussed, with the spans that show it."""

    label: str
    score: float
    evidence: tuple[Mention, ...] = attrs.field(converter=_mentions, default=())

    def to_dict(self) -> JSONDict:
        """The JSON form of ``DESIGN.md``."""
        return {
            "label": self.label,
            "score": self.score,
            "evidence": [m.to_dict() for m in self.evidence],
        }


@_pickled_by_fields
@attrs.frozen
class Article:
    """Everything diplotext found in one article; records in order of first mention.

    >>> Article().to_dict()["dates"]
    []
    >>> print(Article().to_json(indent=None))  # doctest: +NORMALIZE_WHITESPACE
    {"published": null, "dates": [], "countries": [], "organizations": [], "officials": [],
     "events": [], "topics": []}
    """

    published: DateMention | None = None
    dates: tuple[DateMention, ...] = attrs.field(converter=_dates, default=())
    countries: tuple[Country, ...] = attrs.field(converter=_countries, default=())
    organizations: tuple[Organization, ...] = attrs.field(converter=_organizations, default=())
    officials: tuple[Official, ...] = attrs.field(converter=_officials, default=())
    events: tuple[Event, ...] = attrs.field(converter=_events, default=())
    topics: tuple[Topic, ...] = attrs.field(converter=_topics, default=())
    #: The original text the records index (not part of the JSON).
    text: str = attrs.field(default="", repr=False)

    def to_dict(self) -> JSONDict:
        """A JSON-compatible dict with the shape and key order of ``DESIGN.md``."""
        published = None
        if self.published is not None:
            p = self.published
            published = {"text": p.text, "value": p.value, "start": p.start, "end": p.end}
        return {
            "published": published,
            "dates": [d.to_dict() for d in self.dates],
            "countries": [c.to_dict() for c in self.countries],
            "organizations": [o.to_dict() for o in self.organizations],
            "officials": [o.to_dict() for o in self.officials],
            "events": [e.to_dict() for e in self.events],
            "topics": [t.to_dict() for t in self.topics],
        }

    def to_json(self, *, indent: int | None = 1) -> str:
        """The dict of :meth:`to_dict` as a JSON string (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_html(self) -> str:
        """A self-contained HTML page showing the text with every mention highlighted."""
        from diplotext.render import render_html  # render imports records

        return render_html(self)


@attrs.frozen
class ParseFailure:
    """An input :meth:`Parser.parse_many` could not parse, yielded in its place.

    Only with ``errors="return"``: one bad item (not a string, a bad
    ``published``, too long, or a bug in a stage) then does not end a run over
    a whole archive. ``index`` is the item's position in the input.

    >>> failure = ParseFailure(3, "TypeError", "text must be str, not NoneType")
    >>> str(failure)
    'item 3: TypeError: text must be str, not NoneType'
    """

    index: int
    #: The exception's class name, e.g. ``"ValueError"``.
    error_type: str
    message: str
    #: The formatted traceback, for a bug report (not shown in ``repr``).
    traceback: str = attrs.field(default="", repr=False)

    def __str__(self) -> str:
        return f"item {self.index}: {self.error_type}: {self.message}"

    @classmethod
    def from_exception(cls, index: int, exc: BaseException) -> ParseFailure:
        """The failure of item ``index`` that raised ``exc``."""
        trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        return cls(index, type(exc).__name__, str(exc), trace)
