"""The fast paths of the officials stage read the text exactly as the plain patterns they replace."""

from __future__ import annotations

import copy
import random
import re

import pytest
import regex

from diplotext.recognize.names import _LATIN, _TOKEN, Token, plain_text, token_spans, tokenize
from diplotext.recognize.titles import (
    _SPACES,
    _THING_BEFORE,
    _WORD_BEFORE,
    TitleGrammar,
    _last_word_lead,
    _left_gap,
)

_LATIN_LETTER = re.compile(f"[{_LATIN}]")
_LEFT_GAP = regex.compile(r"(?:'s?)?[ \t]*(?:\n[ \t]*)?(?:the\s+)?$")


def _tokens_by_match(norm: str) -> list[Token]:
    """The tokenizer as first written: one match per token."""
    return [Token(m.start(), m.end(), norm[m.start()].isalpha()) for m in _TOKEN.finditer(norm)]


def _random_texts(alphabet: list[str], count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(count)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Dr. O'Brien, al-Assad met Nov?k -- and 5G",
        "Jean-Noël  Peña\n\tKAMADA's O'-x ?y -z",
        "Ana\u0301 Ruiz \u00b2 \u2019s \x1c Łukasz Ωmega Жуков",
        "İstanbul'da  x?\u0301y  a-\u0301b",
    ],
)
def test_tokenize_matches_one_match_per_token(text: str) -> None:
    assert tokenize(text) == _tokens_by_match(text)


def test_tokenize_matches_on_random_text_of_both_engines() -> None:
    alphabet = [*"aB é-'?.\n\t\x1c\u0301ñŁ\u00b2\u2019ΩЖ5_@#İ\u2028↺€°×\xa0ª", "Ana", " "]
    texts = _random_texts(alphabet, 2000, seed=7)
    assert any(plain_text(t) for t in texts) and not all(plain_text(t) for t in texts)
    for text in texts:
        assert tokenize(text) == _tokens_by_match(text) == token_spans(text), repr(text)


def test_spaces_are_the_blanks_of_regex() -> None:
    blanks = "".join(chr(c) for c in range(0x110000) if regex.match(r"\s", chr(c)))
    assert sorted(_SPACES) == sorted(blanks)


def test_left_gap_is_the_leftmost_match_of_the_pattern() -> None:
    alphabet = [" ", "\t", "\n", "'", "s", "t", "h", "e", "the", "the ", "x", "\r", "\u2028", "'s"]
    for text in _random_texts(alphabet, 20000, seed=3):
        match = _LEFT_GAP.search(text)
        assert match is not None and _left_gap(text) == match.start(), repr(text)


def test_modifiers_quick_test_misses_none() -> None:
    grammar = TitleGrammar({})
    # the same reading with the quick test always passing: the search at every step
    by_search = copy.copy(grammar)
    by_search._modifier_before = lambda window: True  # type: ignore[method-assign]
    keys = sorted(grammar.modifiers)
    rnd = random.Random(11)
    for n in range(3000):
        words = [rnd.choice(keys) for _ in range(rnd.randint(0, 3))]
        seps = [rnd.choice([" ", "-", " - ", "\n", "\t ", "  ", "x ", ""]) for _ in words]
        lead = rnd.choice(["", "met ", "(", "the ", "a"])
        folded = lead + "".join(w + s for w, s in zip(words, seps, strict=True))
        start = len(folded)
        folded += "foreign minister"
        role = ("foreign_minister", "minister", "head_of_state")[n % 3]
        expected = by_search._modifiers(folded, start, role)
        assert grammar._modifiers(folded, start, role) == expected, folded


def test_last_word_lead_skips_no_match() -> None:
    alphabet = [" ", "\t", "\n", "A", "b", "Ab", "x", ".", "-", "&", "'", "\r", "É", "5", "FIFA"]
    for text in _random_texts(alphabet, 20000, seed=5):
        full = _THING_BEFORE.search(text)
        fast = _THING_BEFORE.search(text, _last_word_lead(text))
        assert (full and full.groupdict()) == (fast and fast.groupdict()), repr(text)
        assert (full and full.span()) == (fast and fast.span()), repr(text)


def test_portfolio_before_quick_test_misses_none() -> None:
    grammar = TitleGrammar({})
    words = [*sorted(grammar.portfolio)[:20], "and", "&", "Trade", "AND", "said", "x-Trade"]
    rnd = random.Random(13)
    for _ in range(3000):
        parts = [rnd.choice(words).capitalize() if rnd.random() < 0.7 else rnd.choice(words)]
        parts += [rnd.choice(words) for _ in range(rnd.randint(0, 5))]
        norm = rnd.choice(["", "the ", "met\n"]) + " ".join(parts) + rnd.choice([" ", "  ", "\t"])
        start = len(norm)
        norm += "Minister Ana Ruiz"
        assert grammar._portfolio_before(norm, start) == _portfolio_before_by_search(
            grammar, norm, start
        ), norm


def _portfolio_before_by_search(grammar: TitleGrammar, norm: str, start: int) -> int:
    """``TitleGrammar._portfolio_before`` without its quick test."""
    best = pos = start
    for _ in range(6):
        m = _WORD_BEFORE.search(norm, max(0, pos - 40), pos)
        if m is None:
            break
        word = m.group("w")
        low = word.lower()
        if low in grammar.portfolio and word[0].isupper():
            best = m.start("w")
        elif low not in ("and", "&"):
            break
        pos = m.start("w")
    return best


def test_engines_agree_on_every_plain_character() -> None:
    plain = [chr(c) for c in range(0x10000) if plain_text(chr(c))]
    assert "\u21ba" in plain and "\u00b2" not in plain and "\u00aa" not in plain
    for ch in plain:
        for stdlib, other in ((r"\w", r"\w"), (r"\s", r"\s"), (r"\d", r"\d")):
            assert bool(re.match(stdlib, ch)) == bool(regex.match(other, ch)), hex(ord(ch))
        letter = regex.match(r"\p{L}", ch) is not None
        assert letter == bool(re.match(r"[^\W\d_]", ch)) == bool(_LATIN_LETTER.match(ch))
        assert regex.match(r"\p{M}", ch) is None


def test_the_country_quick_test_sees_every_spelling() -> None:
    # the quick test looks for "country" in the lower-cased text: no other character may
    # match one of its letters under regex.I
    for letter in "country":
        same = [c for c in map(chr, range(0x3000)) if regex.match(f"(?i){letter}", c)]
        assert sorted(same) == sorted({letter, letter.upper()})
