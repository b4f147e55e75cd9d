"""Events read the way a careful reader would (the blind10 round): invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

from diplotext import Parser
from readings import events_of, one_event, sides


def test_a_national_leader_joined_by_and_is_another_side(parser: Parser) -> None:
    text = (
        "May 2, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile spoke by phone with Foreign Minister Jorge Vidal "
        "of Peru on Friday.\n\n"
        "They discussed the state visit of President Paula Ortiz of Chile to Peru in June. "
        "During the visit, the Chilean leader and President of Peru Ana Torres are expected to "
        "hold talks in Lima."
    )
    event = one_event(events_of(parser, text), "Paula Ortiz", "Ana Torres")
    assert event.type == "summit"
    assert event.status == "planned"
    assert event.location == "Lima"


def test_delegations_of_a_coming_round_take_its_day_and_tense(parser: Parser) -> None:
    text = (
        "October 3, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile held a phone call with Foreign Minister Jorge "
        "Vidal of Peru on Friday.\n\n"
        "The ministers agreed that the next round of political consultations between the two "
        "ministries will take place in Lima on 20-21 October. The Chilean delegation will be "
        "led by Deputy Foreign Minister Rosa Pino, the Peruvian one by Deputy Foreign Minister "
        "Hugo Salas."
    )
    event = one_event(events_of(parser, text), "Rosa Pino", "Hugo Salas")
    assert event.type == "political_consultations"
    assert event.status == "planned"
    assert event.date == "2025-10-20/2025-10-21"
    assert event.location == "Lima"


def test_a_meeting_that_came_after_a_call_points_back(parser: Parser) -> None:
    text = (
        "April 22, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile met Foreign Minister Jorge Vidal of Peru in "
        "Santiago on Monday.\n\n"
        "The two-hour meeting came a day after Marsh spoke by phone on Sunday with Foreign "
        "Minister Omar Haddad of Jordan."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Omar Haddad")
    assert event.type == "phone_call"
    assert event.date == "2025-04-20"


def test_a_target_that_could_be_met_is_no_meeting(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile held talks with Foreign Minister Jorge Vidal of "
        "Peru in Santiago on Monday.\n\n"
        "Both ministers said the export goal for 2030 could be met if ports were upgraded."
    )
    events = events_of(parser, text)
    assert sides(events) == [{"Lena Marsh", "Jorge Vidal"}]
    assert events[0].status == "held"


def test_a_meeting_dropped_from_the_programme_is_no_event(parser: Parser) -> None:
    text = (
        "June 5, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile met Foreign Minister Jorge Vidal of Peru in Lima "
        "on Tuesday.\n\n"
        "A meeting between Marsh and President Ana Torres of Peru had been planned for "
        "Wednesday but was dropped from the programme."
    )
    assert sides(events_of(parser, text)) == [{"Lena Marsh", "Jorge Vidal"}]


def test_a_session_scheduled_elsewhere_lends_no_place_to_talks(parser: Parser) -> None:
    text = (
        "Friday, March 14, 2025\n\n"
        "Arequipa. The governments of Chile and Peru have agreed to deepen port cooperation.\n\n"
        "The agreement was reached yesterday during talks between Foreign Minister Lena Marsh "
        "of Chile and Foreign Minister Jorge Vidal of Peru.\n\n"
        "Marsh said work was under way for the third session of the joint commission, "
        "scheduled to be held in Lima from August 4 to 6, 2025."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Jorge Vidal")
    assert event.location == "Arequipa"
    assert event.date == "2025-03-13"


def test_foreign_secretary_level_talks_are_consultations(parser: Parser) -> None:
    text = (
        "March 2, 2025\n\n"
        "Foreign Secretary Ravi Menon of India will travel to Dhaka on March 20 for the "
        "Foreign Secretary-level Mechanism with his Bangladeshi counterpart Karim Uddin."
    )
    event = one_event(events_of(parser, text), "Ravi Menon", "Karim Uddin")
    assert event.type == "political_consultations"
    assert event.status == "planned"
    assert event.location == "Dhaka"


def test_a_second_infinitive_of_a_plan_is_planned(parser: Parser) -> None:
    text = (
        "February 12, 2026\n\n"
        "Foreign Minister Lena Marsh of Chile held talks with Foreign Minister Jorge Vidal of "
        "Peru in Santiago today.\n\n"
        "The two ministers agreed to convene the joint commission in the autumn, and to hold a "
        "round of consultations between the two ministries on 16-17 April."
    )
    events = events_of(parser, text)
    talks = [e for e in events if e.status == "held"]
    assert len(talks) == 1
    assert talks[0].type == "meeting"
    assert all(e.date != "2026-04-16/2026-04-17" or e.status == "planned" for e in events)


def test_a_ceasefire_signed_on_another_day_does_not_date_the_talks(parser: Parser) -> None:
    text = (
        "LIMA, Nov 18 - Peru and Chile will open a new border crossing, Foreign Minister Jorge "
        "Vidal said today. "
        "He said the matter was raised during his bilateral meeting with Foreign Minister Lena "
        "Marsh of Chile, who is on a visit to Peru.\n\n"
        "Marsh thanked Peru for its part in brokering the truce between Chile and Bolivia "
        "signed in Quito on October 26."
    )
    event = one_event(events_of(parser, text), "Jorge Vidal", "Lena Marsh")
    assert event.date == "XXXX-11-18"


def test_the_day_after_after_is_the_calls_own(parser: Parser) -> None:
    text = (
        "June 4, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile announced the deal on Wednesday after a "
        "telephone conversation on Tuesday evening with Foreign Minister Jorge Vidal of Peru."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Jorge Vidal")
    assert event.type == "phone_call"
    assert event.date == "2025-06-03"


def test_talks_in_central_city_are_set_there(parser: Parser) -> None:
    text = (
        "March 18, 2026\n\n"
        "During their two-hour talks at the ministry in central Lima, Foreign Minister Jorge "
        "Vidal of Peru and Foreign Minister Lena Marsh of Chile discussed trade."
    )
    event = one_event(events_of(parser, text), "Jorge Vidal", "Lena Marsh")
    assert event.location == "Lima"


def test_travel_to_brief_an_official_is_a_coming_meeting(parser: Parser) -> None:
    text = (
        "February 5, 2026\n\n"
        "Foreign Minister Lena Marsh of Chile is expected to travel to Geneva next week to brief "
        "UN Secretary-General Ana Torres on her trip."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Ana Torres")
    assert event.type == "meeting"
    assert event.status == "planned"
    assert event.location == "Geneva"


def test_a_joint_press_conference_after_hosting_is_the_meeting(parser: Parser) -> None:
    text = (
        "LIMA\n\n"
        "Peru, Chile and Bolivia have agreed to set up a joint water commission, Foreign "
        "Minister Jorge Vidal said after hosting his two counterparts in Lima on April 21.\n\n"
        "Speaking at a joint press conference with Chile's Foreign Minister Lena Marsh and "
        "Bolivia's Foreign Minister Rosa Pino, Vidal said the commission would meet in May.\n\n"
        "April 22 2025 10:15:00"
    )
    event = one_event(events_of(parser, text), "Jorge Vidal", "Lena Marsh", "Rosa Pino")
    assert event.type == "meeting"
    assert event.status == "held"
    assert event.date == "2025-04-21"


def test_talks_during_a_visit_take_the_month_set_for_it(parser: Parser) -> None:
    text = (
        "October 14, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile held a phone call with Foreign Minister Jorge "
        "Vidal of Peru on Tuesday.\n\n"
        "They prepared the state visit of President Paula Ortiz of Chile to Peru, scheduled "
        "for December. During the visit, Ortiz and President Ana Torres of Peru are expected to "
        "hold talks in Lima."
    )
    event = one_event(events_of(parser, text), "Paula Ortiz", "Ana Torres")
    assert event.status == "planned"
    assert event.date == "2025-12"


def test_a_coming_signing_with_a_minister_is_a_planned_signing(parser: Parser) -> None:
    text = (
        "July 8, 2025\n\n"
        "On Thursday, Foreign Minister Lena Marsh of Chile will travel to Cusco, where she will "
        "sign, together with the Minister of Culture of Peru, Jorge Vidal, a letter of intent "
        "on heritage."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Jorge Vidal")
    assert event.type == "signing"
    assert event.status == "planned"
    assert event.date == "2025-07-10"
    assert event.location == "Cusco"


def test_a_sign_of_goodwill_is_no_signing(parser: Parser) -> None:
    text = (
        "July 8, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile met Foreign Minister Jorge Vidal of Peru in Lima "
        "on Monday. Marsh said the prisoner release was a sign of goodwill with President Ana "
        "Torres of Peru."
    )
    assert sides(events_of(parser, text)) == [{"Lena Marsh", "Jorge Vidal"}]
