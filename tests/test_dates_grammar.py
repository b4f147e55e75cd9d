"""The temporal grammar table: every part and rule matches its own example; errors name the line."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotext.errors import GazetteerError
from diplotext.grammar.date_grammar import (
    CASE_TRAPS,
    RULES,
    DateGrammar,
    _drop_lookbehinds,
    _expand,
    _guarded_trie,
    first_chars,
    loose_reads_ascii,
    loose_source,
    loose_traps,
)
from diplotext.recognize.dates import _WORDS, DateStage, _ascii_twin, _words
from diplotext.text.normalize import fold

GRAMMAR = DateGrammar()


@pytest.mark.parametrize("name", sorted(GRAMMAR.fragments))
def test_example_matches(name: str) -> None:
    source, example = GRAMMAR.fragments[name]
    if not example:
        return
    source = source.replace("(?P<@>", "(?P<g>")
    assert regex.fullmatch(source, example), f"{name} does not match its example {example!r}"


@pytest.mark.parametrize("name", RULES)
def test_rule_example_is_found_by_that_rule(name: str) -> None:
    example = GRAMMAR.fragments[name][1]
    match = GRAMMAR.pattern.fullmatch(example)
    assert match is not None
    assert GRAMMAR.rule(match) == name


@pytest.mark.parametrize("name", RULES)
def test_loose_rule_matches_where_the_rule_matches(name: str) -> None:
    # the stdlib prefilter of finditer: a superset of the rule on ASCII text
    source = GRAMMAR._parts[name]
    loose = loose_source(source)
    assert loose is not None, f"{name}: the stdlib cannot read the loose rule"
    example = GRAMMAR.fragments[name][1]
    for text in (example, f"on {example}, said", f"({example})"):
        for m in regex.finditer(source, text):
            assert re.match(loose, text[m.start() :], re.ASCII), (name, text)


def test_loose_source_keeps_negative_lookaheads_whole() -> None:
    # a lookbehind dropped inside a negative lookahead would make it refuse more
    assert loose_source(r"a(?!(?<=a)b)") is None
    assert loose_source(r"(?P<s>[./])1(?P=s)2") == "(?:[./])1(?:[./])2"


def test_unknown_part_is_reported_with_its_line() -> None:
    with pytest.raises(GazetteerError, match="unknown part"):
        _expand("{nope}", {}, {}, 7)


def test_capturing_part_needs_a_group() -> None:
    with pytest.raises(GazetteerError, match="needs a group"):
        _expand("{day}", {"day": ("(?P<@>1)", "")}, {}, 3)


def test_quantifiers_are_not_placeholders() -> None:
    assert _expand("[0-9]{2}x{1,3}", {}, {}, 1) == "[0-9]{2}x{1,3}"


TOKENS = st.sampled_from(
    [
        "May", "MAY", "may", "Sept.", "sept", "Monday", "Fri.", "mid-", "mid", "early", "late",
        "the", "end", "of", "this", "last", "next", "year", "month", "today", "Today", "a",
        "two", "days", "ago", "nearly", "between", "and", "to", "-", "2020", "2021", "12",
        "1st", "24.09.2022", "2022-09-24", "fiscal", "earlier", "later", "that", "day", ",",
        ".", "\n", "Baku", "x2020", "previous", "following", "coming", "past",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(TOKENS, max_size=30), st.sampled_from([" ", "", "  "]))
def test_fast_path_finds_what_the_full_pattern_finds(tokens: list[str], glue: str) -> None:
    text = glue.join(tokens)
    full = [m.span() for m in GRAMMAR.pattern.finditer(text)]
    fast = [m.span() for m in GRAMMAR.finditer(text)]
    assert fast == full


# -- the fast path (stdlib prefilter over folded text) finds what the full scan finds --------

ODD = st.sampled_from(
    [
        "\u017fome", "\u212a", "\u0130", "\u0131", "THE END OF", "The Day Before", "Year's end",
        "year's", "\u00b2", "\u00e9May", "_May", "May_", "2020\u00b2", "\x1c", "\u2028", "\u00a0",
        "\u3000", "\t", "ONE YEAR AGO", "Nearly", "MORE THAN", "x", "9", "'", "-", "/", ".",
        "Th\u0131s", "s\u0131x", "la\u017ft", "\u017fept", "SEPT.", "Dec.", "Jun", "mAY",
    ]
)  # fmt: skip


def _found(matches: Iterable[regex.Match[str]]) -> list[tuple[object, ...]]:
    # span, rule and every group that took part (a rule subset's pattern has fewer groups)
    return [
        (m.span(), GRAMMAR.rule(m), sorted((k, v) for k, v in m.groupdict().items() if v))
        for m in matches
    ]


def _same_as_full(text: str) -> None:
    full = _found(GRAMMAR.pattern.finditer(text))
    assert _found(GRAMMAR.full_finditer(text)) == full
    assert _found(GRAMMAR.finditer(text)) == full
    assert _found(GRAMMAR.finditer(text, fold(text))) == full


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(TOKENS, ODD), max_size=30), st.sampled_from([" ", "", "  ", "\n"]))
def test_prefilter_finds_what_the_full_scan_finds(tokens: list[str], glue: str) -> None:
    _same_as_full(glue.join(tokens))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_prefilter_on_random_text(text: str) -> None:
    _same_as_full(text + " 12 May 2020 " + text)


@pytest.mark.parametrize(
    "text",
    [
        "May " * 30_000,
        "Tuesday " * 20_000,
        "1" * 200_000,
        "1-" * 100_000,
        " ".join(["Minister"] * 50_000),
        "of the of the " * 20_000,
        "the day " * 20_000,
        "J. J. " * 30_000,
        ("x" * 1000 + " 5 May 2020 ") * 100,
        "2020 2021 " * 20_000,
    ],
    ids=lambda t: repr(t[:12]),
)
def test_prefilter_on_hostile_text(text: str) -> None:
    _same_as_full(text)


def test_case_traps_are_all_known() -> None:
    """Every non-ASCII character ``regex`` matches case-insensitively with an ASCII letter
    either folds to that letter or sends the text to the full scan; the stdlib's \\s covers
    every blank of ``regex`` (the prefilter's lookaheads read blanks with it)."""
    chars = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    for m in regex.finditer(r"(?i)[a-z]", chars):
        c = m.group()
        same = fold(c) in string.ascii_lowercase and regex.fullmatch("(?i)" + fold(c), c)
        assert c in CASE_TRAPS or same, hex(ord(c))
    blanks = "".join(regex.findall(r"\s", chars + "\t\n\v\f\r \x1c"))
    assert re.fullmatch(r"\s*", blanks) is not None
    # the prefilter takes a folded letter or digit for a word character: so does regex
    folded = fold(chars)
    for i, c in enumerate(chars):
        if folded[i] != c and folded[i] in string.ascii_lowercase + string.digits:
            assert regex.match(r"\w", c), hex(ord(c))


def test_guarded_trie_ends_words_with_their_lookaheads() -> None:
    pattern = re.compile(_guarded_trie({"the": {"(?= day)"}, "then": {""}, "may": {""}}))
    assert [pattern.match(w) is not None for w in ("the day", "the end", "then", "may")] == [
        True, False, True, True,
    ]  # fmt: skip


@pytest.mark.parametrize("name", RULES)
def test_rule_starts_with_a_character_it_is_tried_at(name: str) -> None:
    source, example = GRAMMAR.fragments[name]
    first = first_chars(source)
    assert first is None or example[0] in first
    pattern = GRAMMAR.pattern_at[example[0]]
    assert pattern is not None
    match = pattern.match(example)
    assert match is not None and GRAMMAR.rule(match) == name


@pytest.mark.parametrize(
    ("source", "first"),
    [
        (r"(?<![\w(])ab", "a"),
        (r"(?<=(?i:mid|early)-)[0-2]x", "012"),
        (r"(?:x|y)?(?i:q)", "Qqxy"),
        (r"(?P<a>1)(?P<a>2)?|(?P=a)z", None),
        (r"\d", None),
        (r"[^a]b", None),
        (r"a*", None),
        (r"[\]x(](?<!y)z", "(]x"),
    ],
)
def test_first_chars(source: str, first: str | None) -> None:
    found = first_chars(source)
    assert (None if found is None else "".join(sorted(found))) == first


def test_drop_lookbehinds_keeps_classes_and_escapes() -> None:
    assert _drop_lookbehinds(r"a(?<!\))b[(?<=x]\(?<=c)") == r"ab[(?<=x]\(?<=c)"
    assert _drop_lookbehinds(r"(?<=[a[])(?<![^]()])x") == "x"


FUTURE_WORDS = st.sampled_from(
    ["will", "Will", "is to", "would", "ahead of", "won't", "x", "'", "_", "9", " ", "\t", "\x1c",
     "\x0b", "next", "plans", "WILL", "scheduled", "due to", "'ll", "I'll", "shall"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(FUTURE_WORDS, st.text(st.characters(max_codepoint=127), max_size=3))),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_ascii_twin_scans_ascii_windows_alike(parts: list[str], lo: int, hi: int) -> None:
    text = fold(" ".join(parts))
    twin = _ascii_twin(GRAMMAR.future)
    assert twin is not None
    expected = [m.span() for m in GRAMMAR.future.finditer(text, lo, hi)]
    assert [m.span() for m in twin.finditer(text, lo, hi)] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_words_of_a_window(text: str, lo: int, hi: int) -> None:
    assert _words(text, lo, hi) == _WORDS.findall(text, lo, hi)
    ascii_text = text.encode("ascii", "replace").decode()
    assert _words(ascii_text, lo, hi) == _WORDS.findall(ascii_text, lo, hi)


_STAGE = DateStage({})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(FUTURE_WORDS, st.text(st.characters(max_codepoint=300), max_size=3))),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_last_future_cue_is_the_last_match(parts: list[str], lo: int, hi: int) -> None:
    text = fold(" ".join(parts))
    ends = [m.end() for m in GRAMMAR.future.finditer(text, lo, hi)]
    assert _STAGE._last_future_cue(text, lo, hi) == (ends[-1] if ends else None)


PAST_WORDS = st.sampled_from(
    ["met", "Met", "held", "said", "was", "were", "announced", "Announced", "United", "need",
     "agreed", "signed", "is", "be", "on", "2", "--", "_", "x", "freed", "\u00e9d"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(PAST_WORDS, max_size=20), st.sampled_from([" ", ", ", "  ", "-"]))
def test_past_verbs_of_ascii_windows_are_read_alike(words: list[str], glue: str) -> None:
    # the stdlib scan of ASCII windows answers as the word by word reading does
    from diplotext.text.segment import segment

    text = glue.join(words) + " on Monday."
    doc = segment(text)
    start = text.index("Monday")
    expected = False
    before = ""
    g = _STAGE._g
    for word in _words(doc.norm, 0, len(text)):
        w = word.lower()
        regular = len(w) >= 5 and w.endswith("ed") and not w.endswith("eed") and word.islower()
        if w not in g.report_verb and (w in g.past_verb or regular) and before not in g.passive_aux:
            expected = True
            break
        before = w
    assert _STAGE._has_past(doc, start) is expected


CUE_WORDS = st.sampled_from(
    ["in", "since", "by", "of", "the", "every", "each", "black", "fiscal", "(c)", "x", "_", "9",
     " ", "\t", "\u00e9", "IN", "-", "early", "last"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(CUE_WORDS, max_size=12), st.integers(0, 60))
def test_cue_windows_read_alike(parts: list[str], start: int) -> None:
    # the stdlib twins of the cue patterns (ASCII windows) answer as the patterns do
    text = fold(" ".join(parts) + " 2020")
    start = min(start, len(text))
    g = _STAGE._g  # the stage's own patterns, which have twins
    for pattern in (g.year_before, g.not_before, g.set_before, g.name_before, g.month_before):
        expected = pattern.search(text, max(0, start - 24), start) is not None
        assert _STAGE._cue(pattern, text, start) is expected


AFTER_WORDS = st.sampled_from(
    ["attacks", "people", "GMT", "(UTC", "world", "will", "is to", "x", "_", "9", " ", "\t",
     "\u00e9", "summit", "'s", "percent", "-", "Attack"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(AFTER_WORDS, max_size=8), st.integers(0, 30))
def test_windows_after_a_date_read_alike(parts: list[str], lo: int) -> None:
    # the stdlib twins of the patterns matched after a date answer as the patterns do
    text = fold("2020 " + " ".join(parts))
    lo = min(lo, len(text))
    hi = min(len(text), lo + 24)
    g = _STAGE._g  # the stage's own patterns, which have twins
    for pattern in (g.future, g.not_after, g.event_after, g.generic_after, g.zone_after):
        expected = pattern.match(text, lo, hi) is not None
        assert _STAGE._matches_at(pattern, text, lo, hi) is expected


def test_loose_rules_read_only_ascii_and_blanks() -> None:
    # then the stdlib prefilter serves texts that are not all ASCII too
    assert GRAMMAR._traps_or_none() is not None
    for name in RULES:
        loose = loose_source(GRAMMAR._parts[name])
        assert loose is not None and loose_reads_ascii(loose), name


def test_loose_traps_cover_every_plane() -> None:
    # no character beyond the Basic Multilingual Plane is a blank or a case of an ASCII letter
    beyond = "".join(map(chr, range(0x10000, 0x110000)))
    assert regex.findall(r"\s", beyond) == []
    assert regex.findall(r"(?i)[a-z]", beyond) == []
    assert loose_traps().search("\u00e9\u00fc\u0131\u03a9") is None


MIXED = st.sampled_from(
    ["\u00e9", "caf\u00e9", "\u00e9May", "ann\u00e9e", "\u0663", "\u0301", "\u212a", "\u0130", "\u00a0",
     "na\u00efve 2020", "\u00c9T\u00c9", "\u03a9", "\u2028"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(TOKENS, MIXED), max_size=30), st.sampled_from([" ", "", "  ", "\n"]))
def test_prefilter_on_mixed_text_finds_what_the_full_scan_finds(
    tokens: list[str], glue: str
) -> None:
    _same_as_full(glue.join(tokens))
