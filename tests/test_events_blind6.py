"""Events of the sixth blind-batch round, each rule on invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

from diplotext import Parser
from readings import events_of, one_event


def test_long_occasion_name_before_will_be_held_is_planned(parser: Parser) -> None:
    text = (
        "Lima, 2 June 2025\n\n"
        "The 4th Joint Meeting of the Ministers of Trade of Chile, Peru and Ecuador will be "
        "held in Quito on 20 June 2025, with the participation of Chilean Trade Minister "
        "Rosa Aldunate, Peruvian Trade Minister Jorge Quispe and Ecuadorian Trade Minister "
        "Ana Benitez."
    )
    event = one_event(events_of(parser, text), "Rosa Aldunate", "Jorge Quispe", "Ana Benitez")
    assert event.status == "planned"
    assert event.date == "2025-06-20"
    assert event.location == "Quito"


def test_received_together_by_is_a_reception_of_both(parser: Parser) -> None:
    text = (
        "Lima, 2 June 2025\n\n"
        "Chilean Foreign Minister Rosa Aldunate and Ecuadorian Foreign Minister Ana Benitez "
        "were received together by Peruvian President Jorge Quispe on Monday."
    )
    event = one_event(events_of(parser, text), "Rosa Aldunate", "Ana Benitez", "Jorge Quispe")
    assert event.status == "held"


def test_arranging_a_meeting_is_planned(parser: Parser) -> None:
    text = (
        "Oslo, 3 March 2025\n\n"
        "Norwegian Foreign Minister Kari Holmsen will fly to Geneva next week. Her office said "
        "it is arranging a meeting between Holmsen and Swiss Foreign Minister Luc Perrin."
    )
    event = one_event(events_of(parser, text), "Kari Holmsen", "Luc Perrin")
    assert event.status == "planned"


def test_a_day_in_a_who_clause_is_not_the_contacts(parser: Parser) -> None:
    text = (
        "Oslo, 5 March 2025\n\n"
        "Swiss Foreign Minister Luc Perrin, who landed in Oslo on Tuesday, met Norwegian "
        "Foreign Minister Kari Holmsen on Wednesday."
    )
    event = one_event(events_of(parser, text), "Luc Perrin", "Kari Holmsen")
    assert event.date == "2025-03-05"


def test_a_day_before_after_is_the_main_clauses(parser: Parser) -> None:
    text = (
        "Oslo, 5 March 2025\n\n"
        "Norway and Sweden held border talks on Wednesday, a day after Norwegian Foreign "
        "Minister Kari Holmsen and Swedish Foreign Minister Nils Berg agreed over the phone "
        "to reopen the crossing. On Tuesday, Holmsen spoke by phone with Berg for an hour."
    )
    event = one_event(events_of(parser, text), "Kari Holmsen", "Nils Berg")
    assert event.type == "phone_call"
    assert event.date == "2025-03-04"


def test_an_airport_welcome_is_no_meeting(parser: Parser) -> None:
    text = (
        "Accra, 8 May 2025\n\n"
        "Togolese President Kossi Amedome arrived on Wednesday and was received at Kotoka "
        "International Airport by Ghana's Vice President, Ama Owusu, before holding talks with "
        "President Kwame Boateng at Jubilee House."
    )
    events = events_of(parser, text)
    assert not [e for e in events if "Ama Owusu" in e.participants]
    one_event(events, "Kossi Amedome", "Kwame Boateng")


def test_a_reception_on_arrival_is_no_meeting(parser: Parser) -> None:
    text = (
        "Accra, 8 May 2025\n\n"
        "Ghanaian Foreign Minister Ama Owusu received Togolese Foreign Minister Kossi Amedome "
        "on his arrival on Wednesday."
    )
    assert not events_of(parser, text)


def test_the_sender_of_the_message_is_no_side(parser: Parser) -> None:
    text = (
        "Accra, 8 May 2025\n\n"
        "Togolese Foreign Minister Kossi Amedome was received on Thursday by President Kwame "
        "Boateng, to whom he handed the message of Togolese President Yawo Dzidzo."
    )
    events = events_of(parser, text)
    event = one_event(events, "Kossi Amedome", "Kwame Boateng")
    assert event.status == "held"


def test_a_day_after_before_and_a_gerund_is_not_the_contacts(parser: Parser) -> None:
    text = (
        "Accra, 8 May 2025\n\n"
        "Togolese Foreign Minister Kossi Amedome held talks with Ghanaian Foreign Minister Ama "
        "Owusu on Thursday. Amedome is also expected to meet President Kwame Boateng before "
        "flying home on Saturday."
    )
    event = one_event(events_of(parser, text), "Kossi Amedome", "Kwame Boateng")
    assert event.status == "planned"
    assert event.date != "2025-05-10"


def test_the_visiting_minister_is_the_guest(parser: Parser) -> None:
    text = (
        "Colombo, 20 November 2026\n\n"
        "Sri Lankan Foreign Minister Nimal Perera held talks in Colombo on Wednesday with "
        "Maldivian Foreign Minister Ahmed Rasheed. The visiting Minister later called on "
        "Sri Lankan President Sunil Wickrama on Thursday."
    )
    events = events_of(parser, text)
    one_event(events, "Ahmed Rasheed", "Sunil Wickrama")
    assert not [e for e in events if set(e.participants) == {"Nimal Perera", "Sunil Wickrama"}]


def test_a_past_day_plan_also_told_as_held_is_held(parser: Parser) -> None:
    text = (
        "Bern, 12 June 2025\n\n"
        "Austrian Foreign Minister Eva Lindner spent Tuesday in Bern, where she and her "
        "counterpart, Swiss Foreign Minister Luc Perrin, agreed to resume the border talks. "
        "The two ministers met for two hours at the Federal Palace."
    )
    event = one_event(events_of(parser, text), "Eva Lindner", "Luc Perrin")
    assert event.status == "held"
    assert event.date == "2025-06-10"


def test_was_received_with_words_before_by_names_the_host(parser: Parser) -> None:
    text = (
        "Bern, 12 June 2025\n\n"
        "Austrian Foreign Minister Eva Lindner was received in the afternoon by Swiss "
        "President Karin Suter."
    )
    event = one_event(events_of(parser, text), "Eva Lindner", "Karin Suter")
    assert event.status == "held"


def test_a_coming_occasion_lends_its_place_across_sentences_about_it(parser: Parser) -> None:
    text = (
        "Vienna, 2 June 2025\n\n"
        "Austrian Foreign Minister Eva Lindner will travel to Prague on 10 June 2025 for talks "
        "with Czech Foreign Minister Pavel Dusek. At the talks, the ministers are expected to "
        "review energy cooperation. On 11 June 2025, Lindner will be received by Czech "
        "President Jan Kral."
    )
    event = one_event(events_of(parser, text), "Eva Lindner", "Jan Kral")
    assert event.status == "planned"
    assert event.location == "Prague"


def test_said_on_a_day_after_talks_keeps_that_day(parser: Parser) -> None:
    text = (
        "Riga, 13 March 2026\n\n"
        "Latvia and Lithuania will share radar data, Latvian Foreign Minister Ilze Kalnina said "
        "on Wednesday after talks with Lithuanian Foreign Minister Tomas Vaitkus in Riga."
    )
    event = one_event(events_of(parser, text), "Ilze Kalnina", "Tomas Vaitkus")
    assert event.date == "2026-03-11"


def test_a_later_meeting_takes_the_day_and_place_of_the_one_told(parser: Parser) -> None:
    text = (
        "Riga, 13 March 2026\n\n"
        "Latvian Foreign Minister Ilze Kalnina hosted Lithuanian Foreign Minister Tomas "
        "Vaitkus in Riga on Wednesday. Vaitkus later met with Latvian Prime Minister Janis "
        "Ozols at the government house."
    )
    event = one_event(events_of(parser, text), "Tomas Vaitkus", "Janis Ozols")
    assert event.date == "2026-03-11"
    assert event.location == "Riga"


def test_signers_stop_at_the_next_occasion(parser: Parser) -> None:
    text = (
        "Vilnius, 20 February 2026\n\n"
        "Lithuanian Foreign Minister Tomas Vaitkus received Polish Foreign Minister Jan Nowak "
        "on Thursday. The minister told the guest about the Border Treaty, "
        "signed by Lithuanian President Rasa Jonaitis and Latvian President Janis Berzins in "
        "Vilnius on 2 May 2025, as well as the agreements reached at the three-way summit of the "
        "heads of state held in Riga on 9 June 2025 with the participation of Estonian President "
        "Mart Tamm."
    )
    events = events_of(parser, text)
    event = one_event(events, "Rasa Jonaitis", "Janis Berzins")
    assert event.type == "signing"
    assert event.date == "2025-05-02"


def test_his_counterparts_of_two_countries_are_two_contacts(parser: Parser) -> None:
    text = (
        "Athens, 2 June 2025\n\n"
        "Bulgarian Foreign Minister Petar Ivanov will visit Athens on 9 June 2025 for a "
        "meeting with Greek Foreign Minister Nikos Pappas and Cypriot Foreign Minister Eleni "
        "Kyprianou. On the sidelines, Ivanov will hold separate bilateral meetings with his "
        "Greek and Cypriot counterparts."
    )
    events = events_of(parser, text)
    assert one_event(events, "Petar Ivanov", "Nikos Pappas").status == "planned"
    assert one_event(events, "Petar Ivanov", "Eleni Kyprianou").status == "planned"


def test_a_signing_on_the_sidelines_of_a_one_day_visit_has_that_day(parser: Parser) -> None:
    text = (
        "Rabat, Thursday, 15 January 2026\n\n"
        "Moroccan Foreign Minister Karim Alaoui held talks on Thursday in Rabat with "
        "Portuguese Foreign Minister Rui Sardo. On the sidelines of the visit, Moroccan "
        "Energy Minister Leila Bennani and Portuguese Energy Minister Joana Costa signed a "
        "memorandum on green hydrogen."
    )
    event = one_event(events_of(parser, text), "Leila Bennani", "Joana Costa")
    assert event.type == "signing"
    assert event.date == "2026-01-15"


def test_a_meeting_being_prepared_for_the_first_day_of_a_summit(parser: Parser) -> None:
    text = (
        "Lima, 2 June 2025\n\n"
        "Peruvian President Ana Flores will attend the Andean summit in Quito on 20-21 June "
        "2025, and a bilateral meeting with Chilean President Rosa Aldunate is being prepared "
        "for the first day of the summit."
    )
    event = one_event(events_of(parser, text), "Ana Flores", "Rosa Aldunate")
    assert event.status == "planned"
    assert event.date == "2025-06-20"
