"""Events of the fourth blind-batch round, each rule on invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

from diplotext import Parser
from readings import events_of, one_event


def test_was_due_to_makes_a_contact_planned(parser: Parser) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Norwegian Foreign Minister Ola Brekke met his Chilean counterpart, Foreign Minister "
        "Rosa Pinto, in Oslo on Wednesday. Pinto was due to be received by King Harald V "
        "later on Wednesday."
    )
    events = events_of(parser, text)
    king = [
        e for e in events if "Rosa Pinto" in e.participants and "Ola Brekke" not in e.participants
    ]
    assert [e.status for e in king] == ["planned"]


def test_the_place_before_a_where_clause_holds_the_talks(parser: Parser) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Norwegian Foreign Minister Ola Brekke met his Chilean counterpart, Foreign Minister "
        "Rosa Pinto, in Oslo on Wednesday. Pinto is scheduled to travel on Thursday to "
        "Copenhagen, where she will hold talks with Danish Foreign Minister Lars Holm."
    )
    event = one_event(events_of(parser, text), "Rosa Pinto", "Lars Holm")
    assert (event.location, event.status) == ("Copenhagen", "planned")


def test_a_during_which_clause_with_its_own_subject_names_the_sides(parser: Parser) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Norwegian Foreign Minister Ola Brekke and Chilean Foreign Minister Rosa Pinto agreed "
        "to prepare a fisheries accord for the state visit of Chilean President Diego Rojas "
        "to Oslo in June, during which President Rojas will hold talks with Prime Minister "
        "Anne Dahl."
    )
    events = events_of(parser, text)
    event = one_event(events, "Diego Rojas", "Anne Dahl")
    assert (event.status, event.location) == ("planned", "Oslo")
    assert all(
        "Ola Brekke" not in e.participants for e in events if "Diego Rojas" in e.participants
    )


def test_bilateral_meetings_on_the_sidelines_of_a_ministerial_meeting_split(
    parser: Parser,
) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Norwegian Foreign Minister Ola Brekke held bilateral meetings with Chilean Foreign "
        "Minister Rosa Pinto and Danish Foreign Minister Lars Holm on the sidelines of the "
        "Arctic Forum held on 5-6 May 2025, the first ministerial meeting of the year."
    )
    events = events_of(parser, text)
    assert {frozenset(e.participants) for e in events} == {
        frozenset({"Ola Brekke", "Rosa Pinto"}),
        frozenset({"Ola Brekke", "Lars Holm"}),
    }


def test_a_later_day_narrows_the_range_of_the_occasion(parser: Parser) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Norwegian Foreign Minister Ola Brekke held bilateral meetings with Chilean Foreign "
        "Minister Rosa Pinto and Danish Foreign Minister Lars Holm on the sidelines of the "
        "Arctic Forum held on 5-6 May 2025.\n\n"
        "In his meeting with Minister Pinto on 5 May, Minister Brekke expressed thanks for "
        "Chile's support."
    )
    event = one_event(events_of(parser, text), "Ola Brekke", "Rosa Pinto")
    assert event.date == "2025-05-05"


def test_a_city_where_nationals_live_is_no_venue(parser: Parser) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Norwegian Foreign Minister Ola Brekke met Chilean Foreign Minister Rosa Pinto in "
        "Oslo on Tuesday.\n\n"
        "The two ministers also discussed the welfare of Norwegians living and working in "
        "Santiago."
    )
    event = one_event(events_of(parser, text), "Ola Brekke", "Rosa Pinto")
    assert event.location == "Oslo"


def test_an_invitation_to_a_place_is_a_coming_contact_of_its_own(parser: Parser) -> None:
    text = (
        "Santiago, May 7, 2025\n\n"
        "On May 6, Minister Brekke met with Chile's Foreign Minister, Rosa Pinto, in Santiago. "
        "Minister Brekke invited Minister Pinto to Oslo in the autumn for the first "
        "Norway-Chile Foreign Ministers' Strategic Dialogue."
    )
    events = [e for e in events_of(parser, text) if set(e.participants) == {"Brekke", "Rosa Pinto"}]
    assert sorted((e.status, e.location) for e in events) == [
        ("held", "Santiago"),
        ("planned", "Oslo"),
    ]


def test_a_signing_dated_with_a_closing_comma_names_its_signers(parser: Parser) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Norwegian Foreign Minister Ola Brekke met Chilean Foreign Minister Rosa Pinto in Oslo "
        "on Tuesday. She welcomed the Norway-Chile Status of Visiting Forces Agreement, signed "
        "on January 9, 2025, by Norway's Minister of Defence, Per Lunde, and Chile's Minister "
        "of Defence, Marta Soto."
    )
    events = events_of(parser, text)
    event = one_event(events, "Per Lunde", "Marta Soto")
    assert (event.type, event.date, event.location) == ("signing", "2025-01-09", None)
    assert not any(e.type == "visit" for e in events)


def test_a_commission_co_chaired_by_two_heads_of_government_is_their_summit(
    parser: Parser,
) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Norwegian Foreign Minister Ola Brekke held talks in Oslo on Tuesday with Swedish "
        "Foreign Minister Eva Lind. The meeting focused on the coming session of the "
        "Norwegian-Swedish Joint Commission, which will be co-chaired by Prime Minister "
        "Anne Dahl and Swedish Prime Minister Karl Berg in Stockholm in September."
    )
    event = one_event(events_of(parser, text), "Anne Dahl", "Karl Berg")
    assert (event.type, event.status, event.location, event.date) == (
        "summit",
        "planned",
        "Stockholm",
        "2025-09",
    )


def test_looking_forward_to_welcoming_a_president_is_a_coming_summit(parser: Parser) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Norwegian Foreign Minister Ola Brekke spoke by phone with Chilean Foreign Minister "
        "Rosa Pinto on Tuesday. Brekke said that Prime Minister Anne Dahl looked forward to "
        "welcoming President Diego Rojas of Chile in Oslo later this year."
    )
    event = one_event(events_of(parser, text), "Anne Dahl", "Diego Rojas")
    assert (event.type, event.status, event.location) == ("summit", "planned", "Oslo")


def test_agreeing_to_hold_talks_plans_them(parser: Parser) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Norwegian Foreign Minister Ola Brekke met Chilean Foreign Minister Rosa Pinto in Oslo "
        "on Tuesday. Brekke and Pinto agreed to hold the next round of political "
        "consultations in Santiago on June 30."
    )
    events = [
        e for e in events_of(parser, text) if set(e.participants) == {"Ola Brekke", "Rosa Pinto"}
    ]
    assert sorted((e.status, e.location) for e in events) == [
        ("held", "Oslo"),
        ("planned", "Santiago"),
    ]


def test_a_phone_call_has_no_venue(parser: Parser) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Yesterday, Foreign Minister Ola Brekke received a phone call from Chilean Foreign "
        "Minister Rosa Pinto, in which the two discussed the plan adopted at the Lima summit."
    )
    event = one_event(events_of(parser, text), "Ola Brekke", "Rosa Pinto")
    assert (event.type, event.location) == ("phone_call", None)


def test_a_trip_to_a_session_with_a_named_host_is_a_meeting(parser: Parser) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Norwegian Foreign Minister Ola Brekke met Chilean Foreign Minister Rosa Pinto in Oslo "
        "on Tuesday. Brekke is next due to travel to Riga for a meeting of the Nordic "
        "Council of Ministers hosted by Latvian Foreign Minister Janis Ozols on 2-3 June."
    )
    event = one_event(events_of(parser, text), "Ola Brekke", "Janis Ozols")
    assert (event.type, event.status, event.location) == ("meeting", "planned", "Riga")


def test_a_summit_named_with_the_participation_of_its_attendees(parser: Parser) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Deputy Foreign Minister Kari Vik briefed her guest on the results of the trilateral "
        "summit held in Geneva on March 3, 2025 with the participation of President of Chile "
        "Diego Rojas, Peruvian President Ana Ruiz and Prime Minister of Norway Anne Dahl."
    )
    event = one_event(events_of(parser, text), "Diego Rojas", "Ana Ruiz", "Anne Dahl")
    assert (event.type, event.location, event.status) == ("summit", "Geneva", "held")


def test_preparations_for_a_visit_at_an_invitation_name_a_coming_visit(parser: Parser) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Deputy Foreign Minister Kari Vik held consultations in Oslo with Chilean Deputy "
        "Foreign Minister Tomas Soto. The sides also discussed preparations for the upcoming "
        "visit of Foreign Minister Ola Brekke to Chile next month at the invitation of his "
        "Chilean counterpart Rosa Pinto."
    )
    event = one_event(events_of(parser, text), "Ola Brekke", "Rosa Pinto")
    assert (event.type, event.status, event.date) == ("visit", "planned", "2025-06")


def test_counterparts_of_bilateral_meetings_did_not_meet_each_other(parser: Parser) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Bilateral meetings with Chilean Foreign Minister Rosa Pinto and Danish Foreign "
        "Minister Lars Holm were held on the sidelines of the Arctic Forum."
    )
    events = events_of(parser, text)
    assert all(set(e.participants) != {"Rosa Pinto", "Lars Holm"} for e in events)


def test_a_session_to_be_co_chaired_by_the_two_ministers_is_their_coming_meeting(
    parser: Parser,
) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Foreign Minister Ola Brekke held talks in Oslo today with Chilean Foreign Minister "
        "Rosa Pinto.\n\n"
        "They also agreed to convene the next session of the Norway-Chile Joint Commission, "
        "to be co-chaired by the two ministers, in Santiago in June."
    )
    events = [
        e for e in events_of(parser, text) if set(e.participants) == {"Ola Brekke", "Rosa Pinto"}
    ]
    assert sorted((e.status, e.location, e.date) for e in events) == [
        ("held", "Oslo", "2025-05-07"),
        ("planned", "Santiago", "2025-06"),
    ]


def test_a_strategic_dialogue_of_ministers_is_a_meeting_of_deputies_consultations(
    parser: Parser,
) -> None:
    text = (
        "Oslo, May 7, 2025\n\n"
        "Foreign Minister Ola Brekke will travel to Santiago to hold the first Norway-Chile "
        "Strategic Dialogue with Chilean Foreign Minister Rosa Pinto on June 3.\n\n"
        "Deputy Foreign Minister Kari Vik will travel to Lima to hold the 4th Norway-Peru "
        "Vice Ministerial Strategic Dialogue with Peruvian Deputy Foreign Minister Tomas "
        "Quispe on June 9."
    )
    events = events_of(parser, text)
    assert one_event(events, "Ola Brekke", "Rosa Pinto").type == "meeting"
    assert one_event(events, "Kari Vik", "Tomas Quispe").type == "political_consultations"


def test_in_the_capital_city_names_the_place(parser: Parser) -> None:
    text = (
        "Bergen, May 7, 2025\n\n"
        "Foreign Minister Ola Brekke on Tuesday hosted his Chilean counterpart Rosa Pinto in "
        "the capital Oslo.\n\n"
        "Meanwhile, Danish Foreign Minister Lars Holm will be received Wednesday by his "
        "Norwegian counterpart Ola Brekke."
    )
    events = events_of(parser, text)
    assert one_event(events, "Ola Brekke", "Rosa Pinto").location == "Oslo"
    assert one_event(events, "Lars Holm", "Ola Brekke").location == "Oslo"
