"""Dates, places and organizations (golden14 round).

Every article here is invented for the test.
"""

from __future__ import annotations

from diplotext import Parser, parse_article
from readings import dates_by_text, events_of, one_event, published_value

_STAMP = "The Harbour Post\nOctober 20, 2027\n\n"


def test_numeric_stamp_with_a_24_hour_clock_reads_day_first() -> None:
    # "Posted on: 07/03/2027 - 17:40" under the lead: a clock past noon without am/pm is
    # not the month-first world's way, so the stamp is 7 March
    text = (
        "WORLD DESK\nEurope\n\nMinisters reopen the border talks after a long pause\n\n"
        "The foreign ministers of the two neighbours met in the border town on Sunday, "
        "opening a new round of talks on river crossings, customs posts and fishing rights "
        "after a pause of nearly a year.\n\n"
        "Issued on: 07/03/2027 - 17:40\nModified: 07/03/2027 - 21:05\n\n"
        "The talks, first agreed in a call on February 20, will resume in May."
    )
    assert published_value(text) == "2027-03-07T17:40"
    dates = dates_by_text(text)
    assert dates["Sunday"] == "2027-03-07"
    assert dates["February 20"] == "2027-02-20"
    assert dates["May"] == "2027-05"


def test_twelve_hour_clock_leaves_the_order_open() -> None:
    # "07/03/2027 - 5:40 PM": a 12-hour clock says nothing about the order
    text = "The Bay Daily\n07/03/2027 - 5:40 PM\n\nThe minister met the envoy."
    assert published_value(text) is None


def test_a_day_earlier_counts_back_from_the_day_just_named() -> None:
    text = (
        _STAMP + "The two ministers met in the capital on Monday. A day earlier, the "
        "minister spoke by phone with his Moldovan counterpart. Two days earlier, he had "
        "been in Rome."
    )
    dates = dates_by_text(text)
    assert dates["Monday"] == "2027-10-18"
    assert dates["A day earlier"] == "2027-10-17"
    assert dates["Two days earlier"] == "2027-10-15"


def test_a_year_earlier_still_counts_from_the_report() -> None:
    # a year is a comparison with the report's own time ("from a year earlier")
    text = _STAMP + "Trade rose on Monday to its highest level since a year earlier."
    assert dates_by_text(text)["a year earlier"] == "2026"


def test_prepares_to_looks_ahead() -> None:
    text = (
        _STAMP + "The talks came as Norway prepares to hand over the chair of the council "
        "to Iceland in January."
    )
    assert dates_by_text(text)["January"] == "2028-01"
    text = _STAMP + "The parties are preparing to sign the accord in March."
    assert dates_by_text(text)["March"] == "2028-03"


def test_a_ministry_department_for_america_names_no_state() -> None:
    # Latin American ministries' "Director General for America": the Americas
    text = (
        "The Uruguayan delegation included the Director General for America, Ambassador "
        "Rosa Pintos, and the Directorate for America's legal adviser."
    )
    assert {c.alpha2 for c in parse_article(text).countries} == {"UY"}
    text = "America and Uruguay signed a trade accord."
    assert {c.alpha2 for c in parse_article(text).countries} == {"US", "UY"}


def test_baltic_cooperation_bodies() -> None:
    text = (
        "Latvia takes over the chair of the Baltic Council of Ministers next year, and the "
        "Baltic Assembly will meet in Tallinn."
    )
    names = {o.name for o in parse_article(text).organizations}
    assert {"Baltic Council of Ministers", "Baltic Assembly"} <= names


def test_second_cities_are_event_locations(parser: Parser) -> None:
    text = (
        _STAMP + "Foreign Secretary Ana Cruz met Hungarian Foreign Minister Peter Kovacs in "
        "Pasay City on Monday."
    )
    event = one_event(events_of(parser, text), "Ana Cruz", "Peter Kovacs")
    assert event.location == "Pasay City"
    text = (
        _STAMP + "Foreign Minister Peter Kovacs met his Serbian counterpart Marko Ilic in "
        "Szeged on Monday."
    )
    event = one_event(events_of(parser, text), "Peter Kovacs", "Marko Ilic")
    assert event.location == "Szeged"


def test_a_participle_after_an_article_is_no_past_verb() -> None:
    # "on a still unspecified date in January", "at the expanded summit in May": adjectives,
    # the future cue before them still holds
    text = _STAMP + "The bonds would be paid on a still unspecified date in January."
    assert dates_by_text(text)["January"] == "2028-01"
    text = _STAMP + "The leaders will meet at the expanded summit in March."
    assert dates_by_text(text)["March"] == "2028-03"
    # a relative clause's verb still dates its own month back
    text = _STAMP + "The envoys will review the talks that ended in March."
    assert dates_by_text(text)["March"] == "2027-03"
