"""Events of the fifth blind-batch round, each rule on invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

from diplotext import Parser
from readings import events_of, one_event, sides


def test_speaking_with_one_voice_is_no_call(parser: Parser) -> None:
    text = (
        "Lisbon, June 4, 2025\n\n"
        "Portuguese Foreign Minister Rui Sardo met his Spanish counterpart Elena Robles in "
        "Lisbon on Wednesday. Robles, who is due in Rome next week for talks with Italian Foreign "
        "Minister Carlo Benetti, said the two countries should speak with one voice in Brussels."
    )
    events = events_of(parser, text)
    assert one_event(events, "Elena Robles", "Carlo Benetti").type == "meeting"
    assert all(e.type != "phone_call" for e in events)


def test_a_time_clause_with_its_own_subject_owns_its_contact(parser: Parser) -> None:
    text = (
        "Lisbon, June 4, 2025\n\n"
        "Spanish Foreign Minister Elena Robles, who arrived in Lisbon a day after Portuguese "
        "Foreign Minister Rui Sardo had discussed the matter by phone with French Foreign "
        "Minister Paul Merlin, told reporters that cooperation was strong."
    )
    events = events_of(parser, text)
    assert sides(events) == [{"Rui Sardo", "Paul Merlin"}]


def test_a_preposition_opens_no_clause_before_the_subject(parser: Parser) -> None:
    text = (
        "Lisbon, June 4, 2025\n\n"
        "Spanish Foreign Minister Elena Robles arrived in Lisbon on Wednesday. Later in the "
        "afternoon Robles met with the Speaker of Parliament, Jorge Pinto Ramos, and was received at "
        "the presidential palace by President Ana Lobo Vaz."
    )
    events = events_of(parser, text)
    assert {"Elena Robles", "Jorge Pinto Ramos"} in sides(events)
    assert {"Elena Robles", "Ana Lobo Vaz"} in sides(events)
    assert {"Jorge Pinto Ramos", "Ana Lobo Vaz"} not in sides(events)


def test_a_deputy_or_predicate_title_stands_for_no_other_side(parser: Parser) -> None:
    text = (
        "Lisbon, June 4, 2025\n\n"
        "Prime Minister Luis Abreu of Portugal chaired the cabinet on Monday.\n\n"
        "Portuguese Foreign Minister Rui Sardo and his Spanish counterpart Elena Robles met in "
        "Madrid on Tuesday. Sardo, who is also Portugal's deputy prime minister, arrived in "
        "Madrid on a working visit, and the two ministers held a tête-à-tête meeting."
    )
    events = events_of(parser, text)
    assert all("Luis Abreu" not in e.participants for e in events)
    assert {"Rui Sardo", "Elena Robles"} in sides(events)


def test_a_time_word_between_counterparts_splits_the_contacts(parser: Parser) -> None:
    text = (
        "Oslo, May 20, 2026\n\n"
        "Estonian President Mart Kask will visit Oslo on Thursday. Kask will first be received "
        "in audience by King Olav Berg at the Royal Palace, before he and Prime Minister Jon "
        "Dahl hold talks at the government's guest house."
    )
    events = events_of(parser, text)
    assert {"Mart Kask", "Olav Berg"} in sides(events)
    assert {"Mart Kask", "Jon Dahl"} in sides(events)
    assert all(len(e.participants) == 2 for e in events)


def test_an_audience_and_a_meeting_are_two_contacts(parser: Parser) -> None:
    text = (
        "Singapore, 8 February 2026\n\n"
        "Minister for Foreign Affairs Dr Tan Wei Ming will make a Working Visit to Brunei "
        "Darussalam. He will have an audience with Sultan Hassan Jaafar, and meet Minister of "
        "Foreign Affairs Dato Rahim Salleh."
    )
    events = events_of(parser, text)
    assert {"Tan Wei Ming", "Hassan Jaafar"} in sides(events)
    assert {"Tan Wei Ming", "Rahim Salleh"} in sides(events)
    assert all(len(e.participants) == 2 for e in events)


def test_company_named_in_an_opening_phrase_does_not_join_the_last_contact(
    parser: Parser,
) -> None:
    text = (
        "Amman, May 5, 2026\n\n"
        "Jordanian Foreign Minister Omar Nasser received Iraqi Foreign Minister Karim Jaber in "
        "Amman on Tuesday. In the presence of the two foreign ministers, Jordanian Minister of "
        "Water Laila Haddad and Iraqi Minister of Water Resources Sami Kadhim signed an "
        "agreement on the shared rivers."
    )
    events = events_of(parser, text)
    assert one_event(events, "Laila Haddad", "Sami Kadhim").type == "signing"
    assert one_event(events, "Omar Nasser", "Karim Jaber").type == "meeting"


def test_talks_between_two_capitals_are_not_the_speakers(parser: Parser) -> None:
    text = (
        "Bern, June 3, 2026\n\n"
        "Austria is ready to host a new round of talks between Washington and Havana, Foreign "
        "Minister Greta Huber has said, after a video call with her Cuban counterpart.\n\n"
        "Huber spoke with Cuban Foreign Minister Luis Prado by video link on Monday."
    )
    events = events_of(parser, text)
    assert [e.type for e in events] == ["phone_call"]
    assert one_event(events, "Greta Huber", "Luis Prado").status == "held"


def test_a_lower_case_title_before_the_received_guest(parser: Parser) -> None:
    text = (
        "Bern, June 3, 2026\n\n"
        "Foreign Minister Greta Huber will receive the EU special envoy for the Sahel, Marco "
        "Vitelli, in Vienna next week."
    )
    events = events_of(parser, text)
    assert one_event(events, "Greta Huber", "Marco Vitelli").status == "planned"


def test_an_unknown_named_subject_is_not_the_main_official(parser: Parser) -> None:
    text = (
        "Dakar, October 14, 2025\n\n"
        "Senegalese President Amadou Ndiaye visited Banjul on Monday.\n\n"
        "According to the bank, Kofi Mensah is scheduled to hold talks with Gambian Prime "
        "Minister Lamin Jatta in Banjul in November."
    )
    events = events_of(parser, text)
    assert {"Amadou Ndiaye", "Lamin Jatta"} not in sides(events)


def test_the_addressee_of_told_that_is_no_side(parser: Parser) -> None:
    text = (
        "Dhaka, Sept 3, 2025\n\n"
        "Foreign Adviser Karim Rahman received Korean Ambassador Lee Jun-ho at his office "
        "yesterday.\n\n"
        "The adviser informed the envoy that Foreign Secretary Nasir Uddin would lead the "
        "delegation to the next round of Foreign Office Consultations with Korea in Seoul on "
        "October 7."
    )
    events = events_of(parser, text)
    assert all("Nasir Uddin" not in e.participants for e in events)
    assert one_event(events, "Karim Rahman", "Lee Jun-ho").status == "held"


def test_a_day_past_another_occasion_and_a_later_month(parser: Parser) -> None:
    text = (
        "Nicosia, December 9, 2025\n\n"
        "UN Secretary-General Ana Ruiz intends to invite Greek Foreign Minister Nikos Pappas and "
        "Turkish Foreign Minister Emre Kaya to an informal meeting in late January, the third "
        "after the Geneva meeting of March 17-18."
    )
    event = one_event(events_of(parser, text), "Ana Ruiz", "Nikos Pappas", "Emre Kaya")
    assert (event.date, event.status) == ("2026-01", "planned")


def test_a_title_after_serves_as_stands_for_no_side(parser: Parser) -> None:
    text = (
        "Port-au-Prince, May 6, 2025\n\n"
        "UN Secretary-General Ana Ruiz appointed Luis Soto as her envoy last year.\n\n"
        "UN envoy Luis Soto met Prime Minister Jean Baptiste on Tuesday. The Peruvian diplomat, "
        "who serves as the UN secretary-general's personal envoy on Haiti, arrived on Sunday "
        "and held a meeting with Baptiste at his office."
    )
    events = events_of(parser, text)
    assert all("Ana Ruiz" not in e.participants for e in events)


def test_a_bhutanese_title_alone_stands_for_the_minister(parser: Parser) -> None:
    text = (
        "Thimphu, March 5, 2025\n\n"
        "Foreign Minister Lyonpo Karma Wangdi arrived in New Delhi on Monday for a three-day "
        "visit.\n\n"
        "On Tuesday, Lyonpo called on Indian Prime Minister Raj Kumar Mehta at his office."
    )
    events = events_of(parser, text)
    assert one_event(events, "Karma Wangdi", "Raj Kumar Mehta").type == "meeting"
