"""Segments, paragraphs, sections and sentences of an article, with line roles.

:func:`segment` turns raw text into a :class:`Document` that every later stage
shares. A *segment* is a line, or part of a line when a header prefix such as
``" date 2024-10-21"`` stands before other text. Each segment has a role:

``headline``     the title lines above the body (no final punctuation)
``heading``      a short line between paragraphs that heads a section
``dateline``     a date/time header line, a "date 2024-10-21" prefix, a place-and-date line
``byline``       "By Jane Doe"
``boilerplate``  site furniture: subscribe/follow/share lines, gallery captions, banners
``body``         everything else

>>> doc = segment("Example.com\\n\\nMinisters meet in Baku\\n\\nBy Jane Doe\\n\\n"
...               "The ministers met on Monday. Dr. Smith spoke.\\n\\nLoading...")
>>> [(s.role, doc.text[s.start:s.end]) for s in doc.segments]
...                                                  # doctest: +NORMALIZE_WHITESPACE
[('boilerplate', 'Example.com'), ('headline', 'Ministers meet in Baku'),
 ('byline', 'By Jane Doe'), ('body', 'The ministers met on Monday. Dr. Smith spoke.'),
 ('boilerplate', 'Loading...')]
>>> [doc.text[s.start:s.end] for s in doc.sentences][-2:]
['The ministers met on Monday.', 'Dr. Smith spoke.']
>>> doc.is_boilerplate(doc.text.index("Loading"))
True
"""

from __future__ import annotations

import bisect
import importlib
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

import regex

from diplotext.grammar.anchored import anchored
from diplotext.resources.loader import load_table
from diplotext.text.normalize import fold, normalize

__all__ = ["ROLES", "Document", "Line", "Segment", "Sentence", "segment"]

ROLES = ("headline", "heading", "dateline", "byline", "boilerplate", "body")


class Segment(NamedTuple):
    """A line or part of a line: ``[start, end)`` with leading/trailing blanks excluded."""

    start: int
    end: int
    role: str
    paragraph: int
    section: int


class Sentence(NamedTuple):
    """A sentence ``[start, end)`` inside segment number ``segment``."""

    start: int
    end: int
    segment: int


#: A segment is a line or part of one; the name ``Line`` is kept for readers.
Line = Segment


def _line_patterns() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    table = load_table("line_roles", ("role", "pattern", "example"))
    return tuple(
        (row["role"], regex.compile(row["pattern"], regex.IGNORECASE | regex.V0))
        for row in table.rows
    )


# The stdlib's regex parser (``re._parser``; ``sre_parse`` before 3.11), used only to read
# which words a line pattern needs (see :func:`_needed_words`).
try:
    _SRE_PARSE: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _SRE_PARSE = importlib.import_module("sre_parse")


def _needed_words(source: str) -> tuple[str, ...] | None:
    r"""Words (lower case ASCII) one of which every match of ``source`` holds, read from
    the stdlib's parse of it; None when none is found (or the stdlib cannot read it).

    >>> _needed_words(r".{0,40}\bfollow\s+(?:us|\w+)\s+on\s+(?:twitter|x)\b")
    ('follow',)
    >>> _needed_words(r".{1,200}\s-\s(?:gallery|slider)\s+image\W*")
    ('gallery', 'slider')
    >>> _needed_words(r"[^\p{L}]*") is None
    True
    """
    try:
        tree = _SRE_PARSE.parse(source)
    except Exception:  # regex-only syntax: nothing known
        return None
    return _needed(list(tree))


def _needed(items: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    """:func:`_needed_words` of the sequence ``items``: its best (longest shortest word)
    run of literals, group or branch of them."""
    found: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        if run:
            found.append(("".join(run),))
            run = []
        words: tuple[str, ...] | None = None
        if name == "BRANCH":
            branches = [_needed(list(branch)) for branch in av[1]]
            if all(b is not None for b in branches):
                words = tuple(w for b in branches if b is not None for w in b)
        elif name == "SUBPATTERN":
            words = _needed(list(av[3]))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            words = _needed(list(av[2]))
        if words is not None:
            found.append(words)
    if run:
        found.append(("".join(run),))
    # a word with other than ASCII letters, digits, blanks and punctuation may match
    # a line without it ("\u017f" ~ "s"): such a choice is not a need
    usable = [
        tuple(w.lower() for w in words)
        for words in found
        if all(w.isascii() and w.isprintable() for w in words)
    ]
    return max(usable, key=lambda words: min(map(len, words)), default=None)


def _heads(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    r"""Beginnings (lower case), one of which every match of the sequence ``items`` (the
    stdlib's parse of a pattern) starts with; None when not known.

    >>> sorted(_heads(list(_SRE_PARSE.parse(r"(?:latest\s+)?see more\W*"))))
    ['latest', 'see more']
    >>> _heads(list(_SRE_PARSE.parse(r"[\w-]{2,40}\.com"))) is None
    True
    """
    if not items:
        return None  # the match may be empty
    op, av = items[0]
    name, rest = str(op), items[1:]
    if name == "LITERAL":
        run = []
        for item_op, item_av in items:
            if str(item_op) != "LITERAL":
                break
            run.append(chr(item_av))
        return frozenset(["".join(run).lower()])
    if name == "SUBPATTERN":
        return _heads(list(av[3]) + rest)
    if name == "BRANCH":
        found: set[str] = set()
        for branch in av[1]:
            heads = _heads(list(branch) + rest)
            if heads is None:
                return None
            found |= heads
        return frozenset(found)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        least, _, sub = av
        heads = _heads(list(sub))
        if least == 0:
            skipped = _heads(rest)
            return None if heads is None or skipped is None else heads | skipped
        return heads
    return None


def _line_heads(source: str) -> frozenset[str] | None:
    """:func:`_heads` of a line pattern, when they are plain ASCII words (a line's first
    characters, lowered, then tell the case-insensitive match apart); else None."""
    try:
        heads = _heads(list(_SRE_PARSE.parse(source)))
    except Exception:  # regex-only syntax: nothing known
        return None
    if heads is None or not all(h and h.isascii() and h.isprintable() for h in heads):
        return None
    return heads


_LINE_PATTERNS = _line_patterns()
# Rows with a free prefix (".{0,80}\bsubscri...") look for a phrase anywhere in the
# line. The regex module finds that phrase fast in a pattern of its own, but not inside
# an alternation, where it tries every prefix length: these rows are tried one by one,
# and on lines of pure ASCII (where the rows' case-insensitive match is
# ``str.lower``'s) only in articles that hold one of the words the row needs.
_FREE_ROWS = tuple(
    (i, _needed_words(p.pattern))
    for i, (_, p) in enumerate(_LINE_PATTERNS)
    if p.pattern.startswith(".")
)
_ALL_FREE_ROWS = tuple(i for i, _ in _FREE_ROWS)
# The other rows in one alternation, in table order: one call per line instead of one
# per row.
_ANCHORED_ROWS = tuple(
    (i, p.pattern) for i, (_, p) in enumerate(_LINE_PATTERNS) if not p.pattern.startswith(".")
)
_ANY_LINE_PATTERN = regex.compile(
    "|".join(f"(?P<r{i}>{source})" for i, source in _ANCHORED_ROWS),
    regex.IGNORECASE | regex.V0,
)
# Most of those rows start with known words ("read more", "by ..."): a line of ASCII
# whose first characters, lowered, start none of them is tried only with the others.
_ROW_HEADS = {i: _line_heads(source) for i, source in _ANCHORED_ROWS}
_HEADS = tuple(sorted({h for heads in _ROW_HEADS.values() if heads for h in heads}))
_HEAD_REACH = max(map(len, _HEADS), default=0)
_UNHEADED_LINE_PATTERN = regex.compile(
    "|".join(f"(?P<r{i}>{source})" for i, source in _ANCHORED_ROWS if _ROW_HEADS[i] is None)
    or "(?!)",
    regex.IGNORECASE | regex.V0,
)

# The letter and digit classes of the line patterns, as they read on ASCII text.
_ASCII_PROPERTIES = {r"\p{Ll}": "a-z", r"\p{L}": "A-Za-z", r"\p{N}": "0-9"}


def _ascii_source(source: str) -> str | None:
    r"""``source`` with its ``\p{L}``, ``\p{Ll}`` and ``\p{N}`` written as the ASCII
    ranges they match on ASCII text, for the stdlib engine; None when other syntax of the
    ``regex`` module may be left (the twin could read it otherwise).

    >>> _ascii_source(r"[^\p{L}\p{N}]*|(?-i:\p{Ll}[\p{Ll} ]{0,20})")
    '[^A-Za-z0-9]*|(?-i:[a-z][a-z ]{0,20})'
    >>> _ascii_source(r"\p{Lu}\w+") is None
    True
    """
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(source):
        prop = next((p for p in _ASCII_PROPERTIES if source.startswith(p, i)), None)
        if prop is not None:
            chars = _ASCII_PROPERTIES[prop]
            out.append(chars if in_class else f"[{chars}]")
            i += len(prop)
            continue
        char = source[i]
        step = 2 if char == "\\" else 1
        if char == "[" and not in_class:
            in_class = True
            # a "]" first in the class (after any "^") is a literal
            close = i + 1 + (source[i + 1 : i + 2] == "^")
            if source[close : close + 1] == "]":
                step = close + 1 - i
        elif char == "]" and in_class:
            in_class = False
        out.append(source[i : i + step])
        i += step
    twin = "".join(out)
    return None if any(x in twin for x in ("\\p", "\\P", "[[", "[:", "(?V", "(?r")) else twin


def _ascii_twin(pattern: regex.Pattern[str]) -> re.Pattern[str] | regex.Pattern[str]:
    """The stdlib twin (faster to call) of a case-insensitive line ``pattern``, for lines
    of pure ASCII (where both engines read it alike: the tests check them on the table's
    rows); ``pattern`` itself when the stdlib cannot read it."""
    source = _ascii_source(pattern.pattern)
    if source is None:
        return pattern
    try:
        return re.compile(source, re.IGNORECASE)
    except re.error:
        return pattern


# The row patterns, and those for lines of pure ASCII: the stdlib twins of the anchored
# rows and alternations (faster to call), the free rows as they are (``regex`` finds their
# phrase faster than the stdlib tries every prefix length).
_LINE_REGEX = tuple(pattern for _, pattern in _LINE_PATTERNS)
_LINE_ASCII = tuple(
    pattern if pattern.pattern.startswith(".") else _ascii_twin(pattern) for pattern in _LINE_REGEX
)
_ANY_LINE_ASCII = _ascii_twin(_ANY_LINE_PATTERN)
_UNHEADED_LINE_ASCII = _ascii_twin(_UNHEADED_LINE_PATTERN)
_ABBREVIATIONS = frozenset(row["abbreviation"] for row in load_table("abbreviations").rows)
# Given names written abbreviated with a dot ("Ma. Teresa Cruz", "Md. Karim"): capitalized,
# the dot is part of the name and ends no sentence (the officials' table, read as it is).
_NAME_ABBREVIATIONS = frozenset(
    row["abbreviation"].lower()
    for row in load_table("name_abbreviations", ("abbreviation", "name")).rows
)

# --- date-header recognition -------------------------------------------------
# A " date 2024-10-21" prefix (as some scrapers write it) before other text.
_DATE_PREFIX = anchored(r"\s*date\s+\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
# Words that may fill a date/time header line: month and weekday names, clock
# and zone words, an update's age ("Updated 3 hours ago"). Anything else counts as
# "content".
_DATE_WORD = regex.compile(
    r"(?i)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?|utc|gmt|msk|cet|cest|est|edt|pst|ist|am|pm|a\.m|p\.m"
    r"|date|published|updated|posted|last|modified|on|at|of|the|th|st|nd|rd|px|time|hrs?"
    r"|hours?|minutes?|mins?|ago"
    # the word before the clock in Central European stamps: "03.09.2025. u 14:22" (Serbian,
    # Croatian), "17. 10. 2025 o 14:05" (Slovak, Czech), "um" (German), "ob" (Slovene)
    r"|u|o|um|ob)"
)
# A year, a clock time or a numeric day/month: "2021", "14:55", "19/06".
_DATE_SHAPE = regex.compile(r"(?<!\d)(?:\d{4}|\d{1,2}:\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?!\d)")
_TOKEN = regex.compile(r"[^\W\d_]+|\d+")
# the same three for the stdlib engine, on ASCII lines (where they read alike)
_DATE_WORD_ASCII = re.compile(_DATE_WORD.pattern, re.ASCII)
_DATE_SHAPE_ASCII = re.compile(_DATE_SHAPE.pattern, re.ASCII)
_TOKEN_ASCII = re.compile(_TOKEN.pattern, re.ASCII)
_FINAL_PUNCT = frozenset(".!?:;\"'…)")

# A sentence ends at . ! ? (with closing quotes/brackets) before blanks and an
# upper-case letter, digit or opening quote: "met. The" / 'said." He'. ("[.!?][.!?]*",
# not "[.!?]+": a pattern that opens with a class lets the stdlib engine skip to the
# next candidate fast.)
_SENTENCE_END_SOURCE = r"[.!?][.!?]*[\"')\]]*(?=\s+[\"'(\[]?[{upper}\d])"
_SENTENCE_END = regex.compile(_SENTENCE_END_SOURCE.format(upper=r"\p{Lu}"))
# the word before a full stop: "Dr." "U.S."
_WORD_BEFORE_SOURCE = r"([{letter}.]+)\.$"
_WORD_BEFORE = regex.compile(_WORD_BEFORE_SOURCE.format(letter=r"\p{L}"))
# the same for the stdlib engine, on ASCII text (where the letters are A-Z and a-z)
_SENTENCE_END_ASCII = re.compile(_SENTENCE_END_SOURCE.format(upper="A-Z"), re.ASCII)
_WORD_BEFORE_ASCII = re.compile(_WORD_BEFORE_SOURCE.format(letter="A-Za-z"), re.ASCII)


def _is_date_header(line: str) -> bool:
    """True for a short line made of date and time words: "5 April 2022 12:51 (UTC+04:00)"."""
    if len(line) > 90 or not any(map(str.isdigit, line)):
        return False
    content = 0
    ascii = line.isascii()
    date_word = _DATE_WORD_ASCII if ascii else _DATE_WORD
    month_or_clock = (_DATE_SHAPE_ASCII if ascii else _DATE_SHAPE).search(line) is not None
    for word in (_TOKEN_ASCII if ascii else _TOKEN).findall(line):
        if word.isdigit():
            continue
        if date_word.fullmatch(word):
            month_or_clock = month_or_clock or len(word) >= 3
            continue
        # "Brussels, 19/06/2021" or "BAKU, Azerbaijan, April 15": only a capitalized
        # place may stand beside the date; "turned 59 on December 24." is prose.
        if not word[0].isupper():
            return False
        content += 1
    return content <= 2 and month_or_clock


def _free_rows_of(folded: str) -> tuple[int, ...]:
    """The free rows (see ``_FREE_ROWS``) that may match an ASCII line of the article
    whose lower-cased text is ``folded``: those needing no word, or a word it holds."""
    return tuple(i for i, words in _FREE_ROWS if words is None or any(w in folded for w in words))


def _first_row(line: str, free_rows: tuple[int, ...] | None = None) -> int | None:
    """The index of a row of the table no later than the first that matches the whole
    line (the first when no byline is skipped), or None when no row matches.

    ``free_rows``: the free rows to try on a line of pure ASCII (see
    :func:`_free_rows_of`); None for all of them.
    """
    head = line[:_HEAD_REACH]
    ascii = line.isascii()
    if head.isascii() and not head.lower().startswith(_HEADS):
        m = (_UNHEADED_LINE_ASCII if ascii else _UNHEADED_LINE_PATTERN).fullmatch(line)
    else:
        m = (_ANY_LINE_ASCII if ascii else _ANY_LINE_PATTERN).fullmatch(line)
    first = None if m is None else int((m.lastgroup or "r0")[1:])
    if free_rows is None or not ascii:
        free_rows = _ALL_FREE_ROWS
    for i in free_rows:
        if first is not None and i > first:
            break
        if _LINE_REGEX[i].fullmatch(line):
            return i
    return first


def _line_role(line: str, free_rows: tuple[int, ...] | None = None) -> str | None:
    """The role a line's text alone gives it, or None when context decides.

    ``free_rows``: see :func:`_first_row`.
    """
    first = _first_row(line, free_rows)
    if first is not None:
        patterns = _LINE_ASCII if line.isascii() else _LINE_REGEX
        for i in range(first, len(_LINE_PATTERNS)):
            role = _LINE_PATTERNS[i][0]
            if patterns[i].fullmatch(line):
                # A long or full-stopped "By ..." line is prose, not a byline.
                if role == "byline" and (len(line) > 80 or line.endswith(".")):
                    continue
                return role
    if _is_date_header(line):
        return "dateline"
    return None


def _is_title_like(line: str) -> bool:
    """Short, no sentence-final punctuation: a headline or section heading."""
    return len(line) <= 200 and line[-1] not in _FINAL_PUNCT


def _no_inner_stop(norm: str, start: int, end: int) -> bool:
    """True when ``norm[start:end]`` has no ". ! ?" before its last character: one
    sentence (a sentence end needs a blank and more text after it)."""
    last = end - 1
    return (
        norm.find(".", start, last) < 0
        and norm.find("!", start, last) < 0
        and (norm.find("?", start, last) < 0)
    )


def _split_sentences(
    norm: str, start: int, end: int, ascii: bool = False
) -> Iterator[tuple[int, int]]:
    """The sentences (start, end) of ``norm[start:end]``; ``ascii``: ``norm`` is pure
    ASCII (read with the stdlib engine, faster)."""
    pos = start
    sentence_end = _SENTENCE_END_ASCII if ascii else _SENTENCE_END
    word_before = _WORD_BEFORE_ASCII if ascii else _WORD_BEFORE
    for m in sentence_end.finditer(norm, start, end):
        if m.group().startswith(".") and len(m.group().rstrip("\"')]")) == 1:
            before = word_before.search(norm, max(start, m.start() - 12), m.end())
            if before is not None:
                word = before.group(1).lower()
                # "Dr." "Jan." "U.S." and single initials "J." do not end a sentence.
                if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                    continue
                # nor does a capitalized abbreviated given name: "Ma. Teresa Cruz"
                if word in _NAME_ABBREVIATIONS and before.group(1)[:1].isupper():
                    continue
        stop = m.end()
        yield pos, stop
        pos = stop
        while pos < end and norm[pos].isspace():
            pos += 1
    if pos < end:
        yield pos, end


class Document:
    """An article as the recognizers see it.

    ``text`` is the original string, ``norm`` its normalized copy of the same
    length (see :func:`~diplotext.text.normalize.normalize`), and ``folded``
    that copy lower-cased, still of the same length (see
    :func:`~diplotext.text.normalize.fold`): the one every gazetteer scan reads,
    folded once for all stages. ``segments`` and
    ``sentences`` are in text order; lookups by offset use binary search.
    """

    __slots__ = ("_seg_starts", "_sent_starts", "folded", "norm", "segments", "sentences", "text")

    def __init__(
        self,
        text: str,
        norm: str,
        segments: tuple[Segment, ...],
        sentences: tuple[Sentence, ...],
        folded: str | None = None,
    ) -> None:
        self.text = text
        self.norm = norm
        self.folded = fold(norm) if folded is None else folded
        self.segments = segments
        self.sentences = sentences
        self._seg_starts = [s.start for s in segments]
        self._sent_starts = [s.start for s in sentences]

    def segment_index(self, offset: int) -> int | None:
        """Index of the segment containing ``offset``, or None (blank space between segments)."""
        i = bisect.bisect_right(self._seg_starts, offset) - 1
        if i >= 0 and offset < self.segments[i].end:
            return i
        return None

    def segment_at(self, offset: int) -> Segment | None:
        """The segment containing ``offset``, or None."""
        i = self.segment_index(offset)
        return None if i is None else self.segments[i]

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence containing ``offset``, or None."""
        i = bisect.bisect_right(self._sent_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset``, or None."""
        i = self.sentence_index(offset)
        return None if i is None else self.sentences[i]

    def role_at(self, offset: int) -> str | None:
        """The role of the segment containing ``offset`` (None between segments)."""
        seg = self.segment_at(offset)
        return None if seg is None else seg.role

    def is_boilerplate(self, offset: int) -> bool:
        """True when ``offset`` lies in site furniture rather than the article."""
        return self.role_at(offset) == "boilerplate"

    def section_at(self, offset: int) -> int:
        """Number of the section (0 before the first heading) that ``offset`` falls in."""
        i = bisect.bisect_right(self._seg_starts, offset) - 1
        return self.segments[i].section if i >= 0 else 0

    def paragraph_at(self, offset: int) -> int | None:
        """Number of the paragraph (blank-line separated block) containing ``offset``."""
        seg = self.segment_at(offset)
        return None if seg is None else seg.paragraph

    def sentence_text(self, index: int) -> str:
        """The original text of sentence ``index``."""
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def span_text(self, start: int, end: int) -> str:
        """The original text of ``[start, end)``."""
        return self.text[start:end]


def _raw_segments(norm: str, folded: str | None = None) -> list[tuple[int, int, int, str | None]]:
    """(start, end, paragraph, role-from-text) for every non-blank line piece
    (``folded``: ``fold(norm)``, computed when not given)."""
    out: list[tuple[int, int, int, str | None]] = []
    free_rows = _free_rows_of(fold(norm) if folded is None else folded)
    paragraph = -1
    previous_blank = True
    pos = 0
    for line in norm.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        stripped = line.strip()
        if not stripped:
            previous_blank = True
            continue
        if previous_blank:
            paragraph += 1
        previous_blank = False
        start = line_start + (len(line) - len(line.lstrip()))
        end = line_start + len(line.rstrip())
        # (the prefix starts with "date": other lines skip the pattern)
        prefix = _DATE_PREFIX.match(norm, start, end) if norm.startswith("date", start) else None
        if prefix is not None and prefix.end() < end:
            out.append((start, prefix.end(), paragraph, "dateline"))
            start = prefix.end()
            while norm[start].isspace():
                start += 1
            rest = norm[start:end]
            # " date 2023-05-05 By Jane Doe": the rest may itself be a byline or header.
            out.append((start, end, paragraph, _line_role(rest, free_rows)))
            continue
        if prefix is not None:
            out.append((start, end, paragraph, "dateline"))
            continue
        out.append((start, end, paragraph, _line_role(stripped, free_rows)))
    return out


def segment(text: str) -> Document:
    """Build the :class:`Document` of ``text`` (see the module docstring)."""
    norm = normalize(text)
    folded = fold(norm)
    raw = _raw_segments(norm, folded)
    roles: list[str] = []
    # The body starts at the first line that reads as prose: long or punctuated.
    body_started = False
    paragraph_sizes: dict[int, int] = {}
    for _, _, paragraph, _ in raw:
        paragraph_sizes[paragraph] = paragraph_sizes.get(paragraph, 0) + 1
    for start, end, paragraph, role in raw:
        if role is None:
            line = norm[start:end]
            title_like = _is_title_like(line)
            if not body_started and title_like:
                role = "headline"
            elif (
                body_started
                and title_like
                and len(line) <= 80
                and len(line.split()) <= 7
                and (paragraph_sizes[paragraph] == 1)
            ):
                role = "heading"
            else:
                role = "body"
                body_started = True
        roles.append(role)

    segments: list[Segment] = []
    sentences: list[Sentence] = []
    section = 0
    ascii = norm.isascii()
    for (start, end, paragraph, _), role in zip(raw, roles, strict=False):
        if role == "heading":
            section += 1
        index = len(segments)
        segments.append(Segment(start, end, role, paragraph, section))
        if role not in ("body", "headline", "heading"):
            continue
        if _no_inner_stop(norm, start, end):
            sentences.append(Sentence(start, end, index))  # a title, a short line
            continue
        for s_start, s_end in _split_sentences(norm, start, end, ascii):
            sentences.append(Sentence(s_start, s_end, index))
    return Document(text, norm, tuple(segments), tuple(sentences), folded)
