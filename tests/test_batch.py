"""``Parser.parse_many``: order, workers, chunking, (text, published) items, laziness."""

from __future__ import annotations

import datetime as dt
import itertools
import pickle
from collections.abc import Iterator
from typing import Any

import pytest

from diplotext.errors import InputTooLargeError
from diplotext.parser import Parser
from diplotext.records import Article, ParseFailure

TEXTS = [
    "Japanese Prime Minister Shigeru Ishiba met Emmanuel Macron in Paris on Monday.",
    "",
    "The European Union and Canada signed a trade agreement in Brussels on 3 March 2025.",
    "Indian External Affairs Minister S. Jaishankar spoke by phone with Marco Rubio.",
    "   ",
    "Kenya will host the African Union summit in Nairobi next month.",
    "Turkish Foreign Minister Hakan Fidan visited Baghdad on Tuesday for talks on water.",
]


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def as_json(articles: Iterator[object]) -> list[str]:
    return [a.to_json() for a in articles]  # type: ignore[attr-defined]


def test_in_process_equals_parse_one_by_one(parser: Parser) -> None:
    expected = [parser.parse(t).to_json() for t in TEXTS]
    assert as_json(parser.parse_many(TEXTS)) == expected
    assert as_json(parser.parse_many(TEXTS, workers=1)) == expected


@pytest.mark.parametrize(("workers", "chunksize"), [(2, 1), (2, 3), (3, 2), (2, 100)])
def test_workers_keep_the_input_order(parser: Parser, workers: int, chunksize: int) -> None:
    texts = TEXTS * 5  # more chunks than the window of chunks in flight
    expected = [parser.parse(t).to_json() for t in texts]
    got = as_json(parser.parse_many(texts, workers=workers, chunksize=chunksize))
    assert got == expected


def test_text_and_published_pairs(parser: Parser) -> None:
    text = "The two foreign ministers met on Monday in Ankara."
    items: list[str | tuple[str, object]] = [
        (text, "2025-03-14"),  # a Friday: Monday is the 10th
        (text, dt.date(2025, 3, 21)),
        text,
        (text, None),
    ]
    expected = [
        parser.parse(text, "2025-03-14").to_json(),
        parser.parse(text, dt.date(2025, 3, 21)).to_json(),
        parser.parse(text).to_json(),
        parser.parse(text).to_json(),
    ]
    assert as_json(parser.parse_many(items)) == expected  # type: ignore[arg-type]
    assert as_json(parser.parse_many(items, workers=2, chunksize=1)) == expected  # type: ignore[arg-type]


def test_a_generator_is_read_lazily_in_process(parser: Parser) -> None:
    consumed: list[int] = []

    def gen() -> Iterator[str]:
        for i in itertools.count():
            consumed.append(i)
            yield TEXTS[i % len(TEXTS)]

    first = list(itertools.islice(parser.parse_many(gen()), 3))
    assert len(first) == 3 and len(consumed) == 3


def test_workers_read_an_endless_input_lazily(parser: Parser) -> None:
    """An endless feed gives results; the input is not read to its end first."""
    consumed: list[int] = []

    def feed() -> Iterator[str]:
        for i in itertools.count():
            consumed.append(i)
            yield TEXTS[i % len(TEXTS)]

    many = parser.parse_many(feed(), workers=2, chunksize=4)
    first = list(itertools.islice(many, 10))
    many.close()  # type: ignore[attr-defined]
    assert [a.text for a in first] == [TEXTS[i % len(TEXTS)] for i in range(10)]
    # a bounded window of chunks in flight, not the whole (endless) input
    assert len(consumed) < 200


def test_errors_of_an_item_reach_the_caller(parser: Parser) -> None:
    with pytest.raises(ValueError, match="published"):
        list(parser.parse_many([("text", "not a date")], workers=2))
    with pytest.raises(TypeError, match="bytes"):
        list(parser.parse_many([b"bytes"]))  # type: ignore[list-item]


@pytest.mark.parametrize("bad", [0, -1, 1.5, "2"])
def test_bad_workers_are_refused(parser: Parser, bad: object) -> None:
    with pytest.raises(ValueError, match="workers"):
        list(parser.parse_many(TEXTS, workers=bad))  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [0, -3, 2.5])
def test_bad_chunksize_is_refused(parser: Parser, bad: object) -> None:
    with pytest.raises(ValueError, match="chunksize"):
        list(parser.parse_many(TEXTS, workers=2, chunksize=bad))  # type: ignore[arg-type]


def test_the_parser_settings_travel_to_the_workers() -> None:
    small = Parser(max_chars=40)
    with pytest.raises(InputTooLargeError, match="max_chars=40"):
        list(small.parse_many(["x" * 41], workers=2))


def test_a_pickled_parser_parses_alike(parser: Parser) -> None:
    """Under the spawn start method (macOS, Windows) each worker gets a pickled Parser."""
    copy = pickle.loads(pickle.dumps(parser))
    assert [copy.parse(t).to_json() for t in TEXTS] == [parser.parse(t).to_json() for t in TEXTS]


def test_empty_input(parser: Parser) -> None:
    assert list(parser.parse_many([])) == []
    assert list(parser.parse_many([], workers=2)) == []


# ---- errors="return": one bad item does not end the run ----

MIXED: list[object] = [
    TEXTS[0],
    None,  # not a string
    ("Talks resumed in Doha.", "not a date"),  # bad published
    b"raw bytes",  # not decoded
    TEXTS[2],
    ("Talks resumed in Doha on Monday.", "2025-06-02"),
]


def _check_mixed(parser: Parser, results: list[object]) -> None:
    assert len(results) == len(MIXED)
    kinds = [type(r).__name__ for r in results]
    assert kinds == [
        "Article",
        "ParseFailure",
        "ParseFailure",
        "ParseFailure",
        "Article",
        "Article",
    ]
    failures = [r for r in results if isinstance(r, ParseFailure)]
    assert [f.index for f in failures] == [1, 2, 3]
    assert [f.error_type for f in failures] == ["TypeError", "ValueError", "TypeError"]
    assert "NoneType" in failures[0].message
    assert "not a date" in failures[1].message
    assert str(failures[2]).startswith("item 3: TypeError: text must be str, not bytes")
    assert "Traceback" in failures[0].traceback
    assert results[0].to_json() == parser.parse(TEXTS[0]).to_json()  # type: ignore[attr-defined]
    dated = results[5]
    assert isinstance(dated, Article) and dated.dates and dated.dates[0].value == "2025-06-02"


def test_errors_return_yields_failures_in_place(parser: Parser) -> None:
    results = list(parser.parse_many(MIXED, errors="return"))  # type: ignore[arg-type]
    _check_mixed(parser, results)


@pytest.mark.parametrize("chunksize", [1, 2, 16])
def test_errors_return_with_workers_counts_indexes_across_chunks(
    parser: Parser, chunksize: int
) -> None:
    results = list(
        parser.parse_many(MIXED, workers=2, chunksize=chunksize, errors="return")  # type: ignore[arg-type]
    )
    _check_mixed(parser, results)


def test_errors_return_catches_a_bug_in_a_stage(
    parser: Parser, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = pickle.loads(pickle.dumps(parser))
    real = copy._topics

    def broken(doc: Any, *args: Any) -> Any:
        if "Kenya" in doc.text:
            raise IndexError("stage bug")
        return real(doc, *args)

    monkeypatch.setattr(copy, "_topics", broken)
    results = list(copy.parse_many(TEXTS, errors="return"))
    bad = [r for r in results if isinstance(r, ParseFailure)]
    assert [(f.index, f.error_type, f.message) for f in bad] == [(5, "IndexError", "stage bug")]
    assert "broken" in bad[0].traceback
    good = [r.to_json() for r in results if isinstance(r, Article)]
    assert good == [parser.parse(t).to_json() for t in TEXTS if "Kenya" not in t]
    with pytest.raises(IndexError, match="stage bug"):
        list(copy.parse_many(TEXTS))  # the default policy raises


def test_errors_return_does_not_swallow_interrupts(
    parser: Parser, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = pickle.loads(pickle.dumps(parser))

    def interrupted(doc: Any, *args: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(copy, "_topics", interrupted)
    with pytest.raises(KeyboardInterrupt):
        list(copy.parse_many(TEXTS, errors="return"))


@pytest.mark.parametrize("bad", ["ignore", "skip", None, True])
def test_bad_errors_policy_is_refused(parser: Parser, bad: object) -> None:
    with pytest.raises(ValueError, match="errors must be 'raise' or 'return'"):
        parser.parse_many(TEXTS, errors=bad)  # type: ignore[call-overload]
