"""The temporal grammar table: every part and rule matches its own example; errors name the line."""

from __future__ import annotations

import re
import string

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotext.errors import GazetteerError
from diplotext.grammar.date_grammar import CASE_TRAPS, RULES, DateGrammar, _expand, _guarded_trie
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


def _same_as_full(text: str) -> None:
    full = [(m.span(), GRAMMAR.rule(m)) for m in GRAMMAR.pattern.finditer(text)]
    assert [(m.span(), GRAMMAR.rule(m)) for m in GRAMMAR.full_finditer(text)] == full
    assert [(m.span(), GRAMMAR.rule(m)) for m in GRAMMAR.finditer(text)] == full
    assert [(m.span(), GRAMMAR.rule(m)) for m in GRAMMAR.finditer(text, fold(text))] == full


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


def test_guarded_trie_ends_words_with_their_lookaheads() -> None:
    pattern = re.compile(_guarded_trie({"the": {"(?= day)"}, "then": {""}, "may": {""}}))
    assert [pattern.match(w) is not None for w in ("the day", "the end", "then", "may")] == [
        True, False, True, True,
    ]  # fmt: skip
