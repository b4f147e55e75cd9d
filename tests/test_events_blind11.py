"""Events read the way a careful reader would (the blind11 round): invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

from diplotext import Parser
from readings import events_of, one_event, sides


def test_talks_that_will_not_take_place_are_no_contact(parser: Parser) -> None:
    text = (
        "May 8, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile met Foreign Minister Jorge Vidal of Peru in "
        "Santiago on Thursday.\n\n"
        "Talks with Foreign Minister Omar Haddad of Jordan, which had been planned for Friday "
        "in Amman, will not take place, the ministry said."
    )
    assert {"Lena Marsh", "Omar Haddad"} not in sides(events_of(parser, text))


def test_a_summit_a_leader_did_not_attend_is_no_contact(parser: Parser) -> None:
    text = (
        "May 8, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile met Foreign Minister Jorge Vidal of Peru in "
        "Santiago on Thursday.\n\n"
        "The meeting came after a regional summit in Lima, which President Paula Ortiz of Chile "
        "did not attend; Chile was represented by Marsh."
    )
    assert {"Paula Ortiz", "Lena Marsh"} not in sides(events_of(parser, text))


def test_a_predecessor_replaced_is_no_side(parser: Parser) -> None:
    text = (
        "March 4, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile welcomed Foreign Minister Jorge Vidal of Peru in "
        "Santiago on Tuesday, March 4, for their annual talks, the first since Marsh replaced "
        "Hugo Salas at the head of the ministry in January."
    )
    events = events_of(parser, text)
    assert one_event(events, "Lena Marsh", "Jorge Vidal").location == "Santiago"
    assert not [e for e in events if "Hugo Salas" in e.participants]


def test_a_year_naming_an_edition_is_no_time_of_the_contact(parser: Parser) -> None:
    text = (
        "March 4, 2025\n\n"
        "SANTIAGO - The two countries will step up trade, their ministers said on Tuesday, "
        "March 4.\n\n"
        "Foreign Minister Lena Marsh of Chile welcomed Foreign Minister Jorge Vidal of Peru in "
        "Santiago for the 2025 Chile-Peru Ministerial Dialogue."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Jorge Vidal")
    assert event.date == "2025-03-04"


def test_unnamed_officials_meeting_again_are_no_contact_of_the_ministers(
    parser: Parser,
) -> None:
    text = (
        "June 3, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile held talks with Foreign Minister Jorge Vidal of "
        "Peru in Santiago on Monday.\n\n"
        "The two ministers agreed that officials from both foreign ministries would meet again "
        "in July."
    )
    found = [
        e for e in events_of(parser, text) if set(e.participants) == {"Lena Marsh", "Jorge Vidal"}
    ]
    assert [(e.status, e.date) for e in found] == [("held", "2025-06-02")]


def test_talks_after_flying_on_are_part_of_the_plan(parser: Parser) -> None:
    text = (
        "June 3, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile held talks with Foreign Minister Jorge Vidal of "
        "Peru in Santiago on Monday.\n\n"
        "On Wednesday, Vidal was scheduled to address students at a university before flying "
        "on to Rome for talks with Foreign Minister Carla Neri of Italy."
    )
    event = one_event(events_of(parser, text), "Jorge Vidal", "Carla Neri")
    assert event.status == "planned"
    assert event.location == "Rome"


def test_plans_for_a_summit_give_the_held_talks_no_place(parser: Parser) -> None:
    text = (
        "Chile and Peru pledge closer ties\n\n"
        "Foreign Minister Lena Marsh and her counterpart Jorge Vidal also confirmed plans for a "
        "summit in Cusco later this year.\n\n"
        "June 3, 2025\n\n"
        "Meeting in Lima, Foreign Minister Lena Marsh of Chile and Foreign Minister Jorge Vidal "
        "of Peru discussed trade on Monday."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Jorge Vidal")
    assert event.location == "Lima"
    assert event.status == "held"


def test_a_later_call_goes_on_from_the_subjects_own_contact(parser: Parser) -> None:
    text = (
        "June 3, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile held talks with Foreign Minister Jorge Vidal of "
        "Peru in Lima on Monday.\n\n"
        "Marsh, on her first trip to Peru since President Paula Ortiz of Chile held a summit "
        "with President Ana Torres of Peru in Arequipa in March, said ties were growing.\n\n"
        "Marsh later paid a courtesy call on Torres at the presidential palace."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Ana Torres")
    assert event.date == "2025-06-02"
    assert event.location == "Lima"


def test_a_day_after_came_after_is_the_other_happenings(parser: Parser) -> None:
    text = (
        "June 3, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile held talks with Foreign Minister Jorge Vidal of "
        "Peru in Lima on Monday.\n\n"
        "Marsh later paid a courtesy call on President Ana Torres of Peru.\n\n"
        "The talks came days after a storm hit the coast on May 28, discouraging tourists from "
        "visiting Peru."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Ana Torres")
    assert event.date == "2025-06-02"


def test_a_city_opening_the_occasions_name_is_the_place(parser: Parser) -> None:
    text = (
        "June 3, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile and Foreign Minister Jorge Vidal of Peru agreed "
        "to meet again on the sidelines of the Vienna Energy Forum in July."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Jorge Vidal")
    assert event.status == "planned"
    assert event.location == "Vienna"


def test_a_memorandum_on_consultations_is_no_round_of_consultations(parser: Parser) -> None:
    text = (
        "June 3, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile received Foreign Minister Jorge Vidal of Peru in "
        "Santiago on Monday.\n\n"
        "The two ministers also signed a memorandum of understanding on political consultations "
        "between the foreign ministries of the two countries."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Jorge Vidal")
    assert event.type == "meeting"


def test_a_place_of_next_month_is_no_place_of_the_held_talks(parser: Parser) -> None:
    text = (
        "June 3, 2025\n\n"
        "SANTIAGO: Foreign Minister Lena Marsh of Chile and visiting Foreign Minister Jorge "
        "Vidal of Peru agreed on Monday to reconvene their joint commission in Lima next month.\n\n"
        "The two ministers met at the foreign ministry, where they reviewed trade."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Jorge Vidal")
    assert event.status == "held"
    assert event.location == "Santiago"


def test_an_accepted_invitation_is_a_coming_visit_to_the_counterpart(parser: Parser) -> None:
    text = (
        "March 18, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile spoke by phone with Foreign Minister Jorge Vidal "
        "of Peru on Monday and accepted an invitation to visit Lima in April.\n\n"
        "Marsh's trip to Lima is expected to include talks with President Ana Torres of Peru."
    )
    events = events_of(parser, text)
    found = [e for e in events if set(e.participants) == {"Lena Marsh", "Jorge Vidal"}]
    coming = [e for e in found if e.type == "visit"]
    assert [(e.status, e.date, e.location) for e in coming] == [("planned", "2025-04", "Lima")]
    talks = one_event(events, "Lena Marsh", "Ana Torres")
    assert talks.date == "2025-04"


def test_an_accepted_state_visit_after_talks_is_hosted_by_the_counterpart(
    parser: Parser,
) -> None:
    text = (
        "September 24, 2025\n\n"
        "President Paula Ortiz of Chile and President Ana Torres of Peru held talks in New York "
        "on Tuesday.\n\n"
        "President Torres accepted an invitation to undertake a State visit to Chile by March "
        "2026."
    )
    events = events_of(parser, text)
    coming = [e for e in events if e.type == "visit"]
    assert [(set(e.participants), e.status) for e in coming] == [
        ({"Ana Torres", "Paula Ortiz"}, "planned")
    ]


def test_there_after_a_named_venue_is_that_place(parser: Parser) -> None:
    text = (
        "June 3, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile held talks with Foreign Minister Jorge Vidal of "
        "Peru in Lima on Monday.\n\n"
        "Marsh said the next summit would be held in Arequipa, although no date has been set. "
        "President Paula Ortiz of Chile is expected to host President Ana Torres of Peru there."
    )
    event = one_event(events_of(parser, text), "Paula Ortiz", "Ana Torres")
    assert event.status == "planned"
    assert event.location == "Arequipa"
