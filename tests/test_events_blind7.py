"""Events of the seventh blind-batch round, each rule on invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

from diplotext import Parser
from readings import events_of, one_event, sides


def test_recalled_contact_with_its_own_day_is_reported(parser: Parser) -> None:
    text = (
        "Vilnius, 12 March 2025\n\n"
        "Lithuanian Foreign Minister Rasa Kudirkaite received the Polish Ambassador Jan "
        "Wierzbowski on Tuesday. Kudirkaite also recalled her phone call with Estonian Foreign "
        "Minister Tiit Saarsalu on March 3, during which the two agreed on energy links."
    )
    event = one_event(events_of(parser, text), "Rasa Kudirkaite", "Tiit Saarsalu")
    assert event.type == "phone_call"
    assert event.date == "2025-03-03"


def test_recalled_contact_dated_by_a_year_stays_history(parser: Parser) -> None:
    text = (
        "Vilnius, 12 March 2025\n\n"
        "Lithuanian Foreign Minister Rasa Kudirkaite received the Polish Ambassador Jan "
        "Wierzbowski on Tuesday. Kudirkaite also recalled her talks with Estonian Foreign "
        "Minister Tiit Saarsalu in 2019."
    )
    assert {"Rasa Kudirkaite", "Tiit Saarsalu"} not in sides(events_of(parser, text))


def test_headline_list_of_counterparts_told_one_by_one_is_separate_meetings(
    parser: Parser,
) -> None:
    text = (
        "Dutch minister meets Kovac, Horvat and Babic in Zagreb\n\n"
        "Zagreb, 14 May 2025\n\n"
        "Dutch Foreign Minister Pieter de Wit told Croatian Foreign Minister Ivan Kovac on "
        "Wednesday that the Netherlands backs the bid. Earlier in the day, De Wit was received "
        "by President Marko Horvat, and in the evening he met with Prime Minister Ana Babic."
    )
    events = sides(events_of(parser, text))
    assert {"Pieter de Wit", "Ivan Kovac", "Marko Horvat", "Ana Babic"} not in events
    assert {"Pieter de Wit", "Ivan Kovac"} in events
    assert {"Pieter de Wit", "Marko Horvat"} in events
    assert {"Pieter de Wit", "Ana Babic"} in events


def test_recalled_contact_months_before_the_report_stays_history(parser: Parser) -> None:
    text = (
        "Vilnius, 12 September 2025\n\n"
        "Lithuanian Foreign Minister Rasa Kudirkaite received the Polish Ambassador Jan "
        "Wierzbowski on Tuesday. Recalling her visit to Tallinn, where she held talks with "
        "Estonian Foreign Minister Tiit Saarsalu on March 3, Kudirkaite praised the ties."
    )
    assert {"Rasa Kudirkaite", "Tiit Saarsalu"} not in sides(events_of(parser, text))


def test_undated_place_after_their_talks_sets_the_following_contacts(parser: Parser) -> None:
    text = (
        "Dutch minister meets Kovac, Horvat and Babic\n\n"
        "14 May 2025\n\n"
        "Dutch Foreign Minister Pieter de Wit told Croatian Foreign Minister Ivan Kovac that "
        "the Netherlands backs the bid.\n\n"
        "Speaking at a joint press conference in Zagreb after their meeting, De Wit praised "
        "the reforms.\n\n"
        "Later, De Wit was received by President Marko Horvat, and in the evening he met with "
        "Prime Minister Ana Babic."
    )
    event = one_event(events_of(parser, text), "Pieter de Wit", "Ana Babic")
    assert event.location == "Zagreb"


def test_day_of_a_who_clause_closing_the_sentence_is_not_the_contacts(parser: Parser) -> None:
    text = (
        "Oslo, 16 May 2025\n\n"
        "Norway and the Netherlands held talks in Oslo on Thursday. Norwegian Foreign Minister "
        "Kari Holmsen met the Dutch delegation, which was headed by Foreign Minister Pieter de "
        "Wit, who arrived in Oslo on Tuesday night."
    )
    event = one_event(events_of(parser, text), "Kari Holmsen", "Pieter de Wit")
    assert event.date == "2025-05-15"


def test_delivering_a_message_from_a_leader_is_a_meeting_with_its_addressee(
    parser: Parser,
) -> None:
    text = (
        "Accra, 3 June 2025\n\n"
        "Togolese Foreign Minister Koffi Adjovi on Monday delivered a message from President "
        "Faure Gnassingbe to President Kwame Asante at the Jubilee House."
    )
    events = events_of(parser, text)
    event = one_event(events, "Koffi Adjovi", "Kwame Asante")
    assert event.type == "meeting"
    assert event.date == "2025-06-02"
    assert all("Faure Gnassingbe" not in e.participants for e in events)


def test_letter_from_a_leader_with_no_addressee_named_leaves_the_sender_out(
    parser: Parser,
) -> None:
    text = (
        "Accra, 3 June 2025\n\n"
        "President Kwame Asante on Monday received Togolese Foreign Minister Koffi Adjovi, "
        "who handed over a letter from President Faure Gnassingbe."
    )
    events = events_of(parser, text)
    assert one_event(events, "Kwame Asante", "Koffi Adjovi").type == "meeting"
    assert all("Faure Gnassingbe" not in e.participants for e in events)


def test_contact_set_for_a_month_takes_no_other_months_day_from_a_later_line(
    parser: Parser,
) -> None:
    text = (
        "Oslo, 20 May 2025\n\n"
        "Foreign Minister Kari Holmsen is set to travel to Chile in late June, where she is "
        "scheduled to meet President Luis Arancibia in Santiago.\n\n"
        "May 14: Ministry confirms Holmsen trip to South America\n"
    )
    event = one_event(events_of(parser, text), "Kari Holmsen", "Luis Arancibia")
    assert event.status == "planned"
    assert event.date == "2025-06"


def test_consultations_named_after_said_lend_their_type_to_the_sides_told_next(
    parser: Parser,
) -> None:
    text = (
        "Hanoi, 9 October 2025\n\n"
        "Vietnam and Chile agreed to expand fruit trade, officials said after the political "
        "consultations between the two foreign ministries in Hanoi.\n\n"
        "Foreign Secretary Tran Van Long led the Vietnamese side at the meeting, while the "
        "Chilean delegation was headed by Paula Orrego, Chile's Ambassador-at-Large."
    )
    event = one_event(events_of(parser, text), "Tran Van Long", "Paula Orrego")
    assert event.type == "political_consultations"
