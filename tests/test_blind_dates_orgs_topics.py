"""Rules added after the first blind batch: publication lines, copyright years, agreements
named with an acronym. Every sentence here is written for these tests."""

from __future__ import annotations

from diplotext import parse_article
from diplotext.grammar.date_grammar import DateGrammar
from diplotext.recognize.places import PlaceStage
from diplotext.text.segment import _line_role, segment
from readings import topic_labels

STAGE = PlaceStage({})
GRAMMAR = DateGrammar()


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.acronym or "") for o in STAGE(segment(text)).organizations]


# --- publication lines ------------------------------------------------------------------


def test_offset_with_hours_and_minutes_run_together() -> None:
    m = GRAMMAR.clock.search("08:45 GMT+800")
    assert m is not None
    assert (m.group("oh"), m.group("om")) == ("8", "00")


def test_offset_with_a_digit_left_over_is_no_offset() -> None:
    m = GRAMMAR.clock.search("08:45 GMT+12345")
    assert m is not None and m.group("oh") is None


def test_clock_does_not_take_the_blank_after_it() -> None:
    m = GRAMMAR.clock.search("08:45 GMT+3 Updated")
    assert m is not None and m.group() == "08:45 GMT+3"


def test_update_age_keeps_a_date_line() -> None:
    assert _line_role("July 2, 2024 9:15 AM GMT+1 Updated 2 hours ago") == "dateline"
    assert _line_role("Updated 40 minutes ago") == "dateline"
    assert _line_role("The envoy left 3 hours ago.") is None


def test_date_opening_a_labelled_header_line_is_the_publication() -> None:
    text = (
        "Ministry of Foreign Affairs\n\nMinister hosts envoy of Chile\n\n"
        "02.10.2024 - Statement\n\nThe minister hosted the envoy of Chile for talks on trade."
    )
    art = parse_article(text)
    assert art.published is not None and art.published.value == "2024-10-02"


def test_a_sentence_in_a_headline_line_gives_no_publication() -> None:
    text = "2 October 2024 - ministers of Chile and Peru met in Lima and talked\n\nThey met."
    art = parse_article(text)
    assert art.published is None


def test_sign_off_date_closes_a_release() -> None:
    text = (
        "Chile and Peru deepen ties\n\n"
        "The foreign ministers of Chile and Peru met in Lima on Monday and agreed to expand "
        "trade and to open a new border crossing before the end of the year.\n\n"
        "Press Office\nLima\n4 March 2024\n\nShare: Facebook | X"
    )
    art = parse_article(text)
    assert art.published is not None and art.published.value == "2024-03-04"
    assert [d.value for d in art.dates if d.text == "Monday"] == ["2024-03-04"]


# --- copyright years --------------------------------------------------------------------


def test_copyright_year_after_a_name_is_a_date() -> None:
    art = parse_article("The envoys met in Quito.\n\nCopyright © Andes Daily Media 2022")
    assert [d.value for d in art.dates] == ["2022"]


def test_year_after_a_name_outside_a_notice_is_still_no_date() -> None:
    art = parse_article("The envoys met in Quito.\n\nThe Orion 1980 venture failed.")
    assert art.dates == ()


# --- agreements named with an acronym ---------------------------------------------------


def test_agreement_with_acronym_is_no_body_but_its_party_is() -> None:
    text = (
        "The two ministers expect the Chile-European Union Advanced Framework Agreement "
        "(CEU-AFA) to enter into force next year."
    )
    assert _orgs(text) == [("European Union", "EU")]


def test_body_opening_a_convention_name_is_part_of_the_name() -> None:
    text = (
        "They called for disputes to be settled under the United Nations Convention on the "
        "Rights of Seafarers (UNCROS)."
    )
    assert _orgs(text) == []


def test_treaty_organization_with_acronym_is_still_a_body() -> None:
    text = "The ministers praised the Arctic Fisheries Treaty Organization (AFTO) for its work."
    assert _orgs(text) == [("Arctic Fisheries Treaty Organization", "AFTO")]


# --- groupings named by a number --------------------------------------------------------


def test_regional_words_and_a_number_name_a_grouping() -> None:
    text = "The minister spoke with his counterparts of the Caspian-Gulf Six on Monday."
    assert _orgs(text) == [("Caspian-Gulf Six", "")]


def test_a_place_and_a_number_name_a_grouping_and_the_place_is_no_mention() -> None:
    res = STAGE(segment("Leaders of the Riga Seven met in Tallinn."))
    assert [o.name for o in res.organizations] == ["Riga Seven"]
    assert all(res_text != "Riga" for res_text in (h.name for h in res.place_hits))


def test_a_number_after_other_words_names_no_grouping() -> None:
    assert _orgs("The Apollo Eleven crew and the Chapter Nine rules were cited.") == []
    assert _orgs("The envoys said three rounds had been held.") == []


# --- topics -----------------------------------------------------------------------------


def test_energy_connectivity_is_energy_not_transport() -> None:
    got = topic_labels("The foreign ministers of Chile and Peru discussed energy connectivity.")
    assert "energy" in got and "transport_connectivity" not in got


def test_digital_connectivity_is_technology() -> None:
    got = topic_labels("The foreign ministers of Chile and Peru discussed digital connectivity.")
    assert "technology_digital" in got and "transport_connectivity" not in got


def test_exports_under_sanctions_are_no_trade_topic() -> None:
    got = topic_labels(
        "The foreign ministers of Chile and Peru held talks and discussed new sanctions on "
        "Ruritanian coal exports."
    )
    assert "trade_economy" not in got


def test_exports_discussed_are_trade() -> None:
    got = topic_labels("The foreign ministers of Chile and Peru held talks and discussed exports.")
    assert "trade_economy" in got


def test_gathering_as_a_venue_is_no_multilateral_topic() -> None:
    text = (
        "The foreign ministers of Chile and Peru agreed to meet on the sidelines of the summit "
        "of the Organization of American States."
    )
    assert "multilateral_cooperation" not in topic_labels(text)


def test_gathering_itself_is_a_multilateral_topic() -> None:
    text = (
        "The foreign ministers of Chile and Peru discussed the summit of the Organization of "
        "American States."
    )
    assert "multilateral_cooperation" in topic_labels(text)


def test_chairing_a_body_is_multilateral_cooperation() -> None:
    text = (
        "The foreign minister of Chile briefed his Peruvian counterpart on the priorities of "
        "Chile as OAS Chair."
    )
    assert "multilateral_cooperation" in topic_labels(text)


def test_areas_of_cooperation_report_a_discussion() -> None:
    text = (
        "The foreign ministers of Chile and Peru met in Lima. Further areas of cooperation are "
        "to include green hydrogen."
    )
    assert "energy" in topic_labels(text)


def test_new_cue_phrases() -> None:
    text = (
        "The foreign ministers of Chile and Peru met in Lima. They discussed the peace dialogue "
        "in the border region, the return of deported children, help in restoring damaged "
        "schools, the safety of nationals of both countries and a new rail service."
    )
    got = topic_labels(text)
    for label in (
        "peace_process",
        "humanitarian",
        "reconstruction",
        "migration_consular",
        "transport_connectivity",
    ):
        assert label in got, label


def test_words_inside_an_agreement_name_are_no_cues() -> None:
    text = (
        "The foreign ministers of Chile and Peru agreed to convene the Andean Transport "
        "Connectivity Framework Agreement council."
    )
    assert "transport_connectivity" not in topic_labels(text)
