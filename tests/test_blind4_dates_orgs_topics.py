"""Rules added after the fourth blind batch: "Month D/YYYY" datelines, a dated header line
"date - place - source", year-less datelines that take no year from a day naming a thing
("the 4 June 1967 borders") or from a day reported as past after the candidate, "next
month" of a year-less dateline, future cues after a date opening its sentence and in
present-tense scheduled verbs, and numbers glued to "**" that are no year. Every sentence
here is written for these tests."""

from __future__ import annotations

from diplotext import parse_article


def _dates(text: str) -> dict[str, str]:
    return {d.text: d.value for d in parse_article(text).dates}


def _published(text: str) -> str | None:
    art = parse_article(text)
    return None if art.published is None else art.published.value


# --- publication date ---------------------------------------------------------------------


def test_dateline_with_day_and_year_joined_by_a_slash() -> None:
    text = (
        "Ghana, Togo sign road deal\n\n"
        "Accra, March 9/2027 (GNA) Foreign Minister Kwame Asante held talks today with his "
        "Togolese counterpart on ways of completing the coastal highway."
    )
    assert _published(text) == "2027-03-09"
    assert _dates(text)["today"] == "2027-03-09"


def test_dated_header_line_with_place_and_source() -> None:
    text = (
        "News release\n\nMinister concludes visit to Peru\n\nFrom: Ministry of Foreign Affairs\n\n"
        "June 12, 2027 - Lima, Peru - Ministry of Foreign Affairs\n\n"
        "The Minister of Foreign Affairs today concluded a visit to Lima, where she met the "
        "Peruvian foreign minister to discuss trade, mining and climate cooperation."
    )
    assert _published(text) == "2027-06-12"


def test_year_less_dateline_takes_no_year_from_a_day_naming_a_thing() -> None:
    text = (
        "Cairo, Apr. 3 (AGENCY) -- The two ministers called for a state on the 4 June 1967 "
        "borders and agreed to meet again in Rome on May 20."
    )
    assert _published(text) == "XXXX-04-03"
    assert _dates(text)["May 20"] == "XXXX-05-20"


def test_year_less_dateline_is_not_earlier_than_a_day_reported_as_past() -> None:
    text = (
        "Tbilisi, January 20, AGENCY\n\n"
        "The deputy minister briefed his counterpart on the forum held in Vienna on "
        "October 2, 2030, which adopted a joint statement. The minister will visit Georgia "
        "next month."
    )
    assert _published(text) == "XXXX-01-20"
    dates = _dates(text)
    assert dates["October 2, 2030"] == "2030-10-02"
    assert dates["next month"] == "XXXX-02"


# --- tense ---------------------------------------------------------------------------------


def test_weekday_opening_a_sentence_takes_the_future_of_its_clause() -> None:
    text = (
        "Bern, 3 May 2027 - The Swiss foreign minister met her Austrian counterpart on "
        "Monday. On Thursday, the foreign minister of Switzerland will host talks in Geneva."
    )
    dates = _dates(text)
    assert dates["Monday"] == "2027-05-03"
    assert dates["Thursday"] == "2027-05-06"


def test_present_tense_travel_verbs_put_a_weekday_ahead() -> None:
    text = (
        "Oslo, 4 May 2027 - The minister arrived in Reykjavik on Monday. On Wednesday, she "
        "travels to Nuuk, and she returns to Oslo on Friday."
    )
    dates = _dates(text)
    assert dates["Wednesday"] == "2027-05-05"
    assert dates["Friday"] == "2027-05-07"


def test_a_term_that_ends_on_a_day_lies_ahead() -> None:
    text = (
        "Rabat, 14 October 2027 - The ministers agreed to coordinate at the council, where "
        "Morocco's term as a member ends on December 31."
    )
    assert _dates(text)["December 31"] == "2027-12-31"


def test_month_of_an_event_being_prepared_lies_ahead() -> None:
    text = (
        "Suva, 3 February 2027 - The two leaders agreed on the agenda, the budget and "
        "preparations for the regional summit in Apia in October."
    )
    assert _dates(text)["October"] == "2027-10"


# --- no date ---------------------------------------------------------------------------------


def test_number_glued_to_asterisks_is_no_year() -> None:
    text = "Baku, 2 March 2027 - The ministers met in Baku.\n\n5521**2031"
    assert "2031" not in set(_dates(text).values())
