"""Topics stage: subjects the article reports as discussed, with evidence.

The taxonomy (``data/topics.tsv``), its cue phrases (``data/topic_cues.tsv``) and
the context words (``data/topic_context.tsv``) are data; this module is the
engine. One pass of a compiled trie finds every cue and every context word; each
cue then gets a *context factor*:

* 1 in a body sentence that reports something as discussed, raised, emphasized
  or informed about (it holds a ``discuss`` word: "discussed", "briefed",
  "stressed", "cooperation in" ...);
* :data:`PLAIN_FACTOR` in other body sentences and in headlines and headings,
  so that an incidental mention does not count alone;
* 0 in boilerplate, bylines and datelines, in navigation/tag lines, in the
  headlines of other stories after the article's end, inside organization
  names (``places.org_hits``) and official mentions, and inside capitalized
  names of institutions, posts and outlets ("International Energy Agency",
  "Foreign Affairs and Security Policy", "Trade Minister").

An article is a *diplomatic report* when one of its sentences holds an actor (an
official's mention, or an ``actor`` word: "ministers", "delegation", "the two
sides") and a ``frame`` word ("talks", "visit", "counterpart", "signed"). In other
articles (business, sports, culture or conflict stories) only cues of sentences
that hold both a ``discuss`` and a ``frame`` word count, and a label needs
:data:`UNFRAMED_THRESHOLD`.

Besides the cue phrases, an organization mention framed as cooperation or as one of
the body's gatherings ("cooperation within the OSCE", "the BRICS summit", "the NATO
Foreign Ministers' Meeting") and three or more states joined by hyphens
("Japan-U.S.-ROK") are cues of ``multilateral_cooperation``. A chairing cue ("co-chaired",
``pair_chair`` in the context words) does not count in a sentence that names two states and
no organization: the body two states chair together is theirs ("the joint commission, which
the two ministers co-chair").

A cue's strength is its weight times its context factor. A label is reported
when the strengths of its cues add up to :data:`THRESHOLD`; its ``score`` is
``1 - exp(-total)`` (0.39 at the threshold, 0.95 from a total of 3), so it grows
with the number and weight of the mentions. Topics come sorted by score, highest
first, then by their first evidence in the text; ``evidence`` lists every counted
cue span of the label and ``TopicResult.hits`` every counted cue span of every
reported label, in text order, so that a hit inside a sentence is a cue of that
label in that sentence.

>>> from diplotext.found import EMPTY_OFFICIALS, EMPTY_PLACES
>>> from diplotext.text.segment import segment
>>> stage = TopicStage({})
>>> doc = segment("The ministers discussed energy security and the peace treaty. "
...               "They also touched upon the mine threat.")
>>> result = stage(doc, EMPTY_PLACES, EMPTY_OFFICIALS)
>>> [(t.label, t.score) for t in result.topics]
[('energy', 0.632), ('peace_process', 0.632), ('demining', 0.632)]
>>> [(doc.text[h.start:h.end], h.label) for h in result.hits]
[('energy security', 'energy'), ('peace treaty', 'peace_process'), ('mine threat', 'demining')]
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

import regex

from diplotext.errors import GazetteerError
from diplotext.found import OfficialResult, PlaceResult, TopicHit, TopicResult
from diplotext.grammar.phrases import NONWORD, longest_phrases, retry_starts
from diplotext.grammar.wordlist import WordList, trie_pattern
from diplotext.records import Mention, Topic
from diplotext.resources.loader import Table, load_table
from diplotext.text.normalize import fold
from diplotext.text.segment import Document

__all__ = [
    "BLOCK",
    "CUE_COLUMNS",
    "ORG_FRAME_LABEL",
    "ORG_FRAME_WEIGHT",
    "PLAIN_FACTOR",
    "THRESHOLD",
    "UNFRAMED_THRESHOLD",
    "TopicLabel",
    "TopicStage",
    "expand_forms",
    "taxonomy",
]

#: The label of a cue row that is no topic and hides the shorter cues inside it.
BLOCK = "-"
#: Total strength a label needs to be reported.
THRESHOLD = 0.5
#: Total strength a label needs in an article without a diplomatic frame (no sentence
#: where an actor meets a frame word): only cues of discussion sentences count there.
UNFRAMED_THRESHOLD = 1.0
#: Context factor of a cue outside a sentence that reports a discussion.
PLAIN_FACTOR = 0.45
#: Columns a cue row (data file or user gazetteer) may have.
CUE_COLUMNS = ("cue", "label", "weight", "not_after", "unless_with", "definition", "iptc")
#: The label an organization named as a frame of cooperation is a cue of.
ORG_FRAME_LABEL = "multilateral_cooperation"
#: The weight of such a cue.
ORG_FRAME_WEIGHT = 0.8
# The label a state's armed forces named as supported are a cue of ("support for the
# Lebanese Army").
_FORCE_SUPPORT_LABEL = "defense_military"
# The label an international court or tribunal named in the text is a cue of ("take the
# dispute to the International Court of Justice"), and the weight of that cue.
_COURT_LABEL = "human_rights_law"
_COURT_WEIGHT = 0.6

# Segment roles whose cues never count.
_SILENT_ROLES = frozenset({"boilerplate", "byline", "dateline"})
# Roles of title-like segments (weaker context).
_TITLE_ROLES = frozenset({"headline", "heading"})
# A label: lower-case words joined by underscores ("peace_process").
_LABEL = regex.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
# "{a,b,}" inside a form: one brace group without nesting.
_BRACES = regex.compile(r"\{([^{}]*)\}")
# A word token of the text around a cue ("Security", "Ministers'", "Co-operation").
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'&.]*")
# The word (and the blanks or hyphen after it) that ends right at a position: matched
# backwards (REVERSE), so ``match(text, lo, pos)`` is anchored at ``pos``.
# The gap is atomic: a long run of blanks is read once, never re-split.
# (a comma may stand in the gap: "Minister of Foreign Affairs, Emigration and ...", a title
# that lists its portfolios)
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}\p{N}][\p{L}\p{N}'&.]*)(?>,?[ \t]*-?[ \t]*)")
# A word that starts with a lower-case letter ("the"): a line holding one is no menu.
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}'&.])\p{Ll}")
# A plain lower-case word ("the"), at the start or after a blank: a match of _LOWER_WORD
# too, found by the stdlib engine (faster to call); _LOWER_WORD decides the other lines.
_PLAIN_LOWER_WORD = re.compile(r"(?<![^ ])[a-z]")
# The next word of a name, after what may separate two words of one name: blanks or a
# hyphen, no punctuation (" Council", "-Pacific"). The gap must not be empty; it is atomic
# (read greedily once, never re-split).
_NAME_GAP_WORD = regex.compile(r"(?=[ \t-])(?>[ \t]*-?[ \t]*)([\p{L}\p{N}][\p{L}\p{N}'&.]*)")
# What may stand right before the first word of a sentence or line: after one of these a
# capitalized word opens the sentence and is no name.
_SENTENCE_OPENERS = frozenset(".!?:;\"'\u201c\u2018(\n-\u2013\u2014")
# The characters a gap between two words of a name starts with.
_GAP_STARTS = (" ", "\t", "-")
# a capitalized name closing its bracket right after a cue: "(Regional Cooperation)",
# "(Trade and Investment)"; bounded, linear
_PORTFOLIO_CLOSE = regex.compile(r"(?:[ \t]+(?:and|of|for|\p{Lu}[\w'-]*)){0,4}\)")
# a capitalized word (a post's title) before the bracket: "Minister of State (...)"
_TITLE_BEFORE_BRACKET = regex.compile(r"\p{Lu}[\w'.-]*[ \t]*\Z")
# An apposition's "the" (and one word) right before an organization's name: ", the current "
# of "Anwar Ibrahim, the current ASEAN chair,"; searched in a short window ending at the name
_APPOSITION = re.compile(r",[ \t]+the(?:[ \t]+[a-z]+)?[ \t]+\Z")
# How far before a name the apposition check looks (characters).
_APPOSITION_WINDOW = 32
# The partner named after an organization and a hyphen (a blank in the folded text),
# one word: "-Japan" of "EU-Japan summit"
_PARTNER = re.compile(r" [a-z0-9]+")
# States joined by hyphens that make a multilateral format ("Japan-U.S.-ROK").
_CHAIN_MIN = 3
# How far around a cue the name and context checks look (characters).
_WINDOW = 100
# How far before a cue the head word of a document named with it may stand ("the Agreement
# between the Government of A and the Government of B on <cue>").
_DOCUMENT_WINDOW = 200
# One word character (what each phrase the fast scan reads starts with).
_WORD_CHAR = re.compile(r"\w")
# One character that is none (where the first word of a phrase ends).
_NON_WORD_CHAR = re.compile(r"\W")
# Characters matched as spaces: "mine-threat" reads as "mine threat".
_AS_SPACE = str.maketrans({"-": " ", "/": " "})
# At most this many forms from one cell (guards against a brace explosion).
_MAX_FORMS = 256


def _scanner(entries: Iterable[str]) -> re.Pattern[str]:
    """The pattern ``WordList(entries)`` would compile, compiled by the stdlib engine only,
    for the scan over a whole text.

    A WordList pattern is a trie of literal characters (alternatives start with
    distinct characters, spaces are ``\\s+``) between ``(?<!\\w)``/``(?!\\w)``: no
    construct that backtracks, and ``re`` reads it exactly as ``regex`` does (Unicode
    ``\\w``/``\\s`` on str), but its scanner skips non-matching positions about
    twenty times faster. The tests check both engines find the same spans. The
    ``regex`` copy is not compiled here: the scan never needs it, and compiling it
    was most of the stage's start-up.

    >>> phrases = ["Peace  talks", "peace", "peace talks"]
    >>> _scanner(phrases).pattern == WordList(dict.fromkeys(phrases, 0)).pattern.pattern
    True
    """
    return re.compile(WordList.source(entries))


class _PhraseScan:
    """The phrases of two word lists in folded text, each list's as :func:`_scanner`
    finds them on its own, in one pass over the text.

    When every phrase starts with a word character, a phrase stands right after a
    non-word character (a blank put before the text serves offset 0): the pass searches
    for that character first, a class the stdlib engine skips to, then tries the trie of
    both lists. As in :meth:`EventGrammar._phrases
    <diplotext.events.event_grammar.EventGrammar._phrases>`, the trie is tried again at
    each word start inside a phrase found, so every word start where a phrase begins
    gets its longest phrase; a list's own phrase there is the longest start of it that
    the list holds, and its scan keeps those that do not overlap the one before.
    Otherwise (a phrase starts with another character), or to check, :meth:`plain`
    is each list's :func:`_scanner` pattern, compiled on first use.

    >>> scan = _PhraseScan(["peace talks", "peace"], ["held talks", "talks"])
    >>> scan.spans("peace  talks, held talks.")
    ([(0, 12, 'peace  talks')], [(7, 12, 'talks'), (14, 24, 'held talks')])
    """

    __slots__ = ("_fast", "_inner", "_keys", "_lists", "_plains", "_sizes")

    def __init__(self, first: Iterable[str], second: Iterable[str]) -> None:
        self._lists = (tuple(first), tuple(second))
        self._plains: list[re.Pattern[str] | None] = [None, None]
        self._keys = tuple(frozenset(WordList.key(e) for e in lst) - {""} for lst in self._lists)
        # the trie of both lists after its non-word character (None: no fast pass)
        self._fast: re.Pattern[str] | None = None
        union = sorted(self._keys[0] | self._keys[1])
        # per phrase of the trie: the sizes of its longest start in each list, and the
        # offsets of its words after the first
        self._sizes: dict[str, tuple[int, int]] = {}
        self._inner: dict[str, tuple[int, ...]] = {}
        if union and all(_WORD_CHAR.match(k) for k in union):
            self._fast = re.compile(NONWORD + "(" + trie_pattern(union) + r")(?![\w])")
            self._sizes = {k: self._prefix_sizes(k) for k in union}
            # only an inner word that some phrase starts with may begin a phrase
            self._inner = retry_starts(union)

    def plain(self, index: int) -> re.Pattern[str]:
        """The trie of list ``index`` (0 or 1) tried at every position (:func:`_scanner`)."""
        compiled = self._plains[index]
        if compiled is None:
            # compiling twice from two threads is harmless: both results are equal
            compiled = self._plains[index] = _scanner(self._lists[index])
        return compiled

    def _prefix_sizes(self, phrase: str) -> tuple[int, int]:
        """Per list, the length of the longest start of ``phrase`` its trie matches there
        (0: none): one of its keys, ending the phrase or before a non-word character."""
        cuts = [m.start() for m in _NON_WORD_CHAR.finditer(phrase)]
        cuts = [k for k in (len(phrase), *reversed(cuts)) if k and not phrase[k - 1].isspace()]
        first, second = self._keys
        starts = [" ".join(phrase[:k].split()) for k in cuts]
        size_first = next((k for k, key in zip(cuts, starts, strict=True) if key in first), 0)
        size_second = next((k for k, key in zip(cuts, starts, strict=True) if key in second), 0)
        return size_first, size_second

    def _phrases(self, text: str, pattern: re.Pattern[str]) -> list[tuple[int, str]]:
        """(start, text) of the longest phrase at every word start where one begins, in
        ``text`` (a blank and the folded text): offsets are those of the folded text."""
        return longest_phrases(pattern, text, self._inner, 1)

    def spans(self, folded: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
        """(start, end, text) of the non-overlapping longest phrases of each list in
        ``folded``."""
        pattern = self._fast
        if pattern is None:
            first, second = (
                [(m.start(), m.end(), m.group()) for m in self.plain(i).finditer(folded)]
                for i in (0, 1)
            )
            return first, second
        first, second = [], []
        reach_first = reach_second = -1
        sizes = self._sizes
        for start, phrase in self._phrases(" " + folded, pattern):
            size = sizes.get(phrase)
            if size is None:  # a run of blanks inside the phrase
                size = self._prefix_sizes(phrase)
            a, b = size
            if a and start >= reach_first:
                reach_first = start + a
                first.append((start, reach_first, phrase[:a]))
            if b and start >= reach_second:
                reach_second = start + b
                second.append((start, reach_second, phrase[:b]))
        return first, second


class TopicLabel(NamedTuple):
    """A label of the taxonomy: its IPTC Media Topic code(s) and what it covers."""

    label: str
    iptc: tuple[str, ...]
    definition: str


class _Cue(NamedTuple):
    label: str
    weight: float
    #: Index into the stage's not-after patterns, or -1.
    not_after: int
    #: Labels whose cues in the same sentence cancel this one.
    unless_with: frozenset[str]


def expand_forms(cell: str) -> list[str]:
    """The phrases a cue cell stands for: ``|`` separates forms, ``{a,b,}`` alternatives.

    >>> expand_forms("provocation{,s}|border incident")
    ['provocation', 'provocations', 'border incident']
    >>> expand_forms("{land,}mine{,s}")
    ['landmine', 'landmines', 'mine', 'mines']
    """
    out: list[str] = []
    for form in _split_forms(cell):
        pending = [form.strip()]
        while pending:
            phrase = pending.pop(0)
            m = _BRACES.search(phrase)
            if m is None:
                out.append(" ".join(phrase.split()))
            else:
                head, tail = phrase[: m.start()], phrase[m.end() :]
                pending[0:0] = [head + alt + tail for alt in m.group(1).split(",")]
            if len(out) + len(pending) > _MAX_FORMS:
                raise ValueError(f"more than {_MAX_FORMS} forms")
    return [p for p in out if p]


def _split_forms(cell: str) -> Iterator[str]:
    """Split ``cell`` at the ``|`` outside braces; unbalanced braces raise ValueError."""
    depth = 0
    start = 0
    for i, char in enumerate(cell):
        if char == "{":
            depth += 1
            if depth > 1:
                raise ValueError("nested braces")
        elif char == "}":
            depth -= 1
            if depth < 0:
                raise ValueError("'}' without '{'")
        elif char == "|" and depth == 0:
            yield cell[start:i]
            start = i + 1
    if depth:
        raise ValueError("'{' without '}'")
    yield cell[start:]


def _match_key(phrase: str) -> str:
    """How a phrase is looked up: folded, ``-``/``/`` as spaces, blanks collapsed."""
    return " ".join(fold(phrase).translate(_AS_SPACE).split())


def _forms(table: Table, line: int, cell: str, column: str) -> list[str]:
    try:
        forms = expand_forms(cell)
    except ValueError as exc:
        raise GazetteerError(table.name, line, f"bad {column} {cell!r}: {exc}") from None
    keys = [_match_key(f) for f in forms]
    if not any(keys):
        raise GazetteerError(table.name, line, f"empty {column}")
    return [k for k in _with_hyphenated_co(keys) if k]


# "cooperation", "coordination" and their kin: the British press writes them with a
# hyphen ("co-operation in clean hydrogen", "co-ordination at the G20"), which the scan
# sees as "co operation" (see _match_key).
_CO_WORD = re.compile(r"\bco(?=operat|ordinat)")


def _with_hyphenated_co(keys: list[str]) -> list[str]:
    """``keys`` and, for each with a "cooperat"/"coordinat" word, its "co operat" form.

    >>> _with_hyphenated_co(["cooperation within", "trade"])
    ['cooperation within', 'co operation within', 'trade']
    """
    out: list[str] = []
    for key in keys:
        out.append(key)
        spaced = _CO_WORD.sub("co ", key)
        if spaced != key:
            out.append(spaced)
    return out


def _read_labels(table: Table) -> dict[str, TopicLabel]:
    labels: dict[str, TopicLabel] = {}
    for line, row in table.located():
        label = row.get("label", "")
        if not _LABEL.fullmatch(label):
            raise GazetteerError(table.name, line, f"bad label {label!r}")
        if label in labels:
            raise GazetteerError(table.name, line, f"duplicate label {label!r}")
        codes = tuple(c.strip() for c in row.get("iptc", "").split("|") if c.strip())
        labels[label] = TopicLabel(label, codes, row.get("definition", ""))
    return labels


class _CueRow(NamedTuple):
    keys: tuple[str, ...]
    label: str
    weight: float
    not_after: tuple[str, ...]
    unless_with: frozenset[str]


def _read_cues(table: Table, labels: Mapping[str, TopicLabel], *, user: bool) -> list[_CueRow]:
    """Validate cue rows; ``user`` rows may bring new labels (with their definition)."""
    unknown = [c for c in table.columns if c not in CUE_COLUMNS]
    if unknown:
        first = table.lines[0] if table.lines else None
        raise GazetteerError(
            table.name,
            first,
            f"unknown column {unknown[0]!r}; expected {', '.join(CUE_COLUMNS)}",
        )
    missing = [c for c in ("cue", "label") if c not in table.columns]
    if missing:
        first = table.lines[0] if table.lines else None
        raise GazetteerError(table.name, first, f"missing column {missing[0]!r}")
    rows: list[_CueRow] = []
    for line, row in table.located():
        label = row.get("label", "")
        if not label:
            raise GazetteerError(table.name, line, "empty label")
        if label != BLOCK:
            if not _LABEL.fullmatch(label):
                raise GazetteerError(
                    table.name, line, f"bad label {label!r}: use lower_snake_case, or '-'"
                )
            if label not in labels and not user:
                raise GazetteerError(table.name, line, f"unknown label {label!r}")
        cue = row.get("cue", "")
        if not cue.strip():
            raise GazetteerError(table.name, line, "empty cue")
        keys = _forms(table, line, cue, "cue")
        raw_weight = row.get("weight", "").strip()
        try:
            weight = float(raw_weight) if raw_weight else 1.0
        except ValueError:
            raise GazetteerError(
                table.name, line, f"bad weight {raw_weight!r}: a number in (0, 1]"
            ) from None
        if not (0.0 < weight <= 1.0) or math.isnan(weight):
            raise GazetteerError(table.name, line, f"bad weight {raw_weight!r}: a number in (0, 1]")
        raw_after = row.get("not_after", "").strip()
        after = tuple(_forms(table, line, raw_after, "not_after")) if raw_after else ()
        unless = frozenset(u.strip() for u in row.get("unless_with", "").split("|") if u.strip())
        for other in sorted(unless):
            if not _LABEL.fullmatch(other) or (other not in labels and not user):
                raise GazetteerError(table.name, line, f"bad label {other!r} in unless_with")
        rows.append(_CueRow(tuple(keys), label, weight, after, unless))
    return rows


class _Context(NamedTuple):
    discuss: tuple[str, ...]
    frame: tuple[str, ...]
    actor: tuple[str, ...]
    name_words: frozenset[str]
    role_words: frozenset[str]
    connectors: frozenset[str]
    instruments: frozenset[str]
    org_before: tuple[str, ...]
    org_after: tuple[str, ...]
    org_aside: tuple[str, ...]
    force_word: tuple[str, ...]
    force_support: tuple[str, ...]
    pair_chair: frozenset[str]
    court_word: frozenset[str]
    pair_body: tuple[str, ...]
    org_post: frozenset[str]
    background: tuple[str, ...]


_KINDS = (
    "discuss",
    "frame",
    "actor",
    "name_word",
    "role_word",
    "connector",
    "instrument",
    "org_before",
    "org_after",
    "org_aside",
    "force_word",
    "force_support",
    "pair_chair",
    "court_word",
    "pair_body",
    "org_post",
    "background",
)
# Bits of a sentence's context marks (_BACKGROUND: the sentence sets the scene of the
# talks, "The talks came days after ...", and reports nothing as discussed).
_DISCUSS, _FRAME, _ACTOR, _BACKGROUND = 1, 2, 4, 8


@functools.cache
def _builtin() -> tuple[dict[str, TopicLabel], tuple[_CueRow, ...], _Context]:
    """The shipped taxonomy, cues and context words, validated once per process."""
    labels = _read_labels(load_table("topics", ("label", "iptc", "definition")))
    cue_table = load_table("topic_cues", ("cue", "label", "weight"))
    cues = _read_cues(cue_table, labels, user=False)
    seen: dict[tuple[str, str], int] = {}
    for (line, _), cue_row in zip(cue_table.located(), cues, strict=True):
        for key in cue_row.keys:
            if (key, cue_row.label) in seen:
                raise GazetteerError(
                    cue_table.name,
                    line,
                    f"cue {key!r} of {cue_row.label!r} already on line {seen[key, cue_row.label]}",
                )
            seen[key, cue_row.label] = line
    ctx_table = load_table("topic_context", ("phrase", "kind"))
    words: dict[str, list[str]] = {k: [] for k in _KINDS}
    for line, row in ctx_table.located():
        kind = row["kind"]
        if kind not in words:
            raise GazetteerError(
                ctx_table.name, line, f"bad kind {kind!r}; expected {', '.join(_KINDS)}"
            )
        words[kind].extend(_forms(ctx_table, line, row["phrase"], "phrase"))
    context = _Context(
        tuple(words["discuss"]),
        tuple(words["frame"]),
        tuple(words["actor"]),
        frozenset(words["name_word"]),
        frozenset(words["role_word"]),
        frozenset(words["connector"]),
        frozenset(words["instrument"]),
        tuple(words["org_before"]),
        tuple(words["org_after"]),
        tuple(words["org_aside"]),
        tuple(words["force_word"]),
        tuple(words["force_support"]),
        frozenset(words["pair_chair"]),
        frozenset(words["court_word"]),
        tuple(words["pair_body"]),
        frozenset(words["org_post"]),
        tuple(words["background"]),
    )
    return labels, tuple(cues), context


def taxonomy() -> tuple[TopicLabel, ...]:
    """The shipped labels, in the order of ``data/topics.tsv``.

    >>> labels = taxonomy()
    >>> len(labels), labels[0].label, labels[0].iptc
    (22, 'energy', ('medtop:04000000',))
    """
    return tuple(_builtin()[0].values())


class _Found(NamedTuple):
    start: int
    end: int
    label: str
    strength: float
    #: Sentence index (or -1 - segment index outside sentences): the scope of unless_with.
    scope: int
    unless_with: frozenset[str]


class _Layout:
    """One article's sentences looked up by offset, and the context factor of a cue there.

    :meth:`weigh` computes each sentence's factor once, from its marks, so that a cue
    costs one binary search.
    """

    __slots__ = ("doc", "ends", "factors", "plain", "silent_segments", "starts")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.starts = [s.start for s in doc.sentences]
        self.ends = [s.end for s in doc.sentences]
        self.factors: list[float] = []
        self.plain = PLAIN_FACTOR
        self.silent_segments: frozenset[int] = frozenset()

    def sentence(self, offset: int) -> int | None:
        """Index of the sentence containing ``offset``, or None."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.ends[i]:
            return i
        return None

    def weigh(self, marks: bytearray, silent_segments: frozenset[int], need: int) -> None:
        """Set each sentence's factor; ``need``: the marks a sentence must hold for its
        cues to count in full (without a diplomatic frame, a discussion word and a frame
        word, and other cues not at all)."""
        self.plain = PLAIN_FACTOR if need == _DISCUSS else 0.0
        self.silent_segments = silent_segments
        self.factors = [
            self._sentence_factor(s.segment, bits & need == need)
            for s, bits in zip(self.doc.sentences, marks, strict=True)
        ]

    def _counts(self, seg_index: int | None) -> bool:
        """Can a cue in segment ``seg_index`` count at all (no boilerplate, no menu)?"""
        return (
            seg_index is not None
            and seg_index not in self.silent_segments
            and self.doc.segments[seg_index].role not in _SILENT_ROLES
        )

    def _sentence_factor(self, seg_index: int, discussed: bool) -> float:
        """The factor of a sentence of segment ``seg_index`` (a discussion one if ``discussed``)."""
        if not self._counts(seg_index):
            return 0.0
        if self.doc.segments[seg_index].role in _TITLE_ROLES or not discussed:
            return self.plain
        return 1.0

    def where(self, offset: int) -> tuple[float, int]:
        """The context factor of a cue at ``offset`` and its scope: the index of its
        sentence, or ``-1 - segment`` outside sentences (one binary search in a sentence)."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.ends[i]:
            return self.factors[i], i
        seg = self.doc.segment_index(offset)
        factor = self.plain if self._counts(seg) else 0.0
        return factor, -1 - (seg if seg is not None else 0)


class TopicStage:
    """Finds topics. Built once per Parser.

    ``extra["topics"]`` (from ``Parser(extra_gazetteers={"topics": ...})``, rows
    or a TSV file) adds cue rows with the columns of ``data/topic_cues.tsv``:
    ``cue`` and ``label``, optional ``weight``, ``not_after`` and ``unless_with``,
    plus optional ``definition`` and ``iptc`` describing the label. A row may
    bring a new label. A user cue replaces the shipped cues of the same phrase;
    the label ``-`` turns a phrase off. A bad row (unknown or missing column,
    empty cue, bad label, weight outside (0, 1], unbalanced braces) raises
    :class:`~diplotext.errors.GazetteerError` naming the file and line.

    ``labels`` maps every label (shipped and user) to its :class:`TopicLabel`.

    >>> from diplotext.resources.loader import parse_table
    >>> rows = parse_table("my.tsv", ["cue\\tlabel", "space debris|orbital debris\\tspace_debris"])
    >>> stage = TopicStage({"topics": rows})
    >>> stage.labels["space_debris"].definition
    ''
    """

    def __init__(self, extra: Mapping[str, Table]) -> None:
        self._extra = dict(extra)
        labels, builtin_rows, context = _builtin()
        self.labels: dict[str, TopicLabel] = dict(labels)
        rows: list[_CueRow] = list(builtin_rows)
        user_table = self._extra.get("topics")
        user_keys: set[str] = set()
        if user_table is not None:
            user_rows = _read_cues(user_table, self.labels, user=True)
            for raw, row in zip(user_table.rows, user_rows, strict=True):
                if row.label != BLOCK:
                    known = self.labels.get(row.label)
                    definition = raw.get("definition", "") or (known.definition if known else "")
                    iptc = raw.get("iptc", "")
                    codes = (
                        tuple(c.strip() for c in iptc.split("|") if c.strip())
                        if iptc
                        else (known.iptc if known else ())
                    )
                    self.labels[row.label] = TopicLabel(row.label, codes, definition)
                user_keys.update(row.keys)
            # A user phrase replaces the shipped entries of the same phrase.
            rows = [r._replace(keys=tuple(k for k in r.keys if k not in user_keys)) for r in rows]
            rows.extend(user_rows)
        self._not_after: list[regex.Pattern[str]] = []
        after_index: dict[tuple[str, ...], int] = {}
        entries: dict[str, list[_Cue]] = {}
        for row in rows:
            index = -1
            if row.not_after:
                if row.not_after not in after_index:
                    after_index[row.not_after] = len(self._not_after)
                    self._not_after.append(_not_after_pattern(row.not_after))
                index = after_index[row.not_after]
            for key in row.keys:
                cues = entries.setdefault(key, [])
                cues[:] = [c for c in cues if c.label != row.label]
                cues.append(_Cue(row.label, row.weight, index, row.unless_with))
        # cue phrase -> its cues; the scan below reads them (see :attr:`_cues`)
        self._cue_entries = {k: tuple(v) for k, v in entries.items() if v}
        # The same entries by match key; None for a phrase that blocks (label "-").
        self._entries: dict[str, tuple[_Cue, ...] | None] = {
            k: (None if any(c.label == BLOCK for c in v) else tuple(v))
            for k, v in entries.items()
            if v
        }
        marks: dict[str, int] = {}
        for bit, phrases in (
            (_DISCUSS, context.discuss),
            (_FRAME, context.frame),
            (_ACTOR, context.actor),
            (_BACKGROUND, context.background),
        ):
            for phrase in phrases:
                marks[phrase] = marks.get(phrase, 0) | bit
        # The longest phrase wins a match: it carries the bits of the phrases inside it
        # ("held talks" is a frame and, for its "talks", a discussion too).
        for phrase in list(marks):
            words = phrase.split()
            for i in range(len(words)):
                for j in range(i + 1, len(words) + 1):
                    marks[phrase] |= marks.get(" ".join(words[i:j]), 0)
        # Every context phrase with its bits (discuss, frame, actor): one scan per text.
        self._mark_entries = marks
        # The same bits by match key (the folded text needs no folding again).
        self._mark_bits = {WordList.key(k): v for k, v in marks.items()}
        self._phrase_scan = _PhraseScan(self._cue_entries, self._mark_entries)
        self._name_words = context.name_words
        self._role_words = context.role_words
        self._connectors = context.connectors
        self._instruments = context.instruments
        # A document named with its subject after "on": "the Agreement on Visa Exemption",
        # "the Treaty between the Government of A and the Government of B on Extradition".
        # Read backwards from the cue (REVERSE, only the window's end is tried); the parties
        # named between stay in the sentence and within 150 characters.
        self._document_on = regex.compile(
            r"(?ri)(?<!\w)"
            + trie_pattern(sorted(context.instruments))
            + r"(?:\s+(?:between|among)\s[^.!?;\n]{0,150})?\s+on\s+\Z",
            regex.V0,
        )
        self._pair_chairs = context.pair_chair
        self._court_words = context.court_word
        self._org_posts = context.org_post
        # a body of two states ("joint commission"), looked for only in a co-chair's sentence
        self._pair_body = _scanner(context.pair_body)
        # "cooperation within [the] <org>" / "<org> cooperation". Only whether the window
        # before the mention ends in a phrase matters: searched backwards (REVERSE), the
        # engine tries the window's end first instead of every start in the window.
        self._org_before = regex.compile(
            r"(?r)(?<!\w)" + trie_pattern(sorted(set(context.org_before))) + r"\s+(?:the\s+)?\Z",
            regex.V0,
        )
        # (after the name or its possessive: "the OSCE framework", "Mercosur's presidency",
        # or after the acronym the name defines: "the Example Cooperation Council (ECC) summit")
        self._org_after = regex.compile(
            r"(?:'s|[ \t]+\([^()\n]{1,12}\))?\s+"
            + trie_pattern(sorted(set(context.org_after)))
            + r"(?!\w)",
            regex.V0,
        )
        # "on the sidelines of [the summit of] the <org>": the body's gathering is only
        # where another contact took place. At most four words between (read backwards
        # from the mention, REVERSE, so only the window's end is tried).
        self._org_aside = regex.compile(
            r"(?r)(?<!\w)"
            + trie_pattern(sorted(set(context.org_aside)))
            + r"(?:\s+[\w']+){0,4}\s+\Z",
            regex.V0,
        )

        # "support for [the] <state> Army": the forces after the state's name, the support
        # before it (read backwards, REVERSE, from the name)
        self._force_word = regex.compile(
            r"\s+" + trie_pattern(sorted(set(context.force_word))) + r"(?!\w)", regex.V0
        )
        self._force_support = regex.compile(
            r"(?r)(?<!\w)" + trie_pattern(sorted(set(context.force_support))) + r"\s+(?:the\s+)?\Z",
            regex.V0,
        )

    @property
    def _cue_scan(self) -> re.Pattern[str]:
        """The cue phrases tried at every position (checks compare the scan with it)."""
        return self._phrase_scan.plain(0)

    @property
    def _mark_scan(self) -> re.Pattern[str]:
        """The context phrases tried at every position (as :attr:`_cue_scan`)."""
        return self._phrase_scan.plain(1)

    @property
    def _cues(self) -> WordList[tuple[_Cue, ...]]:
        """The cue phrases as a WordList (``regex``), built on each call: only checks of
        the stdlib scan use it."""
        return WordList(self._cue_entries)

    @property
    def _marks(self) -> WordList[int]:
        """The context phrases as a WordList (``regex``), built on each call: only checks
        of the stdlib scan use it."""
        return WordList(self._mark_entries)

    # -- the pass over one document -------------------------------------------------------

    def __call__(
        self, doc: Document, places: PlaceResult, officials: OfficialResult
    ) -> TopicResult:
        """Topics of ``doc`` with their evidence spans."""
        if not doc.text:
            return TopicResult((), ())
        # As folded.translate(_AS_SPACE), without a per-character table lookup.
        folded = doc.folded.replace("-", " ").replace("/", " ")
        layout = _Layout(doc)
        cue_spans, mark_spans = self._phrase_scan.spans(folded)
        orgs = _org_spans(places)
        marks = self._sentence_marks(layout, mark_spans, orgs)
        _quoted_speech(doc, marks)
        _list_items(doc, marks)
        framed = self._framed(layout, marks, officials, places)
        layout.weigh(marks, _silent_segments(doc), _DISCUSS if framed else _DISCUSS | _FRAME)
        if not (layout.plain or any(layout.factors)):
            return TopicResult((), ())  # no cue can count anywhere: nothing to look for
        covered = _covered_spans(places, officials)
        found: list[_Found] = []
        entries = self._entries
        where = layout.where
        for start, end, phrase in cue_spans:
            cues = entries.get(phrase) or entries.get(" ".join(phrase.split()))
            if not cues:
                continue
            factor, scope = where(start)
            if factor <= 0.0:
                continue
            if (covered[0] and _cut_by(covered, start, end)) or self._in_name(doc, start, end):
                continue
            if _negated(folded, start):
                continue  # "there is no tourism and no agriculture": what is absent
            pair_chair = (
                phrase in self._pair_chairs or " ".join(phrase.split()) in self._pair_chairs
            )
            for cue in cues:
                if (
                    pair_chair
                    and cue.label == ORG_FRAME_LABEL
                    and _chaired_by_two_states(
                        layout, scope, places, officials, orgs, (folded, self._pair_body)
                    )
                ):
                    continue  # "the joint commission, which A and B co-chaired": bilateral
                if cue.not_after >= 0:
                    pattern = self._not_after[cue.not_after]
                    if pattern.search(folded, max(0, start - _WINDOW), start):
                        continue
                found.append(
                    _Found(start, end, cue.label, cue.weight * factor, scope, cue.unless_with)
                )
        found.extend(self._org_frames(layout, folded, places))
        found.extend(self._country_chains(layout, places))
        found.extend(self._forces_supported(layout, folded, places))
        found.extend(self._courts(layout, places))
        found.sort(key=lambda f: (f.start, f.end, f.label))
        threshold = THRESHOLD if framed else UNFRAMED_THRESHOLD
        return self._result(doc, _drop_yielding(found), threshold)

    def _org_frames(self, layout: _Layout, folded: str, places: PlaceResult) -> Iterator[_Found]:
        """Organization mentions framed as cooperation: "cooperation within the OSCE"."""
        for hit in places.org_hits:
            start, end = hit.start, hit.end
            if not 0 <= start < end <= len(folded):
                continue
            factor, scope = layout.where(start)
            if factor <= 0.0:
                continue
            after = self._org_after.match(folded, end, min(len(folded), end + _WINDOW))
            if after is None and layout.doc.norm[end : end + 1] == "-":
                # "the EU-Japan summit", "the AU-Brazil ministerial meeting": the body's
                # gathering with one partner (the hyphen is a blank in ``folded``)
                partner = _PARTNER.match(folded, end, min(len(folded), end + _WINDOW))
                if partner is not None:
                    lim = min(len(folded), partner.end() + _WINDOW)
                    after = self._org_after.match(folded, partner.end(), lim)
            if after is None and not self._org_before.search(
                folded, max(0, start - _WINDOW), start
            ):
                continue
            if self._org_aside.search(folded, max(0, start - _WINDOW), start):
                continue  # "met on the sidelines of the CELAC summit": a venue, no topic
            if (
                after is not None
                and after.group().split()[-1] in self._org_posts
                and _APPOSITION.search(folded, max(0, start - _APPOSITION_WINDOW), start)
            ):
                continue  # "Anwar Ibrahim, the current ASEAN chair,": who he is, no topic
            strength = ORG_FRAME_WEIGHT * factor
            yield _Found(start, end, ORG_FRAME_LABEL, strength, scope, frozenset())

    def _forces_supported(
        self, layout: _Layout, folded: str, places: PlaceResult
    ) -> Iterator[_Found]:
        """A state's armed forces named as supported: "support for the Lebanese Army",
        "assistance to the Iraqi armed forces" (a cue of defense_military over the span)."""
        for hit in places.country_hits:
            start, end = hit.start, hit.end
            force = self._force_word.match(folded, end, min(len(folded), end + _WINDOW))
            if force is None:
                continue
            if not self._force_support.search(folded, max(0, start - _WINDOW), start):
                continue
            factor, scope = layout.where(start)
            if factor > 0.0:
                yield _Found(start, force.end(), _FORCE_SUPPORT_LABEL, factor, scope, frozenset())

    def _courts(self, layout: _Layout, places: PlaceResult) -> Iterator[_Found]:
        """Mentions of an international court or tribunal (a ``court_word`` in the body's
        name: "the International Court of Justice"): a matter taken to a court is one of
        law, a cue of human_rights_law over the mention."""
        if not places.org_hits:
            return
        courts = {
            i
            for i, org in enumerate(places.organizations)
            if not self._court_words.isdisjoint(_match_key(org.name).split())
        }
        for hit in places.org_hits:
            if hit.org in courts:
                factor, scope = layout.where(hit.start)
                if factor > 0.0:
                    yield _Found(
                        hit.start, hit.end, _COURT_LABEL, _COURT_WEIGHT * factor, scope, frozenset()
                    )

    @staticmethod
    def _country_chains(layout: _Layout, places: PlaceResult) -> Iterator[_Found]:
        """Three or more states joined by hyphens name a multilateral format:
        "the Japan-U.S.-ROK Foreign Ministers' Meeting", "China-Japan-Korea cooperation"."""
        text = layout.doc.norm
        hits = places.country_hits
        i = 0
        while i < len(hits):
            j = i
            while (
                j + 1 < len(hits)
                and hits[j + 1].alpha2 != hits[j].alpha2
                and text[hits[j].end : hits[j + 1].start] == "-"
            ):
                j += 1
            if j - i >= _CHAIN_MIN - 1:
                start, end = hits[i].start, hits[j].end
                factor, scope = layout.where(start)
                if factor > 0.0:
                    yield _Found(
                        start,
                        end,
                        ORG_FRAME_LABEL,
                        ORG_FRAME_WEIGHT * factor,
                        scope,
                        frozenset(),
                    )
            i = j + 1

    def _sentence_marks(
        self,
        layout: _Layout,
        spans: Iterable[tuple[int, int, str]],
        orgs: tuple[list[int], list[int]],
    ) -> bytearray:
        """Per sentence, the bits of the context phrases (their ``spans``) it holds
        (discuss, frame, actor). A discuss phrase inside an organization's name (``orgs``)
        reports nothing: "Co-operation in" of "Organization for Security and Co-operation
        in Europe"."""
        starts, ends = layout.starts, layout.ends
        marks = bytearray(len(starts))
        background: list[int] = []
        bits = self._mark_bits
        bisect_right = bisect.bisect_right
        for start, end, phrase in spans:
            i = bisect_right(starts, start) - 1
            if i >= 0 and start < ends[i]:
                bit = bits.get(phrase) or bits.get(" ".join(phrase.split()), 0)
                if bit & _DISCUSS and orgs[0] and _inside(orgs, start, end):
                    bit &= ~_DISCUSS
                marks[i] |= bit
                if bit & _BACKGROUND:
                    background.append(i)
        for i in background:
            # "The talks came days after X fired a missile": what happened before the
            # talks, not what they discussed ("talks" there names the occasion)
            marks[i] &= ~_DISCUSS
        return marks

    @staticmethod
    def _framed(
        layout: _Layout, marks: bytearray, officials: OfficialResult, places: PlaceResult
    ) -> bool:
        """Does the article report diplomacy: a sentence where an actor (an official
        mention, two states, or a word such as "ministers", "delegation") meets a frame
        word ("talks", "visit", "signed", "counterpart")? A business, sports or culture
        story is not.
        """
        doc = layout.doc
        with_official = bytearray(len(marks))
        for hit in officials.hits:
            i = layout.sentence(hit.start)
            if i is not None:
                with_official[i] = 1
        # "Turkey and Iraq agreed ...": two states in one sentence act together.
        states: dict[int, str] = {}
        for c in places.country_hits:
            i = layout.sentence(c.start)
            if i is not None and not with_official[i]:
                first = states.setdefault(i, c.alpha2)
                if first != c.alpha2:
                    with_official[i] = 1
        for i, bits in enumerate(marks):
            if bits & _FRAME and (bits & _ACTOR or with_official[i]):
                seg = doc.segments[doc.sentences[i].segment]
                if seg.role not in _SILENT_ROLES:
                    return True
        return False

    def _in_name(self, doc: Document, start: int, end: int) -> bool:
        """True when the cue is part of an institution's name, a title or an outlet.

        Forward, a role word right after the cue ("energy minister") or, for a
        capitalized cue, a name word later in the same capitalized run ("Security
        Council", "Energy Security and Defence Policy"); backward, a capitalized
        name word linked to the cue by a connector ("Ministry of Energy"), unless that
        word names a court: "Tribunal for the Crime of Aggression" says what it judges.
        """
        text = doc.norm
        capitalized = text[start].isupper()
        if not capitalized and text[end : end + 1] not in _GAP_STARTS:
            return False  # no word follows the cue: nothing to read forward or backward
        if (
            capitalized
            and text[max(0, start - 4) : start].lower().endswith("on ")
            and self._document_on.search(text, max(0, start - _DOCUMENT_WINDOW), start)
        ):
            return False  # "the Agreement on Visa Exemption": what the document is about
        pos = end
        for step in range(8):
            word = _NAME_GAP_WORD.match(text, pos)
            if word is None:
                break
            raw = word.group(1)
            token = raw.lower().rstrip(".'")
            if step == 0 and token in self._role_words:
                return True
            if not capitalized:
                break
            if step == 0 and token in self._instruments:
                return False  # "the Mutual Defence Agreement": what the document is about
            if raw[0].isupper() and token in self._name_words:
                return True
            if not (raw[0].isupper() or token in self._connectors):
                break
            pos = word.end()
        if not capitalized:
            # A lower-case cue is no word of a name: "talks with Foreign Minister Ana Ruiz
            # on border security" does not make "border security" part of her title.
            return False
        lo = max(0, start - _WINDOW)
        if (
            text[start - 1 : start] == "("
            and _PORTFOLIO_CLOSE.match(text, end)
            and _TITLE_BEFORE_BRACKET.search(text, lo, start - 1)
        ):
            return True  # a post's portfolio: "Minister for Foreign Affairs (Regional Cooperation)"
        pos = start
        linked = False
        for step in range(8):
            before = _WORD_BEFORE.match(text, lo, pos)
            if before is None or before.end(1) == pos:
                break
            raw = before.group(1)
            if raw.endswith(("'s", "\u2019s")):
                # a possessive owns the cue, no name runs across it: "talks with Foreign
                # Minister Ana Ruiz on Peru's EU accession"
                break
            token = raw.lower().rstrip(".'")
            if step == 0 and raw[0].isupper() and self._name_tail(text, start, end, before):
                return True
            if not raw[0].isupper():
                if token not in self._connectors:
                    break
                linked = True
            elif linked and token in self._court_words:
                # a court named by the crimes or law it judges: "the Special Tribunal for
                # the Crime of Aggression" names a matter of law, and the cue counts
                return False
            elif linked and (token in self._name_words or token in self._role_words):
                return True
            pos = before.start(1)
        return False

    def _name_tail(self, text: str, start: int, end: int, before: regex.Match[str]) -> bool:
        """True when a capitalized cue ending in a name word follows a capitalized word
        inside a sentence: it ends a proper name ("an economist at Marlow University",
        "flown in by the Chilean Armed Forces"), not a subject; a word opening the sentence
        ("Universities ...") names nothing."""
        last = text[start:end].rsplit(None, 1)[-1].lower().rstrip(".'")
        if last in self._instruments:
            return False  # "the Mercosur Trade Agreement": a document about its subject
        if last not in self._name_words or before.end(1) == before.end():
            return False  # not a name word, or no blank between the two words
        head = text[max(0, before.start(1) - 3) : before.start(1)].rstrip(" \t")
        return bool(head) and head[-1] not in _SENTENCE_OPENERS

    def _result(self, doc: Document, found: list[_Found], threshold: float) -> TopicResult:
        totals: dict[str, float] = {}
        for f in found:
            totals[f.label] = totals.get(f.label, 0.0) + f.strength
        kept = {label for label, total in totals.items() if total >= threshold - 1e-9}
        hits = tuple(TopicHit(f.start, f.end, f.label) for f in found if f.label in kept)
        evidence: dict[str, list[Mention]] = {}
        for h in hits:
            evidence.setdefault(h.label, []).append(
                Mention(doc.text[h.start : h.end], h.start, h.end)
            )
        topics = [
            Topic(label, round(1.0 - math.exp(-totals[label]), 3), tuple(evidence[label]))
            for label in evidence
        ]
        topics.sort(key=lambda t: (-t.score, t.evidence[0].start, t.label))
        return TopicResult(tuple(topics), hits)


# The determiner that denies what follows it, with its blank ("no tourism", "no trade"); the
# folded text is lower case.
_NO = "no "


def _negated(folded: str, start: int) -> bool:
    """Does the word "no" stand right before the cue at ``start`` ("there is no tourism")?

    >>> _negated("no tourism, no trade", 3), _negated("piano trade", 6)
    (True, False)
    """
    lo = start - len(_NO)
    return lo >= 0 and folded.startswith(_NO, lo) and (lo == 0 or not folded[lo - 1].isalnum())


def _drop_yielding(found: list[_Found]) -> list[_Found]:
    """Drop cues whose sentence also holds a cue of a label they yield to (``unless_with``)."""
    if not any(f.unless_with for f in found):
        return found
    labels_by_scope: dict[int, set[str]] = {}
    for f in found:
        labels_by_scope.setdefault(f.scope, set()).add(f.label)
    return [f for f in found if not (f.unless_with & labels_by_scope[f.scope])]


#: At most this many sentences make one quotation (a longer run is no quote: a stray mark).
_QUOTE_MAX_SENTENCES = 6


def _quoted_speech(doc: Document, marks: bytearray) -> None:
    """Give the discussion mark to every sentence of a quotation attributed as said.

    A quotation of several sentences is attributed once, before its opening mark or after
    its closing one ('"The border is open. Trade must follow," she said'): when the
    sentence that opens or closes it reports speech (holds a ``discuss`` word), the
    sentences inside report it too. A run is the sentences of one segment from one with
    an odd number of quotation marks (the quotation opens) to the next such one (it
    closes); only sentences holding a mark are looked at.
    """
    norm = doc.norm
    sentences = doc.sentences
    opened = -1
    for i, sent in enumerate(sentences):
        if opened >= 0 and (
            sent.segment != sentences[opened].segment or i - opened >= _QUOTE_MAX_SENTENCES
        ):
            opened = -1  # the quotation did not close where it opened: no run
        if norm.find('"', sent.start, sent.end) < 0:
            continue
        if norm.count('"', sent.start, sent.end) % 2 == 0:
            continue  # a quotation inside the sentence, or none
        if opened < 0:
            opened = i
            continue
        if (marks[opened] | marks[i]) & _DISCUSS:
            for k in range(opened, i + 1):
                marks[k] |= _DISCUSS
        opened = -1


# The marker opening a list item's line: "- ", "• ", "* ", "1. ", "2) ", "a) ".
_LIST_MARKER = re.compile(r"(?:[-\u2022*\u2013\u2014\u00b7\u25aa\u25cf]|\d{1,2}[.)]|[a-z]\))[ \t]")


def _list_items(doc: Document, marks: bytearray) -> None:
    """Give the discussion mark to the items of a list a discussion sentence introduces.

    A sentence ending in a colon that reports something as discussed or agreed ("The
    ministers agreed to:") introduces the list below it: each following sentence that
    opens a segment with a list marker ("- cooperate on ...", "1. expand ..."), and any
    further sentence of such an item, reports the same. Only sentences ending in a colon
    start a look; the run stops at the first sentence outside a marked item.
    """
    norm = doc.norm
    sentences = doc.sentences
    count = len(sentences)
    for i, sent in enumerate(sentences):
        if not marks[i] & _DISCUSS:
            continue
        if norm[max(sent.start, sent.end - 8) : sent.end].rstrip()[-1:] != ":":
            continue
        item_segment = -1
        k = i + 1
        while k < count:
            nxt = sentences[k]
            if nxt.segment != item_segment:
                seg = doc.segments[nxt.segment]
                if nxt.segment == sent.segment or not _LIST_MARKER.match(norm, seg.start):
                    break
                item_segment = nxt.segment
            marks[k] |= _DISCUSS
            k += 1


def _chaired_by_two_states(
    layout: _Layout,
    scope: int,
    places: PlaceResult,
    officials: OfficialResult,
    orgs: tuple[list[int], list[int]],
    pair_body: tuple[str, re.Pattern[str]],
) -> bool:
    """Does sentence ``scope`` name two states (by name or adjective, or through officials
    of two states), or a body of two states (``pair_body``: the folded text and the pattern
    of the ``pair_body`` phrases: "joint commission"), and no international body? A body
    two states chair together there is theirs alone ("the Ruritania-Freedonia Joint
    Commission, co-chaired by the two foreign ministers", "a meeting of the Joint
    Commission, co-chaired by the foreign ministers"), no multilateral platform; the
    co-chairs of a named body ("the co-chairs of the OSCE Minsk Group") still are one."""
    if scope < 0:
        return False
    lo, hi = layout.starts[scope], layout.ends[scope]
    if orgs[0] and _inside(orgs, lo, hi):
        return False
    folded, bodies = pair_body
    if bodies.search(folded, lo, hi):
        return True
    # (a co-chair cue is rare: reading the article's hits for it costs little, and needs no
    # order of the hits)
    states = {h.alpha2 for h in places.country_hits if lo <= h.start < hi}
    for mention in officials.hits:
        if lo <= mention.start < hi:
            country = officials.officials[mention.official].country
            if country:
                states.add(country)
    return len(states) >= 2


def _not_after_pattern(phrases: Iterable[str]) -> regex.Pattern[str]:
    """Matches one of ``phrases`` ending at most two words before the end of the window
    (searched backwards from the window's end, REVERSE: only whether it matches counts)."""
    source = r"(?r)(?<!\w)" + trie_pattern(sorted(set(phrases))) + r"(?:\s+[\w']+){0,2}\s*\Z"
    return regex.compile(source, regex.V0)


def _org_spans(places: PlaceResult) -> tuple[list[int], list[int]]:
    """Start and end offsets of organization names, by start."""
    spans = sorted((h.start, h.end) for h in places.org_hits)
    return [s for s, _ in spans], [e for _, e in spans]


def _covered_spans(places: PlaceResult, officials: OfficialResult) -> tuple[list[int], list[int]]:
    """Start and end offsets of organization names and official mentions, by start."""
    spans = sorted(
        [(h.start, h.end) for h in places.org_hits] + [(h.start, h.end) for h in officials.hits]
    )
    return [s for s, _ in spans], [e for _, e in spans]


def _inside(covered: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """True when ``[start, end)`` overlaps a covered span."""
    starts, ends = covered
    i = bisect.bisect_left(starts, end) - 1
    # Spans rarely nest; a few steps back are enough to find one reaching ``start``.
    return max(ends[max(0, i - 3) : i + 1], default=-1) > start


def _cut_by(covered: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """True when ``[start, end)`` overlaps a covered span it does not wholly hold: a cue
    inside a name ("Security" of "Security Council") or across its edge is part of the
    name, but a cue that holds a whole name and more is a phrase about the body ("EU
    accession", "UN reform").

    >>> _cut_by(([10], [12]), 10, 22), _cut_by(([10], [30]), 10, 22), _cut_by(([10], [30]), 25, 35)
    (False, True, True)
    """
    starts, ends = covered
    i = bisect.bisect_left(starts, end) - 1
    # Spans rarely nest; a few steps back are enough to find one reaching ``start``.
    for j in range(i, max(-1, i - 4), -1):
        if ends[j] > start and not (
            start <= starts[j] and ends[j] <= end and end - start > ends[j] - starts[j]
        ):
            return True
    return False


_MENU_MIN_WORDS = 5


def _silent_segments(doc: Document) -> frozenset[int]:
    """Segments whose cues never count: navigation/tag lines and other stories' headlines.

    A title-like line made only of capitalized words ("Defence Diplomacy Global News
    Politics") is a menu or tag list. After the body has ended in site furniture
    (a boilerplate line after body text), title-like lines are other stories' headlines.
    """
    silent: set[int] = set()
    body_seen = False
    tail = False
    for i, seg in enumerate(doc.segments):
        line = doc.norm[seg.start : seg.end]
        if seg.role == "body":
            body_seen = True
        elif seg.role == "boilerplate" and body_seen:
            tail = True
        title_like = bool(line) and line[-1] not in ".!?\"'):;"
        if tail and title_like:
            silent.add(i)
            continue
        if (
            (seg.role in _TITLE_ROLES or seg.role == "body")
            and not _PLAIN_LOWER_WORD.search(line)
            and not _LOWER_WORD.search(line)
        ):
            words = _WORD.findall(line)
            if len(words) >= _MENU_MIN_WORDS and all(
                w[0].isupper() or w[0].isdigit() for w in words
            ):
                silent.add(i)
    return frozenset(silent)
