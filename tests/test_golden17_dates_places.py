"""Dates, places and countries (golden17 round).

Every article here is invented for the test.
"""

from __future__ import annotations

from diplotext import Parser, parse_article
from readings import dates_by_text, events_of, published_value


def _countries(text: str) -> list[str]:
    return [c.alpha2 for c in parse_article(text).countries]


def test_a_stamp_with_month_day_and_year_joined_by_hyphens() -> None:
    # "Mar - 9 - 2027 , 16:20" under the byline: the page's stamp, its time kept
    text = (
        "Home | World\n\nRiver states sign water-sharing accord\n\nAma Mensah\n"
        "Mar - 9 - 2027 , 16:20\n\nThe two foreign ministers met in the capital last Monday "
        "and agreed to share the river's water."
    )
    assert published_value(text) == "2027-03-09T16:20"
    dates = dates_by_text(text)
    assert dates["Mar - 9 - 2027"] == "2027-03-09"
    assert dates["last Monday"] == "2027-03-08"
    assert dates_by_text("The accord was initialled on Oct-21-2026 in Rome.") == {
        "Oct-21-2026": "2026-10-21"
    }


def test_a_date_labelled_date_inside_a_header_line_is_the_publication() -> None:
    text = (
        "Ministry of Foreign Affairs\nNews item | Date: 17/11/2027 | Ref: 44/27\n\n"
        "Two ministers review their fisheries accord\n\nThe minister received his "
        "counterpart on Tuesday and discussed fisheries."
    )
    assert published_value(text) == "2027-11-17"
    assert dates_by_text(text)["Tuesday"] == "2027-11-16"
    # "to date" in the story's opening paragraph labels nothing
    text = (
        "The Daily Ledger\n\nTrade talks resume\n\nThe two states, which have signed nine "
        "accords to date, met on 3 May 2027 in Rome, and their officials go on talking "
        "this week about tariffs and quotas."
    )
    assert published_value(text) is None


def test_a_time_zone_written_before_the_clock() -> None:
    text = (
        "Island Daily | News\n\nMinisters open a new consulate\n\nAli Hassan\n"
        "4 June 2027, MVT 09:25\n\nThe foreign minister opened the consulate on Thursday."
    )
    assert published_value(text) == "2027-06-04T09:25+05:00"
    text = text.replace("MVT 09:25", "CET 9:25 pm")
    assert published_value(text) == "2027-06-04T21:25+01:00"


def test_a_year_after_later_than_is_a_date_but_a_count_after_more_than_is_not() -> None:
    text = (
        "The Harbour Gazette\nMay 3, 2027\n\nThe referendum will be held no later than 2029, "
        "the minister said. More than 2030 delegates attended the congress, which was "
        "planned earlier than 2020."
    )
    dates = dates_by_text(text)
    assert dates["2029"] == "2029"
    assert dates["2020"] == "2020"
    assert "2030" not in dates
    # the quarter is left out, and its year with it
    text = "The Harbour Gazette\nMay 3, 2027\n\nExports grew in the second quarter of 2026."
    assert "2026" not in dates_by_text(text)


def test_ibero_american_names_no_state() -> None:
    text = (
        "The Spanish minister and her Chilean counterpart prepared the Ibero-American "
        "Summit and an Iberoamerican fund for culture."
    )
    assert _countries(text) == ["ES", "CL"]


def test_victoria_is_the_capital_of_the_seychelles_but_not_the_lake(parser: Parser) -> None:
    text = (
        "The Island Herald\nMay 3, 2027\n\nSeychelles Foreign Minister Marc Payet received "
        "Kenyan Foreign Minister Ruth Njeri in Victoria on Monday for talks on maritime "
        "security."
    )
    events = events_of(parser, text)
    assert [e.location for e in events] == ["Victoria"]
    text = (
        "The Lake Times\nMay 3, 2027\n\nThe Ugandan and Kenyan ministers agreed on joint "
        "patrols on Lake Victoria, near Victoria Falls, and praised Queen Victoria's "
        "old treaties."
    )
    assert parse_article(text).to_dict()["events"] == []
    assert not [p for p in _place_names(text) if p == "Victoria"]


def _place_names(text: str) -> list[str]:
    from diplotext.recognize.places import PlaceStage
    from diplotext.text.segment import segment

    return [p.name for p in PlaceStage({})(segment(text)).place_hits]
