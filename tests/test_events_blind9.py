"""Events read the way a careful reader would (the blind9 round): invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

from diplotext import Parser
from readings import events_of, one_event, sides


def test_plan_for_consultations_names_a_document_not_a_round(parser: Parser) -> None:
    text = (
        "March 2, 2025\n\n"
        "Foreign Minister Lena Marsh of Ireland will travel to Oslo next week for talks with "
        "her counterpart Erik Dahl of Norway, a trip that will include the signing of a plan "
        "for consultations between the two ministries for 2026-2027."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Erik Dahl")
    assert event.type == "meeting"
    assert event.date is None


def test_consultations_of_two_heads_of_government_are_a_summit(parser: Parser) -> None:
    text = (
        "May 4, 2025\n\n"
        "Prime Minister Anna Kallio of Finland will travel to Japan in June for government "
        "consultations with Prime Minister Kenji Sato."
    )
    event = one_event(events_of(parser, text), "Anna Kallio", "Kenji Sato")
    assert event.type == "summit"


def test_a_city_naming_a_mansion_is_not_the_venue(parser: Parser) -> None:
    text = (
        "May 14, 2025\n\n"
        "Foreign Minister Lena Marsh of Ireland on Wednesday met Prime Minister Ravi Menon of "
        "India in New Delhi, ending a three-day trip.\n\n"
        "On Tuesday, Marsh held talks with her Indian counterpart, Arjun Rao, at Mumbai House."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Arjun Rao")
    assert event.location == "New Delhi"


def test_a_summit_told_in_passing_lends_ministers_no_place(parser: Parser) -> None:
    text = (
        "May 14, 2025\n\n"
        "Foreign Minister Lena Marsh of Ireland on Wednesday met President Paul Verde of Chile "
        "in Santiago.\n\n"
        "On Tuesday, Marsh held talks with her Chilean counterpart, Tomas Rojas.\n\n"
        "Oceans also featured, with the climate summit under way in Lima."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Tomas Rojas")
    assert event.location != "Lima"


def test_also_met_keeps_the_place_of_the_trip(parser: Parser) -> None:
    text = (
        "By Staff Writer\n"
        "Thursday, June 12, 2025\n\n"
        "Foreign Minister Lena Marsh of Ireland said she was pleased after talks with Prime "
        "Minister Sione Tupou in Nuku'alofa yesterday.\n\n"
        "Later in the afternoon, Ms Marsh and Finance Minister Ana Fifita of Tonga signed a "
        "grant arrangement at the Treasury.\n\n"
        "She also met Commonwealth Secretary-General Amal Rivers at the Secretariat."
    )
    events = events_of(parser, text)
    event = one_event(events, "Lena Marsh", "Amal Rivers")
    assert event.location == one_event(events, "Lena Marsh", "Ana Fifita").location


def test_a_second_reported_clause_is_a_contact_of_its_own(parser: Parser) -> None:
    text = (
        "June 12, 2025\n\n"
        "Prime Minister Sione Tupou of Tonga met Foreign Minister Lena Marsh of Ireland "
        "in Nuku'alofa today.\n\n"
        "Mr Tupou told reporters he had spoken with Prime Minister Kenji Sato of Japan by "
        "video link last Friday, and that he would travel to Wellington next month for talks "
        "with Prime Minister Mere Paki of New Zealand."
    )
    events = events_of(parser, text)
    call = one_event(events, "Sione Tupou", "Kenji Sato")
    assert call.type == "phone_call"
    talks = one_event(events, "Sione Tupou", "Mere Paki")
    assert (talks.type, talks.status, talks.location) == ("summit", "planned", "Wellington")
    assert {"Lena Marsh", "Mere Paki"} not in sides(events)


def test_the_two_ministers_co_chairing_are_the_sides(parser: Parser) -> None:
    text = (
        "02 April 2026\n\n"
        "Foreign Minister Lena Marsh of Ireland will pay an official visit to Norway from 6 to "
        "8 April 2026, at the invitation of Foreign Minister Erik Dahl.\n\n"
        "The highlight of the visit will be the third session of the Joint Commission, which "
        "the two ministers will co-chair in Oslo on 7 April 2026."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Erik Dahl")
    assert (event.type, event.date, event.location) == ("meeting", "2026-04-07", "Oslo")


def test_held_the_previous_evening_dates_the_call(parser: Parser) -> None:
    text = (
        "Oslo, June 12, 2025 - Norway and Finland will link their grids, Foreign Minister "
        "Erik Dahl said on Thursday after a phone call with Finnish Foreign Minister Anna "
        "Kallio held the previous evening."
    )
    event = one_event(events_of(parser, text), "Erik Dahl", "Anna Kallio")
    assert event.date == "2025-06-11"


def test_a_forum_attended_by_companies_keeps_the_contact(parser: Parser) -> None:
    text = (
        "June 12, 2025\n\n"
        "Foreign Minister Erik Dahl of Norway held a phone call with Foreign Minister Anna "
        "Kallio of Finland on Wednesday.\n\n"
        "Dahl and Kallio agreed to meet in Helsinki next Monday, when Dahl will also open a "
        "business forum attended by some 80 companies."
    )
    events = events_of(parser, text)
    meeting = [e for e in events if e.type == "meeting"]
    assert [(e.participants, e.location, e.status) for e in meeting] == [
        (("Erik Dahl", "Anna Kallio"), "Helsinki", "planned")
    ]


def test_a_statement_day_does_not_date_the_talks(parser: Parser) -> None:
    text = (
        "By Staff Writer\n\n"
        "June 12, 2025\n\n"
        "On Tuesday in Lima, Foreign Minister Tomas Rojas of Peru hosted his Chilean "
        "counterpart, Ana Vidal.\n\n"
        "In a statement on Wednesday, the ministry said the two ministers discussed trade.\n\n"
        "Rojas also received the President of the Andean Community, Luis Pardo."
    )
    events = events_of(parser, text)
    assert one_event(events, "Tomas Rojas", "Luis Pardo").date == "2025-06-10"


def test_talks_on_that_occasion_take_the_coming_session_day(parser: Parser) -> None:
    text = (
        "June 12, 2025\n\n"
        "The two sides agreed to hold the next meeting of the Joint Commission in Lima from "
        "July 17 to 18. Foreign Minister Ana Vidal of Chile will hold talks with Foreign "
        "Minister Tomas Rojas of Peru on that occasion, officials said."
    )
    event = one_event(events_of(parser, text), "Ana Vidal", "Tomas Rojas")
    assert (event.date, event.location) == ("2025-07-17/2025-07-18", "Lima")


def test_a_summit_is_of_the_leaders_named_after_it(parser: Parser) -> None:
    text = (
        "June 12, 2025\n\n"
        "According to Foreign Minister Ana Vidal of Chile, the two countries agreed to hold "
        "the next summit in Lima next year, with the presence of the Chilean President, Paul "
        "Verde, who is expected to be received by President Rosa Quispe of Peru."
    )
    events = events_of(parser, text)
    assert sides(events) == [{"Paul Verde", "Rosa Quispe"}]


def test_a_ceasefire_place_is_what_was_discussed(parser: Parser) -> None:
    text = (
        "Manama, June 12, 2025 - Foreign Minister Karim Haddad of Jordan today received "
        "Foreign Minister Lena Marsh of Ireland.\n\n"
        "Both ministers exchanged views on efforts to consolidate the ceasefire in Gaza.\n\n"
        "Earlier today, King Omar Dalan of Bahrain received the Irish minister."
    )
    events = events_of(parser, text)
    assert one_event(events, "Omar Dalan", "Lena Marsh").location != "Gaza"


def test_signers_on_behalf_of_each_side_are_the_sides(parser: Parser) -> None:
    text = (
        "June 12, 2025\n\n"
        "The memorandum was signed on behalf of the Peruvian side by Undersecretary for "
        "Political Affairs Luis Pardo, and on behalf of the Chilean side by Under-Secretary "
        "for Foreign Affairs Ana Vidal."
    )
    event = one_event(events_of(parser, text), "Luis Pardo", "Ana Vidal")
    assert event.type == "signing"


def test_the_chancellor_may_be_the_foreign_minister(parser: Parser) -> None:
    text = (
        "June 12, 2025\n\n"
        "Foreign Minister Ana Vidal of Chile will travel to Geneva next week. There, the "
        "Chancellor is scheduled to meet the Director-General of the World Health "
        "Organization, Amal Rivers."
    )
    event = one_event(events_of(parser, text), "Ana Vidal", "Amal Rivers")
    assert event.status == "planned"


def test_the_chancellor_titled_so_is_the_head_of_government(parser: Parser) -> None:
    text = (
        "June 12, 2025\n\n"
        "Foreign Minister Jonas Weber of Germany met Prime Minister Kenji Sato of Japan in "
        "Tokyo today. Chancellor Maria Brandt is expected in Tokyo in July. The Chancellor "
        "will hold talks with Sato on that trip."
    )
    events = events_of(parser, text)
    assert {"Jonas Weber", "Kenji Sato"} in sides(events)
    assert {"Maria Brandt", "Kenji Sato"} in sides(events)


def test_subjects_holding_consultations_between_their_countries(parser: Parser) -> None:
    text = (
        "June 12, 2025\n\n"
        "Yesterday, the Vice Minister of Foreign Affairs of Chile, Luis Pardo, and the Deputy "
        "Foreign Minister of Peru, Ana Vidal, held the fifth round of Political Consultations "
        "between Chile and Peru in Santiago."
    )
    event = one_event(events_of(parser, text), "Luis Pardo", "Ana Vidal")
    assert (event.type, event.date) == ("political_consultations", "2025-06-11")


def test_a_trip_abroad_on_another_day_is_not_where_others_met(parser: Parser) -> None:
    text = (
        "Santiago, June 12, 2025. Foreign Minister Ana Vidal of Chile closed a busy week.\n\n"
        "On Monday, the Foreign Minister travelled to Lima, where she was received by her "
        "Peruvian counterpart, Tomas Rojas.\n\n"
        "Yesterday, Vice Minister of Foreign Affairs Luis Pardo of Chile and Deputy Foreign "
        "Minister Eva Kross of Estonia held talks at the Carrera Palace."
    )
    events = events_of(parser, text)
    assert one_event(events, "Ana Vidal", "Tomas Rojas").location == "Lima"
    assert one_event(events, "Luis Pardo", "Eva Kross").location == "Santiago"


def test_a_home_place_still_frames_the_next_days_contact(parser: Parser) -> None:
    # no dateline abroad: the place of the account stays for another day's contact
    text = (
        "June 12, 2025\n\n"
        "Foreign Minister Ana Vidal of Chile held a bilateral meeting in Santiago on Wednesday "
        "with Foreign Minister Tomas Rojas of Peru.\n\n"
        "Meanwhile, Vice Minister of Foreign Affairs Luis Pardo met with the Ambassador of "
        "Japan to Chile Ken Mori at the Ministry on Monday."
    )
    events = events_of(parser, text)
    assert one_event(events, "Luis Pardo", "Ken Mori").location == "Santiago"


def test_talks_of_two_ministries_senior_diplomats_are_consultations(parser: Parser) -> None:
    text = (
        "June 12, 2025\n\n"
        "Chilean Under-Secretary for Foreign Affairs Ana Vidal held talks with Peruvian "
        "Under-Secretary for Political Affairs Tomas Rojas in Lima on Tuesday."
    )
    event = one_event(events_of(parser, text), "Ana Vidal", "Tomas Rojas")
    assert event.type == "political_consultations"


def test_what_signers_also_discussed_keeps_the_signing(parser: Parser) -> None:
    text = (
        "June 12, 2025\n\n"
        "In Lima on Tuesday, Foreign Minister Ana Vidal of Chile and Foreign Minister Tomas "
        "Rojas of Peru signed a memorandum on visa exemptions.\n\n"
        "Vidal and Rojas also discussed preparations for the next trilateral summit."
    )
    event = one_event(events_of(parser, text), "Ana Vidal", "Tomas Rojas")
    assert event.type == "signing"


def test_talks_held_after_a_signing_are_a_meeting(parser: Parser) -> None:
    text = (
        "June 12, 2025\n\n"
        "In Lima on Tuesday, Foreign Minister Ana Vidal of Chile and Foreign Minister Tomas "
        "Rojas of Peru signed a memorandum on visa exemptions.\n\n"
        "Vidal and Rojas then held talks on trade."
    )
    event = one_event(events_of(parser, text), "Ana Vidal", "Tomas Rojas")
    assert event.type == "meeting"
