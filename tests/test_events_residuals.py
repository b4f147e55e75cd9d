"""Events read the way a careful reader would (residual misses): invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

from diplotext import Parser
from readings import events_of, one_event


def test_an_earlier_rounds_day_and_place_are_not_the_contacts(parser: Parser) -> None:
    text = (
        "Quito, 14 March 2025\n\n"
        "Deputy Foreign Minister Ana Ruiz of Ecuador and Deputy Foreign Minister Pedro Arce "
        "of Bolivia held talks in Quito on 14 March 2025, reviewing the agreements of the "
        "previous round held in La Paz on 2 and 3 September 2024."
    )
    event = one_event(events_of(parser, text), "Ana Ruiz", "Pedro Arce")
    assert event.date == "2025-03-14"
    assert event.location == "Quito"


def test_an_earlier_rounds_day_does_not_date_an_undated_contact(parser: Parser) -> None:
    text = (
        "Quito, 14 March 2025\n\n"
        "Deputy Foreign Minister Ana Ruiz of Ecuador and Deputy Foreign Minister Pedro Arce "
        "of Bolivia co-chaired a working session, reviewing the commitments made at the last "
        "meeting held in La Paz on 2 September 2024."
    )
    event = one_event(events_of(parser, text), "Ana Ruiz", "Pedro Arce")
    assert event.date != "2024-09-02"
    assert event.location != "La Paz"


def test_a_contact_of_its_own_full_day_keeps_its_place(parser: Parser) -> None:
    text = (
        "Quito, 14 March 2025\n\n"
        "Deputy Foreign Minister Ana Ruiz of Ecuador met Deputy Foreign Minister Pedro Arce "
        "of Bolivia, who had last visited the region in 2023, in La Paz on 2 March 2025."
    )
    event = one_event(events_of(parser, text), "Ana Ruiz", "Pedro Arce")
    assert event.date == "2025-03-02"
    assert event.location == "La Paz"


def test_an_earlier_edition_the_contact_itself_keeps_its_day(parser: Parser) -> None:
    text = (
        "Quito, 14 March 2025\n\n"
        "President Ana Ruiz of Ecuador will travel to La Paz next month for the annual summit "
        "with President Pedro Arce of Bolivia. Ruiz and Arce co-chaired the previous summit "
        "in Quito on 2 October 2024."
    )
    held = [e for e in events_of(parser, text) if e.status == "held"]
    assert [(e.date, e.location) for e in held] == [("2024-10-02", "Quito")]


def test_a_welcome_on_a_coming_state_visit_is_a_visit(parser: Parser) -> None:
    text = (
        "Quito, 14 March 2025\n\n"
        "President Ana Ruiz of Ecuador said she looks forward to welcoming President Pedro "
        "Arce of Bolivia on a state visit to Ecuador in May."
    )
    event = one_event(events_of(parser, text), "Ana Ruiz", "Pedro Arce")
    assert (event.type, event.status) == ("visit", "planned")


def test_a_welcome_with_talks_stays_a_summit(parser: Parser) -> None:
    text = (
        "Quito, 14 March 2025\n\n"
        "President Ana Ruiz of Ecuador welcomed President Pedro Arce of Bolivia on a state "
        "visit on Friday and held talks with him on trade."
    )
    event = one_event(events_of(parser, text), "Ana Ruiz", "Pedro Arce")
    assert event.type == "summit"
