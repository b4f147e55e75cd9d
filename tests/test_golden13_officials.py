"""Officials: mechanisms from the twelfth blind batch (golden13), with invented sentences."""

from __future__ import annotations

from readings import officials_by_name


# -- a bare "Minister" that a later description gives a portfolio ----------------------------
def test_the_head_of_a_states_diplomacy_after_a_plain_minister_makes_him_its_foreign_minister() -> (
    None
):
    officials = officials_by_name(
        "LIMA - Minister Carla Benites said on Monday after talks with her Chilean counterpart "
        "Jorge Araya in Lima that the new border crossing would open next year.\n\n"
        '"Our ties have never been closer," the head of Peruvian diplomacy told reporters.'
    )
    assert officials["Carla Benites"].role == "foreign_minister"
    assert officials["Carla Benites"].country == "PE"
    # the counterpart of a foreign minister is one too
    assert officials["Jorge Araya"].role == "foreign_minister"
    assert officials["Jorge Araya"].country == "CL"


def test_the_head_of_a_states_diplomacy_in_apposition_is_its_foreign_minister() -> None:
    officials = officials_by_name("Ines Morales, the head of Bolivian diplomacy, left for Quito.")
    assert officials["Ines Morales"].role == "foreign_minister"
    assert officials["Ines Morales"].country == "BO"
    officials = officials_by_name("The head of Kenya's diplomacy, Amos Wekesa, spoke in Nairobi.")
    assert officials["Amos Wekesa"].role == "foreign_minister"
    assert officials["Amos Wekesa"].country == "KE"


def test_a_plain_minister_with_no_description_stays_a_minister() -> None:
    officials = officials_by_name(
        "Minister Carla Benites said on Monday after talks with her Chilean counterpart "
        "Jorge Araya that trade was growing."
    )
    assert officials["Carla Benites"].role == "minister"
    assert officials["Jorge Araya"].role == "minister"


# -- a post held now outranks one held before --------------------------------------------------
def test_a_current_post_outranks_a_former_more_specific_one() -> None:
    officials = officials_by_name(
        'The plan drew criticism. "It is a mistake," said opposition MP Lucia Ferrante, a '
        "former ambassador to the OSCE."
    )
    assert officials["Lucia Ferrante"].role == "legislator"
    assert officials["Lucia Ferrante"].organization is None


# -- a union's "top diplomat" ----------------------------------------------------------------
def test_the_unions_top_diplomat_heads_it() -> None:
    officials = officials_by_name(
        "The EU's top diplomat Greta Lindqvist met Georgia's foreign minister in Brussels."
    )
    assert officials["Greta Lindqvist"].role == "head_of_organization"
    assert officials["Greta Lindqvist"].country is None


def test_a_states_top_diplomat_is_still_its_foreign_minister() -> None:
    officials = officials_by_name("Chile's top diplomat Jorge Araya arrived in Lima.")
    assert officials["Jorge Araya"].role == "foreign_minister"
    assert officials["Jorge Araya"].country == "CL"


# -- titles: the post's city, ranks of a ministry's secretaries, EU portfolios, shared titles --
def test_an_envoys_post_city_between_title_and_name() -> None:
    officials = officials_by_name(
        "Kenya's High Commissioner in Accra Wanjiru Kamau and the deputy minister attended."
    )
    assert officials["Wanjiru Kamau"].role == "ambassador"
    assert officials["Wanjiru Kamau"].country == "KE"
    officials = officials_by_name("Brazil's Ambassador in Lisbon Paulo Mendes was present.")
    assert officials["Paulo Mendes"].role == "ambassador"
    assert officials["Paulo Mendes"].country == "BR"


def test_an_additional_or_joint_secretary_is_an_official_not_a_secretary_of_state() -> None:
    officials = officials_by_name(
        "Talks on the Indian side were led by Additional Secretary Ravi Menon, with Joint "
        "Secretary Meera Pillai, in New Delhi."
    )
    assert officials["Ravi Menon"].role == "other_official"
    assert officials["Meera Pillai"].role == "other_official"


def test_an_eu_portfolio_commissioner_serves_the_commission() -> None:
    officials = officials_by_name(
        "Enlargement Commissioner Sofia Lindgren will visit Skopje and Tirana next week."
    )
    assert officials["Sofia Lindgren"].role == "other_official"
    assert officials["Sofia Lindgren"].country is None
    assert officials["Sofia Lindgren"].organization == "European Commission"


def test_a_defense_secretary_in_another_states_story_is_that_states() -> None:
    officials = officials_by_name(
        "MANILA - Japan's defence minister met Defense Secretary Ramon Cruz at the Philippine "
        "military headquarters on Friday to discuss Philippine maritime security."
    )
    assert officials["Ramon Cruz"].country == "PH"


# -- a title listed after a comma closes before another title ----------------------------------
def test_a_title_in_apposition_is_not_read_on_into_the_next_title() -> None:
    officials = officials_by_name(
        "Talks between Omar Saeed Alnaqbi, Minister of State, and the Chadian Foreign Minister "
        "were postponed."
    )
    assert officials["Omar Saeed Alnaqbi"].role == "minister"
    officials = officials_by_name(
        "Ana Ruiz, Minister of Foreign Affairs, Trade and Development, met him."
    )
    assert officials["Ana Ruiz"].role == "foreign_minister"


# -- the leader whose message a guest delivers ---------------------------------------------------
def test_the_leader_whose_message_a_guest_delivers_at_the_venue_is_the_guests() -> None:
    officials = officials_by_name(
        "HARARE - Mozambican Foreign Minister Rosa Tembe, who arrived in Harare on Monday, later "
        "paid a courtesy call on President Tendai Moyo at State House, where she delivered a "
        "message from President Luis Mabote."
    )
    assert officials["Tendai Moyo"].country == "ZW"
    assert officials["Luis Mabote"].country == "MZ"


def test_a_closed_who_clause_leaves_the_subject_the_messenger() -> None:
    officials = officials_by_name(
        "Mozambican Foreign Minister Rosa Tembe, who arrived in Lusaka on Monday, later "
        "delivered a message from President Luis Mabote to Zambian President Hakainde Mulenga."
    )
    assert officials["Luis Mabote"].country == "MZ"


# -- "Commission President": the European Commission's, unless the text names another body ------
def test_a_commission_president_heads_the_european_commission() -> None:
    officials = officials_by_name("Commission President Ana Ruiz will travel to Rabat next month.")
    assert officials["Ana Ruiz"].role == "head_of_organization"
    assert officials["Ana Ruiz"].organization == "European Commission"
    assert officials["Ana Ruiz"].country is None


def test_another_bodys_commission_president_heads_that_body() -> None:
    officials = officials_by_name("ECOWAS Commission President Idrissa Bamba will travel to Accra.")
    assert officials["Idrissa Bamba"].role == "head_of_organization"
    assert officials["Idrissa Bamba"].organization == "ECOWAS Commission"
