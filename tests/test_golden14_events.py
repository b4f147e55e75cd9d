"""Events read the way a careful reader would (the golden14 round): invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

from diplotext import Parser
from readings import events_of, one_event, sides


def test_consultations_days_before_the_talks_are_a_round_of_their_own(parser: Parser) -> None:
    text = (
        "Quito, 20 May 2025. On May 19, Foreign Minister of Ecuador Rosa Lema held talks with "
        "Portuguese Foreign Minister Tiago Brás.\n\n"
        "On 12-13 May, political consultations between the foreign ministries of the two "
        "countries took place in Lisbon. The Ecuadorian delegation was headed by Deputy "
        "Foreign Minister Hugo Pinto, and the Portuguese side by Deputy Foreign Minister "
        "Sara Couto."
    )
    events = events_of(parser, text)
    talks = one_event(events, "Rosa Lema", "Tiago Brás")
    assert talks.location != "Lisbon"
    round_ = one_event(events, "Hugo Pinto", "Sara Couto")
    assert round_.type == "political_consultations"
    assert round_.date == "2025-05-12/2025-05-13"
    assert round_.location == "Lisbon"


def test_the_narrators_reminder_reports_the_contact(parser: Parser) -> None:
    text = (
        "Quito, 20 May 2025. On May 19, Foreign Minister of Ecuador Rosa Lema held talks with "
        "Portuguese Foreign Minister Tiago Brás.\n\n"
        "It should be recalled that on 12-13 May, political consultations between the foreign "
        "ministries of the two countries took place in Lisbon. The Ecuadorian delegation was "
        "headed by Deputy Foreign Minister Hugo Pinto, and the Portuguese side by Deputy "
        "Foreign Minister Sara Couto."
    )
    assert {"Hugo Pinto", "Sara Couto"} in sides(events_of(parser, text))


def test_a_speakers_recall_stays_history(parser: Parser) -> None:
    text = (
        "Quito, 20 May 2025. Foreign Minister of Ecuador Rosa Lema held talks with Portuguese "
        "Foreign Minister Tiago Brás on Monday. Lema recalled her talks with President "
        "Ana Paiva of Portugal in 2019."
    )
    assert {"Rosa Lema", "Ana Paiva"} not in sides(events_of(parser, text))


def test_the_protagonist_of_headline_and_lead_is_the_unnamed_minister(parser: Parser) -> None:
    text = (
        "Lema and Brás agree to deepen ties at the OAS meeting in Lima\n\n"
        "Quito, 12/03/2025\n\n"
        "Foreign Minister Rosa Lema held a meeting on Tuesday with Portuguese Foreign "
        "Minister Tiago Brás in Lima.\n\n"
        "Brás told reporters the talks were warm. Brás, for his part, praised Ecuador. "
        "Lema thanked Brás.\n\n"
        "On Wednesday the minister held a brief meeting with her Peruvian counterpart, "
        "Jorge Vidal."
    )
    assert {"Rosa Lema", "Jorge Vidal"} in sides(events_of(parser, text))


def test_a_trailing_lunch_with_another_official_is_a_contact_of_its_own(
    parser: Parser,
) -> None:
    text = (
        "Quito, 12 March 2025. Portuguese Foreign Minister Tiago Brás met Ecuadorian President "
        "Luis Andrade in Quito on Tuesday.\n\n"
        "Brás, on his first trip to Ecuador, spent an hour with Andrade at Carondelet "
        "Palace, after a working lunch with his counterpart Rosa Lema."
    )
    found = sides(events_of(parser, text))
    assert {"Tiago Brás", "Rosa Lema"} in found
    assert {"Tiago Brás", "Luis Andrade"} in found
    assert {"Tiago Brás", "Luis Andrade", "Rosa Lema"} not in found


def test_a_named_delegation_received_stands_for_its_head(parser: Parser) -> None:
    text = (
        "Quito, 12 March 2025. Deputy Foreign Minister Hugo Pinto of Ecuador and Deputy "
        "Foreign Minister Sara Couto of Portugal held political consultations in Quito.\n\n"
        "Subsequently, the Portuguese delegation was received by the Minister of Foreign "
        "Affairs, Rosa Lema, who sent greetings to her counterpart, Tiago Brás."
    )
    found = sides(events_of(parser, text))
    assert {"Rosa Lema", "Sara Couto"} in found
    assert not any("Tiago Brás" in s for s in found)


def test_a_delegation_its_subject_leads_is_no_side(parser: Parser) -> None:
    text = (
        "Quito, 12 March 2025. On Thursday, President Luis Andrade will lead the Ecuadorian "
        "delegation to the meeting in Lima, which he will co-chair with Peruvian President "
        "Dina Castro. Minister Rosa Lema will also be part of the delegation."
    )
    found = sides(events_of(parser, text))
    assert {"Luis Andrade", "Dina Castro"} in found
    assert {"Luis Andrade", "Rosa Lema"} not in found


def test_talks_held_before_do_not_make_a_coming_visit_talks(parser: Parser) -> None:
    text = (
        "Quito, 10 February 2026. President of Ecuador Luis Andrade had a telephone "
        "conversation with the King of Norway, Harald Berg.\n\n"
        "The parties discussed trade and energy. The interlocutors also exchanged views on "
        "the situation in the Sahel. Luis Andrade praised Norway's mediation.\n\n"
        "King Harald Berg thanked the Head of State for the invitation to take part in the "
        "Quito Energy Forum and confirmed his intention to pay an official visit to Ecuador "
        "this year."
    )
    kinds = {(e.type, e.status) for e in events_of(parser, text)}
    assert kinds == {("phone_call", "held"), ("visit", "planned")}


def test_congratulations_on_a_summits_success_are_no_summit(parser: Parser) -> None:
    text = (
        "Quito, 10 February 2026. President of Ecuador Luis Andrade received a phone call "
        "from the President of Chile, Marta Rojas.\n\n"
        "The two leaders discussed the outcome of the Andean summit hosted by Lima on "
        "February 2. Marta Rojas congratulated President Andrade on the success of the "
        "summit."
    )
    events = events_of(parser, text)
    assert [e.type for e in events] == ["phone_call"]


def test_the_talks_day_within_a_visits_range_dates_the_talks(parser: Parser) -> None:
    text = (
        "News | 2025.03.14\n\n"
        "At the invitation of Foreign Minister of Ecuador Rosa Lema, Foreign Minister of "
        "Portugal Tiago Brás paid an official visit to Ecuador from 11 to 13 March 2025.\n\n"
        "During the official talks held at the Foreign Ministry on March 12, Minister Lema "
        "noted the growth of trade. The ministers exchanged views on energy."
    )
    event = one_event(events_of(parser, text), "Rosa Lema", "Tiago Brás")
    assert event.type == "meeting"
    assert event.date == "2025-03-12"


def test_the_guests_next_contact_told_on_the_same_day_keeps_the_place(parser: Parser) -> None:
    text = (
        "Ecuador pledges aid to Portugal's partners\n\n"
        "16-05-2025\n\n"
        "Ecuadorian Foreign Minister Rosa Lema has promised more aid to Portugal's partners. "
        "She said so on Thursday in Quito after talks with Tiago Brás, Portugal's foreign "
        "minister, who was in the Ecuadorian capital on a working visit.\n\n"
        "The two ministers also discussed a direct flight between Quito and Lisbon.\n\n"
        "On Thursday afternoon, the Portuguese foreign minister was received by the "
        "President of the Senate, Hugo Pinto."
    )
    event = one_event(events_of(parser, text), "Tiago Brás", "Hugo Pinto")
    assert event.date == "2025-05-15"
    assert event.location == "Quito"


def test_signers_who_use_the_coming_meeting_to_sign_meet_there(parser: Parser) -> None:
    text = (
        "Lima, June 18, 2025. Foreign Minister Rosa Lema of Ecuador hosted Peruvian Foreign "
        "Minister Jorge Vidal in Quito on Tuesday.\n\n"
        "The next meeting of the Joint Council of the two countries, chaired by the two "
        "presidents, is planned for the autumn in Guayaquil. Peruvian President Dina Castro "
        "and Ecuadorian President Luis Andrade are expected to use it to sign a border treaty."
    )
    event = one_event(events_of(parser, text), "Dina Castro", "Luis Andrade")
    assert event.type == "summit"
    assert event.status == "planned"
    assert event.location == "Guayaquil"


def test_the_next_meeting_is_a_coming_one(parser: Parser) -> None:
    text = (
        "Lima, June 18, 2025. Foreign Minister Rosa Lema of Ecuador hosted Peruvian Foreign "
        "Minister Jorge Vidal in Quito on Tuesday. The next meeting of the two ministers is "
        "planned for the autumn in Lima."
    )
    assert one_event(events_of(parser, text), "Rosa Lema", "Jorge Vidal").location == "Quito"


def test_an_initial_joined_to_a_name_does_not_end_the_clause(parser: Parser) -> None:
    text = (
        "News | 2024.10.24\n\n"
        "Foreign Minister of Mongolia B.Saruul held talks with Foreign Minister of Chile "
        "Ana Rojas in Ulaanbaatar on October 23.\n\n"
        "The ministers discussed the preparations for the state visit of the President of "
        "Mongolia T.Bayar to Chile next year at the invitation of President Luis Mora."
    )
    visit = one_event(events_of(parser, text), "T.Bayar", "Luis Mora")
    assert visit.status == "planned"
    assert visit.date == "2025"


def test_a_relative_clause_closing_the_sentence_tells_a_contact_of_its_own(
    parser: Parser,
) -> None:
    text = (
        "QUITO, 2025-10-15 - Ecuadorian Foreign Minister Rosa Lema hosted Peruvian Foreign "
        "Minister Jorge Vidal in Quito on Tuesday.\n\n"
        "Later on Tuesday, the two were received by President Luis Andrade, who is due to "
        "meet Colombian President Marta Ruiz in Bogota on October 24 to discuss the border."
    )
    event = one_event(events_of(parser, text), "Luis Andrade", "Marta Ruiz")
    assert event.status == "planned"
    assert event.date == "2025-10-24"
    assert event.location == "Bogota"


def test_a_relative_clause_inside_the_sentence_tells_a_contact_of_its_own(
    parser: Parser,
) -> None:
    text = (
        "QUITO, 2025-10-15 - Ecuadorian Foreign Minister Rosa Lema hosted Peruvian Foreign "
        "Minister Jorge Vidal in Quito on Tuesday.\n\n"
        "The regional envoy, Ana Costa, who met Foreign Minister Jorge Vidal in Lima last "
        "week, did not attend the Quito meeting."
    )
    event = one_event(events_of(parser, text), "Ana Costa", "Jorge Vidal")
    assert event.status == "held"
    assert event.location == "Lima"
