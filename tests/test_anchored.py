"""``grammar.anchored``: the same matches as a plain compile, groups kept."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotext.grammar.anchored import anchored

SOURCES = [
    (r"\s+with\s", regex.IGNORECASE),
    (r"[ \t]*:", 0),
    (r"\s+of\s+(?:the\s+)?\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*){0,3}", 0),
    (r"[ \t]*\((?P<inner>[^()\n]{1,20})\)", 0),
    (r"(?:[,;]\"?|\")[ \t]+the[ \t]+$", 0),
    (r"\s*date\s+(\d{4})-(\d{2})-(\d{2})", 0),
]
ALPHABET = 'aehiltw :;,.\t\n()"WTEHOPSFXd0123-'


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60), st.data())
def test_match_and_fullmatch_agree_with_a_plain_compile(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    for source, flags in SOURCES:
        plain, fast = regex.compile(source, flags), anchored(source, flags)
        for method in ("match", "fullmatch"):
            a = getattr(plain, method)(text, pos, end)
            b = getattr(fast, method)(text, pos, end)
            assert (a and (a.span(), a.groups(), a.groupdict())) == (
                b and (b.span(), b.groups(), b.groupdict())
            ), (source, method, text, pos, end)


def test_examples_with_groups() -> None:
    paren = anchored(r"[ \t]*\((?P<inner>[^()\n]{1,20})\)")
    m = paren.match("Minister (acting) said", 8)
    assert m is not None and m.group("inner") == "acting" and m.group(1) == "acting"
    assert paren.groups == 1
    assert anchored(r"\s+with\s", regex.IGNORECASE).match("met WITH him", 3) is not None
    assert anchored(r"[ \t]*:").match("Ms Mao said", 6) is None
    assert anchored(r"[ \t]*:").fullmatch("a  :", 1) is not None
