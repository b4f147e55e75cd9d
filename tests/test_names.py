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
    read = GRAMMAR.read_at(text, toks, [t.start for t in toks], at, ())
    assert read is not None, "no token starts after the marker"
    span = read[0]
    return None if span is None else text[span[0] : span[1]]


def test_read_at_needs_a_token_starting_exactly_there_and_reports_the_honorific() -> None:
    text = "Talks with Dr. Ana Ruiz ended."
    toks = tokenize(text)
    starts = [t.start for t in toks]
    read = GRAMMAR.read_at(text, toks, starts, text.index("Dr."), ())
    assert read is not None
    span, honorific = read
    assert span is not None and text[span[0] : span[1]] == "Ana Ruiz"
    assert honorific is not None  # the kind of the honorific skipped ("Dr.")
    assert GRAMMAR.read_at(text, toks, starts, text.index("Ana"), ())[1] is None  # type: ignore[index]
    assert GRAMMAR.read_at(text, toks, starts, text.index("Ruiz") + 1, ()) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister Sheikh Faisal bin Salem Al Harthy said", "Faisal bin Salem Al Harthy"),
        ("Minister Noura bint Saleh Al Kaabi said", "Noura bint Saleh Al Kaabi"),
        ("Minister Karl von der Heide said", "Karl von der Heide"),
        ("Minister Jose Carlos Ramos da Costa said", "Jose Carlos Ramos da Costa"),
        ("Minister Jean-Noel BARROT said", "Jean-Noel BARROT"),
        ("Minister Conor O'Brien said", "Conor O'Brien"),
        ("Minister L. Varga said", "L. Varga"),
        ("Minister S Rao said", "S Rao"),
        ("Minister A K Abdul Karim said", "A K Abdul Karim"),
        ("Minister Dr. Tedros Adhanom Ghebreyesus said", "Tedros Adhanom Ghebreyesus"),
        ("Minister H.E. Mr. Peter Szijjártó said", "Peter Szijjártó"),
        ("Minister His Highness Sheikh Tamim bin Hamad Al Thani said", "Tamim bin Hamad Al Thani"),
        ("Minister Bashar al-Assad said", "Bashar al-Assad"),
        ("Minister Varga's plan", "Varga"),
        ("Minister Pavel Nov?k said", "Pavel Nov?k"),
        ("Minister Peter\nMwangi said", "Peter\nMwangi"),
        ("Minister KAMADA Hiroshi said", "KAMADA Hiroshi"),
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
        "Minister @LenaVarga said",  # a handle
    ],
)
def test_name_grammar_refuses(text: str) -> None:
    assert read_after(text, "Minister") is None


def test_a_blank_line_ends_a_name() -> None:
    assert read_after("Minister Lena\n\nVarga said", "Minister") == "Lena"


def test_backward_reading_stops_at_honorifics_and_dates() -> None:
    text = "attended by Dr. Omar Haddad, Adviser"
    toks = tokenize(text)
    j = next(k for k, t in enumerate(toks) if text[t.start : t.end] == "Haddad")
    span = GRAMMAR.read_backward(text, toks, j, ())
    assert span is not None and text[span[0] : span[1]] == "Omar Haddad"
    text = "on 21 May, the Foreign Secretary"
    toks = tokenize(text)
    j = next(k for k, t in enumerate(toks) if text[t.start : t.end] == "May")
    assert GRAMMAR.read_backward(text, toks, j, ()) is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Anna K. Berg", "Anna Berg", True),
        ("L. Varga", "Lena Varga", True),
        ("KAMADA Hiroshi", "Hiroshi Kamada", True),
        ("Khaled Nasser Al-Hamad Al-Sabah", "Khaled Nasser Al Hamad Al Sabah", True),
        ("Kmaoliddin Rasulov", "Kamoliddin Rasulov", True),
        ("Faisal bin Salem Al Harthy", "Nasser bin Salem Al Harthy", False),
        ("Kim Jong Un", "Kim Yo Jong", False),
        ("Ruslan Varga", "Lena Varga", False),
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(name_words(a), name_words(b)) is same


def test_alias_forms_and_typos() -> None:
    forms = dict(
        alias_forms(
            "Nasser bin Salem Al Harthy",
            name_words("Nasser bin Salem Al Harthy"),
            GRAMMAR.particles,
        )
    )
    assert forms["Harthy"] is False
    assert forms["Nasser"] is True  # the given name alone only after "Sheikh"/"His Highness"
    assert similar_words("kovacevski", "kovacevsky")
    assert not similar_words("ali", "ala")  # short words must match exactly
