"""Events stage: frames, round-ups, planned vs held, merges and negatives.

The cases in ``tests/cases/events.jsonl`` give a text and hand-made upstream
results (officials with the forms that mention them and, optionally, a title; dates, places, countries,
topic cues), so the event grammar is tested on its own. Each case lists the
events expected, in order; every key given must match (participants as a set).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import regex

from diplotext.events.event_grammar import CUE_KINDS, EVENT_TYPES, EventGrammar
from diplotext.events.events import EventStage
from diplotext.found import (
    EMPTY_PLACES,
    CountryHit,
    DateResult,
    OfficialHit,
    OfficialResult,
    OrgHit,
    PlaceHit,
    PlaceResult,
    TopicHit,
    TopicResult,
)
from diplotext.records import DateMention, Event, Official
from diplotext.resources.loader import load_table
from diplotext.text.segment import segment

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "cases" / "events.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]

STAGE = EventStage({})


def _spans(text: str, form: str) -> list[tuple[int, int]]:
    pattern = regex.compile(r"(?<!\w)" + regex.escape(form) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _longest_first(spans: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    out: list[tuple[int, int, Any]] = []
    last = -1
    for span in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
        if span[0] >= last:
            out.append(span)
            last = span[1]
    return out


def run(case: dict[str, Any]) -> tuple[Event, ...]:
    """Build the upstream results a case describes and run the events stage."""
    text = case["text"]
    officials = []
    raw: list[tuple[int, int, Any]] = []
    for index, (name, role, country, forms, *title) in enumerate(case["officials"]):
        officials.append(Official(name, role=role, country=country, title=(title or [None])[0]))
        for form in [name, *forms]:
            raw.extend((s, e, index) for s, e in _spans(text, form))
    hits = tuple(OfficialHit(s, e, i) for s, e, i in _longest_first(raw))
    dates = tuple(
        DateMention(form, s, e, value, "day")
        for form, value in case["dates"]
        for s, e in _spans(text, form)
    )
    published = None
    if case["published"]:
        published = DateMention(case["published"], 0, 0, case["published"], "day")
    places = tuple(
        sorted(
            PlaceHit(s, e, name, alpha2)
            for form, name, alpha2 in case["places"]
            for s, e in _spans(text, form)
        )
    )
    countries = tuple(
        sorted(
            CountryHit(s, e, alpha2, "name")
            for form, alpha2 in case["countries"]
            for s, e in _spans(text, form)
        )
    )
    topics = tuple(
        sorted(
            TopicHit(s, e, label) for form, label in case["topics"] for s, e in _spans(text, form)
        )
    )
    orgs = tuple(
        sorted(
            OrgHit(s, e, 0, "name") for form in case.get("orgs", []) for s, e in _spans(text, form)
        )
    )
    return STAGE(
        segment(text),
        DateResult(published, tuple(sorted(dates, key=lambda d: d.start)), None),
        PlaceResult((), (), countries, orgs, places),
        OfficialResult(tuple(officials), hits),
        TopicResult((), topics),
    )


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    events = run(case)
    got = [e.to_dict() for e in events]
    assert len(got) == len(case["expect"]), got
    for want, have in zip(case["expect"], got, strict=True):
        for key, value in want.items():
            if key == "participants":
                assert set(have[key]) == set(value), (key, have)
            elif key == "topics":
                assert sorted(have[key]) == sorted(value), (key, have)
            else:
                assert have[key] == value, (key, have)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_offsets_and_order(case: dict[str, Any]) -> None:
    events = run(case)
    text = case["text"]
    for event in events:
        assert 0 <= event.start < event.end <= len(text)
        assert text[event.start : event.end].strip() == text[event.start : event.end]
        assert len(event.participants) >= 2
        assert event.type in EVENT_TYPES
        assert event.status in ("held", "planned")
    assert [e.start for e in events] == sorted(e.start for e in events)


def test_deterministic() -> None:
    case = next(c for c in CASES if c["name"] == "roundup_with_headings")
    assert run(case) == run(case)


def test_no_officials_no_events() -> None:
    doc = segment("Foreign ministers met in Paris and held talks on Monday.")
    empty = STAGE(
        doc, DateResult(None, (), None), EMPTY_PLACES, OfficialResult((), ()), TopicResult((), ())
    )
    assert empty == ()


def test_parse_article_negative_articles() -> None:
    from diplotext import parse_article

    texts = [
        "Wrestler Rafig Huseynov won the European title in Rome on February 12, beating "
        "Daniel Aleksandrov 2-1 in the final. He met his coach after the bout.",
        "Samsung launched its new phone in Seoul. Sales will meet expectations, the company said.",
        "Heavy rain is expected in Baku on Tuesday. Temperatures will drop to 5 degrees.",
    ]
    for text in texts:
        assert parse_article(text).events == ()


def test_data_files_are_valid() -> None:
    grammar = EventGrammar.default()
    triggers = load_table("event_triggers")
    for row in triggers.rows:
        assert row["type"] == "-" or row["type"] in EVENT_TYPES
        if row["type"] != "-":
            assert row["cameo"] in ("040", "041", "042", "043", "044", "036", "057")
        assert grammar.trigger(row["pattern"]) is not None
    for row in load_table("event_cues").rows:
        assert row["kind"] in CUE_KINDS
        assert row["example"]


def test_hostile_inputs_stay_fast() -> None:
    names = " ".join(f"Minister Name{i} met" for i in range(20000))
    texts = [
        names,
        "of the " * 50000,
        "J. " * 50000,
        "met " * 100000,
        ("Capitalized " * 100000).strip(),
        "Minister Name1 will meet Name2 in the presence of Name3, " * 20000,
    ]
    for text in texts:
        doc = segment(text)
        hits = tuple(
            OfficialHit(m.start(), m.end(), i % 2)
            for i, m in enumerate(regex.finditer(r"Name\d+", text))
        )
        officials = OfficialResult(
            (Official("A", role="foreign_minister"), Official("B", role="foreign_minister")), hits
        )
        # Speed is measured by the benchmark (bench/); here: it completes soundly.
        events = STAGE(
            doc,
            DateResult(None, (), dt.date(2024, 1, 1)),
            EMPTY_PLACES,
            officials,
            TopicResult((), ()),
        )
        for ev in events:
            assert 0 <= ev.start <= ev.end <= len(text)


def test_stdlib_scan_finds_what_an_overlapped_regex_scan_finds() -> None:
    """The fast scan (stdlib engine plus a look inside each phrase) is an overlapped scan."""
    from diplotext.text.normalize import fold

    grammar = EventGrammar.default()
    texts = [case["text"] for case in CASES] + [
        "The talks will be held in Baku; the meeting was held  between\nthem.",
        "co-chaired by the minister, at the invitation of the president, x_met gümeet",
        "Tête-à-tête talks: the two leaders met with reporters and held phone talks.",
    ]
    for text in texts:
        folded = fold(text)
        slow = [(m.start(), m.group()) for m in grammar._union.finditer(folded, overlapped=True)]
        assert list(grammar._phrases(folded)) == slow, text


def test_ascii_fast_scan_finds_what_the_overlapped_regex_scan_finds() -> None:
    """ASCII text takes the class-first scan: phrases at the start, after punctuation,
    after a phrase, and next to non-ASCII text come out as from an overlapped scan."""
    from diplotext.text.normalize import fold

    grammar = EventGrammar.default()
    texts = [
        "Met with the minister.",
        '(met with) "held talks"-met/met.met,met',
        "met met  met\nmet\tmet",
        "He will be held in talks; they met-with met_with met2 2met",
        "Déjà met with: the minister. Ümit held talks",
        "x" * 50 + " will meet " + "y" * 50,
        "",
        " ",
        "met",
    ]
    for text in texts:
        folded = fold(text)
        slow = [(m.start(), m.group()) for m in grammar._union.finditer(folded, overlapped=True)]
        assert grammar._phrases(folded) == slow, text


def test_fast_scan_tries_the_trie_at_every_word_start() -> None:
    """The class-first scan finds the longest phrase at every word start, in ASCII and
    non-ASCII text alike (letters with marks, digits, symbols next to the phrases)."""
    import random

    from diplotext.text.normalize import fold

    grammar = EventGrammar.default()
    pieces = ["met", "with", "held", "talks", "the", "will", "be", "in", "sidelines", "of"]
    pieces += ["-", "(", '"', "'", ".", ",", "\n", " ", "_", "2", "\u00b2", "\u00e9", "\u0301"]
    pieces += ["\u00fc", "\u00ab", "\u2022", "\u0130", "\u00df", "co-chaired", "\u65e5", "\u0663"]
    rng = random.Random(0)

    def word(c: str) -> bool:
        return c.isalnum() or c == "_"

    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "-"]) for _ in range(12))
        folded = fold(text)
        starts = [
            p for p in range(len(folded)) if word(folded[p]) and (p == 0 or not word(folded[p - 1]))
        ]
        expected = [
            (p, m.group()) for p in starts if (m := grammar._scanner.match(folded, p)) is not None
        ]
        assert grammar._phrases(folded) == expected, text


def test_scan_with_a_key_that_starts_with_a_non_word_character() -> None:
    """A grammar with such a key ("#summit") tries the trie at every position: the phrases
    at word starts are those of the package grammar, and the key is found too."""
    from diplotext.resources.loader import Table, load_table
    from diplotext.text.normalize import fold

    triggers = load_table("event_triggers")
    row = {**triggers.rows[0], "pattern": "#summit"}
    extra = Table(triggers.name, triggers.columns, (*triggers.rows, row), (*triggers.lines, 0))
    grammar = EventGrammar(extra, load_table("event_cues"))
    assert grammar._after_blank is None and grammar._after_nonword is None
    plain = EventGrammar.default()
    for text in [case["text"] for case in CASES] + ["They met at the #summit; he held talks."]:
        folded = fold(text)
        found = grammar._phrases(folded)
        assert [p for p in found if folded[p[0]] != "#"] == plain._phrases(folded), text
    assert (text.index("#summit"), "#summit") in found
