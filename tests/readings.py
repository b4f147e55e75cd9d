"""Small readers the rule tests share: parse an invented article, pick out one kind of record.

The rule tests (``test_*_blind*.py``) each parse short articles written for them and look
at one field; these helpers say which records they look at, once for all of them.
"""

from __future__ import annotations

from diplotext import Parser, parse_article
from diplotext.records import Event, Official


def dates_by_text(text: str) -> dict[str, str]:
    """text -> value of every date of ``text``."""
    return {d.text: d.value for d in parse_article(text).dates}


def published_value(text: str) -> str | None:
    """The publication date's value, or None."""
    art = parse_article(text)
    return None if art.published is None else art.published.value


def topic_labels(text: str) -> set[str]:
    """The labels of the topics of ``text``."""
    return {t.label for t in parse_article(text).topics}


def officials_by_name(text: str) -> dict[str, Official]:
    """name -> official, for every official of ``text``."""
    return {o.name: o for o in parse_article(text).officials}


def events_of(parser: Parser, text: str) -> list[Event]:
    """The events of ``text``, in order."""
    return list(parser.parse(text).events)


def sides(events: list[Event]) -> list[set[str]]:
    """Each event's participants as a set."""
    return [set(e.participants) for e in events]


def one_event(events: list[Event], *names: str) -> Event:
    """The one event whose participants are exactly ``names`` (fails listing all otherwise)."""
    found = [e for e in events if set(e.participants) == set(names)]
    assert len(found) == 1, [(e.type, e.participants, e.status) for e in events]
    return found[0]
