"""Rules added after the sixth blind batch: a numbered press release dates itself in its
header line; the year of a quarter is no date; an office of a known body is named with its
seat; energy carried along a corridor is energy, not transport; a post's portfolio in
brackets is part of the post. Every sentence here is written for these tests."""

from __future__ import annotations

from diplotext import parse_article
from readings import dates_by_text, published_value, topic_labels

# --- publication date and dates ---------------------------------------------------------------


def test_numbered_press_release_header_gives_the_publication_date() -> None:
    text = (
        "No: 207, 4 June 2027, Press Release Regarding the Visit of the Foreign Minister of "
        "Examplestan\n\n"
        "The Foreign Minister of Examplestan will pay an official visit to our country on "
        "8 June 2027 to discuss trade, energy and transport links."
    )
    assert published_value(text) == "2027-06-04"


def test_release_number_prefix_with_a_dash() -> None:
    text = (
        "No. 88/2027 - 19 May 2027 - Statement on the Ministerial Meeting\n\n"
        "The ministers met in Valletta on Monday and discussed maritime security in the "
        "central Mediterranean, migration and energy links."
    )
    assert published_value(text) == "2027-05-19"


def test_a_number_in_a_headline_is_no_release_number() -> None:
    text = (
        "Ministers agree 40 projects, 12 May 2027 talks set\n\n"
        "The ministers met in Valletta on Monday and discussed maritime security in the "
        "central Mediterranean, migration and energy links."
    )
    assert published_value(text) is None


def test_the_year_of_a_quarter_is_no_date() -> None:
    dates = dates_by_text(
        "The president will pay a state visit in the first quarter of 2028, and the two "
        "leaders will review the results in Q3 2028, the ministry said on 3 May 2027."
    )
    assert "2028" not in dates.values()
    assert dates["3 May 2027"] == "2027-05-03"


# --- organizations -------------------------------------------------------------------------------


def _orgs(text: str) -> list[str]:
    return sorted(o.name for o in parse_article(text).organizations)


def test_an_office_of_a_body_is_named_with_its_seat() -> None:
    text = (
        "The minister praised the work of the OSCE Project Office in Dushanbe on border management."
    )
    assert "OSCE Project Office in Dushanbe" in _orgs(text)


def test_an_office_without_a_seat_is_named_as_written() -> None:
    assert "NATO Liaison Office" in _orgs("The NATO Liaison Office will move next spring.")


def test_an_office_going_on_with_its_remit_is_no_organ() -> None:
    names = _orgs("He met the head of the EU Office for the Support of Example Reform.")
    assert not any(n.startswith("EU Office") for n in names)


# --- topics ----------------------------------------------------------------------------------


def test_energy_carried_along_a_corridor_is_no_transport() -> None:
    topics = topic_labels(
        "The two ministers discussed the corridor for the transport of natural gas and "
        "electricity from the southern shore."
    )
    assert "energy" in topics
    assert "transport_connectivity" not in topics


def test_a_corridor_without_energy_stays_transport() -> None:
    assert "transport_connectivity" in topic_labels(
        "The two ministers discussed the new corridor linking their ports."
    )


def test_a_portfolio_in_brackets_is_part_of_the_post() -> None:
    topics = topic_labels(
        "The visit was prepared by the Deputy Minister for Foreign Affairs (Regional "
        "Cooperation), who discussed fish exports and the renovation of a border market."
    )
    assert "multilateral_cooperation" not in topics


def test_a_body_gathering_after_its_defined_acronym_is_multilateral() -> None:
    assert "multilateral_cooperation" in topic_labels(
        "The two ministers discussed coordination ahead of the Example Ocean Rim Cooperation "
        "Forum (EORCF) summit, which their countries attend next spring."
    )


def test_movement_of_persons_is_migration() -> None:
    assert "migration_consular" in topic_labels(
        "The two ministers discussed the free movement of persons across their common border."
    )


def test_export_crops_and_farm_gate_prices_are_agriculture() -> None:
    assert "agriculture_food" in topic_labels(
        "The presidents discussed the farm-gate price of cocoa for the coming season."
    )


def test_a_minority_discussed_more_than_once_is_human_rights() -> None:
    topics = topic_labels(
        "The two ministers discussed the position of the Hungarian minority in the north. "
        "On the minority, the minister welcomed new funds for schools in its language."
    )
    assert "human_rights_law" in topics


def test_a_minority_stake_is_no_topic() -> None:
    topics = topic_labels(
        "The two ministers discussed the minority stake of the state fund in the port and a "
        "minority government in the region."
    )
    assert "human_rights_law" not in topics


def test_maritime_patrols_are_defence_not_transport() -> None:
    topics = topic_labels(
        "The defence minister discussed expanding joint maritime patrols with his counterpart."
    )
    assert "defense_military" in topics
    assert "transport_connectivity" not in topics


def test_fishermen_alone_are_no_agriculture() -> None:
    assert "agriculture_food" not in topic_labels(
        "The ministers discussed the dredging of the river, a concern raised by local "
        "fishermen and by environmental groups."
    )
