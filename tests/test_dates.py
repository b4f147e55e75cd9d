"""Date stage: table-driven expression cases, publication detection, properties."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotext.recognize.dates import DateStage
from diplotext.resources.loader import parse_table
from diplotext.text.segment import segment

CASES = Path(__file__).parent / "cases"
STAGE = DateStage({})

VALUE = regex.compile(
    r"(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?"
    r"(?:/(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?)?"
)
PUBLISHED_VALUE = regex.compile(r"(?:\d{4}|XXXX)-\d{2}-\d{2}(?:T\d{2}:\d{2}(?:[+-]\d{2}:\d{2})?)?")


def _table(name: str) -> list[dict[str, str]]:
    path = CASES / name
    table = parse_table(name, path.read_text(encoding="utf-8").splitlines())
    return [dict(row) for row in table.rows]


def _anchor(text: str) -> dt.date | None:
    return None if text == "-" else dt.date.fromisoformat(text)


EXPRESSIONS = _table("dates.tsv")


def test_table_is_large_enough() -> None:
    assert len(EXPRESSIONS) >= 200


@pytest.mark.parametrize(
    "row", EXPRESSIONS, ids=[f"{r['expression']}@{r['anchor']}" for r in EXPRESSIONS]
)
def test_expression(row: dict[str, str]) -> None:
    sentence, expression, expected = row["sentence"], row["expression"], row["value"]
    assert sentence.count(expression) == 1, "the expression must occur once in the sentence"
    start = sentence.index(expression)
    end = start + len(expression)
    result = STAGE(segment(sentence), _anchor(row["anchor"]))
    overlapping = [d for d in result.dates if d.start < end and start < d.end]
    if expected == "NONE":
        assert overlapping == [], f"{expression!r} is not a date"
        return
    exact = [d for d in overlapping if (d.start, d.end) == (start, end)]
    assert exact, f"no date spans {expression!r}; found {[(d.text, d.value) for d in result.dates]}"
    assert exact[0].value == expected


# -- publication detection -------------------------------------------------------------

PUBLICATIONS = _table("dates_publication.tsv")


@pytest.mark.parametrize("row", PUBLICATIONS, ids=[r["case"] for r in PUBLICATIONS])
def test_publication(row: dict[str, str]) -> None:
    text = row["text"].replace("\\n", "\n")
    result = STAGE(segment(text), None)
    if row["published"] == "NONE":
        assert result.published is None
        return
    assert result.published is not None
    assert result.published.value == row["published"]
    assert text[result.published.start : result.published.end] == result.published.text
    if row["dates"]:
        assert [d.value for d in result.dates] == row["dates"].split()


def test_user_published_overrides_detection() -> None:
    text = " date 2024-10-21 Baku hosted talks on Monday."
    result = STAGE(segment(text), dt.date(2024, 10, 22))
    assert result.published is not None
    assert result.published.value == "2024-10-22"
    assert result.anchor == dt.date(2024, 10, 22)
    assert [d.value for d in result.dates] == ["2024-10-21", "2024-10-21"]


def test_user_published_datetime_with_offset() -> None:
    tz = dt.timezone(dt.timedelta(hours=4))
    result = STAGE(segment("Talks were held today."), dt.datetime(2022, 9, 24, 18, 42, tzinfo=tz))
    assert result.published is not None
    assert result.published.value == "2022-09-24T18:42+04:00"
    assert result.published.granularity == "minute"
    assert [d.value for d in result.dates] == ["2022-09-24"]


def test_anchor_is_latest_full_date_without_publication() -> None:
    text = "The council met on 3 May 2021. On 9 June 2021 it met again. It meets again on July 2."
    result = STAGE(segment(text), None)
    assert result.published is None
    assert result.anchor == dt.date(2021, 6, 9)
    assert result.dates[-1].value == "2021-07-02"


def test_records_in_text_order_with_repeats() -> None:
    text = "The envoys met on 4 April 2022. The 4 April 2022 talks went well."
    result = STAGE(segment(text), dt.date(2022, 4, 5))
    assert [d.value for d in result.dates] == ["2022-04-04", "2022-04-04"]
    assert [d.start for d in result.dates] == sorted(d.start for d in result.dates)


def test_granularities() -> None:
    text = "They met on 4 April 2022, in May 2021 and in 2019."
    result = STAGE(segment(text), dt.date(2022, 4, 5))
    assert [d.granularity for d in result.dates] == ["day", "month", "year"]


def test_ambiguous_numeric_date_is_left_at_year() -> None:
    result = STAGE(segment("The letter of 04/05/2022 was read out."), None)
    assert [(d.value, d.granularity) for d in result.dates] == [("2022", "year")]


def test_numeric_order_follows_evidence_in_the_article() -> None:
    text = "The note of 19/06/2021 answered the letter of 04/05/2021."
    result = STAGE(segment(text), None)
    assert [d.value for d in result.dates] == ["2021-06-19", "2021-05-04"]


# -- properties ---------------------------------------------------------------------------

WORDS = st.sampled_from(
    [
        "May", "march", "Monday", "on", "in", "the", "of", "2020", "2021-2022", "12", "31st",
        "September", "Sept.", "-", "to", "and", "between", "last", "next", "this", "year",
        "month", "today", "ago", "two", "days", "1/2/2020", "24.09.2022", "(UTC+04:00)",
        "18:42", "date", "2024-10-21", "\n", ",", ".", "Baku", "BAKU,", "Published:", "Friday's",
        "will", "said", "mid-", "early", "1990s", "No.", "$", "COP29", "77th", "2+2", "\u2013",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=40), st.sampled_from([None, dt.date(2022, 9, 24)]))
def test_spans_and_values_on_date_like_text(words: list[str], anchor: dt.date | None) -> None:
    text = " ".join(words)
    result = STAGE(segment(text), anchor)
    for d in result.dates:
        assert text[d.start : d.end] == d.text
        assert VALUE.fullmatch(d.value), d.value
        assert d.granularity in ("day", "month", "year")
    assert [d.start for d in result.dates] == sorted(d.start for d in result.dates)
    if result.published is not None:
        p = result.published
        assert text[p.start : p.end] == p.text
        assert PUBLISHED_VALUE.fullmatch(p.value), p.value


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    result = STAGE(segment(text), None)
    for d in result.dates:
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    "hostile",
    [
        "May " * 30_000,
        "2020-" * 30_000,
        "1 2 3 4 5 6 7 8 9 " * 10_000,
        "of the " * 30_000,
        "Monday Tuesday " * 20_000,
        "September 12-13-14-15-" * 10_000,
        "12/12/12/12/" * 20_000,
        "x" * 1_000_000,
        "1" * 200_000,
        "Abc " * 100_000,
    ],
    ids=["may", "dash-years", "digits", "of-the", "weekdays", "day-ranges", "slashes", "1MB",
         "digit-run", "capitals"],
)  # fmt: skip
def test_hostile_inputs_complete_with_sound_spans(hostile: str) -> None:
    # Linear time is measured by the benchmark (bench/), not asserted here.
    result = STAGE(segment(hostile), dt.date(2022, 1, 1))
    for d in result.dates[:100]:
        assert hostile[d.start : d.end] == d.text
