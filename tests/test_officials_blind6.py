"""Officials found by the sixth blind batch: the article's unmarked state for bare titles
(invented sentences)."""

from __future__ import annotations

from readings import officials_by_name


def test_a_bare_title_takes_the_state_the_article_leaves_unmarked() -> None:
    text = (
        "Norway wants closer ties with Chile on fisheries, Norwegian diplomats said.\n\n"
        "Foreign Minister Ingrid Solberg met Chilean Foreign Minister Pablo Rojas in "
        "Valparaiso on Monday. Norway and Chile agreed to expand salmon research.\n\n"
        "Prime Minister Erik Haugland will receive Mr Rojas next month, Norway said."
    )
    found = officials_by_name(text)
    assert found["Pablo Rojas"].country == "CL"
    assert found["Ingrid Solberg"].country == "NO"
    assert found["Erik Haugland"].country == "NO"


def test_an_unmarked_state_is_never_the_one_a_visitor_travels_to() -> None:
    text = (
        "Kenya and Ghana discussed trade. Kenya sent a delegation.\n\n"
        "Ghanaian Trade Minister Kofi Mensah said Kenya was a key partner. "
        "Foreign Minister Amina Wekesa arrived in Kenya on Monday for talks."
    )
    found = officials_by_name(text)
    assert found["Kofi Mensah"].country == "GH"
    assert found["Amina Wekesa"].country != "KE"


def test_two_unmarked_states_in_a_near_tie_place_nobody() -> None:
    text = (
        "Norway and Sweden discussed fisheries with Chile. Norway and Sweden agreed.\n\n"
        "Chilean Foreign Minister Pablo Rojas said the talks went well. "
        "Later, Foreign Minister Ingrid Solberg praised the deal."
    )
    found = officials_by_name(text)
    assert found["Pablo Rojas"].country == "CL"
    assert found["Ingrid Solberg"].country is None


def test_a_bare_leader_placed_by_a_nearby_foreign_mark_takes_the_unmarked_state() -> None:
    text = (
        "Senegal and Spain review migration pact\n\n"
        "Senegal and Spain reviewed their migration pact on Monday in Dakar, where Senegal's "
        "officials presented new figures. The meeting followed the instructions of the "
        "President of the Republic, Amadou Diallo, and of the Spanish Prime Minister, Carlos "
        "Ruiz, to deepen cooperation. Senegal wants more legal routes to Spain, Senegal said."
    )
    found = officials_by_name(text)
    assert found["Carlos Ruiz"].country == "ES"
    assert found["Amadou Diallo"].country == "SN"


def test_a_state_named_in_passing_is_not_the_unmarked_one() -> None:
    text = (
        "Romania and Poland deepen defence ties\n\n"
        "Romanian Foreign Minister Ana Pop met Polish Foreign Minister Jan Nowak in Warsaw. "
        "Romania and Poland agreed to buy air defence together, Romania said, and Poland "
        "welcomed the plan. Romania and Poland also discussed Russia and Russia's fleet.\n\n"
        "Prime Minister Ion Dinu said Romania would pay its share."
    )
    found = officials_by_name(text)
    assert found["Ana Pop"].country == "RO"
    assert found["Ion Dinu"].country != "RU"


def test_a_cabinet_of_ministers_chairman_heads_the_government() -> None:
    text = (
        "Kyrgyz Chairman of the Cabinet of Ministers - Head of the Presidential "
        "Administration Bakyt Osmonov received the delegation in Bishkek on Friday."
    )
    bakyt = officials_by_name(text)["Bakyt Osmonov"]
    assert bakyt.role == "head_of_government"
    assert bakyt.country == "KG"


def test_a_foreign_ministrys_secretary_general_is_a_senior_diplomat() -> None:
    text = (
        "Latvian diplomats met in Riga. Andris Kalnins, secretary general of the Ministry "
        "of Foreign Affairs, said the consultations would continue."
    )
    assert officials_by_name(text)["Andris Kalnins"].role == "senior_diplomat"
    text = "Secretary General of the Foreign Ministry Ieva Berzina of Latvia opened the talks."
    assert officials_by_name(text)["Ieva Berzina"].role == "senior_diplomat"


def test_a_bodys_secretary_general_still_heads_it() -> None:
    text = "NATO Secretary General Piet Janssen visited Riga on Monday."
    assert officials_by_name(text)["Piet Janssen"].role == "head_of_organization"


def test_a_bare_diplomat_placed_by_a_foreign_mark_after_him_takes_the_unmarked_state() -> None:
    text = (
        "Latvia and Sweden discuss Baltic cables\n\n"
        "Latvia and Sweden agreed in Riga on Monday to guard undersea cables together. Swedish "
        "Foreign Minister Erik Lind said Sweden would send two ships, and Latvia welcomed them. "
        "Latvia also spoke with Moldovan Foreign Minister Ion Rusu last week.\n\n"
        "Andris Kalnins, secretary general of the Ministry of Foreign Affairs, said talks on "
        "the EU accession of Moldova would start soon. Latvia will host the next round."
    )
    found = officials_by_name(text)
    assert found["Ion Rusu"].country == "MD"
    assert found["Andris Kalnins"].country == "LV"


def test_a_portfolio_of_renewable_energies_is_read_whole() -> None:
    text = (
        "On the sidelines, the Minister of State, Minister of Energy, Mines and Renewable "
        "Energies, Karim Bensaid, and the Spanish Minister of Industry, Ana Vidal, signed a deal."
    )
    found = officials_by_name(text)
    assert found["Karim Bensaid"].role == "minister"
    assert found["Ana Vidal"].country == "ES"


def test_an_unnamed_counterpart_named_as_the_next_sentences_subject() -> None:
    text = (
        "Foreign Minister Ana Silva of Portugal hosted her Irish counterpart in Lisbon on "
        "Monday.\n\nSean Kelly, who has led Irish diplomacy since May, said the talks went well."
    )
    found = officials_by_name(text)
    assert found["Sean Kelly"].role == "foreign_minister"
    assert found["Sean Kelly"].country == "IE"


def test_a_next_sentence_opening_with_a_place_names_no_counterpart() -> None:
    text = (
        "Foreign Minister Ana Silva of Portugal hosted her Irish counterpart in Lisbon on "
        "Monday. New York Harbor, which was busy, said nothing."
    )
    assert set(officials_by_name(text)) == {"Ana Silva"}


def test_a_body_named_again_by_its_head_noun_gives_the_post_its_body() -> None:
    text = (
        "Minister Ana Silva of Portugal visited the seat of the Gas Exporting Countries Forum in Doha, "
        "where she met the forum's Secretary General Mario Lopes on Monday."
    )
    found = officials_by_name(text)
    assert found["Mario Lopes"].organization == "Gas Exporting Countries Forum"
    assert found["Mario Lopes"].role == "head_of_organization"


def test_a_head_noun_no_body_ends_with_gives_none() -> None:
    text = (
        "Minister Ana Silva of Portugal visited the seat of the Gas Exporting Countries Forum in Doha, "
        "where she met the council's Secretary General Mario Lopes on Monday."
    )
    assert officials_by_name(text)["Mario Lopes"].organization is None


def test_a_leader_accompanied_abroad_is_no_host_of_the_city() -> None:
    text = (
        "Foreign Minister Ana Silva said she would travel to Paris next week to accompany "
        "President Rui Costa to the OECD meeting."
    )
    assert officials_by_name(text)["Rui Costa"].country != "FR"
    text = "Ana Silva will travel to Paris next week to meet President Jean Martin."
    assert officials_by_name(text)["Jean Martin"].country == "FR"
