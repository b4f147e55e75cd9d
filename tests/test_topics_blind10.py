"""Topic cues and rules added after the blind10 batch (invented sentences)."""

from __future__ import annotations

import pytest

from diplotext import Parser
from readings import topic_labels

_HEAD = "Ministers meet in the capital\n\n"


def _labels(body: str) -> set[str]:
    return topic_labels(_HEAD + body)


# -- which sentences report a discussion -------------------------------------------------------


def test_quotation_attributed_after_its_last_sentence_counts_in_full() -> None:
    labels = _labels(
        "The foreign minister held talks with her Peruvian counterpart on Friday. "
        '"Sovereignty over the islands is not up for debate. We will defend our position '
        'everywhere," the minister stated.'
    )
    assert "territorial_integrity" in labels


def test_quotation_attributed_before_its_first_sentence_counts_in_full() -> None:
    labels = _labels(
        "The two foreign ministers met in the capital on Monday. "
        'The minister said: "We want more trade. Tourism between our peoples must double."'
    )
    assert "tourism" in labels


def test_unattributed_quoted_sentence_still_counts_less() -> None:
    # the same sentence with no speech verb around the quotation is an incidental mention
    labels = _labels(
        "The two foreign ministers met in the capital on Monday. "
        'A banner read: "Tourism is our future. Enjoy your stay."'
    )
    assert "tourism" not in labels


def test_third_party_observation_reported_is_no_discussion() -> None:
    labels = _labels(
        "The two foreign ministers met in the capital on Monday to discuss the border. "
        "Hotel owners on the coast reported a fall in tourism bookings this spring."
    )
    assert "tourism" not in labels


def test_seeking_something_reports_it() -> None:
    labels = _labels(
        "The foreign minister met the visiting envoy on Tuesday. "
        "Lima is seeking the early repatriation of its nationals from the region."
    )
    assert "migration_consular" in labels


def test_what_is_said_to_be_absent_is_no_topic() -> None:
    labels = _labels(
        "The two foreign ministers met in the capital on Monday to discuss the border. "
        '"Without calm in the valley there is no tourism and no farming," she said.'
    )
    assert "tourism" not in labels
    assert "agriculture_food" not in labels


# -- vocabulary ----------------------------------------------------------------------------------


def test_cyber_defence_is_digital_not_military() -> None:
    labels = _labels(
        "The two foreign ministers held talks on Wednesday and agreed to expand their "
        "cooperation on cyber defence for government networks."
    )
    assert "technology_digital" in labels
    assert "defense_military" not in labels


def test_crimes_of_aggression_are_international_law() -> None:
    labels = _labels(
        "The foreign ministers met in the capital on Thursday. "
        "They agreed that the invaders must answer for their crimes of aggression."
    )
    assert "human_rights_law" in labels


def test_pandemic_as_a_point_in_time_is_no_health_topic() -> None:
    labels = _labels(
        "The minister met the visiting ambassador on Sunday and said the railway, shut "
        "since the pandemic, must reopen, as visitor numbers are still below pre-Covid levels."
    )
    assert "health" not in labels
    assert "transport_connectivity" in labels


def test_schools_and_hospitals_as_targets_are_neither_education_nor_health() -> None:
    labels = _labels(
        "The foreign minister met the opposition leader on Friday. "
        '"Shells keep falling on schools and hospitals," the leader said.'
    )
    assert "education_science" not in labels
    assert "health" not in labels


def test_glaciers_and_disaster_risk_reduction_are_climate() -> None:
    labels = _labels(
        "The foreign minister received the Swiss ambassador on Monday. "
        "They discussed glacier monitoring and disaster risk reduction in the mountains."
    )
    assert "climate_environment" in labels
    assert "humanitarian" not in labels


def test_disaster_risk_reduction_alone_is_too_weak_for_climate() -> None:
    labels = _labels(
        "The two foreign ministers met on Monday and discussed disaster risk reduction."
    )
    assert "climate_environment" not in labels
    assert "humanitarian" not in labels


def test_maritime_environment_is_climate() -> None:
    labels = _labels(
        "The two foreign ministers met on Tuesday and agreed to set up a channel on the "
        "maritime environment of the strait."
    )
    assert "climate_environment" in labels


def test_labour_permits_and_citizens_working_abroad_are_consular() -> None:
    labels = _labels(
        "The foreign minister held talks with the Qatari ambassador on Monday. "
        "They discussed the conditions of citizens working in the Gulf."
    )
    assert "migration_consular" in labels
    other = _labels(
        "The foreign minister held talks with the Qatari ambassador on Monday. "
        "They discussed the labour permits issued last year."
    )
    assert "migration_consular" in other


def test_citizens_working_there_beside_their_security_is_no_consular_matter() -> None:
    labels = _labels(
        "The foreign minister met the Chinese ambassador on Monday. "
        "She stressed the security of foreign nationals working in the mining province."
    )
    assert "migration_consular" not in labels


def test_repatriation_of_nationals_is_consular() -> None:
    labels = _labels(
        "The foreign minister met the Russian ambassador on Monday and asked Moscow to "
        "repatriate the remains of the fallen."
    )
    assert "migration_consular" in labels


def test_road_link_is_transport() -> None:
    labels = _labels(
        "The two foreign ministers met on Tuesday and agreed to speed up work on the new "
        "road link between the two border towns."
    )
    assert "transport_connectivity" in labels


def test_maintaining_peace_is_security_not_a_peace_process() -> None:
    labels = _labels(
        "The two foreign ministers met on Tuesday and stressed the role of their navies "
        "in maintaining peace in the strait."
    )
    assert "security" in labels
    assert "peace_process" not in labels


def test_conflicts_in_a_named_place_are_security() -> None:
    labels = _labels(
        "The two foreign ministers will also address the conflicts in Sudan and Haiti."
    )
    assert "security" in labels


def test_joint_border_patrols_against_smuggling_are_policing_not_defence() -> None:
    labels = _labels(
        "The two foreign ministers met on Tuesday and agreed on joint patrols along the "
        "border to curb drug smuggling."
    )
    assert "defense_military" not in labels
    assert "counterterrorism" in labels


def test_joint_patrols_at_sea_remain_defence() -> None:
    labels = _labels(
        "The two defence ministers met on Tuesday and agreed on joint patrols in the strait."
    )
    assert "defense_military" in labels


def test_fighter_jet_model_is_defence() -> None:
    labels = _labels(
        "The two foreign ministers met on Tuesday and discussed the sale of F-16 jets."
    )
    assert "defense_military" in labels


def test_hostages_beside_energy_are_a_figure_of_speech() -> None:
    labels = _labels(
        "The two foreign ministers met on Tuesday. The minister said the new power line "
        "means the country will never again be hostages of gas blackmail."
    )
    assert "humanitarian" not in labels
    assert "energy" in labels


def test_hostages_held_remain_humanitarian() -> None:
    labels = _labels(
        "The two foreign ministers met on Tuesday and discussed the fate of the hostages "
        "held in the north."
    )
    assert "humanitarian" in labels


# -- international courts -----------------------------------------------------------------------


def test_dispute_taken_to_an_international_court_is_law() -> None:
    labels = _labels(
        "The foreign minister spoke by phone with his counterpart on Monday. "
        "He said the government would take the maritime dispute to the International Court "
        "of Justice."
    )
    assert "human_rights_law" in labels


def test_court_in_boilerplate_counts_nothing() -> None:
    text = (
        _HEAD + "The foreign minister spoke by phone with his counterpart on Monday about trade."
        "\n\nRELATED\n- Neighbour to seek International Court of Justice ruling on islands\n"
    )
    assert "human_rights_law" not in topic_labels(text)


# -- multilateral_cooperation ---------------------------------------------------------------------


def test_importance_of_a_regional_body_is_multilateral() -> None:
    labels = _labels(
        "The two foreign ministers met on Thursday and underscored the importance of the "
        "African Union in keeping the peace on the continent."
    )
    assert "multilateral_cooperation" in labels


def test_joint_commission_cochaired_by_the_ministers_is_bilateral() -> None:
    labels = _labels(
        "The foreign minister met the visiting envoy on Monday. "
        "The talks will prepare a meeting of the Joint Commission, co-chaired by the "
        "foreign ministers, later this year."
    )
    assert "multilateral_cooperation" not in labels


def test_body_chair_in_an_apposition_names_who_someone_is() -> None:
    labels = _labels(
        "The prime minister will meet Indonesian President Joko Widodo, the current ASEAN "
        "chair, in Jakarta and brief him on the talks."
    )
    assert "multilateral_cooperation" not in labels


def test_state_role_as_body_chair_remains_multilateral() -> None:
    labels = _labels(
        "The two foreign ministers met on Monday. The minister thanked Indonesia for its "
        "work as ASEAN chair this year."
    )
    assert "multilateral_cooperation" in labels


@pytest.mark.parametrize(
    "sentence",
    [
        "They discussed the conflicts in the region and the peace talks.",
        "They discussed the peace talks and the conflict in the region.",
    ],
)
def test_conflict_beside_a_peace_process_yields(parser: Parser, sentence: str) -> None:
    # "conflict(s) in" keeps the base cue's rule: beside a peace_process cue it is that
    result = parser.parse(_HEAD + "The two foreign ministers met on Monday. " + sentence)
    labels = {t.label for t in result.topics}
    assert "peace_process" in labels
    assert "security" not in labels
