"""Officials found by the seventh blind batch: joined and preposed titles, a state's
government, given names that are titles, ranks, envoys to a body, sides led, and
vocabulary (opposition leader, Permanent State Secretary, Chancellor) (invented sentences)."""

from __future__ import annotations

from readings import officials_by_name


def test_foreign_affairs_joined_before_a_portfolio_minister_is_the_foreign_minister() -> None:
    text = (
        "Prime Minister Lena Varga was accompanied by Foreign and Trade Minister Karl "
        "Osterhaus, Industry and Trade Minister Ola Berg and Foreign Trade Minister Piet Kramer."
    )
    found = officials_by_name(text)
    assert found["Karl Osterhaus"].role == "foreign_minister"
    assert found["Ola Berg"].role == "minister"
    assert found["Piet Kramer"].role == "minister"


def test_the_head_of_a_states_government_in_the_possessive_heads_the_government() -> None:
    text = (
        "Prime Minister Lena Varga travelled to Ndjamena, where she met the head of "
        "Chad's Government of National Unity, Karim Oumar Saleh, on trade."
    )
    found = officials_by_name(text)
    assert found["Karim Oumar Saleh"].role == "head_of_government"
    assert found["Karim Oumar Saleh"].country == "TD"


def test_the_opposition_leader_is_a_legislator_apart_from_a_minister_of_his_surname() -> None:
    text = (
        "Foreign Minister Ian Mercieca met officials in Rome on Monday.\n\n"
        "Opposition leader Paul Mercieca said the trip had achieved nothing, while the "
        "Leader of the Opposition in the Senate, Mary Kent, stayed silent."
    )
    found = officials_by_name(text)
    assert found["Paul Mercieca"].role == "legislator"
    assert found["Ian Mercieca"].role == "foreign_minister"
    assert found["Mary Kent"].role == "legislator"


def test_a_permanent_state_secretary_is_a_senior_diplomat() -> None:
    text = (
        "Permanent State Secretary of the Ministry for Foreign Affairs of Norway Jon Hansen "
        "held consultations in Oslo with Deputy Foreign Minister Ana Ruiz of Chile."
    )
    assert officials_by_name(text)["Jon Hansen"].role == "senior_diplomat"


def test_sultan_after_a_personal_courtesy_is_a_given_name() -> None:
    text = (
        "Among the signatories, Dr Sultan Al Nuaimi, Minister of Energy of the UAE, "
        "signed a hydrogen accord with Mr Amir Khan, Minister of Trade of Pakistan."
    )
    found = officials_by_name(text)
    assert found["Sultan Al Nuaimi"].role == "minister"
    assert found["Amir Khan"].role == "minister"


def test_a_captains_rank_is_no_part_of_his_name() -> None:
    text = (
        "The visiting minister delivered a message from Captain Ibrahim Kone, President of "
        "Mali, to President Ana Ruiz of Chile."
    )
    found = officials_by_name(text)
    assert found["Ibrahim Kone"].role == "head_of_state"
    assert found["Ibrahim Kone"].country == "ML"


def test_a_states_envoy_to_a_body_serves_the_state() -> None:
    text = (
        "Kenya's Special Envoy to the African Union, Mr Peter Otieno, will travel to Addis "
        "Ababa, where he will see the Special Envoy of the African Union, Moussa Diallo."
    )
    found = officials_by_name(text)
    assert found["Peter Otieno"].country == "KE"
    assert found["Peter Otieno"].organization is None
    assert found["Moussa Diallo"].organization == "African Union"


def test_a_bodys_chair_in_office_named_with_a_comma_before_her_ministry() -> None:
    text = (
        "Foreign Minister of Poland Jan Nowak held a meeting in Warsaw with the OSCE "
        "Chairperson-in-Office, Minister for Foreign Affairs of Malta Ian Abela."
    )
    abela = officials_by_name(text)["Ian Abela"]
    assert abela.role == "foreign_minister"
    assert abela.country == "MT"
    assert abela.organization is not None and "Security and Co-operation" in abela.organization


def test_the_side_a_foreign_secretary_leads_gives_his_state() -> None:
    text = (
        "Japan and Bangladesh held their fifth round of talks on Tuesday.\n\n"
        "Foreign Secretary Karim Uddin led the Bangladesh side at the meeting in the state "
        "guest house, while the Japanese delegation was headed by Ken Sato, senior deputy "
        "minister for foreign affairs. Japan is a partner, Uddin said."
    )
    uddin = officials_by_name(text)["Karim Uddin"]
    assert uddin.country == "BD"
    assert uddin.role == "senior_diplomat"


def test_a_chancellor_is_germanys_in_an_article_that_names_germany() -> None:
    text = (
        "Ruiz Mendez, a member of Chancellor Hans Keller's ruling party, visited Germany. "
        "Germany and Chile signed deals."
    )
    assert officials_by_name(text)["Hans Keller"].country == "DE"


def test_a_formal_state_style_before_the_country_names_the_state() -> None:
    text = (
        "Deputy Minister of Foreign Affairs of the Republic of Chile Pedro Soto held "
        "consultations in Santiago with Deputy Minister of Foreign Affairs of the Socialist "
        "Republic of Peru Luis Quispe."
    )
    found = officials_by_name(text)
    assert found["Pedro Soto"].country == "CL"
    assert found["Luis Quispe"].country == "PE"


def test_the_host_who_receives_a_guest_named_by_person_is_of_the_other_side() -> None:
    text = (
        "Chilean minister meets Rojas and Barak in Jerusalem\n\n"
        "Chilean Foreign Minister Ana Ruiz met her Israeli counterpart Dan Rojas in "
        "Jerusalem on Monday. Chile and Israel agreed to expand trade, and Israel thanked "
        "Chile.\n\n"
        "Later, Ruiz was received by President Eli Barak at his residence."
    )
    assert officials_by_name(text)["Eli Barak"].country == "IL"


def test_a_state_before_a_body_before_a_title_is_the_holders() -> None:
    text = (
        "TAIPEI, Nov. 19 (CNA) President Lin Wei on Wednesday thanked Chilean Senate "
        "President Ana Ruiz for her support, during a meeting in Taipei. Taiwan welcomed "
        "the visit, and Taiwan and Chile signed a memorandum."
    )
    ruiz = officials_by_name(text)["Ana Ruiz"]
    assert ruiz.country == "CL"
    assert ruiz.role == "legislator"


def test_a_foreign_ministry_acronym_before_a_spokesperson_is_a_state_body() -> None:
    text = (
        "TAIPEI (CNA) Lin will meet King Letsie in Maseru next week, MOFA spokesperson "
        "Chen Mei-ling said on Tuesday, while FIFA President Gianni Rossi stayed away."
    )
    found = officials_by_name(text)
    assert found["Chen Mei-ling"].role == "other_official"
    assert "Gianni Rossi" not in found


def test_a_national_agencys_dateline_abroad_keeps_its_states_bare_titles() -> None:
    text = (
        "Dutch minister backs grid aid\n\n"
        "Geneva, 3/11/2025 (ANP)\n\n"
        "Dutch Foreign Minister Anna de Vries met her Swiss counterpart Marc Keller in "
        "Geneva on Monday. The Netherlands will fund repairs, and the Netherlands and "
        "Switzerland will coordinate, she said.\n\n"
        "Prime Minister Jan Bakker backed the plan, the Netherlands government said."
    )
    assert officials_by_name(text)["Jan Bakker"].country == "NL"
