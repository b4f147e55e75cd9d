"""Events read the way a careful reader would (the golden15 round): invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

from diplotext import Parser
from readings import events_of, one_event


def test_a_call_about_preparing_an_occasion_is_a_call(parser: Parser) -> None:
    text = (
        "Lisbon, 12 March 2025\n\n"
        "On Wednesday, Foreign Minister Rita Couto of Portugal discussed the preparations for "
        "the summit by phone with Foreign Minister Arvid Holm of Sweden."
    )
    event = one_event(events_of(parser, text), "Rita Couto", "Arvid Holm")
    assert event.type == "phone_call"
    assert event.location is None


def test_preparations_for_a_meeting_still_name_no_contact_of_their_own(parser: Parser) -> None:
    text = (
        "Lisbon, 12 March 2025\n\n"
        "On Wednesday, Foreign Minister Rita Couto of Portugal met Foreign Minister Arvid Holm "
        "of Sweden in Lisbon to discuss preparations for the summit in Madrid."
    )
    event = one_event(events_of(parser, text), "Rita Couto", "Arvid Holm")
    assert event.type == "meeting"
    assert event.location == "Lisbon"


def test_a_pronoun_after_a_title_subject_stands_for_that_subject(parser: Parser) -> None:
    text = (
        "Oslo, 12 March 2025\n\n"
        "Foreign Minister Rita Couto of Portugal met Foreign Minister Arvid Holm of Sweden in "
        "Oslo on Wednesday.\n\n"
        "On Thursday, the Portuguese minister is scheduled to meet Foreign Minister Eva Lind "
        "of Norway. Later this week she will also hold talks with Foreign Minister Jon Berg "
        "of Iceland."
    )
    events = events_of(parser, text)
    assert one_event(events, "Rita Couto", "Jon Berg").status == "planned"
    assert not [e for e in events if set(e.participants) == {"Eva Lind", "Jon Berg"}]


def test_the_two_ministers_met_on_the_day_of_their_lead_sentence(parser: Parser) -> None:
    text = (
        "March 12, 2025\n\n"
        "LIMA -- Foreign Minister Rita Couto of Portugal and Foreign Minister Jorge Vidal of "
        "Peru agreed on Monday to open direct flights between their capitals.\n\n"
        "The two ministers met for two hours at the foreign ministry in Lima."
    )
    event = one_event(events_of(parser, text), "Rita Couto", "Jorge Vidal")
    assert event.date == "2025-03-10"
    assert event.status == "held"


def test_an_undated_contact_is_on_the_day_of_the_lead(parser: Parser) -> None:
    text = (
        "March 12, 2025\n\n"
        "ROME -- Foreign Minister Rita Couto of Portugal left a tense council of ministers on "
        "Monday without the support she had sought for the fisheries plan.\n\n"
        "Foreign Minister Jorge Vidal of Spain met Couto for an hour before the session, "
        "diplomats said."
    )
    event = one_event(events_of(parser, text), "Rita Couto", "Jorge Vidal")
    assert event.date == "2025-03-10"


def test_a_lead_day_long_before_the_report_dates_no_later_contact(parser: Parser) -> None:
    text = (
        "March 12, 2025\n\n"
        "ROME -- The fisheries plan agreed on January 6 is still waiting for the council's "
        "approval.\n\n"
        "Foreign Minister Jorge Vidal of Spain met Foreign Minister Rita Couto of Portugal "
        "in Rome to discuss it."
    )
    event = one_event(events_of(parser, text), "Rita Couto", "Jorge Vidal")
    assert event.date == "2025-03-12"


def test_a_relative_clause_ends_where_the_contact_s_with_goes_on(parser: Parser) -> None:
    text = (
        "Lisbon, 12 March 2025\n\n"
        "On Thursday 13 March, Foreign Minister Rita Couto of Portugal will hold bilateral "
        "meetings with Foreign Minister Arvid Holm of Sweden, which takes over the council's "
        "chair on 1 July 2025, and with Foreign Minister Jorge Vidal of Peru."
    )
    events = events_of(parser, text)
    assert one_event(events, "Rita Couto", "Arvid Holm").date == "2025-03-13"
    vidal = one_event(events, "Rita Couto", "Jorge Vidal")
    assert vidal.date == "2025-03-13"
    assert vidal.status == "planned"


def test_an_official_of_a_relative_clause_is_still_no_side(parser: Parser) -> None:
    text = (
        "Lisbon, 12 March 2025\n\n"
        "Foreign Minister Rita Couto of Portugal met Foreign Minister Arvid Holm of Sweden, "
        "who thanked President Jorge Vidal of Peru for his support, in Lisbon on Wednesday."
    )
    events = events_of(parser, text)
    one_event(events, "Rita Couto", "Arvid Holm")
    assert not [e for e in events if "Jorge Vidal" in e.participants]


def test_a_breakfast_with_a_counterpart_is_a_meeting(parser: Parser) -> None:
    text = (
        "Oslo, 12 March 2025\n\n"
        "Foreign Minister Arvid Holm of Sweden had lunch with Foreign Minister Eva Lind of "
        "Norway in Oslo on Tuesday to coordinate their line on the sanctions."
    )
    event = one_event(events_of(parser, text), "Arvid Holm", "Eva Lind")
    assert event.type == "meeting"
    assert event.date == "2025-03-11"
