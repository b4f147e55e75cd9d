"""Rules added after the first blind batch: publication lines, copyright years, agreements
named with an acronym. Every sentence here is written for these tests."""

from __future__ import annotations

from diplotext import parse_article
from diplotext.grammar.date_grammar import DateGrammar
from diplotext.recognize.places import PlaceStage
from diplotext.text.segment import _line_role, segment

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
