"""Events of the eighth blind-batch round, each rule on invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

from diplotext import Parser
from readings import events_of, one_event


def test_arrival_day_before_the_purpose_is_not_the_contact_day(parser: Parser) -> None:
    # "arrived in X on Monday for talks": Monday dates the arrival, not the talks
    text = (
        "Lusaka, 9 April 2025\n\n"
        "Malawian President Chisomo Phiri arrived in Lusaka on Monday for talks with "
        "Zambian President Mwila Banda on rail links and border trade.\n"
    )
    event = one_event(events_of(parser, text), "Mwila Banda", "Chisomo Phiri")
    assert event.date != "2025-04-07"


def test_arrival_for_a_visit_keeps_its_day(parser: Parser) -> None:
    text = (
        "Lima, 9 April 2025\n\n"
        "Peruvian Foreign Minister Rosa Quispe held talks with Chilean Foreign Minister "
        "Tomas Vidal, who arrived in Lima on Monday for a two-day visit.\n"
    )
    events = events_of(parser, text)
    event = one_event(events, "Rosa Quispe", "Tomas Vidal")
    assert event.type == "meeting"


def test_accession_talks_are_a_process_not_a_contact(parser: Parser) -> None:
    text = (
        "Tirana, 3 May 2025\n\n"
        "Albania has long criticized Slovak Prime Minister Petr Hudak and Austrian Chancellor "
        "Karl Weber for slowing the country's EU accession talks.\n"
    )
    assert events_of(parser, text) == []
