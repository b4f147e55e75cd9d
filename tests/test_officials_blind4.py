"""Officials found by the fourth blind batch: long ministry titles, a government's own
releases, state secretaries, abbreviated given names (invented sentences)."""

from __future__ import annotations

from readings import officials_by_name

_LONG = (
    "The talks covered trade, energy and the security of the sea lanes, and both sides agreed "
    "to meet again before the end of the year to review what had been done."
)


# -- long ministry titles ------------------------------------------------------------------


def test_one_more_portfolio_after_and() -> None:
    text = (
        "LIMA - Minister of Foreign Affairs and Expatriates Ana Ruiz met the press on Monday. "
        + _LONG
    )
    ana = officials_by_name(text)["Ana Ruiz"]
    assert ana.role == "foreign_minister"
    assert ana.title == "Minister of Foreign Affairs and Expatriates"


def test_a_title_after_and_is_not_a_portfolio() -> None:
    # "and Defence Minister" starts a second title, not a portfolio of the first
    text = "Minister of Foreign Affairs and Defence Minister Tomas Berg spoke in Oslo."
    berg = officials_by_name(text)["Tomas Berg"]
    assert berg.title is not None and "Defence Minister" in berg.title


def test_nationals_abroad_in_a_portfolio_list() -> None:
    text = (
        "QUITO - Minister of Foreign Affairs, Migration and Ecuadorians Abroad Rosa Almeida "
        "welcomed the delegation. " + _LONG
    )
    assert officials_by_name(text)["Rosa Almeida"].role == "foreign_minister"


def test_a_community_abroad_and_a_union_in_a_portfolio() -> None:
    text = (
        "Minister of Foreign Affairs, European Union and Cooperation Marta Gil and Minister of "
        "Foreign Affairs, National Community Abroad and African Affairs Omar Haddi met."
    )
    found = officials_by_name(text)
    assert found["Marta Gil"].role == "foreign_minister"
    assert found["Omar Haddi"].role == "foreign_minister"


def test_a_minister_of_state_rank_before_the_post() -> None:
    text = (
        "Peruvian Minister of State, Minister of Foreign Affairs and Trade Lucio Paz arrived "
        "in Quito on Monday. " + _LONG
    )
    paz = officials_by_name(text)["Lucio Paz"]
    assert paz.role == "foreign_minister"
    assert paz.country == "PE"


def test_a_government_of_national_unity_is_no_name() -> None:
    text = "He called Omar Haddi, acting foreign minister in Chad's Government of National Unity."
    found = officials_by_name(text)
    assert "Unity" not in found
    assert found["Omar Haddi"].country == "TD"


def test_a_state_minister_of_foreign_affairs_is_a_deputy() -> None:
    text = "State Minister for Foreign Affairs Lena Varga opened the forum."
    assert officials_by_name(text)["Lena Varga"].role == "deputy_foreign_minister"


def test_ambassador_after_another_post_is_a_courtesy_rank() -> None:
    text = (
        "State Minister of Foreign Affairs Ambassador Lena Varga met the envoys, and ministry "
        "spokesperson, Ambassador Karl Dorn, briefed the press."
    )
    found = officials_by_name(text)
    assert found["Lena Varga"].role == "deputy_foreign_minister"
    assert found["Karl Dorn"].role == "other_official"


# -- secretaries ---------------------------------------------------------------------------


def test_a_secretary_of_state_with_a_portfolio_in_brackets() -> None:
    text = "The Honourable Ana Ruiz, Secretary of State (Rural Development), joined the visit."
    ana = officials_by_name(text)["Ana Ruiz"]
    assert ana.role == "minister"
    assert ana.country != "US"


def test_a_secretary_of_state_of_a_foreign_ministry() -> None:
    text = (
        "Talks were held with Secretary of State at the Czech Ministry of Foreign Affairs Jan "
        "Dvorak, and with Secretary of State in the Slovak Foreign Ministry Eva Kralova."
    )
    found = officials_by_name(text)
    assert found["Jan Dvorak"].role == "deputy_foreign_minister"
    assert found["Jan Dvorak"].country == "CZ"
    assert found["Eva Kralova"].role == "deputy_foreign_minister"


def test_cabinet_secretaries_by_portfolio() -> None:
    text = (
        "MANILA - Secretary of Agriculture Jose Reyes and Foreign Affairs Secretary Ana Cruz "
        "met the visitors."
    )
    found = officials_by_name(text)
    assert found["Jose Reyes"].role == "minister"
    assert found["Ana Cruz"].role == "foreign_minister"


# -- names ---------------------------------------------------------------------------------


def test_an_abbreviated_given_name() -> None:
    text = "MANILA - Foreign Affairs Secretary Ma. Luisa Santos met the envoys. " + _LONG
    found = officials_by_name(text)
    assert "Ma" not in found
    assert "Ma. Luisa Santos" in found


def test_a_hyphenated_title_is_no_name() -> None:
    text = (
        "They backed Karl Dorn, the personal envoy of the United Nations Secretary-General for "
        "the Sahel Region, who will visit in May."
    )
    found = officials_by_name(text)
    assert "Secretary-General" not in found
    assert found["Karl Dorn"].role == "senior_diplomat"
    assert found["Karl Dorn"].organization == "United Nations"


def test_president_of_the_republic_of_a_country() -> None:
    text = "He met President of the Republic of Chile Ana Ruiz in Santiago."
    ana = officials_by_name(text)["Ana Ruiz"]
    assert ana.role == "head_of_state"
    assert ana.country == "CL"


def test_an_agency_director_general_heads_it() -> None:
    text = "He met IAEA Director General Karl Dorn in Vienna."
    assert officials_by_name(text)["Karl Dorn"].role == "head_of_organization"


# -- countries -----------------------------------------------------------------------------


def test_a_government_release_gives_its_state() -> None:
    text = (
        "Ministry of Foreign Affairs, Republic of Chile\n\nPress Releases\n\n"
        "Foreign Minister Ana Ruiz Holds Talks with Peruvian Foreign Minister\n\n"
        "1. Minister of Foreign Affairs Ana Ruiz had a phone call with Minister of Foreign "
        "Affairs of Peru Lucio Paz on Monday and discussed the situation in Bolivia.\n\n"
        "2. Vice Minister of Foreign Affairs Tomas Berg will visit Lima next week. " + _LONG
    )
    found = officials_by_name(text)
    assert found["Ana Ruiz"].country == "CL"
    assert found["Lucio Paz"].country == "PE"
    assert found["Tomas Berg"].country == "CL"


def test_a_government_of_line_gives_its_state() -> None:
    text = (
        "Government of Chile\n\nNews release\n\nMay 4, 2026 - Lima, Peru\n\n"
        "The Honourable Ana Ruiz, Minister of Foreign Affairs, today concluded a visit to Lima, "
        "Peru. " + _LONG + " Prime Minister Tomas Berg welcomed the results."
    )
    found = officials_by_name(text)
    assert found["Ana Ruiz"].country == "CL"
    assert found["Tomas Berg"].country == "CL"


def test_a_former_president_is_no_side_of_the_talks() -> None:
    text = (
        "Chile and Peru will pool their coast guards, the foreign ministers said.\n\n"
        "Chilean Foreign Minister Ana Ruiz said on Monday after talks with Peru's Lucio Paz that "
        "Chile and Peru would share data. President Tomas Berg backed the plan. " + _LONG + "\n\n"
        "Former president Karl Dorn said in an interview that Chile must prepare."
    )
    assert officials_by_name(text)["Karl Dorn"].country == "CL"


def test_the_side_headed_by() -> None:
    text = (
        "The Peruvian delegation was led by Deputy Minister Lucio Paz, while the Chilean side "
        "was headed by State Secretary of the Ministry of Foreign Affairs Ana Ruiz."
    )
    assert officials_by_name(text)["Ana Ruiz"].country == "CL"


def test_a_verb_after_the_name_ends_its_apposition() -> None:
    text = (
        "SANTIAGO, May 4 (Agency) - Sources at the Foreign Ministry told reporters that Prime "
        'Minister Tomas Berg will travel to Lima "in the coming weeks" to co-chair the annual '
        "meeting with the head of the Peruvian government."
    )
    assert officials_by_name(text)["Tomas Berg"].country == "CL"


def test_a_name_that_opens_with_an_okina() -> None:
    text = "Samoan Foreign Minister \u02bbAna Lemalu met the envoys in Apia."
    assert officials_by_name(text)["\u02bbAna Lemalu"].role == "foreign_minister"


def test_a_visiting_guest_does_not_make_the_host_of_the_next_venue() -> None:
    text = (
        "Lima, March 3/2026 (Agency) Foreign Minister Ana Ruiz held talks today with Chile's "
        "Foreign Minister Tomas Berg.\n\nThey agreed to hold the next session in Santiago in "
        "May.\n\nThe visiting Chilean minister was later received by President Lucio Paz at his "
        "office. " + _LONG
    )
    found = officials_by_name(text)
    assert found["Lucio Paz"].country == "PE"
    assert found["Ana Ruiz"].country == "PE"


def test_the_head_of_a_states_government() -> None:
    text = "The deal will be signed with the head of the Peruvian government, Lucio Paz, in May."
    paz = officials_by_name(text)["Lucio Paz"]
    assert paz.role == "head_of_government"
    assert paz.country == "PE"
