"""More fast paths of the officials stage: each finds what the plain reading finds."""

from __future__ import annotations

import random

from diplotext.found import EMPTY_PLACES
from diplotext.grammar.wordlist import WordList
from diplotext.recognize.names import NameGrammar, plain_text, token_spans, token_table
from diplotext.recognize.officials import _CAPITAL, _CAPITAL_PLAIN, OfficialStage
from diplotext.recognize.titles import _CHAIN, TitleGrammar, _may_chain
from diplotext.text.segment import segment


def test_title_cores_after_a_non_word_character_are_those_of_the_pattern() -> None:
    grammar = TitleGrammar({})
    assert grammar._core_after is not None
    words = ["minister", "foreign minister", "president", "prime", "secretary (east)", "envoy"]
    seps = [" ", "/", "-", "", "\n", ". ", "x", "_", "'s ", "5"]
    rnd = random.Random(17)
    for _ in range(3000):
        folded = "".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(0, 6)))
        if rnd.random() < 0.3:
            folded = rnd.choice(seps) + folded
        expected = [
            (m.start(), m.end(), grammar._row(m.group()))
            for m in grammar._core_scan_plain.finditer(folded)
        ]
        assert grammar._cores(folded) == expected, repr(folded)


def test_honorifics_are_skipped_only_when_capitalized() -> None:
    names = NameGrammar()
    for text, skipped in (("Sheikh Nasser", 1), ("sheikh Nasser", 0), ("Dr. Ana Ruiz", 2)):
        assert names.skip_honorifics(text, token_spans(text), 0)[0] == skipped, text


def test_a_name_met_again_after_a_counterpart_keeps_its_forms() -> None:
    # the alias forms of the first reading are kept for the second (after the counterpart)
    stage = OfficialStage({})
    doc = segment(
        "Foreign Minister Lena Varga met her counterpart Tomas Berg. Varga and Berg spoke. "
        "L. Varga left."
    )
    result = stage(doc, EMPTY_PLACES)
    assert [(o.name, [m.text for m in o.mentions]) for o in result.officials] == [
        ("Lena Varga", ["Lena Varga", "Varga", "L. Varga"]),
        ("Tomas Berg", ["Tomas Berg", "Berg"]),
    ]


def test_token_table_starts_are_those_of_the_tokens() -> None:
    for text in ("", "  ", "Dr. Varga", " a-b, C'd  \n e?f ", "x\u00b2 Ωmega"):
        toks, starts = token_table(text)
        assert starts == [t[0] for t in toks], repr(text)


def test_an_article_with_no_title_and_no_cue_has_no_official() -> None:
    stage = OfficialStage({})
    assert stage(segment("Lena Varga met Tomas Berg in Oslo."), EMPTY_PLACES).officials == ()
    # a counterpart alone still makes one
    cp = stage(segment("Varga met his counterpart Tomas Berg."), EMPTY_PLACES).officials
    assert [o.name for o in cp] == ["Tomas Berg"]


def test_the_chain_quick_test_misses_no_chain() -> None:
    alphabet = [" ", "\t", "\n", "\u2028", "/", "&", "a", "A", "n", "d", "AND", "and", "x", "\x1c"]
    rnd = random.Random(19)
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 6)))
        if _CHAIN.match(text, 0) is not None:
            assert _may_chain(text, 0), repr(text)


def test_plural_titles_are_those_whose_singular_is_a_title() -> None:
    grammar = TitleGrammar({})
    for row in grammar.rows.values():
        plural = row.title.endswith("s") and WordList.key(row.title[:-1]) in grammar.rows
        assert (row.title in grammar._plurals) == plural, row.title
    assert "Presidents" in grammar._plurals or "presidents" in grammar._plurals


def test_capitals_of_plain_text_are_those_of_regex() -> None:
    plain = [chr(c) for c in range(0x2600) if plain_text(chr(c))]
    before = ["", " ", "a", "_", "5", "'", "-", "\n", "\u00e9", "\u0181", "\u2019"]
    for ch in plain:
        for lead in before:
            text = lead + ch + ch
            fast = [m.start() for m in _CAPITAL_PLAIN.finditer(text)]
            assert fast == [m.start() for m in _CAPITAL.finditer(text)], repr(text)
