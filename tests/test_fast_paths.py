"""The quick paths of the places and topics stages find what the plain forms find.

Each test compiles the straightforward form of a pattern (as it was before it was made
faster) and checks that the stage's form gives the same answers on varied text.
"""

from __future__ import annotations

import random
import re

import regex

from diplotext.events.topics import (
    _NAME_GAP_WORD,
    _WORD,
    TopicStage,
    _not_after_pattern,
)
from diplotext.grammar.wordlist import trie_pattern
from diplotext.recognize import organizations
from diplotext.recognize.countries import is_exact_form
from diplotext.recognize.places import PlaceStage, _default_index
from diplotext.text.segment import segment

PLACES = PlaceStage({})
TOPICS = TopicStage({})

# Pieces to build text from: words, blanks, punctuation and a few exotic characters
# (a combining accent, a superscript, the Kelvin sign, a dotted capital I).
PIECES = [
    "cooperation within the",
    "OSCE",
    "liberated from",
    "occupation",
    "UNGA78",
    "UNGA-78",
    "XUNGA78",
    "UNGA7890",
    "the",
    "Energy",
    "Minister",
    "of",
    " ",
    "  ",
    "\n",
    "\t",
    "-",
    " - ",
    ".",
    ",",
    "(",
    ")",
    "'",
    "&",
    "\u0301",
    "\u00b2",
    "\u212a",
    "\u0130",
    "Council",
    "security",
    "7",
]


def _texts(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(PIECES) for _ in range(rnd.randrange(1, 25))) for _ in range(count)]


def test_session_acronyms_start_words() -> None:
    # The stage scans for the acronym first and checks the word start on each hit; the
    # plain form (stdlib engine, as the stage) anchors the pattern at word starts.
    index = _default_index()
    plain = re.compile(
        r"\b(?<![\w])(?P<acr>"
        + trie_pattern(sorted(index.session_acronyms))
        + r")(?=-?\d{1,3}(?![\w]))"
    )
    for text in [*_texts(3000, 1), "XUNGA78 and UNGA-78, UNGA7890 or (UNGA78)"]:
        doc = segment(text)
        expected = [
            (m.start("acr"), m.end("acr"), index.session_acronyms[m.group("acr")], "acronym")
            for m in plain.finditer(doc.norm)
        ]
        assert PLACES._session_acronym_spans(doc, []) == expected, text


def test_windows_searched_backwards_find_what_forward_search_finds() -> None:
    forward_before = regex.compile(TOPICS._org_before.pattern.removeprefix("(?r)"), regex.V0)
    not_after = _not_after_pattern(["liberated from", "freed from"])
    forward_not_after = regex.compile(not_after.pattern.removeprefix("(?r)"), regex.V0)
    for text in _texts(300, 2):
        for end in range(len(text) + 1):
            lo = max(0, end - 100)
            for backward, forward in (
                (TOPICS._org_before, forward_before),
                (not_after, forward_not_after),
            ):
                found = backward.search(text, lo, end) is not None
                assert found == (forward.search(text, lo, end) is not None), (text, end)


def test_name_gap_and_word_in_one_match() -> None:
    # Before: a gap of blanks or a hyphen (not empty), then a word at its end.
    gap = regex.compile(r"[ \t]*-?[ \t]*")
    for text in _texts(1000, 3):
        for pos in range(len(text) + 1):
            g = gap.match(text, pos)
            word = _WORD.match(text, g.end()) if g is not None and g.end() > pos else None
            m = _NAME_GAP_WORD.match(text, pos)
            if word is None:
                assert m is None, (text, pos)
            else:
                assert m is not None and m.span(1) == word.span(), (text, pos)


def test_words_before_a_parenthesis_read_backwards() -> None:
    forward = regex.compile(organizations._WORD.pattern.removeprefix("(?r)"))
    for text in _texts(2000, 4):
        spans = [m.span() for m in forward.finditer(text)]
        assert [m.span() for m in organizations._WORD.finditer(text)] == spans[::-1]


def test_is_exact_form_edge_cases() -> None:
    # No letters ("123", the small roman numeral, a lower-case non-letter) counts as exact.
    assert is_exact_form("123") and is_exact_form("\u2170") and is_exact_form("")
    assert is_exact_form("US") and is_exact_form("OSCE PA") and is_exact_form("BiH")
    assert not is_exact_form("Turkey") and not is_exact_form("New York")
    assert not is_exact_form("Bosnia and Herzegovina BiH")
