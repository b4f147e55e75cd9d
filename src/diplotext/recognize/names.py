"""Person names in world news: tokens, honorifics and a name grammar read token by token.

A name is a run of name words separated by single blanks (one line break is
allowed: names cut by a wrapped line): capitalized words ("Lena", "KAMADA",
"O'Brien", "Jean-Noël", "Al-Sabah"), initials ("J.", "S", "A K"), and lower-case
particles inside ("bin", "ibn", "van", "de", "dos"; see ``data/name_particles.tsv``).
It starts and ends with a capitalized word, holds at most :data:`MAX_NAME_WORDS`
words, and never takes a word of ``data/not_names.txt``, a title word or a span
that the places stage calls a country, organization or city.

The grammar works on a token list built once per document, so reading a name
is linear in its length and cannot backtrack.

>>> g = NameGrammar()
>>> text = "Sheikh Faisal bin Salem Al Harthy met L. Varga."
>>> toks = tokenize(text)
>>> span = g.read_forward(text, toks, g.skip_honorifics(text, toks, 0)[0], ())
>>> text[span[0]:span[1]]
'Faisal bin Salem Al Harthy'
>>> span = g.read_forward(text, toks, 7, ())
>>> text[span[0]:span[1]]
'L. Varga'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

import regex

from diplotext.grammar.wordlist import WordList
from diplotext.resources.loader import load_lines, load_table
from diplotext.text.normalize import fold

__all__ = [
    "MAX_NAME_WORDS",
    "NameGrammar",
    "Token",
    "TokenSpan",
    "name_key",
    "name_words",
    "plain_text",
    "similar_words",
    "token_spans",
    "token_table",
    "tokenize",
]

#: A name holds at most this many words ("Hamad bin Khalid bin Saud Al Qasimi" has 7).
MAX_NAME_WORDS = 9

# A word: letters (with combining marks) joined by apostrophes or hyphens ("O'Brien",
# "Al-Sabah", "Mana'a"); a "?" between letters is a character lost in transcoding
# ("Nov?k"). Anything else that is not a blank is a one-character token.
_TOKEN = regex.compile(r"[\p{L}\p{M}]+(?:(?:['\-]|\?(?=\p{L}))[\p{L}\p{M}]+)*|[^\s\p{L}\p{M}]")
# The same tokens by the faster stdlib engine, for :func:`plain_text` only: there the letters
# ``\p{L}`` are exactly these ranges, no marks occur, and the blanks are ``regex``'s.
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
# (A "?" joins only before a letter, as above, since letters must follow it. Not the
# possessive "*+", which would be a little faster: the stdlib has it from Python 3.11 only.)
_TOKEN_PLAIN = re.compile(rf"[{_LATIN}]+(?:['\-?][{_LATIN}]+)*|\S")
# Each as the one group of a split pattern: the pieces alternate blank, token, blank, ...,
# blank, so the running sum of their lengths gives every offset (see :func:`token_spans`).
_TOKEN_SPLIT = regex.compile(f"({_TOKEN.pattern})")
_TOKEN_SPLIT_PLAIN = re.compile(f"({_TOKEN_PLAIN.pattern})")
# A character outside the set where both engines agree on words, letters and blanks: ASCII
# but the separators \x1c-\x1f; Latin-1 signs but the letters and digits "ª", "º", "µ", "²",
# "³", "¹", "¼", "½", "¾"; the Latin letters of U+00C0-U+024F (with "×" and "÷"); general
# punctuation; currency signs; arrows ("↺" of share buttons); geometric shapes ("■", "●").
_NOT_PLAIN = re.compile(
    r"[^\x00-\x1b\x20-\x7f\u00a0-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf-\u024f"
    r"\u2010-\u203e\u20a0-\u20cf\u2190-\u21ff\u25a0-\u25ff]"
)

# Blanks allowed between two words of a name: spaces, at most one line break.
_NAME_GAP = regex.compile(r"[ \t]*(?:\n[ \t]*)?")

# Marks that may stand before the capital of a name word: the Polynesian glottal stop, the
# ʻokina ("ʻAisake", "Nukuʻalofa") and its apostrophe-like forms.
_GLOTTAL = frozenset("\u02bb\u02bc\u2018")


def _capital(word: str) -> bool:
    """True when ``word`` starts with a capital letter, maybe after an ʻokina ("ʻAisake")."""
    if not word:
        return False
    if word[0] in _GLOTTAL:
        return len(word) > 1 and word[1].isupper()
    return word[0].isupper()


# A possessive ending: "Varga's" (the apostrophe is normalized to ASCII).
_POSSESSIVE = ("'s", "'")


class Token(NamedTuple):
    """A word or a punctuation mark: ``[start, end)``; ``word`` is False for punctuation."""

    start: int
    end: int
    word: bool


#: A token as the name grammar reads it: ``(start, end, word)``, a plain tuple or a
#: :class:`Token` (plain tuples are several times cheaper to make for a whole text).
TokenSpan = tuple[int, int, bool]


def tokenize(norm: str) -> list[Token]:
    """Words and punctuation marks of ``norm`` with their offsets.

    >>> norm = "Dr. O'Brien, al-Assad"
    >>> [norm[s:e] for s, e, _ in tokenize(norm)]
    ['Dr', '.', "O'Brien", ',', 'al-Assad']
    """
    return [Token(*span) for span in token_spans(norm)]


def token_spans(norm: str) -> list[TokenSpan]:
    """The tokens of :func:`tokenize` as plain ``(start, end, word)`` tuples.

    >>> token_spans("Dr. Varga")
    [(0, 2, True), (2, 3, False), (4, 9, True)]
    """
    return token_table(norm)[0]


def token_table(norm: str, plain: bool | None = None) -> tuple[list[TokenSpan], list[int]]:
    """The tokens of :func:`token_spans` and the list of their starts (for bisection);
    ``plain`` is ``plain_text(norm)`` when the caller has it already.

    >>> token_table("Dr. Varga")[1]
    [0, 2, 4]
    """
    if plain is None:
        plain = plain_text(norm)
    scan = _TOKEN_SPLIT_PLAIN if plain else _TOKEN_SPLIT
    pieces = scan.split(norm)  # blank, token, blank, token, ..., blank
    bounds = list(accumulate(map(len, pieces)))  # the end of each piece
    # a token starts where the blank before it ends (the last blank ends the text and starts
    # nothing); it is a word when its first character is a letter. map() and zip() build the
    # tuples without a Python loop per token.
    starts = bounds[0:-1:2]
    words = map(str.isalpha, map(itemgetter(0), pieces[1::2]))
    return list(zip(starts, bounds[1::2], words, strict=True)), starts


def plain_text(text: str) -> bool:
    """True when the stdlib ``re`` engine reads ``\\w``, ``\\s`` and letters in ``text`` exactly
    as ``regex`` does (ASCII, Latin letters, common signs and punctuation), so a pattern
    written for both may run on the faster one.

    >>> plain_text("Señor Peña - 'ok'"), plain_text("x\u00b2")
    (True, False)
    """
    return _NOT_PLAIN.search(text) is None


def name_words(name: str) -> list[str]:
    """The comparable words of a name: folded, hyphens split, dots dropped.

    >>> name_words("Khaled Nasser Al-Hamad  J. Al-Sabah")
    ['khaled', 'nasser', 'al', 'hamad', 'j', 'al', 'sabah']
    """
    return fold(name).replace("-", " ").replace(".", " ").split()


def name_key(name: str) -> str:
    """One string for comparing two written forms of a name.

    >>> name_key("Al-Sabah") == name_key("al sabah")
    True
    """
    return " ".join(name_words(name))


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one substitution, insertion, deletion or swap of
    neighbours (``a != b``)."""
    if len(a) == len(b):
        diffs = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    if len(a) < len(b):
        a, b = b, a
    if len(a) != len(b) + 1:
        return False
    k = 0
    while k < len(b) and a[k] == b[k]:
        k += 1
    return a[k + 1 :] == b[k:]


def similar_words(a: str, b: str) -> bool:
    """True when two folded name words are the same word, or one is a typo of the other.

    A typo is one edit (or one swap of neighbours) in a word of at least 6 letters.

    >>> similar_words("kamoliddin", "kmaoliddin"), similar_words("ali", "alo")
    (True, False)
    """
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    if a[0] != b[0] and a[-1] != b[-1]:
        return False  # one edit cannot change both ends of a long word
    return _one_edit(a, b)


class NameGrammar:
    """Reads names forwards or backwards over a token list. Built once per stage."""

    def __init__(self, title_words: frozenset[str] = frozenset()) -> None:
        self.particles = frozenset(row["particle"] for row in load_table("name_particles"))
        # given names abbreviated with a dot: "Ma. Teresa", "Md. Touhid"
        self.abbreviations = frozenset(
            row["abbreviation"].strip().lower() for row in load_table("name_abbreviations")
        )
        self.not_names = frozenset(w.strip().lower() for w in load_lines("not_names")) | title_words
        # time-zone abbreviations in capitals ("14:00 GMT", "2 PM IST") are never a name
        # (``data/date_zones.tsv``, read by the dates stage too; "Z" would be an initial)
        self.zones = frozenset(
            zone for row in load_table("date_zones") if len(zone := row["zone"].strip()) > 1
        )
        honorifics = {row["honorific"]: row["kind"] for row in load_table("honorifics")}
        self.honorifics: WordList[str] = WordList(honorifics)
        # one-word honorifics never belong to a name ("Major" of "Major General" may: John Major)
        self.honorific_words = frozenset(
            key.rstrip(".") for key in honorifics if " " not in key.replace(".", " ").strip()
        )
        # the first two characters of every honorific ("mr", "h."): a match begins with one
        # of them, so most name words ("Ana") are ruled out before the pattern. None when a
        # key is shorter, has a blank there (any run of blanks matches it) or is not ASCII.
        # (a one-letter style, "U", starts with itself and the blank after it)
        starts = {WordList.key(key)[:2] if len(key) > 1 else key + " " for key in honorifics}
        self._honorific_starts: frozenset[str] | None = (
            frozenset(starts)
            if all(len(two) == 2 and two.isascii() and two[0] != " " for two in starts)
            else None
        )

    # -- words -------------------------------------------------------------
    def is_particle(self, word: str) -> bool:
        """A lower-case connector inside a name ("bin", "van", "de")."""
        return word in self.particles

    def is_capital_word(self, word: str) -> bool:
        """A word that may carry a name: capitalized and not a listed non-name."""
        if not _capital(word):
            # "al-Assad", "el-Sisi": particle, hyphen, capitalized rest.
            head, _, rest = word.partition("-")
            return bool(rest) and head in self.particles and rest[0].isupper()
        low = word.lower()
        if low in self.not_names or low in self.honorific_words:
            return False
        return not (word in self.zones and word.isupper())

    def _after_particle(self, norm: str, toks: Sequence[TokenSpan], j: int) -> bool:
        """True when token ``j`` is a capitalized word right after a name particle: "Said" of
        "Al Said", "Salam" of "bin Salam" (a word that alone is no name is one there)."""
        start, _, is_word = toks[j]
        if not is_word or not norm[start].isupper() or j == 0:
            return False
        p_start, p_end, p_word = toks[j - 1]
        return p_word and norm[p_end:start] == " " and norm[p_start:p_end].lower() in self.particles

    @staticmethod
    def is_initial(norm: str, toks: Sequence[TokenSpan], i: int) -> bool:
        """A single capital letter ("L" of "L. Varga", "S" of "S Rao")."""
        start, end, _ = toks[i]
        return end - start == 1 and norm[start].isupper()

    def _tight_initial(self, norm: str, toks: Sequence[TokenSpan], i: int) -> bool:
        """True when token ``i`` is an initial written right after another one's dot, with its
        own dot: "N." of "D.N. Rao" (initials run together with no blank between them)."""
        if i < 2 or i + 1 >= len(toks) or not self.is_initial(norm, toks, i):
            return False
        _, end, _ = toks[i]
        d_start, _, _ = toks[i - 1]
        return (
            norm[d_start] == "."
            and self.is_initial(norm, toks, i - 2)
            and toks[i - 2][1] == d_start
            and norm.startswith(".", end)
        )

    def _honorific_surname(self, norm: str, toks: Sequence[TokenSpan], j: int) -> bool:
        """True when token ``j``, capitalized, is a one-word style that is no title and no
        name is written after it, so it closes a name as its surname: "Bishop" of "Julie
        Bishop said" (not "Ana Ruiz and Sheikh Omar", nor "Ana Ruiz Ambassador of ...")."""
        start, end, _ = toks[j]
        word = norm[start:end]
        low = word.lower()
        if not _capital(word) or low not in self.honorific_words or low in self.not_names:
            return False
        if norm.startswith(".", end):
            return False  # "Dr." before a name
        if j + 1 < len(toks):
            n_start, n_end, n_word = toks[j + 1]
            if n_word and norm[end:n_start] == " " and _capital(norm[n_start:n_end]):
                return False  # "Sheikh Omar": the style of the next name
        return True

    def _tight_surname(self, norm: str, toks: Sequence[TokenSpan], i: int) -> bool:
        """True when token ``i`` is a capitalized word written right after the dot of an
        initial, with no blank: "Oyun-Erdene" of "L.Oyun-Erdene" (the Mongolian style of a
        patronymic initial before the given name)."""
        if i < 2 or not toks[i][2] or not self.is_initial(norm, toks, i - 2):
            return False
        d_start, d_end, _ = toks[i - 1]
        word = norm[toks[i][0] : toks[i][1]]
        return (
            norm[d_start:d_end] == "."
            and toks[i - 2][1] == d_start
            and len(word) > 2
            and self.is_capital_word(word)
            and any(c.islower() for c in word[1:3])
        )

    def is_abbreviated(self, norm: str, toks: Sequence[TokenSpan], i: int) -> bool:
        """A given name abbreviated with a dot right after it ("Ma" of "Ma. Teresa Cruz",
        "Md" of "Md. Touhid"; ``data/name_abbreviations.tsv``)."""
        start, end, is_word = toks[i]
        return (
            is_word
            and end - start <= 4
            and norm[start].isupper()
            and norm.startswith(".", end)
            and norm[start:end].lower() in self.abbreviations
        )

    # -- honorifics --------------------------------------------------------
    def skip_honorifics(
        self, norm: str, toks: Sequence[TokenSpan], i: int
    ) -> tuple[int, str | None]:
        """Index of the first token after honorifics at token ``i`` ("His Highness Sheikh Dr."),
        and the kind of the last honorific skipped (None when there was none)."""
        kind: str | None = None
        for _ in range(6):
            if i >= len(toks):
                break
            start, _, is_word = toks[i]
            if not is_word or not norm[start].isupper():
                break  # (an honorific is capitalized: no lookup for "said", "and")
            if (
                self._honorific_starts is not None
                and fold(norm[start : start + 2]) not in self._honorific_starts
            ):
                break
            m = self.honorifics.pattern.match(fold(norm[start : start + 40]))
            if m is None:
                break
            end = start + m.end()
            if m.end() == 1 and not norm.startswith(" ", end):
                break  # a one-letter style ("U Tin Maung") stands before a blank, not "U.N."
            j = i
            while j < len(toks) and toks[j][0] < end:
                j += 1
            if j < len(toks) and toks[j][0] == end and norm[end] == ".":
                j += 1
            kind = self.honorifics[m.group()]
            i = j
        return i, kind

    def honorific_before(self, norm: str, toks: Sequence[TokenSpan], i: int) -> str | None:
        """The kind of honorific right before token ``i`` ("Lord" of "Lord Hale"), or None."""
        j = i - 1
        if j >= 0 and norm[toks[j][0]] == ".":
            j -= 1
        if j < 0:
            return None
        start, end, word = toks[j]
        if not word or fold(norm[start:end]) not in self.honorific_words:
            return None
        # check the whole honorific phrase ending at token j
        k = max(0, j - 2)
        m = self.honorifics.pattern.search(fold(norm[toks[k][0] : end + 1]))
        return self.honorifics[m.group()] if m is not None else None

    # -- names ---------------------------------------------------------------
    def gap_ok(self, norm: str, end: int, start: int) -> bool:
        """True when only blanks (at most one line break) lie between ``end`` and ``start``."""
        if start == end + 1 and norm[end] == " ":
            return True  # the usual single space, without the pattern
        m = _NAME_GAP.match(norm, end, start)
        return m is not None and m.end() == start and start > end

    def read_at(
        self,
        norm: str,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        at: int,
        blocked: Sequence[bool],
    ) -> tuple[tuple[int, int, int] | None, str | None] | None:
        """The name read forward from the token that starts exactly at ``at``, its
        honorifics skipped ("Dr. Ana Ruiz"): ``(name or None, honorific)`` as
        :meth:`read_forward` and :meth:`skip_honorifics` give them; None when no token
        starts at ``at``. ``starts``: the tokens' start offsets, in order."""
        i = bisect.bisect_left(starts, at)
        if i >= len(toks) or starts[i] != at:
            return None
        i, honorific = self.skip_honorifics(norm, toks, i)
        return self.read_forward(norm, toks, i, blocked), honorific

    def read_forward(
        self,
        norm: str,
        toks: Sequence[TokenSpan],
        i: int,
        blocked: Sequence[bool],
    ) -> tuple[int, int, int] | None:
        """The name starting at token ``i``: ``(start, end, next_token)`` or None.

        ``blocked[k]`` marks tokens inside a country/organization/place span.
        """
        n = len(toks)
        if i >= n or (blocked and blocked[i]):
            return None
        first_start, first_end, is_word = toks[i]
        if not is_word:
            return None
        if i > 0 and norm[toks[i - 1][0]] in "@#" and toks[i - 1][1] == first_start:
            return None  # a social-media handle or hashtag
        first = norm[first_start:first_end]
        if not (self.is_capital_word(first) or self.is_initial(norm, toks, i)):
            return None
        last_good = -1  # token index of the last capitalized (non-initial) word
        words = 0
        j = i
        prev_end = -1
        while j < n and words < MAX_NAME_WORDS:
            start, end, is_word = toks[j]
            if (
                prev_end >= 0
                and not self.gap_ok(norm, prev_end, start)
                and not (start == prev_end and self._tight_initial(norm, toks, j))
                and not (start == prev_end and j == i + 2 and self._tight_surname(norm, toks, j))
            ):
                break
            if not is_word or (blocked and blocked[j]):
                break
            word = norm[start:end]
            if end - start == 1 and word.isupper():  # an initial (see is_initial)
                words += 1
                prev_end = end
                j += 1
                # "J." : the dot belongs to the initial
                if j < n and toks[j][0] == end and norm[end] == ".":
                    prev_end = toks[j][1]
                    j += 1
                continue
            if j + 2 < n and self.is_abbreviated(norm, toks, j):
                # "Ma. Teresa Cruz": the dot belongs to the abbreviated name
                words += 1
                prev_end = toks[j + 1][1]
                j += 2
                continue
            if word.endswith(_POSSESSIVE) and word[0].isupper() and "'" in word:
                base = word[: word.rindex("'")]
                if base and base.lower() not in self.not_names:
                    last_good = j
                    words += 1
                    j += 1
                    break
                break
            if words > 0 and last_good >= 0 and self._honorific_surname(norm, toks, j):
                # "Julie Bishop": a style word that ends a name, no name after it
                last_good = j
                words += 1
                j += 1
                break
            if self.is_capital_word(word) or (words > 0 and self._after_particle(norm, toks, j)):
                last_good = j
                words += 1
                prev_end = end
                j += 1
                continue
            if word in self.particles and words > 0:
                words += 1
                prev_end = end
                j += 1
                continue
            break
        if last_good < 0:
            return None
        start, end, _ = toks[last_good]
        word = norm[start:end]
        if word.endswith(_POSSESSIVE) and "'" in word:
            end = start + word.rindex("'")
        return first_start, end, last_good + 1

    def read_backward(
        self,
        norm: str,
        toks: Sequence[TokenSpan],
        j: int,
        blocked: Sequence[bool],
    ) -> tuple[int, int, int] | None:
        """The name whose last word is token ``j``: ``(start, end, first_token)`` or None."""
        if j < 0 or (blocked and blocked[j]):
            return None
        last_start, last_end, is_word = toks[j]
        if not is_word or not (
            self.is_capital_word(norm[last_start:last_end]) or self._after_particle(norm, toks, j)
        ):
            return None
        first = j
        words = 1
        k = j - 1
        while k >= 0 and words < MAX_NAME_WORDS:
            start, end, is_word = toks[k]
            next_start = toks[k + 1][0]
            if is_word:
                if not self.gap_ok(norm, end, next_start):
                    break
                if blocked and blocked[k]:
                    break
                word = norm[start:end]
                if self.is_capital_word(word) or self.is_initial(norm, toks, k):
                    first = k
                elif word in self.particles:
                    pass  # kept only when a capitalized word precedes it
                else:
                    break
                words += 1
                k -= 1
                continue
            # "J." : a dot right after an initial, before the next word
            if (
                norm[start] == "."
                and k > 0
                and toks[k - 1][1] == start
                and (self.is_initial(norm, toks, k - 1) or self.is_abbreviated(norm, toks, k - 1))
                and (
                    self.gap_ok(norm, end, next_start)
                    or (next_start == end and self._tight_initial(norm, toks, k + 1))
                )
                and not (k > 1 and toks[k - 2][2] and toks[k - 2][1] == toks[k - 1][0])
            ):
                # the initial must not be the honorific "Dr" etc.: is_initial ensures one letter
                first = k - 1
                words += 1
                k -= 2
                continue
            break
        # a leading initial alone before a non-initial word is fine; strip leading particles
        while first < j and norm[toks[first][0]].islower():
            first += 1
        if first > 0 and toks[first - 1][2]:
            before = norm[toks[first - 1][0] : toks[first - 1][1]].lower()
            if before in self.honorific_words:
                # a style of several words that opens with a one-word style ("Samdech Moha
                # Borvor Thipadei Hun Manet"): the name starts after the whole style
                after, _ = self.skip_honorifics(norm, toks, first - 1)
                if first < after <= j:
                    first = after
        first_start = toks[first][0]
        if not _capital(norm[first_start : first_start + 2]):
            return None
        if first > 0:
            before_start, before_end, _ = toks[first - 1]
            if norm[before_start] in "@#" and before_end == first_start:
                return None
            if norm[before_start].isdigit():
                return None  # "13 May": a date, not a person
        return first_start, last_end, first
