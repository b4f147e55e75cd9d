"""Events of the third blind-batch round, each rule on invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

from diplotext import Parser
from readings import events_of, one_event, sides


def test_a_round_of_political_dialogue_is_consultations(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "Deputy Foreign Minister Ilona Varsa of Hungary will travel to Lima on June 20 for a "
        "new round of political dialogue with Peruvian Deputy Foreign Minister Tomas Quispe."
    )
    event = one_event(events_of(parser, text), "Ilona Varsa", "Tomas Quispe")
    assert (event.type, event.status, event.location, event.date) == (
        "political_consultations",
        "planned",
        "Lima",
        "2025-06-20",
    )


def test_talks_of_two_deputy_foreign_ministers_are_consultations(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "Deputy Foreign Minister Ilona Varsa of Hungary held talks in Lima on Monday with "
        "Peruvian Deputy Foreign Minister Tomas Quispe."
    )
    event = one_event(events_of(parser, text), "Ilona Varsa", "Tomas Quispe")
    assert event.type == "political_consultations"


def test_a_relative_clause_naming_the_sides_gives_the_tense(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "Work has begun on a meeting of the joint commission, which Prime Minister Rui Matos "
        "of Portugal and Spanish Prime Minister Luis Ortega are expected to co-chair in Madrid."
    )
    event = one_event(events_of(parser, text), "Rui Matos", "Luis Ortega")
    assert (event.status, event.location, event.date) == ("planned", "Madrid", None)


def test_a_relative_clause_on_another_occasion_keeps_the_tense(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "Foreign Minister Ilona Varsa of Hungary and her Peruvian counterpart Tomas Quispe "
        "agreed on Monday to coordinate ahead of a new meeting on fisheries, which the "
        "Secretary-General of the United Nations Maria Duarte is expected to convene in Geneva."
    )
    event = one_event(events_of(parser, text), "Ilona Varsa", "Tomas Quispe")
    assert event.status == "held"


def test_an_agency_in_brackets_before_the_dateline(parser: Parser) -> None:
    text = (
        "Varsa, Quispe discuss fisheries\n\n"
        "(XNA) - LIMA, JUN 2 - Foreign Minister Ilona Varsa of Hungary on Monday received "
        "Peruvian Foreign Minister Tomas Quispe at the ministry.\n\n"
        "The two ministers discussed fisheries."
    )
    assert one_event(events_of(parser, text), "Ilona Varsa", "Tomas Quispe").location == "Lima"


def test_the_city_closing_a_byline_is_the_dateline(parser: Parser) -> None:
    text = (
        "Varsa and Quispe discuss fisheries\n\n"
        "Published 02/06/2025 By Ana Ruiz - Reporter at Agencia Sur - Lima\n\n"
        "Foreign Minister Tomas Quispe of Peru received Hungarian Foreign Minister Ilona "
        "Varsa this Monday at the ministry.\n\n"
        "The two ministers discussed fisheries."
    )
    assert one_event(events_of(parser, text), "Ilona Varsa", "Tomas Quispe").location == "Lima"


def test_talks_announced_together_then_told_one_by_one(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "Foreign Minister Ilona Varsa of Hungary travelled to Lima today for talks with "
        "Peruvian President Ana Flores and Foreign Minister Tomas Quispe, and with the "
        "Secretary General of the Andean Community Jorge Paz.\n\n"
        "Meeting Tomas Quispe, the Hungarian minister discussed fisheries and mining."
    )
    events = events_of(parser, text)
    pairs = sides(events)
    for other in ("Ana Flores", "Tomas Quispe", "Jorge Paz"):
        assert {"Ilona Varsa", other} in pairs
    assert all(len(p) == 2 for p in pairs)


def test_talks_told_as_one_after_a_bilateral_stay_one(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "Foreign Minister Ilona Varsa of Hungary travelled to Lima today for talks with "
        "Peruvian President Ana Flores. Varsa met Flores and Foreign Minister Tomas Quispe "
        "at the palace."
    )
    events = events_of(parser, text)
    assert {"Ilona Varsa", "Ana Flores", "Tomas Quispe"} in sides(events)


def test_a_coming_contact_takes_the_place_of_the_day_not_of_a_side_trip(parser: Parser) -> None:
    text = (
        "Tuesday, 3 June 2025\n\n"
        "Foreign Minister Tomas Quispe of Peru held talks on Tuesday in Lima with Hungarian "
        "Foreign Minister Ilona Varsa, who is on an official visit from June 2 to 5.\n\n"
        "On the sidelines of the visit, Trade Minister Jorge Paz of Peru and Hungarian Trade "
        "Minister Bela Kiss signed a memorandum on Monday in Cusco.\n\n"
        "Varsa is due to be received on Wednesday by Prime Minister Ana Flores of Peru."
    )
    event = one_event(events_of(parser, text), "Ilona Varsa", "Ana Flores")
    assert (event.status, event.location) == ("planned", "Lima")


def test_a_coming_contact_of_the_visit_takes_the_dateline_city(parser: Parser) -> None:
    text = (
        "Lima, June 3, 2025 /AGENCY/. Foreign Minister Ilona Varsa of Hungary, who is paying "
        "an official visit to Peru on June 2-5, held talks with Foreign Minister Tomas Quispe "
        "of Peru on June 2.\n\n"
        "The Minister is scheduled to call on Prime Minister Ana Flores of Peru tomorrow."
    )
    event = one_event(events_of(parser, text), "Ilona Varsa", "Ana Flores")
    assert (event.status, event.location) == ("planned", "Lima")


def test_counterparts_each_after_their_own_contact_word(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "Foreign Minister Ilona Varsa of Hungary is due to be received on Wednesday by "
        "Peruvian Prime Minister Ana Flores, before meeting Peruvian Speaker of Congress "
        "Jorge Paz on Thursday."
    )
    events = events_of(parser, text)
    assert one_event(events, "Ilona Varsa", "Ana Flores").date == "2025-06-04"
    assert one_event(events, "Ilona Varsa", "Jorge Paz").date == "2025-06-05"


def test_a_visit_looked_forward_to_lends_its_city(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "Hungarian Prime Minister Bela Kiss held a cabinet session.\n\n"
        "Ambassador Tomas Quispe of Peru said that Peru looked forward to the visit of Prime "
        "Minister Bela Kiss to Lima. The Prime Minister is scheduled to travel to Peru later "
        "this month, where he will hold talks with President Ana Flores of Peru."
    )
    event = one_event(events_of(parser, text), "Bela Kiss", "Ana Flores")
    assert (event.status, event.location) == ("planned", "Lima")


def test_the_honorific_he_is_no_pronoun(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "Prime Minister Rui Matos of Portugal met President Ana Flores of Peru in Lisbon.\n\n"
        "HE Minister of State Joana Pires of Portugal met in Lisbon yesterday with the "
        "visiting Director of the Andean Fund."
    )
    pairs = sides(events_of(parser, text))
    assert {"Rui Matos", "Joana Pires"} not in pairs


def test_a_held_contact_does_not_take_a_later_day(parser: Parser) -> None:
    text = (
        "Wednesday, June 11, 2025\n\n"
        "Chancellor Karl Weber of Austria intends to receive Peruvian President Ana Flores in "
        "Vienna soon. Weber and Flores last met in Madrid in the spring.\n\n"
        "Flores will travel on to Brussels, where EU leaders meet on June 26."
    )
    held = [e for e in events_of(parser, text) if e.status == "held"]
    assert [e.date for e in held if set(e.participants) == {"Karl Weber", "Ana Flores"}] != [
        "2025-06-26"
    ]


def test_a_counterpart_is_of_the_same_rank(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "Foreign Minister Ilona Varsa of Hungary held talks with her Peruvian counterpart in "
        "Lima on Monday.\n\n"
        "President Ana Flores of Peru will visit Budapest in the autumn."
    )
    assert {"Ilona Varsa", "Ana Flores"} not in sides(events_of(parser, text))


def test_the_two_ministers_point_back(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "Foreign Minister Ilona Varsa of Hungary pledged support after talks in Lima.\n\n"
        "The two ministers also discussed fisheries.\n\n"
        "On Monday she held a phone call with Peruvian Foreign Minister Tomas Quispe."
    )
    events = events_of(parser, text)
    assert [e.type for e in events if set(e.participants) == {"Ilona Varsa", "Tomas Quispe"}] == [
        "phone_call"
    ]


def test_a_passive_signing_names_its_sides_after_by(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "Foreign Minister Ilona Varsa of Hungary spoke of the joint declaration signed in "
        "Lima on May 8, 2025 by Prime Minister Rui Matos of Portugal, President Ana Flores of "
        "Peru and Prime Minister Bela Kiss of Hungary."
    )
    event = one_event(events_of(parser, text), "Rui Matos", "Ana Flores", "Bela Kiss")
    assert (event.type, event.date, event.location) == ("signing", "2025-05-08", "Lima")


def test_a_contact_dated_after_the_report_is_planned(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "President Ana Flores of Peru will hand the chairmanship to Portuguese Prime Minister "
        "Rui Matos at the bloc's summit in Madrid on June 20."
    )
    event = one_event(events_of(parser, text), "Ana Flores", "Rui Matos")
    assert (event.status, event.date) == ("planned", "2025-06-20")


def test_counterparts_met_at_a_session_of_a_group(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "Foreign Minister Ilona Varsa of Hungary said she intended to raise the matter with "
        "her Austrian and Czech counterparts, Karl Weber and Petr Novak, at a meeting of the "
        "Visegrad Group planned in Prague later this month."
    )
    event = one_event(events_of(parser, text), "Ilona Varsa", "Karl Weber", "Petr Novak")
    assert (event.status, event.location) == ("planned", "Prague")


def test_a_session_of_a_body_is_no_contact_of_those_who_speak_there(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "At the UN Security Council meeting, Foreign Minister Ilona Varsa of Hungary "
        "criticized Foreign Minister Tomas Quispe of Peru."
    )
    assert events_of(parser, text) == []


def test_a_later_sentence_of_another_month_lends_no_place(parser: Parser) -> None:
    text = (
        "Lima, June 3, 2025\n\n"
        "Foreign Minister Tomas Varga of Hungary then sat down with the Secretary General "
        "of the Andean Community, Jorge Paz. Jorge Paz told him the bloc hoped to conclude "
        "negotiations on a trade agreement before the end of 2025, building on momentum from "
        "the Andean Summit held in Quito in May."
    )
    event = one_event(events_of(parser, text), "Tomas Varga", "Jorge Paz")
    assert event.location == "Lima"


def test_a_title_with_a_portfolio_in_lower_case_before_the_guest(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "Foreign Minister Ilona Varsa of Hungary received today the African Union Special "
        "Representative for the Great Lakes and the drought in Burundi Jorge Paz, the ministry said."
    )
    assert {"Ilona Varsa", "Jorge Paz"} in sides(events_of(parser, text))


def test_co_chairing_a_council_with_someone_is_a_contact(parser: Parser) -> None:
    text = (
        "June 2, 2025\n\n"
        "Foreign Minister Ilona Varsa of Hungary will travel to Lima on June 20 to co-chair "
        "the joint council together with Peruvian Foreign Minister Tomas Quispe."
    )
    event = one_event(events_of(parser, text), "Ilona Varsa", "Tomas Quispe")
    assert (event.status, event.location, event.date) == ("planned", "Lima", "2025-06-20")


def test_an_honorific_before_a_host_received_tomorrow(parser: Parser) -> None:
    text = (
        "Lima, 2 Jun (AGENCY) -- Foreign Minister Tomas Quispe of Peru received today "
        "Foreign Minister Ilona Varsa of Hungary, who is visiting Peru.\n\n"
        "The Hungarian minister is scheduled to be received tomorrow by His Highness Prince "
        "Jorge Paz, Deputy Prime Minister of Peru, before concluding her visit."
    )
    event = one_event(events_of(parser, text), "Ilona Varsa", "Jorge Paz")
    assert (event.status, event.location) == ("planned", "Lima")
