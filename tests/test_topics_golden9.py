"""Topic cues and frames added after the golden9 blind batch (invented sentences)."""

from __future__ import annotations

from readings import topic_labels

_HEAD = "Ministers meet in the capital\n\n"


def _labels(body: str) -> set[str]:
    return topic_labels(_HEAD + body)


def test_electricity_exports_are_energy_not_trade() -> None:
    labels = _labels(
        "The foreign minister held talks with his Moldovan counterpart on Monday. "
        "He said the country would raise electricity exports to its neighbour next winter."
    )
    assert "energy" in labels
    assert "trade_economy" not in labels


def test_gas_transit_is_energy_not_transport() -> None:
    labels = _labels(
        "The prime minister met her Austrian counterpart in the capital. "
        "The two discussed gas transit through the region after the contract expires."
    )
    assert "energy" in labels
    assert "transport_connectivity" not in labels


def test_livestock_disease_is_agriculture_not_health() -> None:
    labels = _labels(
        "The two delegations met for the joint commission. "
        "They signed an accord on animal disease control along the shared border."
    )
    assert "agriculture_food" in labels
    assert "health" not in labels


def test_upstream_dams_are_a_water_matter() -> None:
    labels = _labels(
        "The two ministers met on Tuesday for talks. "
        "The visiting minister raised the effect of upstream dams on the fishing villages "
        "downriver."
    )
    assert "climate_environment" in labels


def test_border_monitoring_mission_is_security() -> None:
    labels = _labels(
        "The foreign minister met the bloc's envoy in the capital. "
        "They discussed the civilian monitoring mission posted along the frontier."
    )
    assert "security" in labels


def test_election_monitoring_mission_is_no_security_topic() -> None:
    labels = _labels(
        "The foreign minister met the bloc's envoy in the capital. "
        "They discussed the election monitoring mission due in the spring."
    )
    assert "security" not in labels


def test_death_sentence_is_a_rights_matter() -> None:
    labels = _labels(
        "The foreign minister held talks with her counterpart on Monday. "
        "She said she had raised the case of a journalist who was handed a death sentence."
    )
    assert "human_rights_law" in labels


def test_illegal_settlements_are_territorial() -> None:
    labels = _labels(
        "The two ministers met in the capital on Wednesday. "
        "They discussed the expansion of illegal settlements in the hills."
    )
    assert "territorial_integrity" in labels


def test_core_interests_are_territorial() -> None:
    labels = _labels(
        "The foreign minister hosted his counterpart for talks on Friday. "
        "He told his guest that both sides should respect each other's core interests."
    )
    assert "territorial_integrity" in labels


def test_core_interests_beside_trade_are_no_territorial_topic() -> None:
    labels = _labels(
        "The trade ministers held talks in the capital on Friday. "
        "She said the tariff accord had to protect the bloc's core interests in trade."
    )
    assert "territorial_integrity" not in labels


def test_community_living_abroad_is_consular() -> None:
    labels = _labels(
        "The prime minister received the visiting foreign minister on Monday. "
        "He hoped the host country would look after the Filipino community living and "
        "working there."
    )
    assert "migration_consular" in labels


def test_regional_standby_force_is_defense() -> None:
    labels = _labels(
        "The two presidents met in the capital on Monday. "
        "The bloc's commissioner said the regional standby force would deploy next year."
    )
    assert "defense_military" in labels


def test_illegal_fishing_is_a_crime_not_food() -> None:
    labels = _labels(
        "The two foreign ministers held talks on Thursday. "
        "They agreed to step up cooperation against illegal fishing in shared waters."
    )
    assert "counterterrorism" in labels
    assert "agriculture_food" not in labels


def test_role_of_a_regional_body_is_multilateral() -> None:
    labels = _labels(
        "The two foreign ministers held talks on Thursday. "
        "They also touched on the role of the African Union in the mediation effort."
    )
    assert "multilateral_cooperation" in labels


def test_body_gathering_without_apostrophe_is_multilateral() -> None:
    labels = _labels(
        "The foreign minister will travel to the islands next week. "
        "He will discuss the agenda of the Pacific Islands Forum Leaders Meeting with the "
        "host."
    )
    assert "multilateral_cooperation" in labels
