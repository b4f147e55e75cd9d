"""Topic cues and rules added after the golden17 blind batch (invented sentences)."""

from __future__ import annotations

from readings import topic_labels

_HEAD = "Ministers meet in the capital\n\n"
_MEETING = "The foreign minister of Ruritania received her Freedonian counterpart on Monday. "


def _labels(body: str) -> set[str]:
    return topic_labels(_HEAD + _MEETING + body)


# -- transport_connectivity: a city's underground railway; a port city is a place --------------


def test_a_subway_line_is_transport() -> None:
    assert "transport_connectivity" in _labels(
        "They discussed the financing of the new subway line in the capital."
    )


def test_a_city_named_after_its_port_is_no_port() -> None:
    labels = _labels(
        "The minister flew on to Port Moresby and later to Port Louis, where she discussed "
        "fisheries."
    )
    assert "transport_connectivity" not in labels


# -- reconstruction, not energy: power plants rebuilt ------------------------------------------


def test_rebuilding_power_stations_is_reconstruction() -> None:
    labels = _labels("They discussed help in rebuilding power stations damaged by the floods.")
    assert "reconstruction" in labels
    assert "energy" not in labels


# -- human_rights_law: a genocide that names who someone is ----------------------------------


def test_a_genocide_naming_its_perpetrators_is_no_law_matter() -> None:
    assert "human_rights_law" not in _labels(
        "They discussed the rebel camps, run by men behind the 1970 genocide in the valley."
    )
    assert "human_rights_law" in _labels(
        "They discussed the prosecution of genocide before an international tribunal."
    )


# -- migration_consular: people crossing borders, seasonal workers -----------------------------


def test_movement_of_goods_and_persons_is_migration_and_trade() -> None:
    labels = _labels("Their talks focused on the movement of goods and persons across the border.")
    assert {"migration_consular", "trade_economy"} <= labels


def test_seasonal_workers_are_a_migration_matter() -> None:
    assert "migration_consular" in _labels(
        "The ministers discussed the seasonal workers programme for fruit pickers."
    )


def test_simplified_border_crossing_is_a_migration_matter() -> None:
    assert "migration_consular" in _labels(
        "They addressed the simplification of border crossing for villagers of the frontier area."
    )


# -- education_science: students met, beside a visa matter, are no education -----------------


def test_students_at_universities_beside_visas_are_no_education() -> None:
    labels = _labels(
        "She met nationals studying there and students at universities in the capital, and "
        "discussed visa facilitation for them."
    )
    assert "education_science" not in labels
    assert "migration_consular" in labels


# -- security: armed groups -------------------------------------------------------------------


def test_militias_and_defensive_measures_are_security() -> None:
    assert "security" in _labels(
        "They discussed the disarmament of the militias and the lifting of defensive measures."
    )


def test_a_lone_militia_mention_needs_company() -> None:
    assert "security" not in _labels(
        "They discussed new railway links. The town, once held by a militia, now exports tea."
    )


# -- territorial_integrity: the state's authority over its land ------------------------------


def test_return_of_state_authority_is_territorial_integrity() -> None:
    assert "territorial_integrity" in _labels(
        "She stressed that the return of state authority to the northern districts was essential."
    )


# -- peace_process: a political path --------------------------------------------------------


def test_a_political_path_is_peace_process() -> None:
    assert "peace_process" in _labels(
        "They discussed a political path out of the long civil war in the south."
    )


# -- defense_military: training for peacekeeping, one army, support to a coast guard ----------


def test_training_for_peacekeeping_is_defence_cooperation() -> None:
    labels = _labels("The defence ministers discussed joint training for peacekeeping missions.")
    assert "defense_military" in labels
    assert "security" not in labels


def test_unification_of_the_army_is_defence() -> None:
    assert "defense_military" in _labels(
        "They discussed the unification of the army after years of rival commands."
    )


def test_supporting_a_coast_guard_is_defence() -> None:
    assert "defense_military" in _labels(
        "They discussed supporting the Ghanaian coast guard in the gulf."
    )
