"""Events of the sixth blind-batch round, each rule on invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

import pytest

from diplotext import Parser
from diplotext.records import Event


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _events(parser: Parser, text: str) -> list[Event]:
    return list(parser.parse(text).events)


def _one(events: list[Event], *names: str) -> Event:
    found = [e for e in events if set(e.participants) == set(names)]
    assert len(found) == 1, [(e.type, e.participants, e.status) for e in events]
    return found[0]


def test_long_occasion_name_before_will_be_held_is_planned(parser: Parser) -> None:
    text = (
        "Lima, 2 June 2025\n\n"
        "The 4th Joint Meeting of the Ministers of Trade of Chile, Peru and Ecuador will be "
        "held in Quito on 20 June 2025, with the participation of Chilean Trade Minister "
        "Rosa Aldunate, Peruvian Trade Minister Jorge Quispe and Ecuadorian Trade Minister "
        "Ana Benitez."
    )
    event = _one(_events(parser, text), "Rosa Aldunate", "Jorge Quispe", "Ana Benitez")
    assert event.status == "planned"
    assert event.date == "2025-06-20"
    assert event.location == "Quito"


def test_received_together_by_is_a_reception_of_both(parser: Parser) -> None:
    text = (
        "Lima, 2 June 2025\n\n"
        "Chilean Foreign Minister Rosa Aldunate and Ecuadorian Foreign Minister Ana Benitez "
        "were received together by Peruvian President Jorge Quispe on Monday."
    )
    event = _one(_events(parser, text), "Rosa Aldunate", "Ana Benitez", "Jorge Quispe")
    assert event.status == "held"
