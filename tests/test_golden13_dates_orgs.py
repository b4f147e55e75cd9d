"""Publication stamps of Central European and print-edition pages (golden13 round).

Every article here is invented for the test.
"""

from __future__ import annotations

from readings import dates_by_text, published_value

_BODY = (
    "The foreign minister met his Austrian counterpart in Vienna on Tuesday to discuss "
    "energy links, river transport and the region's road and rail connections, "
    "officials said after the talks.\n\n"
    "The two sides will meet again in December, the ministry added."
)


def test_day_dot_month_year_stamp_with_at_time() -> None:
    # "9. Mar 2027 at 08:40 | Author": the day written with a dot, German style
    text = "The Danube Herald\nWORLD\n9. Mar 2027 at 08:40 | Jana Novakova\n\n" + _BODY
    assert published_value(text) == "2027-03-09T08:40"
    dates = dates_by_text(text)
    assert dates["9. Mar 2027"] == "2027-03-09"
    assert dates["Tuesday"] == "2027-03-09"
    assert dates["December"] == "2027-12"


def test_dotted_day_needs_a_year() -> None:
    # a number closing a sentence before a month name is no day
    text = "The report ran to chapter 12. March was quieter, the envoy said in 2026."
    assert "12. March" not in dates_by_text(text)


def test_spaced_dotted_numeric_stamp() -> None:
    # "14. 02. 2027. | 10:05 | Agency": D. M. YYYY. with blanks, as Balkan and Slovak
    # outlets write it; dotted dates read day first
    text = "Ministers agree on rail link\n\n14. 02. 2027. | 10:05 | Beta\n\n" + _BODY
    assert published_value(text) == "2027-02-14T10:05"
    dates = dates_by_text(text)
    assert dates["14. 02. 2027"] == "2027-02-14"
    assert dates["Tuesday"] == "2027-02-09"


def test_spaced_dotted_date_in_prose() -> None:
    text = "The agreement signed on 5. 6. 2026 in Bratislava enters into force next year."
    assert dates_by_text(text)["5. 6. 2026"] == "2026-06-05"


def test_date_line_with_print_page() -> None:
    # "Thu, Apr 8, 2027 page2": the date of a print edition and its page
    text = "The Island Times\nHome > World\nThu, Apr 8, 2027 page2\n\n" + _BODY
    assert published_value(text) == "2027-04-08"
    text = "The Island Times\n8 April 2027, Page 5\n\n" + _BODY
    assert published_value(text) == "2027-04-08"


_STAMP = "The Harbour Post\nMay 14, 2027\n\n"


def test_participle_visit_in_a_past_clause_lies_behind() -> None:
    # "was ... for a visit starting Monday": the visit is under way, Monday is past
    text = (
        _STAMP + "The Chilean trade minister, who leads a large delegation, was in the "
        "capital for a three-day visit starting Monday. He left for Lima on Friday."
    )
    assert dates_by_text(text)["Monday"] == "2027-05-10"
    text = _STAMP + "The Chilean trade minister will be in the capital for a visit starting Monday."
    assert dates_by_text(text)["Monday"] == "2027-05-17"


def test_possessive_month_after_a_future_cue_lies_ahead() -> None:
    # "ahead of October's vote" in a May report: this October, not last year's
    text = (
        _STAMP + "The envoy pledged support ahead of October's general elections, officials said."
    )
    assert dates_by_text(text)["October"] == "2027-10"
    # without a future cue a possessive weekday names a past event
    text = _STAMP + "The court upheld Tuesday's ruling against the mining company."
    assert dates_by_text(text)["Tuesday"] == "2027-05-11"


def test_clock_after_a_local_preposition_on_the_stamp_line() -> None:
    # "u 09:40" (Serbian, Croatian), "o 09:40" (Slovak, Czech): the stamp's clock
    text = "Ministers agree on rail link\n\n21.01.2027. u 09:40\n\n" + _BODY
    assert published_value(text) == "2027-01-21T09:40"
    text = "Ministers agree on rail link\n\n21. 01. 2027 o 09:40\n\n" + _BODY
    assert published_value(text) == "2027-01-21T09:40"


def test_hungarian_year_first_spaced_stamp() -> None:
    text = "Ministers agree on rail link\n\n2027. 01. 21. 09:40\n\n" + _BODY
    assert published_value(text) == "2027-01-21T09:40"
    assert dates_by_text(text)["2027. 01. 21."] == "2027-01-21"
    # a year closing a sentence before a number is no such date
    text = "The line opened in 2019. 14 trains ran on it. 3 more came."
    assert dates_by_text(text) == {"2019": "2019"}
