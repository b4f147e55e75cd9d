"""Every longest phrase of a trie at every word start, from one scan.

A trie pattern finds non-overlapping phrases; a phrase may also begin inside
one found ("will be held in": "be held", "held in"). Rather than trying the trie
at every position, one scan finds the phrases after the non-word character
before them (a class the stdlib engine skips to quickly), and only the inner
word starts where some phrase begins are tried again (:func:`retry_starts`).
The event grammar and the topic cues both read their phrases this way.

>>> import re
>>> keys = ["be held", "held in", "will be held"]
>>> pattern = re.compile(NONWORD + "(" + "|".join(keys) + r")(?![\\w])")
>>> longest_phrases(pattern, " will be held in May", retry_starts(keys), 1)
[(0, 'will be held'), (5, 'be held'), (8, 'held in')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = [
    "ASCII_NONWORD",
    "NONWORD",
    "first_word",
    "inner_starts",
    "longest_phrases",
    "retry_starts",
]

#: Any ASCII character but a word character (``[^A-Za-z0-9_]`` within ASCII), as a class
#: of ranges: a pattern starting with it is searched by the stdlib engine's fast class scan.
ASCII_NONWORD = r"[\x00-/:-@\[-^`{-\x7f]"
#: Any character but an ASCII word character that is no word character either: the
#: class lets the engine skip ASCII words, the look-behind rejects "é" and other letters.
NONWORD = r"[\x00-/:-@\[-^`{-\U0010ffff](?<=\W)"


# A run of word characters (stdlib "\w": the letters and digits of str.isalnum, and "_"),
# and a word character after a non-word one: "the" and "t" of "at the".
_WORD_RUN = re.compile(r"\w*")
_INNER_WORD = re.compile(r"(?<=\W)\w")


def first_word(phrase: str) -> str:
    """``phrase`` up to its first non-word character.

    >>> first_word("the two sides"), first_word("g7's summit"), first_word("met")
    ('the', 'g7', 'met')
    """
    match = _WORD_RUN.match(phrase)
    return match.group() if match else ""


def inner_starts(phrase: str) -> tuple[int, ...]:
    """Offsets of the words of ``phrase`` after its first.

    >>> inner_starts("at the invitation of"), inner_starts("g7's summit")
    ((3, 7, 18), (3, 5))
    """
    return tuple(m.start() for m in _INNER_WORD.finditer(phrase))


def retry_starts(keys: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """Per key, its inner word starts where another key may begin: a word no key starts
    with begins none, and is not tried again.

    >>> retry_starts(["peace talks", "talks on"])
    {'peace talks': (6,), 'talks on': ()}
    """
    keys = list(keys)
    firsts = {first_word(k) for k in keys}
    return {k: tuple(i for i in inner_starts(k) if first_word(k[i:]) in firsts) for k in keys}


def longest_phrases(
    pattern: re.Pattern[str], text: str, retries: Mapping[str, tuple[int, ...]], group: int
) -> list[tuple[int, str]]:
    """(start, phrase) of the longest phrase at every word start where one begins.

    ``pattern`` is the trie, either after the character before a phrase (the phrase is
    ``group`` 1, ``text`` a blank and the folded text, and offsets are those of the folded
    text) or tried at every position (``group`` 0, ``text`` the folded text).
    ``retries`` is :func:`retry_starts` of the trie's keys.
    """
    match = pattern.match
    out: list[tuple[int, str]] = []
    for m in pattern.finditer(text):
        start, phrase = m.start(group) - group, m[group]
        out.append((start, phrase))
        offsets = retries.get(phrase)
        if offsets is None:  # a run of blanks inside the phrase
            offsets = inner_starts(phrase)
        for i in offsets:
            # at ``start + i`` in ``text``: the word start, or the character before it
            inner = match(text, start + i)
            if inner is not None:
                out.append((start + i, inner[group]))
    return out
