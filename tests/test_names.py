"""Name grammar and name coreference across naming traditions (our own examples)."""

from __future__ import annotations

import pytest

from diplotext.link.coref import alias_forms, same_person
from diplotext.recognize.names import NameGrammar, name_words, similar_words, tokenize

GRAMMAR = NameGrammar()


def read_after(text: str, marker: str) -> str | None:
    """The name the grammar reads right after ``marker`` (honorifics skipped)."""
    toks = tokenize(text)
    at = text.index(marker) + len(marker)
    while text[at] == " ":
        at += 1
    i = next(k for k, t in enumerate(toks) if t.start == at)
    i, _ = GRAMMAR.skip_honorifics(text, toks, i)
    span = GRAMMAR.read_forward(text, toks, i, ())
    return None if span is None else text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister Sheikh Abdullah bin Zayed Al Nahyan said", "Abdullah bin Zayed Al Nahyan"),
        ("Minister Reem bint Ibrahim Al Hashemi said", "Reem bint Ibrahim Al Hashemi"),
        ("Minister Ursula von der Leyen said", "Ursula von der Leyen"),
        ("Minister Luiz Inacio Lula da Silva said", "Luiz Inacio Lula da Silva"),
        ("Minister Jean-Noel BARROT said", "Jean-Noel BARROT"),
        ("Minister Conor O'Brien said", "Conor O'Brien"),
        ("Minister J. Bayramov said", "J. Bayramov"),
        ("Minister S Jaishankar said", "S Jaishankar"),
        ("Minister A K Abdul Momen said", "A K Abdul Momen"),
        ("Minister Dr. Tedros Adhanom Ghebreyesus said", "Tedros Adhanom Ghebreyesus"),
        ("Minister H.E. Mr. Peter Szijjártó said", "Peter Szijjártó"),
        ("Minister His Highness Sheikh Tamim bin Hamad Al Thani said", "Tamim bin Hamad Al Thani"),
        ("Minister Bashar al-Assad said", "Bashar al-Assad"),
        ("Minister Blinken's plan", "Blinken"),
        ("Minister Miroslav Laj?ák said", "Miroslav Laj?ák"),
        ("Minister Musalia\nMudavadi said", "Musalia\nMudavadi"),
        ("Minister MOTEGI Toshimitsu said", "MOTEGI Toshimitsu"),
    ],
)
def test_name_grammar_reads_world_names(text: str, name: str) -> None:
    assert read_after(text, "Minister") == name


@pytest.mark.parametrize(
    "text",
    [
        "Minister said",  # lower case
        "Minister Loading Slider",  # boilerplate words
        "Minister The talks",  # function word
        "Minister @JeyhunBayramov said",  # a handle
    ],
)
def test_name_grammar_refuses(text: str) -> None:
    assert read_after(text, "Minister") is None


def test_a_blank_line_ends_a_name() -> None:
    assert read_after("Minister Jeyhun\n\nBayramov said", "Minister") == "Jeyhun"


def test_backward_reading_stops_at_honorifics_and_dates() -> None:
    text = "attended by Dr. Anwar Gargash, Adviser"
    toks = tokenize(text)
    j = next(k for k, t in enumerate(toks) if text[t.start : t.end] == "Gargash")
    span = GRAMMAR.read_backward(text, toks, j, ())
    assert span is not None and text[span[0] : span[1]] == "Anwar Gargash"
    text = "on 13 May, the Foreign Secretary"
    toks = tokenize(text)
    j = next(k for k, t in enumerate(toks) if text[t.start : t.end] == "May")
    assert GRAMMAR.read_backward(text, toks, j, ()) is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Antony J. Blinken", "Antony Blinken", True),
        ("J. Bayramov", "Jeyhun Bayramov", True),
        ("MOTEGI Toshimitsu", "Toshimitsu Motegi", True),
        ("Ahmed Nasser Al-Muhammad Al-Sabah", "Ahmed Nasser Al Muhammad Al Sabah", True),
        ("Siorjiddin Muhriddin", "Sirojiddin Muhriddin", True),
        ("Abdullah bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan", False),
        ("Kim Jong Un", "Kim Yo Jong", False),
        ("Ilham Aliyev", "Heydar Aliyev", False),
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(name_words(a), name_words(b)) is same


def test_alias_forms_and_typos() -> None:
    forms = dict(
        alias_forms(
            "Mohamed bin Zayed Al Nahyan",
            name_words("Mohamed bin Zayed Al Nahyan"),
            GRAMMAR.particles,
        )
    )
    assert forms["Nahyan"] is False
    assert forms["Mohamed"] is True  # the given name alone only after "Sheikh"/"His Highness"
    assert similar_words("kovacevski", "kovacevsky")
    assert not similar_words("ali", "ala")  # short words must match exactly
