"""Topic cues and rules added after the blind11 batch (invented sentences)."""

from __future__ import annotations

from readings import topic_labels

_HEAD = "Ministers meet in the capital\n\n"


def _labels(body: str) -> set[str]:
    return topic_labels(_HEAD + body)


# -- which sentences report a discussion ------------------------------------------------------


def test_list_items_after_an_agreed_colon_are_discussed() -> None:
    labels = _labels(
        "The foreign minister received her Peruvian counterpart in Lima on Friday. "
        "The two ministers agreed to:\n"
        "- work together on lithium supply chains\n"
        "- ease rules for firms setting up plants in both countries\n"
        "- hold a joint exhibition next spring"
    )
    assert "trade_economy" in labels


def test_list_items_without_a_discussion_colon_stay_plain() -> None:
    labels = _labels(
        "The foreign minister received her Peruvian counterpart in Lima on Friday.\n\n"
        "Programme of the day\n"
        "- lunch with firms\n"
        "- a walk in the old town"
    )
    assert "trade_economy" not in labels


def test_a_sentence_setting_the_scene_of_the_talks_reports_nothing_discussed() -> None:
    labels = _labels(
        "The foreign ministers of Chile and Peru held talks in Santiago on Monday on "
        "cooperation in mining. The talks came two days after a storm kept tourists "
        "away from the coast."
    )
    assert "tourism" not in labels
    labels = _labels(
        "The foreign ministers of Chile and Peru held talks in Santiago on Monday on "
        "cooperation in mining. The visit comes as tourists return to the coast."
    )
    assert "tourism" not in labels


def test_talks_on_a_subject_still_count() -> None:
    labels = _labels(
        "The foreign ministers of Chile and Peru held talks in Santiago on Monday. "
        "The talks focused on tourism along the shared coast."
    )
    assert "tourism" in labels


def test_cooperation_in_an_organization_is_multilateral() -> None:
    labels = _labels(
        "The Estonian foreign minister received his Moldovan counterpart on Tuesday. "
        "They also touched on cooperation in the Council of Europe."
    )
    assert "multilateral_cooperation" in labels


# -- vocabulary -------------------------------------------------------------------------------


def test_a_direct_flight_and_an_expressway_are_transport() -> None:
    assert "transport_connectivity" in _labels(
        "The foreign minister met her Uzbek counterpart on Wednesday. She said a direct "
        "flight between the two capitals would open in May."
    )
    assert "transport_connectivity" in _labels(
        "The prime ministers met in the capital on Wednesday. They agreed to finish the "
        "expressway linking the two border towns."
    )


def test_textbooks_and_academies_are_education() -> None:
    assert "education_science" in _labels(
        "The foreign minister held talks with his Serbian counterpart on Monday. They "
        "discussed a joint commission of historians to review school textbooks."
    )
    assert "education_science" in _labels(
        "The foreign minister held talks with his Serbian counterpart on Monday. A "
        "memorandum on cooperation between the diplomatic academies was signed."
    )


def test_drought_is_climate_not_humanitarian() -> None:
    labels = _labels(
        "The foreign minister received the Namibian ambassador on Monday. They discussed "
        "the long drought in the south of the country."
    )
    assert "climate_environment" in labels
    assert "humanitarian" not in labels


def test_a_countrys_own_mines_are_no_landmines() -> None:
    labels = _labels(
        'The two presidents held talks on Monday. "The new railway will reach many of '
        'our mines in the north," the president said.'
    )
    assert "demining" not in labels
    labels = _labels(
        "The two presidents held talks on Monday. They discussed the copper mines near the border."
    )
    assert "demining" not in labels


def test_mines_on_a_territory_are_still_demining() -> None:
    labels = _labels(
        "The two presidents held talks on Monday. They discussed clearing the mines "
        "left along the former front line."
    )
    assert "demining" in labels


def test_wars_of_the_past_are_no_security_topic() -> None:
    labels = _labels(
        "The foreign ministers held consultations on Monday. They discussed a memorial to "
        "the soldiers who fell during the wars of the last century."
    )
    assert "security" not in labels


def test_the_search_for_remains_is_humanitarian() -> None:
    labels = _labels(
        "The foreign ministers held consultations on Monday. They discussed the search "
        "for remains of airmen lost over the jungle."
    )
    assert "humanitarian" in labels


def test_troops_sent_abroad_are_defense() -> None:
    labels = _labels(
        "The two presidents held talks on Monday. The visitor thanked his host for "
        "sending troops to the regional peacekeeping force."
    )
    assert "defense_military" in labels


def test_arbitral_awards_and_international_obligations_are_law() -> None:
    assert "human_rights_law" in _labels(
        "The foreign ministers held talks on Monday. They reaffirmed the arbitral award "
        "on the river boundary."
    )
    assert "human_rights_law" in _labels(
        "The foreign ministers held talks on Monday. The minister stressed respect for "
        "international obligations on the return of property."
    )


def test_claims_to_sea_and_pre_war_borders_are_territorial() -> None:
    assert "territorial_integrity" in _labels(
        "The foreign ministers held talks on Monday. They discussed the excessive claims "
        "made by a neighbour over the strait."
    )
    assert "territorial_integrity" in _labels(
        "The foreign ministers held talks on Monday. They stressed support for a state "
        "on the 1967 borders."
    )


def test_a_maritime_nation_is_no_transport_topic() -> None:
    labels = _labels(
        'The foreign ministers held talks on Monday. "We are both maritime nations," '
        "the minister said."
    )
    assert "transport_connectivity" not in labels


def test_greenhouse_technology_is_agriculture_not_digital() -> None:
    labels = _labels(
        "The foreign ministers held talks on Monday. They discussed the use of greenhouse "
        "technology in the southern valleys."
    )
    assert "agriculture_food" in labels
    assert "technology_digital" not in labels


def test_commending_reports_a_subject() -> None:
    labels = _labels(
        "The visiting minister met the president on Tuesday. He commended the country "
        "for its engagement with the African Union."
    )
    assert "multilateral_cooperation" in labels


def test_the_cultural_and_humanitarian_sphere_is_culture_not_relief() -> None:
    labels = _labels(
        "The deputy foreign ministers held consultations on Monday. They reviewed "
        "cooperation in the cultural and humanitarian spheres."
    )
    assert "culture_heritage" in labels
    assert "humanitarian" not in labels
