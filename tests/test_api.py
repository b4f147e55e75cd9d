"""The public API: argument checking, empty input, pickling, threads, user gazetteers."""

from __future__ import annotations

import datetime as dt
import gc
import pickle
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import diplotext
from diplotext import Article, GazetteerError, InputTooLargeError, Parser, parse_article

SAMPLE = (
    "Georgian Foreign Minister Maka Botchorishvili met with her Estonian counterpart "
    "Margus Tsahkna in Tbilisi on March 13, 2025. They discussed energy and trade."
)


def test_version_is_single_sourced() -> None:
    from diplotext._version import __version__

    assert diplotext.__version__ == __version__


@pytest.mark.parametrize("bad", [b"bytes", bytearray(b"x")])
def test_bytes_are_refused_with_a_hint(bad: object) -> None:
    with pytest.raises(TypeError, match=r"not (bytes|bytearray); decode it first"):
        parse_article(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, 42, ["text"]])
def test_non_text_is_refused_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        parse_article(bad)  # type: ignore[arg-type]


def test_unparseable_published_is_a_value_error_quoting_it() -> None:
    with pytest.raises(ValueError, match="'next Tuesday-ish'"):
        parse_article(SAMPLE, published="next Tuesday-ish")


def test_wrong_published_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="int"):
        parse_article(SAMPLE, published=20240101)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "published",
    ["2025-03-14", dt.date(2025, 3, 14), dt.datetime(2025, 3, 14, 12, 0), "2025-03-14T12:00+04:00"],
)
def test_published_forms_are_accepted(published: object) -> None:
    assert isinstance(parse_article(SAMPLE, published=published), Article)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\r\n"])
def test_empty_text_gives_an_empty_article(text: str) -> None:
    assert parse_article(text) == Article(text=text)
    assert parse_article(text).to_dict() == Article().to_dict()


def test_max_chars_is_enforced_with_a_clear_error() -> None:
    parser = Parser(max_chars=10)
    with pytest.raises(InputTooLargeError, match=r"max_chars=10"):
        parser.parse("x" * 11)
    assert isinstance(parser.parse("x" * 10), Article)
    with pytest.raises(ValueError, match="max_chars"):
        Parser(max_chars=0)


def test_parser_pickles_and_gives_the_same_output() -> None:
    parser = Parser()
    clone = pickle.loads(pickle.dumps(parser))
    assert clone.parse(SAMPLE).to_dict() == parser.parse(SAMPLE).to_dict()
    assert clone.max_chars == parser.max_chars


def test_one_parser_from_eight_threads_matches_sequential_use() -> None:
    parser = Parser()
    texts = [SAMPLE, SAMPLE.replace("March 13", "April 2"), "Nothing here.", ""] * 8
    expected = [parser.parse(t).to_json() for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda t: parser.parse(t).to_json(), texts))
    assert got == expected


def test_parse_many_keeps_order_in_process_and_with_workers() -> None:
    parser = Parser()
    texts = [SAMPLE, "Nothing here.", (SAMPLE, "2025-03-14")] * 3
    sequential = [a.to_json() for a in parser.parse_many(texts)]
    one_by_one = [
        (parser.parse(*t) if isinstance(t, tuple) else parser.parse(t)).to_json() for t in texts
    ]
    assert sequential == one_by_one
    parallel = [a.to_json() for a in parser.parse_many(texts, workers=2, chunksize=2)]
    assert parallel == sequential
    with pytest.raises(ValueError, match="workers"):
        list(parser.parse_many(texts, workers=0))


def test_unknown_gazetteer_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown kind 'planets'"):
        Parser(extra_gazetteers={"planets": []})


def test_gazetteer_rows_must_be_mappings() -> None:
    with pytest.raises(GazetteerError, match=r"extra_gazetteers\['organizations'\]:2"):
        Parser(extra_gazetteers={"organizations": [{"name": "A"}, "B"]})  # type: ignore[list-item]


def test_unreadable_gazetteer_file_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.tsv"
    with pytest.raises(GazetteerError, match=r"nope\.tsv"):
        Parser(extra_gazetteers={"organizations": missing})


def test_gazetteer_file_with_too_many_cells_names_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "orgs.tsv"
    f.write_text("name\tacronym\n# comment\nFoo Union\tFU\nBar\tB\textra\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"orgs.tsv:4: 3 cells"):
        Parser(extra_gazetteers={"organizations": f})


def test_spans_index_the_original_text() -> None:
    text = "\u201cHello\u201d \u2013 " + SAMPLE.replace(" ", "\u00a0", 3) + "\r\n"
    d = parse_article(text).to_dict()
    spans = []
    if d["published"]:
        spans.append(d["published"])
    spans += d["dates"]
    for key in ("countries", "organizations", "officials"):
        for rec in d[key]:
            spans += rec["mentions"]
    for t in d["topics"]:
        spans += t["evidence"]
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"]


@pytest.mark.parametrize("enabled", [True, False])
def test_building_a_parser_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    before = gc.isenabled()
    try:
        if enabled:
            gc.enable()
        else:
            gc.disable()
        diplotext.Parser()
        assert gc.isenabled() is enabled
    finally:
        if before:
            gc.enable()
        else:
            gc.disable()


def test_a_failed_parser_build_still_turns_the_garbage_collector_back_on() -> None:
    assert gc.isenabled()
    with pytest.raises(GazetteerError):
        diplotext.Parser(extra_gazetteers={"titles": [{"title": "envoy", "role": "pope"}]})
    assert gc.isenabled()
