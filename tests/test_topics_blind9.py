"""Topic cues and rules added after the blind9 batch (invented sentences)."""

from __future__ import annotations

from readings import topic_labels

_HEAD = "Ministers meet in the capital\n\n"


def _labels(body: str) -> set[str]:
    return topic_labels(_HEAD + body)


# -- energy: linked power grids --------------------------------------------------------------


def test_electrical_interconnection_is_energy() -> None:
    labels = _labels(
        "The foreign minister held talks with her Chilean counterpart on Tuesday. "
        "They discussed the electrical interconnection planned across the Andes."
    )
    assert "energy" in labels


def test_national_power_systems_are_energy() -> None:
    labels = _labels(
        "The prime minister received the Lithuanian foreign minister in the capital. "
        "The two reviewed plans to synchronise the power systems of their countries."
    )
    assert "energy" in labels


# -- human_rights_law: the groups a rights instrument names -----------------------------------


def test_rights_of_indigenous_peoples_are_human_rights() -> None:
    labels = _labels(
        "The minister met the Canadian ambassador on Thursday. "
        "She stressed that the rights of indigenous peoples must guide the new mining code."
    )
    assert "human_rights_law" in labels


def test_rights_of_persons_with_disabilities_are_human_rights() -> None:
    labels = _labels(
        "The two foreign ministers held talks in the capital. "
        "They discussed the rights of persons with disabilities in public employment."
    )
    assert "human_rights_law" in labels


# -- multilateral_cooperation: chairing shared by two states ----------------------------------


def test_joint_commission_of_two_states_cochaired_is_not_multilateral() -> None:
    labels = _labels(
        "The foreign minister held talks with his visiting counterpart on Monday. "
        "They agreed to convene the Peru-Bolivia Joint Commission in May, co-chaired by "
        "the foreign ministers of the two countries."
    )
    assert "multilateral_cooperation" not in labels


def test_meeting_cochaired_by_officials_of_two_states_is_not_multilateral() -> None:
    labels = _labels(
        "Foreign Minister Lena Marsh of Norway held talks with Foreign Minister Omar Haddad of "
        "Jordan on Monday. Marsh and Haddad will co-chair the next high-level dialogue in Oslo, "
        "the ministers said."
    )
    assert "multilateral_cooperation" not in labels


def test_cochairs_of_a_named_body_stay_multilateral() -> None:
    labels = _labels(
        "The foreign minister held talks with his Austrian counterpart on Monday. "
        "Austria and Slovenia discussed how they will co-chair the working group of the "
        "OSCE next year."
    )
    assert "multilateral_cooperation" in labels


def test_cochairing_without_two_states_still_counts() -> None:
    labels = _labels(
        "The foreign minister held talks with the delegation on Monday. "
        "She discussed how she will co-chair the donors' conference next spring."
    )
    assert "multilateral_cooperation" in labels


def test_a_regional_organization_named_by_its_kind_is_multilateral() -> None:
    labels = _labels(
        "The two foreign ministers held talks in the capital on Friday. "
        "They reaffirmed their support for the mediation of the regional organization "
        "in the crisis."
    )
    assert "multilateral_cooperation" in labels
