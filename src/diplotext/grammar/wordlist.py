"""One compiled pattern for thousands of phrases: a trie turned into a regex.

A :class:`WordList` maps folded keys (see :func:`~diplotext.text.normalize.fold`)
to payloads. Its pattern is built from a character trie, so the alternation at
each node starts with distinct characters: matching is linear in the text and
cannot backtrack catastrophically; at every node the longer continuation is
tried first, so the longest entry wins. Word boundaries go around the whole
group, not around each entry.

Match it against the FOLDED text (same length as the original); use the
match's offsets on the original text.

>>> from diplotext.text.normalize import fold
>>> wl = WordList({"guinea": "GN", "guinea-bissau": "GW", "equatorial guinea": "GQ"})
>>> text = "Equatorial Guinea and Guinea-Bissau, not Guineas"
>>> [(m.group(), wl[m.group()]) for m in wl.finditer(fold(text))]
[('equatorial guinea', 'GQ'), ('guinea-bissau', 'GW')]
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import Generic, TypeVar

import regex

from diplotext.text.normalize import fold

__all__ = ["WordList", "trie_pattern"]

T = TypeVar("T")


# The last code point: no character sorts after it.
_LAST_CHAR = "\U0010ffff"

# Characters that stand for "any run of spaces" inside a key.
_SPACE = r"\s+"

# A key that begins with a word character (see the "\b" prefix in WordList).
_WORD_START = regex.compile(r"\w")


@functools.cache
def _escape(char: str) -> str:
    """One key character as regex source (a space: any whitespace run); cached, as the
    tries of all word lists escape the same few hundred characters tens of thousands of
    times when a Parser is built."""
    if char == " ":
        return _SPACE
    return regex.escape(char)


def _emit(keys: list[str], lo: int, hi: int, depth: int) -> str:
    """Regex source for the trie node of ``keys[lo:hi]`` (sorted, distinct, all sharing
    their first ``depth`` characters): the keys' rests after that prefix, the longer tried
    first. A node is read from the sorted keys themselves, no tree built: its children
    are the runs of keys with the same next character, found by bisection."""
    ends = len(keys[lo]) == depth  # the prefix itself is a key (it sorts first)
    if ends:
        lo += 1
    if lo == hi:
        return ""
    first, last = keys[lo], keys[hi - 1]
    if not ends and first[depth] == last[depth]:
        # One child: the characters all keys share from here on are a plain run (no key
        # ends inside it, as such a key would sort first and stop the run).
        stop = depth + 1
        limit = min(len(first), len(last))
        while stop < limit and first[stop] == last[stop]:
            stop += 1
        run = "".join(map(_escape, first[depth:stop]))
        return run + _emit(keys, lo, hi, stop)
    branches: list[str] = []
    singles: list[str] = []
    prefix = first[:depth]
    i = lo
    while i < hi:
        char = keys[i][depth]
        if char == _LAST_CHAR:
            j = hi
        else:
            j = bisect.bisect_left(keys, prefix + chr(ord(char) + 1), i + 1, hi)
        if j == i + 1 and len(keys[i]) == depth + 1:
            singles.append(char)  # a key ending right after the character
        else:
            branches.append(_escape(char) + _emit(keys, i, j, depth + 1))
        i = j
    if singles:
        if len(singles) == 1:
            branches.append(_escape(singles[0]))
        elif " " in singles:
            branches.extend(_escape(c) for c in singles)
        else:
            branches.append("[" + "".join(_escape(c) for c in singles) + "]")
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # Optional continuation: greedy, so the longer key is tried first.
        return "(?:" + body + ")?"
    return body


def trie_pattern(keys: Iterable[str]) -> str:
    """A regex source matching exactly ``keys`` (longest first), as one non-capturing group.

    A space in a key matches any run of whitespace in the text.

    >>> trie_pattern(["un", "unaoc", "unesco"])
    '(?:un(?:(?:aoc|esco))?)'
    """
    ordered = sorted(set(keys) - {""})
    if not ordered:
        return "(?!)"
    return "(?:" + _emit(ordered, 0, len(ordered), 0) + ")"


class WordList(Generic[T]):
    """Folded phrase -> payload, with one compiled boundary-checked pattern.

    Keys are folded and their inner whitespace collapsed to single spaces; the
    pattern matches any whitespace run there. Look a match up with
    ``wordlist[match.group()]`` (whitespace is collapsed again on lookup).
    The pattern is compiled on first use: a list whose source another pattern
    embeds, or that only some texts need, costs no compile at start-up.
    """

    __slots__ = ("_compiled", "_entries", "source_text")

    def __init__(self, entries: Mapping[str, T], *, boundary: bool = True) -> None:
        self._entries: dict[str, T] = {}
        for key, value in entries.items():
            self._entries[self.key(key)] = value
        #: the regex source of :attr:`pattern` (see :meth:`source`)
        self.source_text = self.source(self._entries, boundary=boundary)
        self._compiled: regex.Pattern[str] | None = None

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The compiled pattern (by ``regex``), compiled on first use.

        >>> WordList({"talks": 1}).pattern.search("held talks").span()
        (5, 10)
        """
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regex.compile(self.source_text, regex.V0)
        return compiled

    @classmethod
    def source(cls, phrases: Iterable[str], *, boundary: bool = True) -> str:
        r"""The regex source a WordList of ``phrases`` compiles (any engine reads it).

        >>> print(WordList.source(["UN", "un  agency"]))
        \b(?<![\w])(?:un(?:\s+agency)?)(?![\w])
        """
        keys = sorted({cls.key(p) for p in phrases} - {""})
        source = trie_pattern(keys)
        if not boundary:
            return source
        source = r"(?<![\w])" + source + r"(?![\w])"
        if keys and all(_WORD_START.match(k) for k in keys):
            # Every key starts a word, so a match starts at a word boundary: "\b" says
            # the same as the look-behind, but lets the engine skip the positions inside
            # words before it tries the trie (several times faster).
            source = r"\b" + source
        return source

    @staticmethod
    def key(phrase: str) -> str:
        """The lookup key of ``phrase``: folded as the text is (:func:`fold`: lower case,
        no diacritics), whitespace collapsed, so "Tête-à-tête" and "tete-a-tete" are
        one key and match either spelling in the text.

        >>> WordList.key("  Tête-à-tête  Talks")
        'tete-a-tete talks'
        """
        return " ".join(fold(phrase).split())

    def __getitem__(self, phrase: str) -> T:
        return self._entries[self.key(phrase)]

    def get(self, phrase: str, default: T | None = None) -> T | None:
        """The payload of ``phrase``, or ``default``."""
        return self._entries.get(self.key(phrase), default)

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and self.key(phrase) in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def finditer(
        self, folded: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        """Non-overlapping longest matches in ``folded`` text (see :func:`fold`)."""
        if endpos is None:
            return self.pattern.finditer(folded, pos)
        return self.pattern.finditer(folded, pos, endpos)
