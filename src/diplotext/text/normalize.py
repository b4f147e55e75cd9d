r"""Length-preserving normalization: typographic variants become plain ASCII.

Every replacement maps ONE character to ONE character, so an offset into the
normalized string is the same offset into the original. Recognizers match on
the normalized string and report spans that index the original.

>>> normalize("Azerbaijan\u2019s \u201cpeace\u201d\u00a0talks \u2013 2022\r\n")
'Azerbaijan\'s "peace" talks - 2022 \n'
>>> len(normalize("a\u200bb")) == 3
True
>>> fold("TÜRKİYE's"), fold("Hà Nội"), fold("Łódź")
("turkiye's", 'ha noi', 'lodz')
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "fold_case", "normalize"]

_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SPACES = "\u00a0\u1680\u202f\u205f\u3000\t" + "".join(map(chr, range(0x2000, 0x200B)))
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_LINE_BREAKS = "\u2028\u2029\u000b\u000c\u0085"

_TABLE: dict[int, str] = {}
_TABLE.update(dict.fromkeys(map(ord, _SINGLE_QUOTES), "'"))
_TABLE.update(dict.fromkeys(map(ord, _DOUBLE_QUOTES), '"'))
_TABLE.update(dict.fromkeys(map(ord, _DASHES), "-"))
_TABLE.update(dict.fromkeys(map(ord, _SPACES + _ZERO_WIDTH), " "))
_TABLE.update(dict.fromkeys(map(ord, _LINE_BREAKS), "\n"))
# Other C0 controls (but \n and \r, handled below) and DEL become spaces.
_TABLE.update({c: " " for c in range(0x20) if c not in (0x0A, 0x0D) and c not in _TABLE})
_TABLE[0x7F] = " "
# Lone surrogates cannot be encoded; treat them as spaces.
_TABLE.update(dict.fromkeys(range(55296, 57344), " "))

# Most articles hold only a few characters to replace: find them with one
# character-class scan (stdlib ``re``; a class cannot backtrack) and replace
# each, instead of translating every character of the text.
_BY_CHAR = {chr(code): repl for code, repl in _TABLE.items()}
_SPECIAL = re.compile(
    "["
    + "".join(re.escape(c) for c in _BY_CHAR if not 0xD800 <= ord(c) <= 0xDFFF)
    + "\\ud800-\\udfff]"
)


def _replace(match: re.Match[str]) -> str:
    return _BY_CHAR[match.group()]


def normalize(text: str) -> str:
    """Return ``text`` with quotes, dashes, spaces and line breaks made plain.

    The result has exactly ``len(text)`` characters. ``\\r\\n`` becomes
    ``" \\n"`` and a lone ``\\r`` becomes ``"\\n"``.
    """
    out = _SPECIAL.sub(_replace, text)
    if "\r" in out:
        out = out.replace("\r\n", " \n").replace("\r", "\n")
    return out


# Letters with diacritics in the Latin blocks (Latin-1 Supplement, Extended-A and -B,
# Extended Additional: Vietnamese) -> their base letter, lower-cased, ONE character for
# ONE (so "México", "Hà Nội", "Türkiye" fold as "mexico", "ha noi", "turkiye"): the
# Unicode decomposition's first character when all the others are combining marks ("é"
# = "e" + U+0301; not "ß", "æ", "ĳ", whose decompositions are none or letters), and a
# few letters written with a stroke, which Unicode does not decompose ("ø", "ł", "đ",
# "ħ"; the dotless "ı"). Built once.
_STROKED = {"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŀ": "l"}


def _accent_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        parts = unicodedata.normalize("NFD", char)
        if len(parts) > 1 and all(unicodedata.combining(c) for c in parts[1:]):
            base = parts[0].lower()
            if len(base) == 1 and base.isascii():
                table[char.lower() if len(char.lower()) == 1 else char] = base
    for char, base in _STROKED.items():
        table[char] = base
    return table


_ACCENTED = _accent_table()
# The accented letters, found with one character-class scan (folded text has no capitals
# left but "İ", whose lower case is two characters; see :func:`fold`).
_ACCENTED_CLASS = re.compile("[" + "".join(sorted(_ACCENTED)) + "]")


def _unaccent(match: re.Match[str]) -> str:
    return _ACCENTED[match.group()]


def fold(text: str) -> str:
    """Lower-case ``text`` and drop its letters' diacritics, without changing its
    length (for gazetteer lookups: "México" and "Mexico" fold alike; see
    :func:`fold_case` for the lower case). ASCII text costs one ``str.lower``.
    """
    low = fold_case(text)
    if low.isascii():
        return low
    return _ACCENTED_CLASS.sub(_unaccent, low)


def fold_case(text: str) -> str:
    """Lower-case ``text`` without changing its length, diacritics kept (``"İ"``, which
    ``str.lower`` turns into two characters, becomes ``"i"``).

    >>> fold_case("TÜRKİYE")
    'türkiye'
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text).replace("İ", "i")
