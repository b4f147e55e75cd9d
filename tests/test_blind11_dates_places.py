"""Dates, countries, organizations and dateline places found on the blind batch of round 11
(invented sentences)."""

from __future__ import annotations

from diplotext import Parser
from diplotext.recognize.places import PlaceStage
from diplotext.text.segment import segment
from readings import dates_by_text, published_value

_STORY = (
    "The two foreign ministers agreed to reopen the consulates closed last year and to "
    "meet again before the end of the summer to review the border crossings, the ministry said."
)

# -- publication ---------------------------------------------------------------------------


def test_byline_then_a_year_first_dotted_date() -> None:
    text = f"World\n\nMinisters reopen consulates\n\nBy Example Daily  2027.04.09.\n\n{_STORY}"
    assert published_value(text) == "2027-04-09"


def test_written_by_staff_on_a_date_in_sections() -> None:
    text = (
        "Ministers reopen consulates after a year\n\n"
        "Written by The Example Herald staff on March 3, 2027 in World, Politics, Europe\n\n"
        f"{_STORY}"
    )
    assert published_value(text) == "2027-03-03"


def test_prose_opening_with_by_a_day_is_no_byline() -> None:
    text = (
        "Ministers reopen consulates\n\n"
        "By Friday, the envoys said on May 4, 2027, both sides will name consuls.\n\n"
        f"{_STORY}"
    )
    assert published_value(text) is None


def test_date_line_under_a_byline_block_below_a_photo_caption() -> None:
    text = (
        "WORLD / POLITICS\n\n"
        "Ministers reopen consulates after a year\n\n"
        "The two ministers also agreed to meet again in the summer, when a new crossing on "
        "the river is due to open to lorries and buses.\n\n"
        "The foreign ministers shake hands before their talks at the guest house in the "
        "capital on Tuesday. | POOL PHOTO\n\n"
        "By Jane Roe\n\nSenior Staff Writer\n\nand John Doe\n\nStaff Writer\n\n"
        "Apr 7, 2027\n\n"
        f"{_STORY}"
    )
    assert published_value(text) == "2027-04-07"


def test_byline_block_broken_by_a_paragraph_dates_nothing() -> None:
    text = (
        "Ministers reopen consulates after a year\n\n"
        "The two ministers also agreed to meet again in the summer, when a new crossing on "
        "the river is due to open to lorries and buses.\n\n"
        "The foreign ministers shake hands before their talks at the guest house in the "
        "capital on Tuesday.\n\n"
        "By Jane Roe\n\n"
        "The ministers spoke for two hours, and officials said the talks went well.\n\n"
        "Apr 7, 2027\n\n"
        f"{_STORY}"
    )
    assert published_value(text) is None


# -- dates ---------------------------------------------------------------------------------


def test_days_later_counts_from_the_story_day_past_a_look_back_month() -> None:
    text = (
        "Example Daily, 20 March 2027\n\n"
        "On Tuesday, the minister received his Slovene counterpart, recalling the accord the "
        "two signed in May 2019.\n\n"
        "Three days later, the prime minister spoke with the Austrian chancellor."
    )
    dates = dates_by_text(text)
    assert dates["Tuesday"] == "2027-03-16"
    assert dates["Three days later"] == "2027-03-19"


def test_days_later_in_mid_sentence_after_a_month_stays_unresolved() -> None:
    text = (
        "Example Daily, 20 March 2027\n\n"
        "On Tuesday, the minister recalled that the accord was signed in May 2019 and "
        "ratified three days later by parliament."
    )
    assert "three days later" not in dates_by_text(text)


def test_same_day_after_a_look_back_is_not_counted_from_the_story_day() -> None:
    text = (
        "Example Daily, 20 March 2027\n\n"
        "On Tuesday, the minister received the envoy. The two states parted ways in "
        "January.\n\n"
        "The same day, the minister met the trade commissioner."
    )
    assert "The same day" not in dates_by_text(text)


# -- countries and organizations -----------------------------------------------------------


def _countries(parser: Parser, text: str) -> set[str]:
    return {c.alpha2 for c in parser.parse(text).countries}


def test_contested_state_as_the_subject_of_remarks_is_no_country(parser: Parser) -> None:
    text = (
        "Beijing protested the premier's comments on Taiwan in the Diet, and the foreign "
        "ministry summoned the Japanese envoy."
    )
    assert _countries(parser, text) == {"JP"}
    text = "The two sides should respect each other's interests, including over Taiwan."
    assert "TW" not in _countries(parser, text)


def test_contested_state_as_an_actor_is_a_country(parser: Parser) -> None:
    for text in (
        "Guatemala reaffirmed its support for Taiwan's bid to join the health assembly.",
        "The minister spoke about Taiwan's trade office in the capital.",
        "Taiwan opened a new representative office on Monday.",
    ):
        assert "TW" in _countries(parser, text), text


def test_river_cooperation_mechanisms_are_organizations(parser: Parser) -> None:
    art = parser.parse(
        "The ministers agreed to work together within the Lancang-Mekong Cooperation and the "
        "Mekong-Ganga Cooperation framework."
    )
    names = {o.name for o in art.organizations}
    assert "Lancang-Mekong Cooperation" in names
    assert "Mekong-Ganga Cooperation" in names


# -- dateline places -----------------------------------------------------------------------


def _place_names(text: str) -> list[str]:
    doc = segment(text)
    return [p.name for p in PlaceStage({})(doc).place_hits]


def test_state_named_in_capitals_heading_a_dateline_is_its_namesake_capital() -> None:
    text = (
        "Ministers agree to revive committee\n\n"
        "PANAMA: The foreign minister received his visiting counterpart on Monday."
    )
    assert _place_names(text)[:1] == ["Panama City"]
    text = (
        "Ministers agree to revive committee\n\n"
        "KUWAIT, May 3 (Agency) -- The foreign minister received the envoy on Monday."
    )
    assert _place_names(text)[:1] == ["Kuwait City"]


def test_state_named_elsewhere_or_in_a_masthead_is_no_city() -> None:
    text = (
        "KUWAIT TIMES\n\n"
        "Ministers agree to revive committee\n\n"
        "The foreign minister of Kuwait received his counterpart from Panama on Monday."
    )
    assert "Kuwait City" not in _place_names(text)
    assert "Panama City" not in _place_names(text)
