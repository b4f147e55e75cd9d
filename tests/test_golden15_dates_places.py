"""Dates, places and organizations (golden15/golden16 round).

Every article here is invented for the test.
"""

from __future__ import annotations

from diplotext import Parser, parse_article
from readings import dates_by_text, events_of, published_value

_STAMP = "The Lakeside Courier\nApril 16, 2027\n\n"


def _orgs(text: str) -> dict[str, tuple[str, ...]]:
    return {o.name: o.aliases for o in parse_article(text).organizations}


def test_a_date_opening_a_scheduled_plan_lies_ahead() -> None:
    # "On Friday, X is scheduled to ...": the cue with its auxiliary looks ahead (the
    # publication day is a Friday, so the coming one is a week on)
    text = (
        _STAMP + "The envoys met in the capital on Tuesday. On Friday, the visiting minister "
        "is scheduled to address the regional assembly."
    )
    dates = dates_by_text(text)
    assert dates["Tuesday"] == "2027-04-13"
    assert dates["Friday"] == "2027-04-16"
    text = text.replace("On Friday", "On Monday")
    assert dates_by_text(text)["Monday"] == "2027-04-19"


def test_a_bare_planned_opening_a_sentence_still_reports_the_past() -> None:
    text = _STAMP + "On Monday, the council planned to publish its budget review."
    assert dates_by_text(text)["Monday"] == "2027-04-12"


def test_a_past_same_day_skips_a_plan_stated_in_between() -> None:
    text = (
        _STAMP + "On 14 April, the minister met her Andorran counterpart in Geneva. He said he "
        "would attend the ministerial forum in Porto on 10-11 June.\n\n"
        "On the same day, the minister held talks with the envoy of the Gulf states."
    )
    assert dates_by_text(text)["the same day"] == "2027-04-14"


def test_a_same_day_after_a_plan_in_a_plan_keeps_the_planned_day() -> None:
    text = (
        _STAMP + "The minister will attend the ministerial forum in Porto on 10 June. On the "
        "same day, she will open the new consulate."
    )
    assert dates_by_text(text)["the same day"] == "2027-06-10"


def test_until_the_end_of_a_month_in_a_past_report_is_the_coming_month() -> None:
    # "which runs until the end of July": the span still runs, the July nearest the anchor
    text = (
        "The Lakeside Courier\nFebruary 12, 2027\n\nThe ministers discussed the rotating "
        "presidency of the council, which runs until the end of July, and trade."
    )
    assert dates_by_text(text)["the end of July"] == "2027-07"


def test_from_a_day_in_a_past_report_is_the_day_nearest_the_anchor() -> None:
    text = (
        "The Lakeside Courier\nMarch 10, 2027\n\nThe ministers backed reopening "
        "the ferry link between the two ports from June 1."
    )
    assert dates_by_text(text)["June 1"] == "2027-06-01"


def test_a_credit_block_between_standfirst_and_date_line() -> None:
    # a byline without "By" ("Jane Roe, Agency") and a place line above the date line
    text = (
        "Home > News > Region\n\nNeighbours Agree to Reopen Rail Link After Long Freeze\n\n"
        "The first meeting of the two transport ministers in two years produced a timetable "
        "for the reopening of the old line, but no deal on the customs posts.\n\n"
        "Mara Velic, RNA\nPortown\nMay 4, 2027\n\n"
        "The transport ministers of the two neighbours met on Monday in the border town, "
        "agreeing on a timetable for the reopening of the railway line closed on 3 March 2019."
        + "\n\nThe ministers also spoke about the customs posts and the fishing rights."
        * 5
    )
    assert published_value(text) == "2027-05-04"


def test_an_ocean_named_after_a_state_does_not_make_a_body_national() -> None:
    text = (
        _STAMP + "The ministers said the islands must speak with one voice in the Indian Ocean "
        "Commission (IOC). The next IOC Council of Ministers will meet in June."
    )
    orgs = _orgs(text)
    assert orgs["Indian Ocean Commission"] == ("IOC",)
    assert "IOC Council of Ministers" in orgs


def test_a_border_committee_of_two_neighbours_is_no_international_body() -> None:
    text = (
        _STAMP + "The two ministers agreed that the Provincial Border Committee (PBC) would meet "
        "next month, and welcomed the Caspian Border Commission (CBC) talks."
    )
    orgs = _orgs(text)
    assert "Provincial Border Committee" not in orgs
    assert "Caspian Border Commission" in orgs


def test_a_seat_of_government_stands_for_its_city(parser: Parser) -> None:
    text = (
        _STAMP + "At Moncloa Palace, Spanish Prime Minister Elena Ruiz met with visiting "
        "Chilean President Tomas Vidal on Thursday."
    )
    events = events_of(parser, text)
    assert [e.location for e in events] == ["Madrid"]


def test_a_town_seat_of_a_president_is_the_location(parser: Parser) -> None:
    text = (
        "BEIRUT, April 16, 2027 - At Baabda Palace, Lebanese President Karim Nassar met with "
        "visiting Cypriot Foreign Minister Eleni Petrou on Thursday."
    )
    events = events_of(parser, text)
    assert [e.location for e in events] == ["Baabda"]
