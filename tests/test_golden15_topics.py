"""Topic cues and rules added after the golden15 and golden16 blind batches (invented sentences)."""

from __future__ import annotations

from readings import topic_labels

_HEAD = "Ministers meet in the capital\n\n"
_MEETING = "The foreign minister of Ruritania received her Freedonian counterpart on Monday. "


def _labels(body: str) -> set[str]:
    return topic_labels(_HEAD + _MEETING + body)


# -- climate_environment: the use of a shared river's water ------------------------------------


def test_water_use_of_a_river_is_a_water_matter() -> None:
    assert "climate_environment" in _labels(
        "She raised the question of water use along the upper valley of the border river."
    )
    assert "climate_environment" in _labels(
        "The ministers signed a memorandum on the sharing of water from the northern lakes."
    )


# -- counterterrorism: militant groups ---------------------------------------------------------


def test_militant_groups_are_a_matter_of_extremism() -> None:
    assert "counterterrorism" in _labels(
        "They discussed how to rein in militant groups hiding in the mountain passes."
    )


def test_militant_groups_in_an_aside_need_company() -> None:
    assert "counterterrorism" not in _labels(
        "The ministers discussed new railway links. The valley, once home to militant "
        "groups, is now a farming region."
    )


# -- transport_connectivity: travel by air or sea, river navigation, road projects -----------


def test_air_and_sea_travel_is_transport() -> None:
    assert "transport_connectivity" in _labels(
        "She said both islands wanted cheaper air and sea travel across the region."
    )


def test_river_navigation_and_dredging_are_transport() -> None:
    assert "transport_connectivity" in _labels(
        "The talks focused on river navigation and the dredging of the main channel."
    )


def test_road_projects_are_transport() -> None:
    assert "transport_connectivity" in _labels(
        "He affirmed that Freedonia would keep financing road projects in the north."
    )


def test_restoring_a_railway_link_is_transport_not_reconstruction() -> None:
    labels = _labels(
        "The ministers discussed the restoration of railway communication across the region."
    )
    assert "transport_connectivity" in labels
    assert "reconstruction" not in labels


def test_smugglers_transit_routes_are_no_connectivity() -> None:
    labels = _labels(
        "She pledged funding to counter the cocaine trade through the transit routes of the gulf."
    )
    assert "counterterrorism" in labels
    assert "transport_connectivity" not in labels


# -- agriculture_food and humanitarian: food bought abroad, food brought to people in need -----


def test_the_food_import_bill_is_food_security_not_trade() -> None:
    labels = _labels("He said the region was on track to cut its food import bill by half.")
    assert "agriculture_food" in labels
    assert "trade_economy" not in labels


def test_food_and_medical_supplies_are_aid() -> None:
    labels = _labels(
        "They discussed the situation in the besieged city, where deliveries of food and "
        "medical supplies remain scarce."
    )
    assert "humanitarian" in labels
    assert "agriculture_food" not in labels
    assert "health" not in labels


# -- security and defense_military: heavy weapons pulled back; arms made; a port call ---------


def test_removing_heavy_weapons_from_a_border_is_security() -> None:
    labels = _labels(
        "They reviewed the ceasefire terms, including the removal of heavy weapons from the "
        "frontier districts."
    )
    assert "security" in labels
    assert "defense_military" not in labels


def test_weapons_production_is_defence() -> None:
    assert "defense_military" in _labels(
        "They discussed Ruritanian funding for weapons production in Freedonia."
    )


def test_a_defence_portfolio_is_a_post_not_a_subject() -> None:
    assert "defense_military" not in _labels(
        "The minister, who also holds the defence portfolio, discussed school exchanges."
    )


def test_a_defence_force_is_a_name() -> None:
    assert "defense_military" not in _labels(
        "She arrived on a Freedonian Defence Force flight and discussed tourism and culture."
    )


# -- the discussion mark: a call reports what was said; chairing a session is holding it -----


def test_a_call_about_a_subject_discusses_it() -> None:
    assert "defense_military" in _labels(
        "On Friday she held a telephone conversation with the Osterlich foreign minister about "
        "arms for the coastal guard."
    )


def test_a_co_chaired_joint_commission_is_trade() -> None:
    assert "trade_economy" in _labels(
        "The two ministers co-chaired the fourth session of the Ruritania-Freedonia Joint "
        "Commission."
    )


# -- multilateral_cooperation: member states; outside a body -----------------------------------


def test_member_states_alone_need_company() -> None:
    assert "multilateral_cooperation" not in _labels(
        "They discussed tourism. The vote was postponed at the request of several member states."
    )


def test_outside_a_bodys_framework_is_no_cooperation_within_it() -> None:
    assert "multilateral_cooperation" not in _labels(
        "They discussed tourism. One diplomat said capitals could act outside the EU framework."
    )


# -- human_rights_law: a court named by what it judges ----------------------------------------


def test_a_tribunal_named_by_a_crime_is_a_matter_of_law() -> None:
    assert "human_rights_law" in _labels(
        "She called for the Special Tribunal for War Crimes in the Eastern Provinces to open "
        "without delay."
    )


def test_a_ministry_named_by_a_subject_is_still_a_name() -> None:
    assert "human_rights_law" not in _labels(
        "She met officials of the Ministry of Justice and discussed tourism."
    )


# -- background: a figure sourced to a statistics office -------------------------------------


def test_a_sourced_statistic_is_no_subject_discussed() -> None:
    assert "trade_economy" not in _labels(
        "They discussed the new railway. Trade turnover grew by 9 percent last year, according "
        "to the statistical office."
    )
