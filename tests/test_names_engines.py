"""The stdlib fast paths of tokenizing and title scanning read text exactly as ``regex`` does.

:func:`diplotext.recognize.names.plain_text` picks the stdlib engine only for text where both
engines agree on words, letters and blanks; these tests compare both engines on random text
(fixed seeds) built from characters inside and outside that set.
"""

from __future__ import annotations

import random

import pytest

from diplotext.recognize import names
from diplotext.recognize.officials import OfficialStage
from diplotext.text.normalize import fold

STAGE = OfficialStage({})
# characters where the engines agree, and some where they do not (marks, superscripts,
# symbols, separators \x1c-\x1f, joiners): texts with the latter must take the regex path
PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \t\n.,;:'-?()_\"/"
LATIN = "éèñçÉÑüöÅåßøØłŁšŠžŽğĞıİ×÷"
PUNCT = "\u2010\u2013\u2026\u2030\u2039"
OTHER = "\u0301\u00b2\u00bd\u24d0\u203f\u200d\x1c\x1f\u0430\u4e2d\u00aa"
WORDS = ["minister", "foreign", "president", "prime", "of", "the", "ambassador", "secretary"]


def _text(rng: random.Random, alphabet: str) -> str:
    parts = []
    for _ in range(rng.randint(1, 40)):
        if rng.random() < 0.4:
            parts.append(rng.choice(WORDS))
        else:
            parts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6))))
        parts.append(rng.choice([" ", " ", "\n", "-", "", "  "]))
    return "".join(parts)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("alphabet", [PLAIN, PLAIN + LATIN + PUNCT, PLAIN + LATIN + OTHER])
def test_engines_agree(seed: int, alphabet: str) -> None:
    rng = random.Random(seed)
    for _ in range(150):
        text = _text(rng, alphabet)
        slow = [(m.start(), m.end()) for m in names._TOKEN.finditer(text)]
        assert [(t.start, t.end) for t in names.tokenize(text)] == slow, repr(text)
        if names.plain_text(text):
            fast = [m.span() for m in names._TOKEN_PLAIN.finditer(text)]
            assert fast == slow, repr(text)
        folded = fold(text)
        if names.plain_text(folded):
            plain = STAGE.titles._core_scan_plain
            assert plain is not None
            scans = STAGE.titles.cores.pattern, plain
            a, b = ([m.span() for m in scan.finditer(folded)] for scan in scans)
            assert a == b, repr(text)


def test_plain_text_set() -> None:
    assert names.plain_text("Foreign Minister Jiří Novák - 'yes'")
    for ch in OTHER:
        assert not names.plain_text(f"Ana{ch}Ruiz"), repr(ch)
