"""Date stage: every calendar expression and the article's publication date.

Three steps, kept apart:

1. *recognize*: the temporal grammar (:mod:`diplotext.grammar.date_grammar`)
   finds spans and reads what they state, a :class:`Parts` tuple with missing
   fields where the text leaves them out (no year, a weekday, "last month");
2. *publication and anchor*: the article's own date is picked among the header
   lines (a ``date 2024-10-21`` prefix, a timestamp line, a "Published" line, a
   place dateline "BAKU, Azerbaijan, April 15."), skipping site banners; it is
   the anchor, else the latest fully stated day in the text;
3. *resolve*: :mod:`diplotext.resolve.dates` finishes each value; adjacent
   dates joined by "to" or a dash become one range.

>>> from diplotext.text.segment import segment
>>> stage = DateStage({})
>>> doc = segment(" date 2024-10-21 Baku hosted talks on Monday. They meet again next month.")
>>> result = stage(doc, None)
>>> result.published.value, [(d.text, d.value) for d in result.dates]
('2024-10-21', [('2024-10-21', '2024-10-21'), ('Monday', '2024-10-21'), ('next month', '2024-11')])
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise
from typing import NamedTuple

import regex

from diplotext.found import DateResult
from diplotext.grammar.date_grammar import DateGrammar
from diplotext.grammar.wordlist import trie_pattern
from diplotext.records import DateMention
from diplotext.resolve.dates import (
    Anchor,
    day_value,
    days_in_month,
    month_of_year,
    month_value,
    shift,
    weekday_date,
    year_less,
    year_value,
)
from diplotext.resources.loader import Table
from diplotext.text.segment import Document, Segment

__all__ = ["DateStage", "Parts"]

_WORDS = regex.compile(r"[^\W\d_]+")
# On ASCII text the stdlib engine with re.ASCII reads \w, \d, \s and case as the regex
# module does, and is several times faster: windows of pure ASCII are scanned with it.
_WORDS_ASCII = re.compile(_WORDS.pattern, re.ASCII)


def _words(text: str, start: int, end: int) -> list[str]:
    """The words (letters only) of ``text[start:end]``.

    >>> _words("Talks on Monday, after 2 rounds", 6, 31)
    ['on', 'Monday', 'after', 'rounds']
    """
    window = text[start:end]
    if window.isascii():
        return _WORDS_ASCII.findall(window)
    return _WORDS.findall(text, start, end)


def _bare_past_cue(cue: str) -> bool:
    """True when a future cue is a bare past form ("planned", "scheduled"): it may be the
    verb of a past report ("the government planned to ..."), but a cue with its auxiliary
    ("is scheduled") looks ahead.

    >>> _bare_past_cue("planned "), _bare_past_cue("is scheduled"), _bare_past_cue("will")
    (True, False, False)
    """
    word = cue.strip()
    return word.endswith("ed") and " " not in word


def _previous_word(folded: str, end: int) -> str:
    """The last word (ASCII letters) of the lower-case ``folded[:end]``; "" when none.

    >>> _previous_word("was 2 held", 6), _previous_word("  held", 2)
    ('was', '')
    """
    stop = end
    while stop and not "a" <= folded[stop - 1] <= "z":
        stop -= 1
    begin = stop
    while begin and "a" <= folded[begin - 1] <= "z":
        begin -= 1
    return folded[begin:stop]


_NOT_AFTER_WORD = r"(?<![\w])"


def _lead_twin(pattern: regex.Pattern[str]) -> re.Pattern[str] | None:
    r"""For a pattern that starts with ``(?<![\w])``: the stdlib pattern (same matches on
    ASCII text) that takes in the non-word character before instead; search it in a window
    that starts one character earlier (a blank at the start of the text). None for any
    other pattern, or one the stdlib cannot read.

    >>> twin = _lead_twin(regex.compile(r"(?<![\w])in[ \t]*\Z"))
    >>> twin.search(" in ") is not None, twin.search("xin") is None, twin.search("in") is None
    (True, True, True)
    """
    source = pattern.pattern
    if not source.startswith(_NOT_AFTER_WORD):
        return None
    try:
        return re.compile("[^\\w]" + source[len(_NOT_AFTER_WORD) :], re.ASCII)
    except re.error:
        return None


def _ascii_twin(pattern: regex.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` for the stdlib engine (same matches on ASCII text), or None when the
    stdlib cannot read it."""
    try:
        return re.compile(pattern.pattern, re.ASCII)
    except re.error:
        return None


# How far (characters) the context windows reach around a match.
_CUE_WINDOW = 24
_TENSE_WINDOW = 250
# articles before a participle make it an adjective ("the planned visit")
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "their"})
# determiners before a participle used as an adjective ("the planned summit"); not "that",
# which opens a relative clause ("the talks that ended in May")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
# adverbs between an article and a participle used as an adjective ("a still unspecified
# date"); any other "-ly" word counts too ("the newly elected")
_ADVERBS = frozenset({"still", "yet", "long", "much", "once", "twice", "already", "so"})
# A numeric date stamped with a UTC offset from +00:00 to this many hours reads day first.
_DAY_FIRST_EAST = 7
# the last hour a 12-hour clock writes: a later one is a 24-hour clock
_NOON = 12
# The tense of a sentence is read this far (characters) either side of a date.
_SENTENCE_REACH = 250
# The header area: at most this many segments, ending with the first long body segment.
_HEADER_SEGMENTS = 15
_LONG_BODY = 120
# The date line of a header may follow a standfirst and a byline: this many segments on
_AFTER_STANDFIRST = 3
# A byline block (author lines, staff titles) above its date line is at most this many lines.
_BYLINE_BLOCK = 5
# Short lines among the last this many segments may hold a "Published ..." line.
_FOOTER_SEGMENTS = 4
# ... or, below the story's last paragraph, before up to this many more lines of page
# furniture (share buttons, related headlines, the copyright line)
_FURNITURE_SEGMENTS = 8
# A dateline sentence with at most this much after its date ("October 21. /TASS/.") has
# its lead in the next sentence.
_AGENCY_TAIL = 12
# A publication time stands within this many characters of its date.
_CLOCK_GAP = 25
# A stated day this many days from a year-less dateline gives the dateline its year.
_YEAR_REACH = 183
# A publication date starts within this many characters of its line.
_HEADER_REACH = 200
# A line below the standfirst that says it dates the page ("This content was published on
# June 3, 2027 - 15:48") is at most this long.
_PUBLISHED_LINE = 80
# A line opening with "Published" stands at most this many segments below the header.
_LABELLED_REACH = 4
# A label line ("Published", "Last updated:") whose date stands on the next line is at
# most this long.
_LABEL_LINE = 30
# The lines of a closing sign-off block (name, office, place) are at most this long.
_SIGN_OFF_LINE = 60
# A copyright mark stands at most this many characters before the year of its notice.
_COPYRIGHT_REACH = 60

# "Brussels, " / "BAKU, Azerbaijan, " / "New York, " before a dateline's date; a place may
# carry a short bracketed qualifier: "Bogotá (D.C.), ", "Hamilton (Bermuda), "
# (the window is short, so the bounded repeats cannot blow up).
_PLACE_QUALIFIER = r"(?:[ \t]*\([\p{L}.' ]{1,20}\))?"
_PLACE_PREFIX = regex.compile(
    r"\A(?:date[ \t]+[0-9-]{10}[ \t]+)?\p{Lu}[\p{L}.' -]{0,40}"
    + _PLACE_QUALIFIER
    + r"(?:,[ \t]*\p{Lu}[\p{L}.' -]{0,30}"
    + _PLACE_QUALIFIER
    + r"){0,2}[ \t]*,[ \t]*\Z"
)
# what may follow the date of a place dateline: "(Reuters) -", ".", ":", an agency's name
# and a dash ("Dec. 2 Kyodo -"), an agency's name between slashes ("March 5, 2026 /AGENCY/.")
# or the line's end
_PLACE_SUFFIX = regex.compile(
    r"(?:[ \t]*\([^()\n]{1,30}\)|[ \t]*[-:.,]|[ \t]+\p{Lu}[\p{L}]{1,20}[ \t]*[-:]"
    r"|[ \t]*/[ \t]*\p{Lu}[^/\n]{0,29}/|[ \t]*\Z)"
)
# (the next three are made of plain characters: the stdlib engine reads them as ``regex`` would)
# a date set off in a header line: "By Jane Doe | 12 May 2023"
_SEPARATED = re.compile(r"[|\u00b7\u2022][ \t]*\Z")
# a byline, then the date of the page: "By Jane Doe  12.05.2023", "Written by the news desk
# on March 3, 2027", "Posted by J. Smith, 3 May 2027"; a capital opens the name, and the
# name (bounded, no comma: "By Friday, the envoys said on May 4" is prose) is set off by
# " on ", a dash, a comma or a run of blanks, so linear
_BYLINE_BEFORE = regex.compile(
    r"\A[ \t]*(?i:(?:written|posted|reported|story|text)[ \t]+)?(?i:by)[ \t]+\p{Lu}[^\n|,]{0,60}?"
    r"(?:[ \t]+(?i:on)[ \t]+|[ \t]{2,}|[ \t]*[,\u2013\u2014-][ \t]*)\Z"
)
_DATE_HEADER = re.compile(r"\A[ \t]*date[ \t]+[0-9]")
# what may stand before the date of a closing timestamp line: blanks only
_STAMP_LINE = re.compile(r"[ \t]*")
# what may follow the date that opens a header line: a dash or bar and a short label
# ("18.03.2026 - Press release", "12 May 2023 | Statement"); bounded, so linear
_LABEL_SUFFIX = regex.compile(
    r"[ \t]*[-\u2013\u2014|][ \t]*\p{L}[\p{L} ]{0,40}"
    # "April 3, 2027 - Lima, Peru - Ministry of Foreign Affairs": a place, then the source
    r"(?:,[ \t]*\p{L}[\p{L} ]{0,30})?(?:[ \t]*[-\u2013\u2014|][ \t]*\p{L}[\p{L} ]{0,40})?\Z"
)
# the page of a print edition after the date that opens a header line: "Sat, Nov 22, 2025
# page3", "12 May 2023, Page 4", "3 March 2027 p. 12"; bounded, so linear
_PAGE_SUFFIX = re.compile(r"[ \t]*,?[ \t]*(?:[Pp]age|PAGE|p\.)[ \t]?[0-9]{1,3}[ \t]*\Z")
# the number of a press release before its date, opening the header line: "No: 61, 12 March
# 2026, Press Release Regarding ...", "No. 214/2025 - 3 May 2025 - Statement"; bounded, linear
_RELEASE_NUMBER = re.compile(
    r"[ \t]*(?:no|nr|number)[ \t]*[.:]?[ \t]*[0-9]{1,5}(?:/[0-9]{1,4})?"
    r"[ \t]*[,|\u2013\u2014-][ \t]*",
    re.IGNORECASE,
)
# the day of the month in brackets right after a weekday: "this Tuesday (2)", "on Monday
# (1st)" (a Brazilian and Portuguese press convention); plain characters, read by the stdlib
# A clock time written with an "h" between hours and minutes right after a numeric date
# ("08/07/2025 11h42", "12-03-2026, 9h05"): the French, Portuguese and Brazilian way,
# where days are written before months
_H_CLOCK = re.compile(r"[ \t]*,?[ \t]*(?:[01]?[0-9]|2[0-3])h[0-5][0-9](?![\w])")
_WEEKDAY_DAY = re.compile(r"[ \t]*\((3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\)")
# a capitalized word right after a month: "by June Smith"
_NAME_AFTER = regex.compile(r"[ \t]+\p{Lu}")
# a word right after "the day before": "the day before the summit"
_WORD_AFTER = regex.compile(r"[ \t]*[\w]")
# an article right before a month: "the October talks"
# what may stand before a date opening its sentence: "On Thursday, ..." (bounded)
_OPENER = re.compile(r"[ \t\"'(]{0,3}(?:on[ \t]+)?")
# an opening time clause that a date ends: "Before leaving Luanda on ", "After the talks
# on " (bounded, no comma or stop inside, so linear)
_OPENING_CLAUSE = re.compile(
    r"[ \t\"'(]{0,3}(?:before|after|upon|when|while|until)[ \t][^,.;:]{0,80}[ \t]on[ \t]+"
)
# an appeal and the verb it asks for: "urged the parties to sign", "called on the allies
# to act" (bounded, no stop or comma between, so linear)
_APPEAL_TO = re.compile(
    r"(?<![a-z])(?:called[ \t]+(?:on|upon)|urged|appealed[ \t]+to|asked|invited|encouraged)"
    r"[ \t][^,.;:]{0,60}?[ \t]to[ \t]+[a-z]+(?![a-z])"
)
# how far (characters) before a date an appeal is looked for
_APPEAL_REACH = 160
# the word right before a date that an appeal's verb may govern: "to sign by 3 May"
_REQUESTED_PREPOSITIONS = frozenset(("on", "by", "before", "in", "until", "at"))
# how far into the main clause after an opening date a future cue is looked for
_OPENER_REACH = 70
# the lower-case word right after a date, blanks only between: "the ministry on Sunday
# issued a warning" (a past verb there reports the past, whatever cue stood before); not a
# participle before "by": "will arrive on Sunday accompanied by aides"
_VERB_RIGHT_AFTER = regex.compile(r"[ \t]+(\p{Ll}+)(?![\w'])(?![ \t]+by(?!\w))")
# a subordinate clause right after an opening date: "On Friday, when the minister set aside
# his plans for the trip, the ministry ...": its words do not set the main clause's tense
_OPENER_SUBCLAUSE = re.compile(r"[ \t]*(?:when|as|after|while|before)[ \t][^,.;]{1,120},")
# a lower-case word right after a date: "the 4 June 1967 borders"
_LOWER_AFTER = regex.compile(r"[ \t]+\p{Ll}")
_ARTICLE_BEFORE = regex.compile(r"(?<![\w])(?i:the|a|an)[ \t]\Z")

# "from " right before a weekday that opens a span: "from Monday to Wednesday"
_FROM_BEFORE = re.compile(r"(?<![a-z])from[ \t]+\Z")
# a count of days that opens its sentence ("... in July 2022. Two days later, ..."): what
# stands right before it (plain characters, read by the stdlib)
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?\n])[ \t\"'\u201c]*\Z")
# ... goes on from the story's last stated day when that day is at most this many
# characters before it
_COUNT_REACH = 1200
# "May that year": a month in the year of the date stated before
_YEAR_THAT = "year that"
# the word right before a date that a report verb shortly before governs: "told the senate
# in April", "said on Monday"
_REPORT_PREPOSITIONS = frozenset(("in", "on", "during"))
# a report verb governs a date when it is among this many words before the preposition
_REPORT_REACH = 3

# priorities of publication candidates (higher wins; ties: the earlier line)
_P_HEADER, _P_PUBLISHED, _P_STAMP, _P_PLACE, _P_UPDATED, _P_BARE = 6, 5, 4, 4, 2, 1


class Parts(NamedTuple):
    """What one date expression states; missing fields are None.

    ``rule`` names the grammar rule; ``rel`` a modifier ("last", "this"...);
    ``unit``/``offset`` a relative shift; ``future`` the tense around it;
    ``present`` no tense either way (no future cue, no past verb in the sentence).
    """

    start: int
    end: int
    rule: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year2: int | None = None
    day2: int | None = None
    weekday: int | None = None
    rel: str | None = None
    unit: str | None = None
    offset: int = 0
    future: bool = False
    present: bool = False


class _Resolved(NamedTuple):
    parts: Parts
    value: str
    granularity: str


def _after_article(words: list[str], i: int) -> bool:
    """True when ``words[i]`` follows an article, right before it or across one adverb
    ("the planned", "a still unspecified", "the newly elected"): an adjective.

    >>> _after_article(["on", "a", "still", "unspecified", "date"], 3)
    True
    >>> _after_article(["talks", "they", "planned"], 2)
    False
    """
    if i == 0:
        return False
    before = words[i - 1].lower()
    if before in _DETERMINERS:
        return True
    return (
        i >= 2
        and (before in _ADVERBS or before.endswith("ly"))
        and words[i - 2].lower() in _DETERMINERS
    )


def _ordinal_length(norm: str, pos: int) -> int:
    """Length of an ordinal suffix ("st", "nd", "rd", "th") at ``pos``, else 0."""
    return 2 if norm[pos : pos + 2] in ("st", "nd", "rd", "th") else 0


def _int(text: str | None) -> int | None:
    return None if text is None else int(text)


class DateStage:
    """Finds and normalizes dates. Built once per Parser."""

    def __init__(self, extra: dict[str, Table]) -> None:
        self._extra = extra
        self._g = DateGrammar()
        # a word (lower-case ASCII letters) that may be a past verb: listed, or "-ed" of 5
        # letters or more; whole words of a lower-cased ASCII window, after a non-letter
        listed = sorted(w for w in self._g.past_verb if w.isascii() and w.isalpha())
        self._past_word = re.compile(
            r"[^a-z](" + trie_pattern(listed) + r"|[a-z]{3,}ed)(?![a-z])", re.ASCII
        )
        g = self._g
        # source of a pattern matched at a position -> its stdlib twin, for windows of
        # ASCII text
        self._at_ascii: dict[str, re.Pattern[str] | None] = {
            p.pattern: _ascii_twin(p)
            for p in (g.future, g.not_after, g.event_after, g.generic_after, g.zone_after)
        }
        # source of a "cue before" pattern -> its stdlib twin, for windows of ASCII text
        self._cue_ascii: dict[str, re.Pattern[str] | None] = {
            p.pattern: _lead_twin(p)
            for p in (
                g.year_before,
                g.month_before,
                g.not_before,
                g.past_year_before,
                g.future_before,
                g.open_end_before,
                g.set_before,
                g.name_before,
            )
        }

    # -- 1. recognize ------------------------------------------------------------

    def _is_future(self, folded: str, doc: Document, start: int, end: int) -> bool:
        """True when the text around the span speaks of the future.

        A future cue ("will", "is to", "ahead of") close before the span counts,
        unless a past-tense verb stands between it and the span ("said they would
        appeal the ruling announced Wednesday"); a possessive ("Wednesday's
        ruling") names a past event.
        """
        g = self._g
        sent = doc.sentence_at(start)
        sent_start, sent_end = (sent.start, sent.end) if sent is not None else (0, len(folded))
        after = folded[end : min(end + 40, max(end, sent_end))]
        if self._cue(g.future_before, folded, start):
            if self._past_participle_frame(folded, sent_start, start):
                return False
            return not any(w in g.past_aux for w in _WORDS.findall(after)[:4])
        if folded[end : end + 2] == "'s":
            # "Wednesday's ruling" names a past event, but "ahead of September's
            # elections" one ahead: a future cue right before the possessive
            cue = self._last_future_cue(folded, max(sent_start, start - _CUE_WINDOW), start)
            return cue is not None and not folded[cue:start].strip()
        verb = _VERB_RIGHT_AFTER.match(doc.norm, end, min(len(doc.norm), end + 30))
        if verb is not None:
            w = verb.group(1)
            if w in g.past_verb or (len(w) >= 5 and w.endswith("ed") and not w.endswith("eed")):
                return False  # "ahead of the trip, the ministry on Sunday issued ..."
        lo = max(start - _TENSE_WINDOW, sent_start)
        last = self._last_future_cue(folded, lo, start)
        if last is None:
            if self._matches_at(g.future, folded, end + 1, min(len(folded), end + 12)):
                return True
            return self._opener_is_future(doc, folded, start, end, sent_start, sent_end)
        words = _words(doc.norm, last, start)
        # a new clause (", and" or ";") after the future cue: its own regular past verb
        # counts wherever it stands ("which will be held in May, and the process launched
        # on the anniversary of the treaty on 1 August")
        joint = max(doc.norm.rfind(", and ", last, start), doc.norm.rfind("; ", last, start))
        clause = len(words) - len(_words(doc.norm, joint, start)) if joint >= 0 else len(words)
        for i, word in enumerate(words):
            w = word.lower()
            # a regular past (-ed) only counts among the last three words: "announced on Monday"
            regular = (
                (
                    # "at the planned summit", "on a still unspecified date": an adjective
                    (i >= len(words) - 3 and not _after_article(words, i))
                    # "the planned talks": an adjective, no verb
                    or (i >= clause and words[i - 1].lower() not in _ARTICLES)
                )
                and len(w) >= 5
                and w.endswith("ed")
                and word.islower()
            )
            past = w in g.past_verb or (regular and not w.endswith("eed"))
            if past and (i == 0 or words[i - 1].lower() not in g.passive_aux):
                return False
        return True

    def _past_participle_frame(self, folded: str, sent_start: int, start: int) -> bool:
        """True when the future cue right before ``start`` is a participle ("starting")
        in a clause whose verb is a past "was"/"were": "she was in Rome for a visit
        starting Monday" dates a visit already under way, not one ahead.

        >>> stage = DateStage({})
        >>> text = "she was in rome for a visit starting monday"
        >>> stage._past_participle_frame(text, 0, text.index("monday"))
        True
        >>> text = "she is in rome for a visit starting monday"
        >>> stage._past_participle_frame(text, 0, text.index("monday"))
        False
        """
        lo = max(sent_start, folded.rfind(",", sent_start, start) + 1, start - _CUE_WINDOW * 3)
        words = _words(folded, lo, start)
        if len(words) < 2 or not words[-1].endswith("ing"):
            return False
        past_aux = self._g.past_aux
        return any(w in past_aux for w in words[:-1])

    def _opener_is_future(
        self, doc: Document, folded: str, start: int, end: int, sent_start: int, sent_end: int
    ) -> bool:
        """True when a date opening its sentence ("On Thursday, the minister will travel
        to ...") is followed by a future cue in its main clause, with no past verb before
        the cue."""
        g = self._g
        if folded[end : end + 1] != ",":
            # "On Friday the minister is to travel to ...": a date that opens its sentence
            # needs no comma before its clause
            if not _OPENER.fullmatch(folded, sent_start, start) or folded[end : end + 1] != " ":
                return False
            cue = g.future.search(folded, end, min(sent_end, end + _OPENER_REACH))
            return (
                cue is not None
                and not _bare_past_cue(folded[cue.start() : cue.end()])
                and not self._past_in(doc, end, cue.start())
            )
        if not _OPENER.fullmatch(folded, sent_start, start):
            # the date ends an opening clause: "Before leaving Luanda on Wednesday, the
            # minister is due to meet ..." (a past verb in it reports the past: "After he
            # arrived on Monday, ...")
            if not _OPENING_CLAUSE.fullmatch(folded, sent_start, start):
                return False
            if self._past_in(doc, sent_start, start):
                return False
        sub = _OPENER_SUBCLAUSE.match(folded, end + 1, sent_end)
        main = end + 1 if sub is None else sub.end()
        cue = g.future.search(folded, main, min(sent_end, main + _OPENER_REACH))
        if cue is None:
            return False
        # a past form as the clause's verb reports a past plan: "On Friday, the government
        # planned to pay ..." (only "the planned talks" looks ahead)
        if _bare_past_cue(folded[cue.start() : cue.end()]) and (
            _ARTICLE_BEFORE.search(folded, max(0, cue.start() - 5), cue.start()) is None
        ):
            return False
        return not self._past_in(doc, main, cue.start())

    def _requested(self, doc: Document, folded: str, start: int) -> bool:
        """True when the year-less day or month at ``start`` dates what an appeal asks for:
        "urged the parties to sign the accord by 3 May", "called on the allies to act
        before the summit on 7 July" (what is asked for lies ahead of the asking), with no
        past verb between the asked-for verb and the date ("urged them to respect the truce
        agreed on 5 May" dates the truce)."""
        if _previous_word(folded, start) not in _REQUESTED_PREPOSITIONS:
            return False
        sent = doc.sentence_at(start)
        lo = max(start - _APPEAL_REACH, 0 if sent is None else sent.start)
        appeals = list(_APPEAL_TO.finditer(folded, lo, start))
        return bool(appeals) and not self._past_in(doc, appeals[-1].end(), start)

    def _past_in(self, doc: Document, lo: int, hi: int) -> bool:
        """True when a past-tense verb (listed, or a lower-case "-ed" of 5+ letters) stands
        in ``doc.norm[lo:hi]``."""
        g = self._g
        for word in _words(doc.norm, lo, hi):
            w = word.lower()
            if w in g.past_verb or (len(w) >= 5 and w.endswith("ed") and word.islower()):
                return True
        return False

    def _future_goes_on(self, doc: Document, start: int, previous: list[Parts]) -> bool:
        """True when the weekday at ``start`` continues a planned weekday of its sentence
        with no past verb between them: "is due to meet the minister on Wednesday, before
        visiting the port on Thursday" (Thursday lies ahead too, though its future cue is
        far back)."""
        if not previous:
            return False
        last = previous[-1]
        if last.rule != "wd" or not last.future or last.rel is not None:
            return False
        sentence = doc.sentence_index(start)
        if sentence is None or doc.sentence_index(last.start) != sentence:
            return False
        g = self._g
        words = _words(doc.norm, last.end, start)
        for i, word in enumerate(words):
            w = word.lower()
            regular = len(w) >= 5 and w.endswith("ed") and not w.endswith("eed") and word.islower()
            if (w in g.past_verb or regular) and (
                i == 0 or words[i - 1].lower() not in g.passive_aux
            ):
                return False
        return True

    def _open_end_weekday(self, folded: str, start: int, end: int) -> bool:
        """True when a weekday ends a span that may still run: "postponed the ruling until
        Tuesday", "has until Friday to reply" (a deadline: on or after the anchor). A
        past auxiliary right after it keeps the past: "Until Thursday, they had ..."."""
        g = self._g
        if not self._cue(g.open_end_before, folded, start):
            return False
        after = folded[end : end + 40]
        return not any(w in g.past_aux for w in _WORDS.findall(after)[:4])

    def _last_future_cue(self, folded: str, lo: int, hi: int) -> int | None:
        """The end of the last future cue in ``folded[lo:hi]``, or None."""
        g = self._g
        # the cue pattern looks one character before the window
        window = folded[max(0, lo - 1) : hi]
        last: int | None = None
        if not window.isascii():
            for match in g.future.finditer(folded, lo, hi):
                last = match.end()
            return last
        if lo == 0:
            window = " " + window  # no character before the text: as a blank
        # window[0] is folded[lo - 1], the character the stdlib scan takes in before a cue
        for cue in g.future_lead.finditer(window):
            last = lo - 1 + cue.end()
        return last

    def _tenseless(self, doc: Document, folded: str, start: int) -> bool:
        """True when the year-less day at ``start`` is read as the occurrence nearest the
        anchor: its sentence has no past verb, or the day ends a span that may still run
        ("has extended the controls until 21 June": June lies ahead of a March report)."""
        return (
            self._cue(self._g.open_end_before, folded, start)
            # "reopen the air link from June 1": the start of what is in force from then on
            or _previous_word(folded, start) == "from"
            or not self._has_past(doc, start)
        )

    def _has_past(self, doc: Document, start: int) -> bool:
        """True when the sentence around ``start`` has a past-tense verb besides a report
        verb ("played", "met", "had"; not "said" or "told"): a report of the past."""
        g = self._g
        sent = doc.sentence_at(start)
        lo, hi = (sent.start, sent.end) if sent is not None else (0, len(doc.norm))
        # a long run-on "sentence" is read only near the date (keeps the stage linear)
        lo, hi = max(lo, start - _SENTENCE_REACH), min(hi, start + _SENTENCE_REACH)
        window = doc.norm[lo:hi]
        if window.isascii():
            return self._has_past_ascii(window, doc.folded[lo:hi])
        before = ""  # the word before (lower case); none before the first
        for word in _words(doc.norm, lo, hi):
            w = word.lower()
            if w not in g.report_verb:
                regular = len(w) >= 5 and w.endswith("ed") and not w.endswith("eed")
                if (w in g.past_verb or (regular and word.islower())) and (
                    before not in g.passive_aux
                ):
                    return True
            before = w
        return False

    def _has_past_ascii(self, window: str, folded: str) -> bool:
        """:meth:`_has_past` of an ASCII ``window`` (``folded``: its lower case): only the
        words that may be past verbs are visited, found by one stdlib scan."""
        g = self._g
        # a blank before the window lets the scan start each word with the non-letter
        # before it (a fast first step); offsets into ``padded`` are one more
        padded = " " + folded
        for hit in self._past_word.finditer(padded):
            w = hit.group(1)
            if w in g.report_verb:
                continue
            if w not in g.past_verb and (
                w.endswith("eed") or not window[hit.start(1) - 1 : hit.end() - 1].islower()
            ):
                continue  # not a regular past: "need", "United"
            if _previous_word(padded, hit.start(1)) not in g.passive_aux:
                return True
        return False

    def _matches_at(self, pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> bool:
        """True when ``pattern`` matches ``text`` at ``lo`` (no further than ``hi``); read by
        its stdlib twin when the window (and the character before, for a lookbehind) is
        ASCII."""
        twin = self._at_ascii.get(pattern.pattern)
        if twin is not None and text[max(0, lo - 1) : hi].isascii():
            return twin.match(text, lo, hi) is not None
        return pattern.match(text, lo, hi) is not None

    def _cue(self, pattern: regex.Pattern[str], folded: str, start: int) -> bool:
        """True when a cue of ``pattern`` ends right before ``start``."""
        lo = max(0, start - _CUE_WINDOW)
        twin = self._cue_ascii.get(pattern.pattern)
        # the pattern looks one character before the window; its twin takes that
        # character in (a blank before the text)
        window = folded[max(0, lo - 1) : start]
        if twin is not None and window.isascii():
            return twin.search(window if lo else " " + window) is not None
        return pattern.search(folded, lo, start) is not None

    @staticmethod
    def _outreaches(
        wins: regex.Pattern[str], loses: regex.Pattern[str], folded: str, start: int
    ) -> bool:
        """True when a cue of ``wins`` ending right before ``start`` begins before the cue
        of ``loses`` there: the longer phrase decides ("no later than 2027" is a year,
        though "than 2,000" is a count). Called only on a hit of ``loses``."""
        lo = max(0, start - _CUE_WINDOW)
        won = wins.search(folded, lo, start)
        lost = loses.search(folded, lo, start)
        return won is not None and (lost is None or won.start() < lost.start())

    def _recognize(self, doc: Document, folded: str) -> list[Parts]:
        g = self._g
        norm = doc.norm
        out: list[Parts] = []
        for m in g.finditer(norm, folded):
            rule = g.rule(m)
            start, end = m.span()
            parts = self._read(m, rule, start, end, norm, folded, doc, out)
            if parts is not None:
                out.append(parts)
        return self._numeric_order(out, norm)

    def _read(
        self,
        m: regex.Match[str],
        rule: str,
        start: int,
        end: int,
        norm: str,
        folded: str,
        doc: Document,
        previous: list[Parts],
    ) -> Parts | None:
        """The :class:`Parts` of one grammar match, or None when context says it is no date."""
        g = self._g
        if rule == "iso":
            y, mo, d = int(m.group("y")), int(m.group("mn")), int(m.group("d"))
            if d > days_in_month(y, mo):
                return None
            return Parts(start, end, rule, y, mo, d)
        if rule == "num":
            # the order of day and month is settled later, over the whole article
            return Parts(
                start, end, rule, int(m.group("y")), int(m.group("n2")), int(m.group("n1"))
            )
        if rule in ("dmy", "mdy"):
            mo = g.month_of[m.group("mon").lower()]
            yr = _int(m.group("y"))
            dry = m.group("dry")  # "17 September last year": the year named from the anchor
            named = None if dry is None else "year " + dry.lower()
            d = int(m.group("d"))
            d2 = _int(m.group("d2"))
            if d > days_in_month(yr, mo) or (
                d2 is not None and (d2 <= d or d2 > days_in_month(yr, mo))
            ):
                return None
            if (
                d2 is not None
                and "and" in norm[m.end("d") : m.start("d2")].lower()
                and not self._between(folded, start)
                and (
                    d2 != d + 1
                    or (rule == "mdy" and yr is None)
                    or self._matches_at(
                        g.not_after, folded, end, min(len(folded), end + _CUE_WINDOW)
                    )
                )
            ):
                # "between 4 and 6 April" is a range, and so are two days in a row that a
                # month or a year after them closes ("on 23 and 24 October", "on July 9
                # and 10, 2027": a two-day meeting); "on April 14 and 25", and "on April 24
                # and 25" (TimeML's reading) are two days, each a mention: the first goes
                # to the list here, the second is returned
                first_end = m.end("d") + _ordinal_length(norm, m.end("d"))
                second_start = m.start("d2")
                future = yr is None and self._is_future(folded, doc, start, end)
                first = Parts(start, first_end, rule, yr, mo, d, rel=named, future=future)
                if self._matches_at(g.not_after, folded, end, min(len(folded), end + _CUE_WINDOW)):
                    return first  # "on May 5 and 6 people were hurt": a count, not a day
                previous.append(first)
                return Parts(second_start, end, rule, yr, mo, d2, rel=named, future=future)
            if yr is None and self._matches_at(
                g.event_after, folded, end, min(len(folded), end + _CUE_WINDOW)
            ):
                return None  # "the September 11 attacks": an event's name, not this year's day
            if yr is None:
                stated = m.group("wd")  # "Tuesday, March 29": the weekday of a year-less day
                future = self._is_future(folded, doc, start, end) or self._requested(
                    doc, folded, start
                )
                return Parts(
                    start, end, rule, None, mo, d, None, d2,
                    weekday=None if stated is None else g.weekday_of[stated.lower()],
                    rel=named, future=future,
                    present=not future and self._tenseless(doc, folded, start),
                )  # fmt: skip
            # the tense matters only when no publication date anchors the article
            future = self._is_future(folded, doc, start, end)
            return Parts(start, end, rule, yr, mo, d, yr, d2, future=future)
        if rule == "my":
            return Parts(start, end, rule, int(m.group("y")), g.month_of[m.group("mon").lower()])
        if rule == "yrange":
            y = int(m.group("y"))
            if m.group("y2") is not None:
                y2 = int(m.group("y2"))
            else:
                if "-" not in norm[m.end("y") : m.start("y2s")]:
                    return None
                y2 = y // 100 * 100 + int(m.group("y2s"))
            if not y < y2 <= y + 100:
                return None
            joint = norm[m.end("y") : end].lower()
            if " and " in joint and not self._between(folded, start):
                return None
            if self._cue(g.not_before, folded, start):
                return None
            return Parts(start, end, rule, y, year2=y2)
        if rule == "monrel":
            if self._cue(g.set_before, folded, start):
                return None  # "every March"
            mo = g.month_of[m.group("mon").lower()]
            rel = m.group("rel")
            ry = m.group("ry")
            mnext = m.group("mnext")  # "in June next": the coming June
            if (
                mnext is not None
                and mo == 5
                and rel is None
                and not self._cue(g.month_before, folded, start)
            ):
                return None  # "Ceasefire May Last, Officials Say": the verb, not the month
            if rel is None and ry is None and mnext is None:
                word = m.group("mon")
                if word.lower() in g.month_abbr and norm[end - 1] != ".":
                    return None  # a lone "Jan" or "Dec" is a name more often than a month
                if _NAME_AFTER.match(norm[end : end + 3]):
                    return None  # "by June Smith", "May Jones": a name
                if not self._cue(g.month_before, folded, start) and not self._month_in_context(
                    mo, start, end, norm, previous
                ):
                    return None
            if ry is not None:
                ry = " ".join(ry.lower().split())
                # "May that year", "May of the same year": the year of the date stated before
                return Parts(
                    start, end, rule, None, mo, rel=_YEAR_THAT if ry == "the same" else "year " + ry
                )
            modifier = rel if rel is not None else mnext
            relw = None if modifier is None else modifier.lower()
            if relw not in ("this", "last", "next", "past", "coming"):
                relw = None
            future = self._is_future(folded, doc, start, end) or (
                relw is None and self._requested(doc, folded, start)
            )
            return Parts(
                start,
                end,
                rule,
                None,
                mo,
                rel=relw,
                future=future,
                present=not future
                and relw is None
                and (
                    # "which runs until the end of June": the end of a span that may
                    # still run, the month nearest the anchor even in a past report
                    self._cue(g.open_end_before, folded, start)
                    or (not self._has_past(doc, start) and not self._reported(folded, start))
                ),
            )
        if rule == "wd":
            if self._cue(g.set_before, folded, start) or self._cue(g.name_before, folded, start):
                return None  # "each Thursday", "Black Friday": no date
            wrel = m.group("wrel")
            future = (
                self._is_future(folded, doc, start, end)
                or self._future_goes_on(doc, start, previous)
                or self._open_end_weekday(folded, start, end)
            )
            return Parts(
                start,
                end,
                rule,
                weekday=g.weekday_of[m.group("wd").lower()],
                rel=None if wrel is None else " ".join(wrel.lower().split()),
                future=future,
            )
        if rule == "ago":
            n_text = m.group("n").lower()
            n = g.number_of[n_text] if n_text in g.number_of else int(n_text)
            unit = m.group("unit").lower()
            direction = m.group("dir").lower()
            if direction == "later":
                # "two days later": counted from the date stated before
                return Parts(start, end, rule, unit=unit, offset=n, rel="previous")
            if direction == "earlier" and unit == "day":
                # "Met on Tuesday. A day earlier, ...": counted back from the date stated
                # before; "a year earlier" is mostly a comparison with the report's own
                # time ("up 3% from a year earlier") and counts back like "a year ago"
                return Parts(start, end, rule, unit=unit, offset=-n, rel="previous")
            return Parts(start, end, rule, unit=unit, offset=-n)
        if rule == "rel":
            text = m.group()
            if text[:1] == "T" and start > 1 and norm[start - 1] == " ":
                # "USA Today", "Russia Today": a name, not the day
                before = norm[max(0, start - 20) : start - 1].split()
                if before and before[-1][:1].isupper() and not before[-1].endswith((".", ",")):
                    return None
            unit, offset, previous_ref = g.relative[text]
            if text.lower().endswith(("before", "after")) and _WORD_AFTER.match(
                norm[end : end + 3]
            ):
                return None  # "the day before the summit": counted from an event, not a date
            if unit == "day" and (
                folded[max(0, start - 3) : start] == "of "
                or (
                    folded[end : end + 2] == "'s"
                    and self._matches_at(
                        g.generic_after, folded, end + 2, min(len(folded), end + 30)
                    )
                )
            ):
                return None  # "the people of tomorrow", "today's world": nowadays, not a day
            ref = "previous" if previous_ref else None
            return Parts(start, end, rule, unit=unit, offset=offset, rel=ref)
        # rule == "year": a bare year needs to look like one
        y = int(m.group("y"))
        if self._cue(g.not_before, folded, start) and not self._outreaches(
            g.year_before, g.not_before, folded, start
        ):
            return None
        if self._matches_at(g.not_after, folded, end, min(len(folded), end + _CUE_WINDOW)):
            return None
        if y % 100 < 60 and self._matches_at(g.zone_after, norm, end, min(len(norm), end + 8)):
            return None  # "by 1045 GMT": a clock time
        cue = m.group("ymod") is not None or self._cue(g.year_before, folded, start)
        if y < 1900 and not cue:
            return None
        if not cue and start > 1 and norm[start - 1] == " ":
            # "Orion 1980", "Windows 2000": a name with a number, not a year (but "That 1978
            # resolution" opens a sentence)
            head = norm[max(0, start - 30) : start - 1]
            word = head.rsplit(None, 1)[-1:]
            opening = not word or head[: len(head) - len(word[0])].rstrip()[-1:] in (
                "",
                ".",
                '"',
            )
            if (
                word
                and word[0][:1].isupper()
                and word[0].isalpha()
                and not opening
                and not g.year_before.search(word[0].lower() + " ")
                and not self._in_copyright(folded, start)
            ):
                return None
        if norm[end : end + 2] in ("'s",) and y % 10 == 0:
            return None  # "the 1990's": a decade
        return Parts(start, end, rule, y)

    def _reported(self, folded: str, start: int) -> bool:
        """True when a report verb governs the date at ``start``: "he told the senate in
        April", "said in June" (the telling was then, a past month), not "said the team
        return in June" (the verb is further off).

        >>> stage = DateStage({})
        >>> text = "he told the senate in april; said the team return in june"
        >>> stage._reported(text, 22), stage._reported(text, 53)
        (True, False)
        """
        lo = max(0, start - 2 * _CUE_WINDOW)
        words = _words(folded, lo, start)
        if lo and words and folded[lo - 1].isalpha():
            words = words[1:]  # a word cut by the window
        if not words or words[-1] not in _REPORT_PREPOSITIONS:
            return False
        report = self._g.report_verb
        return any(w in report for w in words[-1 - _REPORT_REACH : -1])

    def _in_copyright(self, folded: str, start: int) -> bool:
        """True when a copyright mark stands shortly before ``start`` on its line: the year
        of "© Example News 2024" is a date, though a name stands before it."""
        lo = max(0, start - _COPYRIGHT_REACH)
        line_start = folded.rfind("\n", lo, start)
        if line_start >= 0:
            lo = line_start + 1
        return self._g.copyright.search(folded, lo, start) is not None

    def _month_in_context(
        self, month: int, start: int, end: int, norm: str, previous: list[Parts]
    ) -> bool:
        """A lone month name without a cue: "December's figures", "the October talks",
        or the next item of a list of months ("in January and February")."""
        if previous and previous[-1].rule in ("monrel", "my") and previous[-1].end >= start - 9:
            joint = norm[previous[-1].end : start].strip(" \t,")
            if joint in ("", "-", "and", "or", "to"):
                return True
        if month == 5:  # "May's" and "a May" are too often the name or the verb
            return False
        if norm[end : end + 2] == "'s":
            return True
        before = norm[max(0, start - 5) : start]
        after = norm[end : end + 2]
        return (
            _ARTICLE_BEFORE.search(before) is not None
            and len(after) == 2
            and after[0] == " "
            and after[1].islower()
        )

    def _between(self, folded: str, start: int) -> bool:
        """True when "between" (or "between the") stands right before ``start``: "between
        4 and 6 April", "between the 2 and 4 of May" are ranges."""
        if self._cue_word(folded, start, "between"):
            return True
        head = folded[max(0, start - 4) : start]
        return head == "the " and self._cue_word(folded, start - 4, "between")

    def _cue_word(self, folded: str, start: int, word: str) -> bool:
        window = folded[max(0, start - len(word) - 3) : start].rstrip()
        return window.endswith(word) and (
            len(window) == len(word) or not window[-len(word) - 1].isalnum()
        )

    def _day_first_zone(self, norm: str, end: int) -> bool:
        """True when the clock right after a numeric date (within ``_CLOCK_GAP``) names a
        UTC offset from +00:00 to +07:00 ("14:05 GMT+1", "09:30 CET"): Europe, Africa, the
        Middle East and Central Asia write the day before the month (the month-first
        conventions are those of the Americas and of UTC+08:00, the Philippines), or
        when it is a 24-hour clock without a zone ("06/04/2025 - 16:21")."""
        m = self._g.clock.search(norm, end, min(len(norm), end + _CLOCK_GAP + 30))
        if m is None or m.start() > end + _CLOCK_GAP:
            return False
        if m.group("sign") is not None:
            return m.group("sign") == "+" and int(m.group("oh")) <= _DAY_FIRST_EAST
        zone = m.group("zone")
        if zone is None:
            # "06/04/2025 - 16:21": a 24-hour clock (an hour past noon, no am/pm) is not
            # the month-first world's (the United States and the Philippines write
            # "4:21 PM"): the stamp reads day first
            return m.group("ampm") is None and int(m.group("hh")) > _NOON
        offset = self._g.zone_offset[zone]
        return offset[0] == "+" and int(offset[1:3]) <= _DAY_FIRST_EAST

    def _numeric_order(self, found: list[Parts], norm: str) -> list[Parts]:
        """Settle day/month order of numeric dates by the evidence of the whole article."""
        nums = [p for p in found if p.rule == "num"]
        if not nums:
            return found
        # Parts of "num" hold (month=second number, day=first number) for now.
        dmy = any(p.day is not None and p.day > 12 for p in nums)
        mdy = any(p.month is not None and p.month > 12 for p in nums)
        if not dmy and not mdy:
            vote = _weekday_day_vote(found, nums, norm)
            dmy, mdy = vote > 0, vote < 0
        if not dmy and not mdy:
            # "12/03/2026 - 14:05 GMT+1": a stamp in a zone east of Greenwich up to
            # Central Asia, where days are written before months, reads day first
            dmy = any(
                self._day_first_zone(norm, p.end) or _H_CLOCK.match(norm, p.end) is not None
                for p in nums
            )
        if not dmy and not mdy:
            # "Publication date: 02-03-2026" over a "Bucharest, March 2" dateline: a day
            # the text names in words tells which reading the numbers take
            named = {(p.month, p.day) for p in found if p.rule in ("dmy", "mdy")}
            if named:
                day_first = any((p.month, p.day) in named for p in nums)
                month_first = any((p.day, p.month) in named for p in nums)
                dmy, mdy = day_first and not month_first, month_first and not day_first
        out: list[Parts] = []
        for p in found:
            if p.rule != "num":
                out.append(p)
                continue
            first, second, y = p.day or 0, p.month or 0, p.year
            # "12.05.2023": dotted dates are day-first wherever they are written
            dotted = "." in norm[p.start : p.end] and not mdy
            if first > 12 or (dmy and not mdy and second <= 12) or (dotted and second <= 12):
                day, month = first, second
            elif second > 12 or (mdy and not dmy and first <= 12):
                day, month = second, first
            elif first == second:
                day, month = first, second
            else:
                out.append(p._replace(month=None, day=None))  # only the year is certain
                continue
            if not 1 <= month <= 12 or not 1 <= day <= days_in_month(y, month):
                continue
            out.append(p._replace(month=month, day=day))
        return out

    # -- 2. publication and anchor --------------------------------------------------

    def _header(self, doc: Document) -> list[tuple[int, Segment]]:
        """The header lines: up to the first long body segment, and when that one is a
        standfirst (the first body text, the headline's summary), the date lines right
        after it ("Published Mar 3, 2027, 10:15 AM" below the summary and the byline)."""
        segs: list[tuple[int, Segment]] = []
        segments = doc.segments
        for i, seg in enumerate(segments[:_HEADER_SEGMENTS]):
            segs.append((i, seg))
            if seg.role == "body" and seg.end - seg.start >= _LONG_BODY:
                if any(s.role == "body" for _, s in segs[:-1]):
                    break
                # the story goes on after them (else the "summary" was the whole story and
                # a date line after it closes the text)
                extra: list[tuple[int, Segment]] = []
                # a byline block without "By" ("Jane Roe, Agency" / "Skopje") may stand
                # between the standfirst and the date line: short lines, no full stop,
                # not counted among the lines looked at
                block = 0
                j = i
                while j + 1 < min(i + 1 + _AFTER_STANDFIRST + block, len(segments)):
                    j += 1
                    nxt = segments[j]
                    if (
                        not extra
                        and block < _BYLINE_BLOCK
                        and nxt.role == "body"
                        and self._credit_line(doc, nxt)
                    ):
                        block += 1
                        continue
                    if nxt.role == "dateline" or (
                        # "This content was published on June 3, 2027 - 15:48" below the
                        # summary: a short line that says it dates the page
                        nxt.role == "body"
                        and nxt.end - nxt.start <= _PUBLISHED_LINE
                        and self._g.published_word.search(doc.folded, nxt.start, nxt.end)
                        is not None
                    ):
                        extra.append((j, nxt))
                    elif segments[j].role == "body":
                        segs.extend(extra)
                        break
                    elif segments[j].role not in ("byline", "heading"):
                        break
                break
        # a line that opens with "Published" ("Published: 6:00pm, 19 Sep 2025") below a
        # section label, the headline, a standfirst and the byline, before the story's
        # first long paragraph, dates the page however many lines the head took
        if segs and segs[-1][0] + 1 < len(segments):
            known = {i for i, _ in segs}
            first = segs[-1][0] + 1
            for j in range(first, min(first + _LABELLED_REACH, len(segments))):
                nxt = segments[j]
                if nxt.role == "body" and nxt.end - nxt.start >= _LONG_BODY:
                    break
                if (
                    j not in known
                    and nxt.end - nxt.start <= _PUBLISHED_LINE
                    and self._g.published_word.match(doc.folded, nxt.start, nxt.end) is not None
                ):
                    segs.append((j, nxt))
            # a date line under the byline block ("By Jane Doe" / "Senior Writer" / "and
            # John Roe" / "Jan 16, 2026"), below a photo caption that ended the head
            segs.extend(self._under_byline(doc, segs[-1][0] + 1, known))
        return segs

    @staticmethod
    def _credit_line(doc: Document, seg: Segment) -> bool:
        """True when a body segment reads as a line of a byline block: short, with no
        sentence's closing mark and no date ("Jane Roe, Agency", "Skopje")."""
        line = doc.norm[seg.start : seg.end].rstrip()
        return (
            0 < len(line) <= _SIGN_OFF_LINE
            and line[-1:] not in (".", "!", "?", '"', ":")
            and not any(c.isdigit() for c in line)
        )

    @staticmethod
    def _under_byline(doc: Document, first: int, known: set[int]) -> list[tuple[int, Segment]]:
        """The date line closing a byline block that stands from segment ``first`` on,
        within the head: a "By ..." line, short lines without a full stop (a staff title,
        "and John Roe"), then a dateline; none when a long paragraph comes first."""
        segments = doc.segments
        norm = doc.norm
        stop = min(_HEADER_SEGMENTS, len(segments))
        for b in range(first, stop):
            if segments[b].role != "byline":
                continue
            for j in range(b + 1, min(b + 1 + _BYLINE_BLOCK, stop)):
                seg = segments[j]
                if seg.role == "dateline":
                    return [] if j in known else [(j, seg)]
                line = norm[seg.start : seg.end].rstrip()
                if seg.role != "byline" and (
                    len(line) > _SIGN_OFF_LINE or line[-1:] in (".", "!", "?", '"')
                ):
                    return []
            return []
        return []

    def _publication(
        self, doc: Document, found: list[Parts]
    ) -> tuple[Parts, int, int, tuple[int, int, str | None] | None] | None:
        """The publication date: (parts, span start, span end, clock (h, m, offset) or None)."""
        norm = doc.norm
        header = self._header(doc)
        if not header:
            return None
        # a "Published ..." line may also close the article
        segments = doc.segments
        first_tail = max(header[-1][0] + 1, len(segments) - _FOOTER_SEGMENTS)
        # or right below the story's last paragraph, above share buttons, a list of
        # related headlines and the copyright line ("April 22 2025 10:15:00", "Share")
        for i in range(len(segments) - 1, max(first_tail - _FURNITURE_SEGMENTS, -1), -1):
            seg = segments[i]
            if seg.role == "body" and seg.end - seg.start >= _LONG_BODY:
                first_tail = max(header[-1][0] + 1, min(first_tail, i + 1))
                break
        tail = [
            (i, segments[i])
            for i in range(first_tail, len(segments))
            if segments[i].end - segments[i].start <= _LONG_BODY
        ]
        footer = {i for i, _ in tail}
        header = header + tail
        labelled = self._labelled(doc)
        known = {i for i, _ in header}
        header += [(i, segments[i]) for i in sorted(labelled) if i not in known]
        by_segment: dict[int, list[Parts]] = {}
        seg_index = {seg.start: i for i, seg in header}
        for p in found:
            if p.day is None or p.month is None or p.day2 is not None:
                continue
            if p.rule not in ("iso", "num", "dmy", "mdy"):
                continue
            si = doc.segment_index(p.start)
            if si is None or doc.segments[si].start not in seg_index:
                continue
            if p.start - doc.segments[si].start > _HEADER_REACH:
                continue  # a publication date stands at the head of its line
            by_segment.setdefault(si, []).append(p)
        # (priority, -position, parts, segment) of every candidate
        candidates: list[tuple[int, int, Parts, int]] = []
        for i, seg in header:
            dates = by_segment.get(i)
            if not dates:
                continue
            text = norm[seg.start : seg.end]
            for rank, p in enumerate(dates):
                prio = 0
                before = norm[seg.start : p.start]
                fbefore = before.lower()
                if rank == 0 and _DATE_HEADER.match(text) and p.rule == "iso":
                    prio = _P_HEADER
                elif i in labelled and rank == 0 and not before.strip():
                    prio = labelled[i]  # "Published" on its own line, the date on the next
                elif (w := self._g.published_word.search(fbefore)) is not None and not (
                    self._g.updated_word.search(fbefore, w.end())
                ):
                    prio = _P_PUBLISHED
                elif self._g.updated_word.search(fbefore) is not None:
                    prio = _P_UPDATED
                elif i in footer:
                    if rank != 0 or not _STAMP_LINE.fullmatch(norm, seg.start, p.start):
                        continue
                    if self._stamp_end(norm, p.end, seg.end):
                        prio = _P_STAMP  # "15/01/2025 14:33" alone on the last lines
                    elif (
                        p.year is not None
                        and seg.role == "dateline"
                        and not norm[p.end : seg.end].strip(" \t.")
                        and self._signed_off(doc, i)
                    ):
                        prio = _P_BARE  # a release signed off "Spokesperson" / "Abuja" / date
                    else:
                        continue
                elif rank == 0 and seg.role in ("dateline", "byline"):
                    if self._g.clock.search(norm, p.end, seg.end) is not None:
                        prio = _P_STAMP
                    elif _PLACE_PREFIX.match(before) and _PLACE_SUFFIX.match(norm, p.end, seg.end):
                        prio = _P_PLACE
                    else:
                        prio = _P_BARE
                elif (
                    _SEPARATED.search(before) is not None
                    and seg.end - seg.start <= 90
                    and _PLACE_SUFFIX.match(norm, p.end, seg.end)
                ):
                    prio = _P_BARE  # "By Jane Doe | 12 May 2023"
                elif (
                    rank == 0
                    and p.start - seg.start <= 80
                    and seg.end - seg.start <= _LONG_BODY
                    and _BYLINE_BEFORE.match(before) is not None
                ):
                    prio = _P_PLACE  # "Written by the news desk on March 3, 2027 in Politics"
                elif (
                    rank == 0
                    and p.start - seg.start <= 80
                    and _PLACE_PREFIX.match(before)
                    and _PLACE_SUFFIX.match(norm, p.end, seg.end)
                ):
                    prio = _P_PLACE
                elif (
                    rank == 0
                    and _STAMP_LINE.fullmatch(norm, seg.start, p.start)
                    and (
                        _LABEL_SUFFIX.match(norm, p.end, seg.end)
                        or _PAGE_SUFFIX.match(norm, p.end, seg.end)
                    )
                ):
                    prio = _P_BARE  # "18.03.2026 - Press release": a dated header line
                elif rank == 0 and _RELEASE_NUMBER.fullmatch(before):
                    prio = _P_BARE  # "No: 61, 12 March 2026, Press Release ...": a numbered release
                if prio:
                    candidates.append((prio, -p.start, p, i))
        if not candidates:
            return None
        _, _, pub, seg_i = max(candidates, key=lambda c: c[:2])
        span_start, span_end, clock = self._clock(doc, by_segment, pub, seg_i)
        if pub.year is None or clock is None:
            # "KUWAIT, Jan 15 (KUNA) --" and a closing "15/01/2025 14:33": the stamp of the
            # same day gives the year and the time
            for _, _, other, other_i in sorted(candidates, key=lambda c: c[:2], reverse=True):
                if (
                    other is pub
                    or other.year is None
                    or (other.month, other.day)
                    != (
                        pub.month,
                        pub.day,
                    )
                ):
                    continue
                if pub.year is not None and other.year != pub.year:
                    continue
                if pub.year is None:
                    pub = pub._replace(year=other.year)
                if clock is None:
                    clock = self._clock(doc, by_segment, other, other_i)[2]
                if clock is not None:
                    break
        return pub, span_start, span_end, clock

    def _labelled(self, doc: Document) -> dict[int, int]:
        """Segments that follow a label line of the header ("Published", "Last updated:"
        alone on a line, the date on the next, as on GOV.UK pages): segment index -> the
        priority the label gives its date."""
        out: dict[int, int] = {}
        segments = doc.segments
        folded = doc.folded
        g = self._g
        for i in range(min(_HEADER_SEGMENTS, len(segments) - 1)):
            seg = segments[i]
            if seg.end - seg.start > _LABEL_LINE:
                continue
            label = folded[seg.start : seg.end].strip(" \t:")
            if g.published_word.fullmatch(label):
                out[i + 1] = _P_PUBLISHED
            elif g.updated_word.fullmatch(label):
                out[i + 1] = _P_UPDATED
        return out

    @staticmethod
    def _signed_off(doc: Document, i: int) -> bool:
        """True when segment ``i`` closes a sign-off block: the line before it is a short
        one without a full stop (a name, an office, a place: "Spokesperson", "Abuja"),
        not the last paragraph of the story."""
        if i == 0:
            return False
        before = doc.segments[i - 1]
        line = doc.norm[before.start : before.end].rstrip()
        return 0 < len(line) <= _SIGN_OFF_LINE and line[-1] not in ".!?:;\"'"

    def _stamp_end(self, norm: str, start: int, end: int) -> bool:
        """True when ``norm[start:end]`` is a clock time and nothing more (" 14:33")."""
        rest = norm[start:end]
        m = self._g.clock.match(norm, start + len(rest) - len(rest.lstrip(" \t,")), end)
        return m is not None and not norm[m.end() : end].strip()

    def _clock(
        self, doc: Document, by_segment: dict[int, list[Parts]], pub: Parts, seg_i: int
    ) -> tuple[int, int, tuple[int, int, str | None] | None]:
        """(span start, span end, clock (h, m, offset) or None) of a publication date."""
        norm = doc.norm
        seg = doc.segments[seg_i]
        # the time stands right after the date ("5 April 2022 12:51 (UTC+04:00)"), or just
        # before it on a date line ("12:51, 5 April 2022"); never one further off in prose
        span_start, span_end = pub.start, pub.end
        clock_m = self._g.clock.search(norm, pub.end, seg.end)
        if clock_m is not None and clock_m.start() > pub.end + _CLOCK_GAP:
            clock_m = None
        if clock_m is not None:
            span_end = clock_m.end()
        elif seg.role == "dateline":
            clock_m = self._g.clock.search(norm, max(seg.start, pub.start - _CLOCK_GAP), pub.start)
            if clock_m is not None:
                span_start = clock_m.start()
        if clock_m is None:
            # " date 2024-03-01" then "1 Mar. 14:55 (UTC+3 MSK)", or a date line then "17:47":
            # the time line of the same day
            for j in range(seg_i + 1, min(seg_i + 3, len(doc.segments))):
                nxt = doc.segments[j]
                if nxt.role != "dateline":
                    continue
                same = [
                    q for q in by_segment.get(j, ()) if (q.month, q.day) == (pub.month, pub.day)
                ]
                others = by_segment.get(j, [])
                if others and not same:
                    continue
                clock_m = self._g.clock.search(norm, nxt.start, nxt.end)
                if clock_m is not None:
                    break
        clock = None
        if clock_m is not None:
            hh, mi = int(clock_m.group("hh")), int(clock_m.group("mi"))
            ampm = clock_m.group("ampm")
            if ampm is not None:
                if hh > 12:
                    ampm = None
                elif ampm.lower() == "p" and hh < 12:
                    hh += 12
                elif ampm.lower() == "a" and hh == 12:
                    hh = 0
            offset = None
            if clock_m.group("sign") is not None:
                oh = int(clock_m.group("oh"))
                om = int(clock_m.group("om") or 0)
                if oh <= 14 and om < 60:
                    offset = f"{clock_m.group('sign')}{oh:02d}:{om:02d}"
            elif clock_m.group("zone") is not None:
                offset = self._g.zone_offset[clock_m.group("zone")]
            clock = (hh, mi, offset)
        return span_start, span_end, clock

    # -- 3. resolve -------------------------------------------------------------

    def _resolve(self, p: Parts, anchor: Anchor | None) -> tuple[str, str] | None:
        """(value, granularity) of ``p`` against ``anchor``, or None when it cannot be resolved."""
        rule = p.rule
        if rule in ("iso", "num", "dmy", "mdy"):
            if p.month is None:  # an ambiguous numeric date: only the year is certain
                return (year_value(p.year), "year") if p.year is not None else None
            assert p.day is not None
            if p.year is not None:
                first = day_value(p.year, p.month, p.day, None)
                if p.day2 is not None:
                    return f"{first}/{day_value(p.year, p.month, p.day2, None)}", "day"
                return first, "day"
            if anchor is None or (p.rel is not None and not anchor.year_known):
                first = f"XXXX-{p.month:02d}-{p.day:02d}"
                if p.day2 is not None:
                    return f"{first}/XXXX-{p.month:02d}-{p.day2:02d}", "day"
                return first, "day"
            if p.rel is not None and p.rel.startswith("year "):
                # "17 September last year": the day in the year named from the anchor
                y = anchor.day.year + {"this": 0, "last": -1, "next": 1}[p.rel[5:]]
                mo, d = p.month, min(p.day, days_in_month(y, p.month))
            else:
                y, mo, d = year_less(anchor, p.month, p.day, future=p.future, nearest=p.present)
            first = day_value(y, mo, d, anchor)
            if p.day2 is not None:
                return (
                    f"{first}/{day_value(y, mo, min(p.day2, days_in_month(y, mo)), anchor)}",
                    "day",
                )
            return first, "day"
        if rule == "my":
            assert p.year is not None and p.month is not None
            return month_value(p.year, p.month, None), "month"
        if rule in ("yrange", "year"):
            assert p.year is not None
            if p.year2 is not None:
                return f"{year_value(p.year)}/{year_value(p.year2)}", "year"
            return year_value(p.year), "year"
        if rule == "monrel":
            assert p.month is not None
            if anchor is None or not anchor.year_known:
                # "in May", "last May", "May next year": the month of a year the text does
                # not give
                return f"XXXX-{p.month:02d}", "month"
            if p.rel is not None and p.rel.startswith("year "):
                step = {"this": 0, "last": -1, "next": 1}[p.rel[5:]]
                return month_value(anchor.day.year + step, p.month, anchor), "month"
            y, mo = month_of_year(anchor, p.month, p.rel, future=p.future, nearest=p.present)
            return month_value(y, mo, anchor), "month"
        if anchor is None:
            return None
        if rule == "wd":
            assert p.weekday is not None
            if not anchor.weekday_known:
                return None  # a year-less anchor whose weekday the text does not give
            y, mo, d = weekday_date(anchor, p.weekday, p.rel, future=p.future)
            return day_value(y, mo, d, anchor), "day"
        # ago / rel
        assert p.unit is not None
        if p.unit == "year" and not anchor.year_known:
            return None
        value = shift(anchor, p.unit, p.offset)
        if p.unit == "month" and not anchor.year_known:
            value = "XXXX" + value[4:]  # "next month" of a year-less dateline: the month only
        return value, p.unit

    def _held_before(
        self,
        p: Parts,
        doc: Document,
        last: tuple[dt.date, str] | None,
        held: tuple[dt.date, str] | None,
        anchor: Anchor | None,
    ) -> tuple[dt.date, str] | None:
        """The date "the same day" counts from: the date stated last, unless that one lies
        ahead of the anchor and the sentence of "the same day" reports the past ("... will
        attend the meeting on 16-17 October. / On the same day, the minister held talks
        with ...": the day of the talks reported before the plan)."""
        if (
            p.unit == "day"
            and p.offset == 0
            and last is not None
            and held is not None
            and anchor is not None
            and anchor.year_known
            and last[0] > anchor.day
            and self._has_past(doc, p.start)
        ):
            return held
        return last

    def _resolve_previous(
        self, p: Parts, last: tuple[dt.date, str] | None
    ) -> tuple[str, str] | None:
        """ "the following year", "that day": counted from the date stated last."""
        if last is None or p.unit is None:
            return None
        day, granularity = last
        order = ("year", "month", "day")
        if order.index(granularity if granularity in order else "day") < order.index(p.unit):
            return None  # "In 1995 ... the next day": too coarse to count days from
        return shift(Anchor.of(day), p.unit, p.offset), p.unit

    def _merge_ranges(self, items: list[_Resolved], norm: str, folded: str) -> list[_Resolved]:
        """Join "2010 to 2015", "30 September - 2 October 2022" into one range each."""
        out: list[_Resolved] = []
        i = 0
        join = self._g.range_join
        while i < len(items):
            a = items[i]
            if i + 1 < len(items):
                b = items[i + 1]
                days = _weekday_span(a, b, folded)
                opening = _stated(a.value)
                if (
                    days is not None
                    and opening is not None
                    and join.fullmatch(folded, a.parts.end, b.parts.start) is not None
                    and "\n" not in norm[a.parts.end : b.parts.start]
                ):
                    # "from Monday to Wednesday": the second weekday follows the first
                    closing = opening + dt.timedelta(days=days)
                    parts = a.parts._replace(end=b.parts.end)
                    out.append(_Resolved(parts, f"{a.value}/{closing.isoformat()}", "day"))
                    i += 2
                    continue
                if (
                    a.granularity == b.granularity
                    and not _relative_day(a.parts)
                    and not _relative_day(b.parts)
                    and "/" not in a.value
                    and "/" not in b.value
                    and join.fullmatch(folded, a.parts.end, b.parts.start) is not None
                    and "\n" not in norm[a.parts.end : b.parts.start]
                ):
                    first = a.value
                    if (
                        a.parts.year is None
                        and a.parts.month is not None
                        and b.parts.year is not None
                        and a.parts.rule != "rel"
                    ):
                        # "30 September to 2 October 2022", "May-June 2020": the first end
                        # takes the year of the second
                        y = b.parts.year
                        if (a.parts.month, a.parts.day or 0) > (
                            b.parts.month or 13,
                            b.parts.day or 0,
                        ):
                            y -= 1
                        if a.granularity == "day" and a.parts.day is not None:
                            first = day_value(y, a.parts.month, a.parts.day, None)
                        elif a.granularity == "month":
                            first = month_value(y, a.parts.month, None)
                    second = b.value
                    if b.parts.year is None and a.parts.month is not None and first[:4].isdigit():
                        # "from May to July": the second end follows the first
                        second = _follow(first, b)
                    if first < second:
                        parts = a.parts._replace(end=b.parts.end)
                        out.append(_Resolved(parts, f"{first}/{second}", a.granularity))
                        i += 2
                        continue
            out.append(a)
            i += 1
        return out

    # -- the stage ---------------------------------------------------------------

    def __call__(self, doc: Document, published: dt.date | dt.datetime | None) -> DateResult:
        """Dates of ``doc``; ``published`` (given by the user) overrides detection."""
        folded = doc.folded
        found = self._recognize(doc, folded)
        text = doc.text

        pub = self._publication(doc, found)
        pub_record: DateMention | None = None
        anchor: Anchor | None = None
        if published is not None:
            day = published.date() if isinstance(published, dt.datetime) else published
            anchor = Anchor.of(day)
            value = _format_user(published)
            same_day = pub is not None and (pub[0].year, pub[0].month, pub[0].day) == (
                day.year,
                day.month,
                day.day,
            )
            if pub is not None and same_day:
                s, e = pub[1], pub[2]
                pub_record = DateMention(text[s:e], s, e, value, _granularity_of(value))
            else:
                pub_record = DateMention("", 0, 0, value, _granularity_of(value))
        elif pub is not None:
            p, s, e, clock = pub
            assert p.month is not None and p.day is not None
            year = p.year
            weekday: int | None = None
            if year is None:
                weekday = (
                    p.weekday if p.weekday is not None else self._weekday_of_dateline(doc, found, p)
                )
                year = self._year_for(found, p, weekday, doc, folded)
            if year is not None:
                anchor = Anchor.of(dt.date(year, p.month, p.day))
                value = day_value(year, p.month, p.day, None)
            else:
                anchor = Anchor.year_less(p.month, p.day, weekday)
                value = f"XXXX-{p.month:02d}-{p.day:02d}"
            if clock is not None:
                hh, mi, offset = clock
                value += f"T{hh:02d}:{mi:02d}" + (offset or "")
            pub_record = DateMention(text[s:e], s, e, value, _granularity_of(value))
        else:
            # the latest day the text states in full, a planned one only when there is no other
            full = [
                (not p.future, dt.date(p.year, p.month, p.day2 if p.day2 is not None else p.day))
                for p in found
                if p.year is not None and p.month is not None and p.day is not None
            ]
            if full:
                anchor = Anchor.of(max(full)[1])
            # "travelled to Addis Ababa today (22 January)": the text names its own day
            today = _today_stated(found, doc.norm, None if anchor is None else anchor.day)
            if today is not None:
                anchor = Anchor.of(today)

        resolved: list[_Resolved] = []
        last: tuple[dt.date, str] | None = None  # the latest stated date and its granularity
        # the latest stated day, where it ends, and whether a coarser date stated after it
        # lies before it (a look back: "agreed with the EU in July 2022")
        last_day: tuple[dt.date, int] | None = None
        looked_back = False
        # the latest stated date on or before the anchor: what a past "the same day" may
        # point back to past a planned date stated in between
        last_held: tuple[dt.date, str] | None = None
        for p in found:
            previous = p.rel == "previous"
            if p.rel == _YEAR_THAT:
                r = _in_year_of(p, last)
            elif previous:
                r = self._resolve_previous(p, self._held_before(p, doc, last, last_held, anchor))
                if (
                    r is None
                    and looked_back
                    and last_day is not None
                    and p.rule == "ago"
                    and p.unit == "day"
                    and p.start - last_day[1] <= _COUNT_REACH
                    and _SENTENCE_OPENS.search(doc.norm, max(0, p.start - 4), p.start) is not None
                ):
                    # "On Monday, X met Y ... agreed in July 2022. / Two days later, ...": a
                    # count opening its sentence goes on from the story's last day
                    r = self._resolve_previous(p, (last_day[0], "day"))
            else:
                r = self._resolve(p, anchor)
            if r is None:
                continue
            resolved.append(_Resolved(p, r[0], r[1]))
            stated = _stated(r[0])
            if stated is not None and p.rule != "rel":
                last = (stated, r[1])
                if anchor is not None and anchor.year_known and stated <= anchor.day:
                    last_held = last
                if r[1] == "day" and "/" not in r[0]:
                    last_day, looked_back = (stated, p.end), False
                elif last_day is not None:
                    looked_back = stated < last_day[0]
        resolved = self._merge_ranges(resolved, doc.norm, folded)
        dates = tuple(
            DateMention(
                text[r.parts.start : r.parts.end],
                r.parts.start,
                r.parts.end,
                r.value,
                r.granularity,
            )
            for r in resolved
        )
        return DateResult(
            pub_record, dates, None if anchor is None or not anchor.year_known else anchor.day
        )

    def _year_for(
        self,
        found: list[Parts],
        pub: Parts,
        weekday: int | None,
        doc: Document,
        folded: str,
    ) -> int | None:
        """The year of a year-less dateline ("TASS, October 21."), from the rest of the text.

        A fully stated day within about half a year of the dateline gives its year
        (the nearest such day wins); failing that, when the dateline's weekday is
        known ("... held talks on Friday"), a year stated anywhere (a bare year, a
        month and year) on which the dateline falls on that weekday (the latest
        one not in a future context). A candidate whose year puts the dateline on
        another weekday, or before a year the text reports as past (a stated day,
        "in 2019" in a past-tense sentence), is never taken. None when the text gives no such year.
        """
        assert pub.month is not None and pub.day is not None
        best: tuple[int, int] | None = None  # (distance in days, -year)
        loose: list[int] = []
        # the article is no older than the latest year it reports as past: a stated day, or
        # "in 2019" / "since 2019" in a past-tense sentence (not "the 2026 World Cup")
        floor = max(
            (
                p.year2 or p.year
                for p in found
                if p.year is not None
                and (
                    p.day is not None
                    or (
                        self._cue(self._g.past_year_before, folded, p.start)
                        and self._has_past(doc, p.start)
                    )
                )
                and not self._is_future(folded, doc, p.start, p.end)
            ),
            default=0,
        )
        for p in found:
            if p.year is None or p is pub or p.year < floor:
                continue
            try:
                candidate = dt.date(p.year, pub.month, pub.day)
            except ValueError:
                continue
            if weekday is not None and candidate.weekday() != weekday:
                continue
            if p.month is not None and p.day is not None:
                try:
                    stated = dt.date(p.year, p.month, p.day)
                except ValueError:
                    continue
                if self._named_day(doc.norm, p):
                    continue  # "on the June 4, 1967 lines": a day that names a thing
                if stated > candidate and not p.future and self._has_past(doc, p.start):
                    continue  # a day the text reports as past is no later than the dateline
                lag = abs((candidate - stated).days)
                if lag <= _YEAR_REACH and (best is None or (lag, -p.year) < best):
                    best = (lag, -p.year)
            elif weekday is not None and not self._is_future(folded, doc, p.start, p.end):
                loose.append(p.year)
        if best is not None:
            return -best[1]
        return max(loose) if loose else None

    @staticmethod
    def _named_day(norm: str, p: Parts) -> bool:
        """True when the stated day ``p`` stands between "the" and a lower-case word, as
        the name of a thing ("the 4 June 1967 borders", "the March 3, 1999 accord")."""
        return (
            _ARTICLE_BEFORE.search(norm, max(0, p.start - 4), p.start) is not None
            and _LOWER_AFTER.match(norm, p.end, min(len(norm), p.end + 3)) is not None
        )

    def _weekday_of_dateline(self, doc: Document, found: list[Parts], pub: Parts) -> int | None:
        """The weekday of a year-less dateline: a past-tense weekday in the dateline's sentence.

        Wire copy ("Colombo, Mar 29 (PTI) The minister on Tuesday held talks") names
        the dateline's own day in its lead sentence (the next one when the dateline
        ends a sentence of its own: "MOSCOW, October 21. /TASS/. ...").
        """
        sent = doc.sentence_index(pub.start)
        if sent is None:
            return None
        lead = {sent}
        here = doc.sentences[sent]
        if (
            here.end - pub.end <= _AGENCY_TAIL
            and sent + 1 < len(doc.sentences)
            and doc.segment_index(doc.sentences[sent + 1].start) == doc.segment_index(pub.start)
        ):
            # "MOSCOW, October 21. /TASS/. The minister on Monday ...": the lead follows
            lead.add(sent + 1)
        for p in found:
            if (
                p.rule == "wd"
                and p.rel is None
                and not p.future
                and p.start > pub.end
                and doc.sentence_index(p.start) in lead
            ):
                return p.weekday
        return None


# what stands between "today" and the day it names: "today (22 January)", "today, 22 January,"
_TODAY_JOIN = re.compile(r"[ \t]*[(,][ \t]*")


def _today_stated(found: list[Parts], norm: str, latest: dt.date | None) -> dt.date | None:
    """The day that "today" / "yesterday" names right after it, in brackets or commas
    ("today (22 January)", "yesterday, 21 January,"), counted back to today; a day without
    its year takes the year that puts it nearest the latest stated day (``latest``).
    None when the text has no such pair (or no year for it).

    >>> found = [Parts(0, 9, "rel", unit="day", offset=-1), Parts(11, 21, "dmy", None, 1, 21)]
    >>> _today_stated(found, "yesterday (21 January)", dt.date(2027, 1, 23))
    datetime.date(2027, 1, 22)
    """
    for p, q in pairwise(found):
        if p.rule != "rel" or p.unit != "day" or p.rel is not None:
            continue
        if q.rule not in ("dmy", "mdy") or q.month is None or q.day is None or q.day2 is not None:
            continue
        if _TODAY_JOIN.fullmatch(norm, p.end, q.start) is None:
            continue
        year = q.year
        if year is None:
            if latest is None:
                return None
            options = []
            for y in (latest.year - 1, latest.year, latest.year + 1):
                if q.day <= days_in_month(y, q.month):
                    options.append((abs((dt.date(y, q.month, q.day) - latest).days), y))
            year = min(options)[1]
        return dt.date(year, q.month, q.day) - dt.timedelta(days=p.offset)
    return None


def _weekday_day_vote(found: list[Parts], nums: list[Parts], norm: str) -> int:
    """How the weekdays stated with their day of the month ("this Tuesday (2)") read the
    numeric dates ``nums`` (first number, second number): > 0 day first ("02/12/2025" is
    2 December when 2 December is that Tuesday and 12 February is not), < 0 month first,
    0 no evidence.

    >>> found = [Parts(0, 10, "num", 2025, 12, 2), Parts(21, 28, "wd", weekday=1)]
    >>> _weekday_day_vote(found, found[:1], "02/12/2025 - Brazil: Tuesday (2)")
    1
    """
    vote = 0
    for w in found:
        if w.rule != "wd" or w.weekday is None:
            continue
        m = _WEEKDAY_DAY.match(norm, w.end, w.end + 8)
        if m is None:
            continue
        day = int(m.group(1))
        for p in nums:
            if p.year is None or p.day is None or p.month is None:
                continue
            # day first: the month is the second number; month first: the first
            first = _weekday_is(p.year, p.month, day, w.weekday)
            second = _weekday_is(p.year, p.day, day, w.weekday)
            vote += int(first) - int(second)
    return vote


def _weekday_is(year: int, month: int, day: int, weekday: int) -> bool:
    """True when ``day`` of ``month`` (1..12, else False) falls on ``weekday``."""
    if not 1 <= month <= 12 or day > days_in_month(year, month):
        return False
    return dt.date(year, month, day).weekday() == weekday


def _stated(value: str) -> dt.date | None:
    """The first day of a value with a known year ("2022-09", "2022-09-24/..."), else None."""
    head = value.split("/", 1)[0].split("T", 1)[0]
    if not head[:4].isdigit():
        return None
    try:
        if len(head) == 10:
            return dt.date(int(head[:4]), int(head[5:7]), int(head[8:10]))
        if len(head) == 7:
            return dt.date(int(head[:4]), int(head[5:7]), 1)
        return dt.date(int(head[:4]), 1, 1)
    except ValueError:
        return None


def _in_year_of(p: Parts, last: tuple[dt.date, str] | None) -> tuple[str, str] | None:
    """The value of "May that year": the month in the year of the date stated before.

    >>> _in_year_of(Parts(0, 14, "monrel", month=7, rel=_YEAR_THAT), (dt.date(2025, 10, 26), "day"))
    ('2025-07', 'month')
    """
    if last is None or p.month is None:
        return None
    return month_value(last[0].year, p.month, None), "month"


def _follow(first: str, b: _Resolved) -> str:
    """The value of a year-less range end ``b`` in the year of ``first`` (or the next one)."""
    if b.parts.month is None:
        return b.value
    year = int(first[:4])
    month = int(first[5:7]) if len(first) >= 7 else 1
    if b.parts.month < month:
        year += 1
    if b.granularity == "month":
        return month_value(year, b.parts.month, None)
    if b.parts.day is None:
        return b.value
    return day_value(
        year, b.parts.month, min(b.parts.day, days_in_month(year, b.parts.month)), None
    )


def _weekday_span(a: _Resolved, b: _Resolved, folded: str) -> int | None:
    """Days from weekday ``a`` to weekday ``b`` when "from" opens them as one span ("from
    Monday to Wednesday", not "Monday and Tuesday" nor "from last Monday to Friday"), else
    None.

    >>> p = Parts(5, 11, "wd", weekday=0)
    >>> a = _Resolved(p, "2025-03-03", "day")
    >>> b = _Resolved(Parts(15, 24, "wd", weekday=2), "2025-03-05", "day")
    >>> _weekday_span(a, b, "from monday to wednesday")
    2
    """
    pa, pb = a.parts, b.parts
    if pa.rule != "wd" or pb.rule != "wd" or pa.rel is not None or pb.rel is not None:
        return None
    if pa.weekday is None or pb.weekday is None or _stated(a.value) is None:
        return None
    if _FROM_BEFORE.search(folded, max(0, pa.start - 6), pa.start) is None:
        return None
    return (pb.weekday - pa.weekday) % 7 or None


def _relative_day(p: Parts) -> bool:
    """A weekday or a day counted from the anchor: never one end of a range."""
    return p.rule in ("wd", "ago") or (p.rule == "rel" and p.unit == "day")


def _granularity_of(value: str) -> str:
    if "T" in value:
        return "minute"
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "day")


def _format_user(published: dt.date | dt.datetime) -> str:
    """The ISO value of the user's ``published``: a day, or a minute with its UTC offset."""
    if not isinstance(published, dt.datetime):
        return published.isoformat()
    value = published.strftime("%Y-%m-%dT%H:%M")
    offset = published.utcoffset()
    if offset is not None:
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        minutes = abs(minutes)
        value += f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return value
