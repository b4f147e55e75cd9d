"""Topic cues and rules added after the golden13 blind batch (invented sentences)."""

from __future__ import annotations

from readings import topic_labels

_HEAD = "Ministers meet in the capital\n\n"
_MEETING = "The foreign minister received her Albanian counterpart in Tirana on Monday. "


def _labels(body: str) -> set[str]:
    return topic_labels(_HEAD + body)


# -- multilateral_cooperation: joining a body, reviving it, its summits -----------------------


def test_a_cue_holding_a_whole_organization_name_counts() -> None:
    # "EU accession" holds the name "EU" and more: a phrase about the body, not its name
    labels = _labels(
        "The foreign minister met her Albanian counterpart in Tirana on Monday. They "
        "discussed Albania's EU accession and new ferry links."
    )
    assert "multilateral_cooperation" in labels


def test_a_possessive_stops_a_name_read_backwards() -> None:
    # the official's title before "on" does not make "EU accession" part of a name
    labels = _labels(
        "Next week the minister travels to Skopje for talks with Deputy Prime Minister and "
        "Minister of Foreign Affairs Ana Petrova on North Macedonia's EU accession bid."
    )
    assert "multilateral_cooperation" in labels


def test_a_candidates_european_path_and_negotiating_clusters() -> None:
    assert "multilateral_cooperation" in _labels(
        _MEETING + "Today we talked about water, schools and our European path, she said."
    )
    assert "multilateral_cooperation" in _labels(
        _MEETING + "The two ministers called for the opening of the next negotiating "
        "cluster before the winter."
    )


def test_reviving_a_regional_body_frames_it_as_cooperation() -> None:
    labels = _labels(
        "The foreign ministers of Nepal and Bhutan spoke by phone on Sunday. They exchanged "
        "views on the revitalisation of the South Asian Association for Regional "
        "Cooperation (SAARC)."
    )
    assert "multilateral_cooperation" in labels


def test_a_regional_summit_named_by_its_region() -> None:
    labels = _labels(
        "The foreign minister received the visiting Secretary-General in Rabat on Tuesday "
        "to discuss preparations for the coming Arab summit."
    )
    assert "multilateral_cooperation" in labels


# -- names and background that report nothing discussed -------------------------------------


def test_a_facility_named_with_a_cue_word_is_a_name() -> None:
    labels = _labels(
        _MEETING + "The ministers discussed funding under the European Peace Facility "
        "for new radar equipment. Both sides want peace, she added."
    )
    assert "peace_process" not in labels


def test_a_breakaway_region_named_in_passing_needs_company() -> None:
    labels = _labels(
        _MEETING + "She thanked Rome for its help during the winter, when supplies to the "
        "breakaway region stopped for a week."
    )
    assert "territorial_integrity" not in labels


def test_securing_shipping_is_security_not_transport() -> None:
    labels = _labels(
        _MEETING + "They discussed a naval mission to secure commercial shipping in the Adriatic."
    )
    assert "security" in labels
    assert "transport_connectivity" not in labels


def test_a_donor_ranking_sentence_is_background() -> None:
    labels = _labels(
        _MEETING + "They discussed water projects. Norway is the country's second-largest "
        "source of development aid, with support for the northern peace process among "
        "its programmes."
    )
    assert "peace_process" not in labels


def test_one_education_scholarship_mention_is_one_cue() -> None:
    labels = _labels(
        _MEETING + "Norway is the country's largest donor, with education scholarships among "
        "its programmes."
    )
    assert "education_science" not in labels


# -- sea rights, pressure at sea, navies sailing together -----------------------------------


def test_a_states_exclusive_economic_zone_is_territorial() -> None:
    labels = _labels(
        _MEETING + '"We support the right of Albania to fish in its exclusive economic '
        'zone," the minister said.'
    )
    assert "territorial_integrity" in labels
    assert "trade_economy" not in labels


def test_delimiting_economic_zones_is_a_settled_boundary() -> None:
    labels = _labels(
        _MEETING + "The minister welcomed the treaty delimiting the two countries' "
        "exclusive economic zones in the Ionian Sea."
    )
    assert "peace_process" in labels
    assert "territorial_integrity" not in labels


def test_dangerous_maneuvers_at_sea_are_security() -> None:
    labels = _labels(
        _MEETING + "The minister said Rome would not ignore dangerous maneuvers against "
        "Albanian fishing boats."
    )
    assert "security" in labels


def test_a_maritime_cooperative_activity_is_military() -> None:
    labels = _labels(
        _MEETING + "The ministers agreed on a first maritime cooperative activity with "
        "Greece in the strait and on broader maritime cooperation."
    )
    assert "defense_military" in labels
    assert "transport_connectivity" not in labels


# -- farm goods, diseases, repairs, remains, arrests ----------------------------------------


def test_farm_commodities_are_agriculture() -> None:
    labels = _labels(
        _MEETING + "The minister said her country wants to sell more pork and maize to Italy."
    )
    assert "agriculture_food" in labels


def test_beefing_up_is_no_farm_good() -> None:
    labels = _labels(_MEETING + "The ministers agreed to beef up their joint border patrols.")
    assert "agriculture_food" not in labels


def test_a_named_disease_is_health() -> None:
    labels = _labels(_MEETING + "The two ministers also discussed a joint malaria project.")
    assert "health" in labels


def test_repairing_a_railway_is_no_reconstruction() -> None:
    labels = _labels(
        _MEETING + "They agreed to speed up the rehabilitation of the coastal railway line."
    )
    assert "reconstruction" not in labels
    assert "transport_connectivity" in labels


def test_bringing_home_the_remains_of_soldiers_is_humanitarian() -> None:
    labels = _labels(
        _MEETING + "The minister thanked her guest for the search and repatriation of the "
        "remains of soldiers who fell in the mountains."
    )
    assert "humanitarian" in labels
    assert "migration_consular" not in labels


def test_arrested_nationals_are_a_consular_case() -> None:
    labels = _labels(
        _MEETING + "The minister urged a humane approach to the arrested fishermen and the "
        "early release of their boats."
    )
    assert "migration_consular" in labels
