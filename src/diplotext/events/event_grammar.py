"""The event grammar: trigger phrases and cue words, compiled once from data files.

``data/event_triggers.tsv`` lists the phrases that report a contact ("met with",
"held phone talks", "political consultations") with their event type, CAMEO
code, PLOVER type/mode and *frame* (how the sides are read around them);
``data/event_cues.tsv`` lists the small word lists read around a trigger
(planned-status cues, exclusions, anaphors, greetings...). Each list becomes
one :class:`~diplotext.grammar.wordlist.WordList`, so a scan is one linear
regex pass per list.

>>> g = EventGrammar.default()
>>> scan = g.scan("Bayramov will meet Lavrov in Baku.")
>>> [(t.start, t.end, t.type) for t in scan.triggers]
[(14, 18, 'meeting')]
>>> [(c.start, c.end) for c in scan.cues["planned"]]
[(9, 13)]
>>> g.scan("He met the leader.").cues["anaphor_head"][0].roles
('head_of_state', 'head_of_government')
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

import regex

from diplotext.errors import GazetteerError
from diplotext.grammar.phrases import ASCII_NONWORD, NONWORD, longest_phrases, retry_starts
from diplotext.grammar.wordlist import WordList, trie_pattern
from diplotext.resources.loader import Table, load_table
from diplotext.text.normalize import fold

__all__ = [
    "CUE_KINDS",
    "EVENT_TYPES",
    "FRAMES",
    "TYPE_PRIORITY",
    "Cue",
    "EventGrammar",
    "Scan",
    "Trigger",
    "TriggerRow",
]

#: Event types of the guidelines.
EVENT_TYPES = (
    "meeting",
    "phone_call",
    "political_consultations",
    "visit",
    "summit",
    "reception",
    "signing",
)

#: When a sentence holds several triggers, the type that describes the contact best
#: (lower wins): a visit "and held talks" is a meeting; a call is a call; "met ... ahead
#: of the APEC summit" is a meeting (talks between heads become a summit anyway).
TYPE_PRIORITY = {
    "phone_call": 0,
    "political_consultations": 1,
    "meeting": 2,
    "summit": 3,
    "reception": 4,
    "signing": 5,
    "visit": 6,
}

#: How a trigger's sides are read (see the header of ``event_triggers.tsv``).
FRAMES = ("contact", "joint", "receive", "call_on", "by", "visit", "none")

#: Kinds of cue in ``event_cues.tsv``.
CUE_KINDS = (
    "planned",
    "planned_adjacent",
    "planned_after",
    "exclude_hard",
    "attendance",
    "exclude_soft",
    "relative",
    "anaphor_pronoun",
    "anaphor_head",
    "greeting",
    "lead",
    "opening",
    "at_occasion",
    "background",
    "sidelines",
    "host",
    "speech",
    "title_gap",
    "multilateral",
    "split",
    "participation",
    "frame",
    "here",
    "negation",
    "former",
    "not_a_side",
    "split_next",
    "plural_anaphor",
    "joining",
    "preparing",
    "place_topic",
    "plan_of",
)


# Quotes and a connective that may stand before a sentence's opening clause:
# '"Furthermore, during the visit, ...'.
_CONNECTIVES = (
    "furthermore",
    "moreover",
    "additionally",
    "also",
    "later on",
    "later",
    "then",
    "meanwhile",
    "in addition",
    "besides",
    "similarly",
    "separately",
    "earlier",
)
_LEADING = regex.compile(r"[\s\"'(\[]*(?:(?:" + "|".join(_CONNECTIVES) + r")\s*,?\s*)?")


class TriggerRow(NamedTuple):
    """One row of ``event_triggers.tsv``: what a trigger phrase says about the contact."""

    type: str
    cameo: str
    plover: str
    mode: str
    frame: str


class Trigger(NamedTuple):
    """A trigger found in the text: ``[start, end)`` and its row's fields."""

    start: int
    end: int
    type: str
    cameo: str
    frame: str


class Cue(NamedTuple):
    """A cue found in the text; ``roles`` only for titles standing for an official."""

    start: int
    end: int
    roles: tuple[str, ...] = ()


class Scan(NamedTuple):
    """Everything the grammar finds in one text, each list in text order."""

    triggers: tuple[Trigger, ...]
    cues: dict[str, tuple[Cue, ...]]


def _trigger_rows(table: Table) -> dict[str, TriggerRow]:
    out: dict[str, TriggerRow] = {}
    for line, row in table.located():
        pattern = WordList.key(row["pattern"])
        if not pattern:
            raise GazetteerError(table.name, line, "empty pattern")
        if row["type"] != "-" and row["type"] not in EVENT_TYPES:
            raise GazetteerError(table.name, line, f"unknown event type {row['type']!r}")
        if row["frame"] not in FRAMES:
            raise GazetteerError(table.name, line, f"unknown frame {row['frame']!r}")
        if pattern in out:
            raise GazetteerError(table.name, line, f"duplicate pattern {pattern!r}")
        out[pattern] = TriggerRow(
            row["type"], row["cameo"], row["plover"], row["mode"], row["frame"]
        )
    return out


def _cue_lists(table: Table) -> dict[str, dict[str, tuple[str, ...]]]:
    out: dict[str, dict[str, tuple[str, ...]]] = {kind: {} for kind in CUE_KINDS}
    for line, row in table.located():
        kind = row["kind"]
        if kind not in out:
            raise GazetteerError(table.name, line, f"unknown cue kind {kind!r}")
        cue = WordList.key(row["cue"])
        if not cue:
            raise GazetteerError(table.name, line, "empty cue")
        if cue in out[kind]:
            raise GazetteerError(table.name, line, f"duplicate {kind} cue {cue!r}")
        roles = row.get("roles", "")
        out[kind][cue] = tuple(r for r in roles.split("|") if r)
    return out


#: The list name of triggers in the one-pass trie (the others are cue kinds).
_TRIGGER = "trigger"
#: A phrase of the one-pass trie standing for a shorter phrase it begins with:
#: (its length in the key, its list: a cue kind or ``trigger``, the trigger row, cue roles).
_Sub = tuple[int, str, TriggerRow | None, tuple[str, ...]]
#: A cue a phrase stands for: (its length in the key, its kind, roles, read everywhere).
_CueSub = tuple[int, str, tuple[str, ...], bool]


class _Plan(NamedTuple):
    """What a phrase of the one-pass trie stands for, worked out once per key."""

    #: (length in the key, row) of the longest trigger the phrase begins with
    trigger: tuple[int, TriggerRow] | None
    #: the cues it begins with, longest first
    cues: tuple[_CueSub, ...]
    #: a kind stands more than once in ``cues`` (only its longest that fits counts)
    repeats: bool


def _plan(subs: Sequence[_Sub]) -> _Plan:
    """The :class:`_Plan` of a phrase from its subphrases (longest first)."""
    trigger = next(((size, row) for size, kind, row, _ in subs if row is not None), None)
    cues = tuple(
        (size, kind, roles, kind in _EVERYWHERE)
        for size, kind, _, roles in subs
        if kind != _TRIGGER
    )
    return _Plan(trigger, cues, len({c[1] for c in cues}) < len(cues))


#: One word character (compiled once: the grammar tests thousands of phrase characters).
_WORD_CHAR = regex.compile(r"\w")


class EventGrammar:
    """Compiled trigger and cue lists. Immutable; build once (see :meth:`default`)."""

    __slots__ = (
        "_adjacent",
        "_adjacent_hint",
        "_after_blank",
        "_after_nonword_compiled",
        "_after_source",
        "_inner",
        "_kinds",
        "_opening",
        "_opening_hint",
        "_plans",
        "_scanner_compiled",
        "_triggers",
        "_union_compiled",
        "_union_source",
        "not_a_side",
        "title_gap_words",
        "trigger_rows",
    )

    def __init__(self, triggers: Table, cues: Table) -> None:
        self.trigger_rows = _trigger_rows(triggers)
        # lookup key -> row, as a WordList of the rows would hold them (its pattern is never
        # needed: the one-pass scanner below finds the triggers)
        self._triggers: dict[str, TriggerRow] = {
            WordList.key(k): row for k, row in self.trigger_rows.items()
        }
        lists = _cue_lists(cues)
        #: Lower-case words allowed inside a title before a name (``title_gap`` cues).
        self.title_gap_words = frozenset(lists.pop("title_gap"))
        #: Titles whose holders speak about a contact but are no side of it ("spokesperson"),
        #: matched in an official's title.
        self.not_a_side: WordList[tuple[str, ...]] = WordList(lists.pop("not_a_side"))
        # Two kinds are only ever read at one place, so they are matched there rather than
        # searched for everywhere: "opening" at a sentence's start, "planned_adjacent"
        # right before a trigger ("to meet").
        opening = lists.pop("opening")
        self._opening: WordList[tuple[str, ...]] = WordList(opening)
        # What a sentence with an opening cue starts with: a quote or bracket, a connective
        # (both skipped before the cue) or the cue's first word. One cheap test skips the
        # other sentences.
        heads = sorted({WordList.key(w).split()[0] for w in opening})
        self._opening_hint = re.compile(
            r"[\s\"'(\[]|"
            + "|".join(re.escape(c) for c in _CONNECTIVES)
            + "|(?:"
            + "|".join(re.escape(h) for h in heads)
            + ")(?![a-z0-9_])"
        )
        adjacent_keys = sorted(WordList.key(w) for w in lists.pop("planned_adjacent"))
        adjacent = trie_pattern(adjacent_keys)
        # the first words of the adjacent cues: a trigger with none just before has none
        heads = sorted({k.split()[0] for k in adjacent_keys})
        self._adjacent_hint = re.compile("|".join(re.escape(h) for h in heads) or "(?!)")
        self._adjacent = regex.compile(r"(?<![\w])" + adjacent + r"\s+\Z")
        self._kinds = tuple(lists)
        # One pass finds the triggers and every cue: the phrases of all lists in one trie,
        # matched at each word start (overlapped). A phrase found also stands for each
        # shorter phrase it begins with ("at the invitation of" holds "at the"), so every
        # list still gets its own longest match, as if it were searched on its own.
        by_key: dict[str, list[tuple[str, TriggerRow | None, tuple[str, ...]]]] = {}
        for key, row in self.trigger_rows.items():
            by_key.setdefault(key, []).append((_TRIGGER, row, ()))
        for kind, words in lists.items():
            for key, roles in words.items():
                by_key.setdefault(key, []).append((kind, None, roles))
        self._plans: dict[str, _Plan] = {}
        for key in by_key:
            subs: list[_Sub] = []
            for size in range(len(key), 0, -1):
                if size < len(key) and _WORD_CHAR.match(key[size]):
                    continue
                for kind, trig_row, roles in by_key.get(key[:size], ()):
                    subs.append((size, kind, trig_row, roles))
            self._plans[key] = _plan(subs)
        source = trie_pattern(sorted(by_key))
        # "\b" before a key that starts with a word character is "(?<!\w)", and faster.
        word_first = all(_WORD_CHAR.match(k) for k in by_key)
        start = r"\b" if word_first else r"(?<![\w])"
        self._union_source = start + source + r"(?![\w])"
        self._union_compiled: regex.Pattern[str] | None = None
        # The literal trie read by the stdlib engine, whose scanner skips non-matching
        # positions many times faster than ``regex`` (the tests check both find the same).
        self._scanner_compiled: re.Pattern[str] | None = None
        # The same trie after the non-word character that stands before a phrase (when every
        # key starts a word), in ASCII text and in any text: what the scan reads (``_phrases``).
        # (the second is compiled on first use: most texts fold to ASCII)
        self._after_blank: re.Pattern[str] | None = None
        self._after_source: str | None = None
        self._after_nonword_compiled: re.Pattern[str] | None = None
        if word_first:
            after = "(" + source + r")(?![\w])"
            self._after_blank = re.compile(ASCII_NONWORD + after)
            self._after_source = NONWORD + after
        # The inner word starts of each phrase where another phrase may begin: a word no
        # phrase starts with begins none, and is not tried again.
        self._inner = retry_starts(by_key)

    @property
    def _after_nonword(self) -> re.Pattern[str] | None:
        """The trie after the non-word character before a phrase, in any text (None when
        a key starts with a non-word character), compiled on first use."""
        compiled = self._after_nonword_compiled
        if compiled is None and self._after_source is not None:
            compiled = self._after_nonword_compiled = re.compile(self._after_source)
        return compiled

    @property
    def _scanner(self) -> re.Pattern[str]:
        """The trie tried at every position by the stdlib engine, compiled on first use:
        the scan needs it only for a grammar with a key that starts with a non-word
        character (the checks compare the others with it)."""
        compiled = self._scanner_compiled
        if compiled is None:
            # compiling twice from two threads is harmless: both results are equal
            compiled = re.compile(self._union_source)
            self._scanner_compiled = compiled
        return compiled

    @property
    def _union(self) -> regex.Pattern[str]:
        """The scanner's trie compiled with ``regex`` (for overlapped matching in checks),
        compiled on first use: parsing never needs it.

        >>> g = EventGrammar.default()
        >>> g._union.pattern == g._scanner.pattern
        True
        """
        compiled = self._union_compiled
        if compiled is None:
            # compiling twice from two threads is harmless: both results are equal
            compiled = regex.compile(self._union_source, regex.V0)
            self._union_compiled = compiled
        return compiled

    @staticmethod
    @functools.cache
    def default() -> EventGrammar:
        """The grammar of the package's data files (built once per process)."""
        return EventGrammar(
            load_table("event_triggers", ("pattern", "type", "cameo", "plover", "mode", "frame")),
            load_table("event_cues", ("cue", "kind")),
        )

    def trigger(self, phrase: str) -> TriggerRow | None:
        """The row of a trigger phrase, or None.

        >>> EventGrammar.default().trigger("Held  Talks").type
        'meeting'
        """
        return self._triggers.get(WordList.key(phrase))

    def _phrases(self, folded: str) -> list[tuple[int, str]]:
        """(start, text) of the longest phrase at every word start where one begins.

        One non-overlapping scan, then a look at each word start inside a phrase found
        ("will be held in": "be held", "held in"); the same as an overlapped scan.

        A phrase starts a word, so a non-word character stands before it (a blank put
        before the text serves the phrase at offset 0): searching for that character
        first, a class the stdlib engine skips to (in ASCII text one of the few ASCII
        non-word characters), finds the same phrases as the trie tried at every position,
        faster.
        """
        pattern = self._after_blank if folded.isascii() else self._after_nonword
        if pattern is None:  # a key starts with a non-word character: try every position
            text, group, pattern = folded, 0, self._scanner
        else:  # the phrase is group 1, after its character; offsets in text are one more
            text, group = " " + folded, 1
        return longest_phrases(pattern, text, self._inner, group)

    def scan(
        self, text: str, sentences: Sequence[tuple[int, int]] = (), folded: str | None = None
    ) -> Scan:
        """Triggers (type ``-`` rows dropped) and cues of ``text`` (original or normalized).

        With ``sentences`` (their ``(start, end)`` in text order), cues read only around a
        trigger are looked for in the sentences that hold one, and ``opening`` cues at the
        sentences' starts (after quotes and a connective such as "Furthermore,"); without
        them, the whole text is one sentence. ``folded`` is ``fold(text)`` when the caller
        has it already.
        """
        if folded is None:
            folded = fold(text)
        spans = list(sentences) or [(0, len(folded))]
        found = self._found(folded)
        triggers = _triggers(found)
        cues = self._cues(found, _regions(spans, [t.start for t in triggers]))
        cues["planned_adjacent"] = self._planned_adjacent(folded, triggers)
        cues["opening"] = self._openings(folded, spans)
        return Scan(tuple(triggers), cues)

    def _found(self, folded: str) -> list[_Found]:
        """Every phrase of the trie at every word start, with its plan."""
        plans = self._plans
        found: list[_Found] = []
        for start, matched in self._phrases(folded):
            plan = plans.get(matched)
            if plan is None:  # a run of blanks inside the phrase
                key = WordList.key(matched)
                found.append((start, matched, len(key), plans[key]))
            else:
                found.append((start, matched, len(matched), plan))
        return found

    def _cues(
        self, found: Sequence[_Found], regions: Sequence[tuple[int, int]]
    ) -> dict[str, tuple[Cue, ...]]:
        """The cues of each kind among ``found``: the longest of the kind at each word start
        that does not overlap the previous one; kinds read only around a trigger only
        inside ``regions``."""
        region_starts = [r[0] for r in regions]
        lists: dict[str, list[Cue]] = {kind: [] for kind in self._kinds}
        reaches = dict.fromkeys(self._kinds, -1)
        for start, matched, key_size, (_, cues, repeats) in found:
            if not cues:
                continue
            exact = len(matched) == key_size
            limit = None  # end of the region holding ``start`` (-1: none)
            done: set[str] | None = set() if repeats else None
            for size, kind, roles, everywhere in cues:
                if start < reaches[kind] or (done is not None and kind in done):
                    continue
                end = start + size if exact else start + _span(matched, key_size, size)
                if not everywhere:
                    if limit is None:
                        i = bisect.bisect_right(region_starts, start) - 1
                        limit = regions[i][1] if i >= 0 and start < regions[i][1] else -1
                    if end > limit:
                        continue
                if done is not None:
                    done.add(kind)
                reaches[kind] = end
                lists[kind].append(Cue(start, end, roles))
        return {kind: tuple(v) for kind, v in lists.items()}

    def _planned_adjacent(self, folded: str, triggers: Sequence[Trigger]) -> tuple[Cue, ...]:
        """The ``planned_adjacent`` cues right before a trigger: "to" of "to meet"."""
        adjacent: list[Cue] = []
        hint = self._adjacent_hint.search
        for t in triggers:
            lo = max(0, t.start - 24)
            if hint(folded, lo, t.start) is None:
                continue
            near = self._adjacent.search(folded, lo, t.start)
            if near is not None:
                adjacent.append(Cue(near.start(), near.start() + len(near.group().rstrip())))
        return tuple(adjacent)

    def _openings(self, folded: str, spans: Sequence[tuple[int, int]]) -> tuple[Cue, ...]:
        """The ``opening`` cues at the sentences' starts, after quotes and a connective."""
        opening: list[Cue] = []
        hint = self._opening_hint.match
        for start, _ in spans:
            if hint(folded, start) is None:
                continue
            lead = _LEADING.match(folded, start)
            pos = start if lead is None else lead.end()
            head = self._opening.pattern.match(folded, pos)
            if head is not None:
                opening.append(Cue(head.start(), head.end()))
        return tuple(opening)


#: A phrase found: (start, matched text, length of its key, the key's plan).
_Found = tuple[int, str, int, _Plan]


def _triggers(found: Sequence[_Found]) -> list[Trigger]:
    """The triggers among ``found``: the longest at each word start past the previous one
    (type ``-`` rows take their span but report nothing)."""
    triggers: list[Trigger] = []
    reach = -1
    for start, matched, key_size, plan in found:
        if start < reach or plan.trigger is None:
            continue
        size, row = plan.trigger
        reach = start + (size if len(matched) == key_size else _span(matched, key_size, size))
        if row.type != "-":
            triggers.append(Trigger(start, reach, row.type, row.cameo, row.frame))
    return triggers


def _span(matched: str, key_size: int, size: int) -> int:
    """Length in ``matched`` text of its key's first ``size`` characters (blank runs count once).

    >>> _span("held  talks", 10, 9)
    10
    """
    if len(matched) == key_size:
        return size
    i = j = 0  # i in the matched text, j in its key
    while j < size:
        if matched[i].isspace():
            while i < len(matched) and matched[i].isspace():
                i += 1
        else:
            i += 1
        j += 1
    return i


#: Cue kinds read in sentences without a trigger too (occasions, delegations, heads).
_EVERYWHERE = frozenset(
    {
        "frame",
        "participation",
        "former",
        "here",
        "negation",
        "split_next",
        "plural_anaphor",
        "multilateral",
        "joining",
        # "the session, scheduled to be held in Maputo": a coming occasion
        "planned",
        "planned_after",
    }
)


def _regions(spans: Sequence[tuple[int, int]], offsets: Sequence[int]) -> list[tuple[int, int]]:
    """The sentences holding an offset, neighbours merged into one region.

    >>> _regions([(0, 10), (11, 20), (21, 30)], [3, 12])
    [(0, 20)]
    """
    starts = [s for s, _ in spans]
    chosen = sorted({bisect.bisect_right(starts, o) - 1 for o in offsets} - {-1})
    out: list[tuple[int, int]] = []
    for i in chosen:
        start, end = spans[i]
        if out and i > 0 and chosen and out[-1][1] == spans[i - 1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out
