r"""Length-preserving normalization: typographic variants become plain ASCII.

Every replacement maps ONE character to ONE character, so an offset into the
normalized string is the same offset into the original. Recognizers match on
the normalized string and report spans that index the original.

>>> normalize("Azerbaijan\u2019s \u201cpeace\u201d\u00a0talks \u2013 2022\r\n")
'Azerbaijan\'s "peace" talks - 2022 \n'
>>> len(normalize("a\u200bb")) == 3
True
>>> fold("TÜRKİYE's")
"türkiye's"
"""

from __future__ import annotations

import re

__all__ = ["fold", "normalize"]

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


def fold(text: str) -> str:
    """Lower-case ``text`` without changing its length (for gazetteer lookups).

    ``str.lower`` turns a few characters into two (``"İ"``); those are
    lowered one at a time and keep a single character.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text).replace("İ", "i")
