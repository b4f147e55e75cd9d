"""Reading one sentence: which contact it reports, between whom, when, where, held or planned.

:func:`read_sentence` takes the grammar's finds inside one sentence (triggers,
cues) and the upstream stages' hits (officials, dates, places, countries) and
returns a :class:`Reading`: the primary trigger, the groups of sides (official
indices) and the sentence's own date, place and status. A sentence with a
trigger but fewer than two sides still gives a Reading (no groups): it may set
the occasion (date, place, type) for a contact the next sentences name.

The frames, as a reader applies them:

- *clause*: the officials of the sentence are the sides, minus those after an
  exclusion cue ("the meeting was attended by X", "organized by X") and those of
  a leading clause about another occasion ("Prior to his dinner with X, ...").
- *joint*: "X and Y discussed" needs both sides before the verb (or "with Y").
- *receive*: "X received Y" needs an official right after the verb.
- *anaphor*: "he", "the minister", "the Azerbaijani minister", or a first-person
  greeting ("Glad to meet X") stand for the article's main official (or the one of
  the country the demonym names).
- *split*: "held talks with A and B" of two other countries (no trilateral cue)
  is one bilateral contact per counterpart; so is "met A and B. In both meetings ...",
  while "The three leaders agreed ..." next keeps one meeting.
- *call_on*: "called on Prime Minister X" (not "called on X to end ...").
- *by*: "The pact was signed in Manila by A and B".
- *plural*: "the two (ministers)" stands for the pair the previous sentence names, or
  the article's only two officials with the title's role.
- *relative*: "A travelled to Damascus, where the minister held talks with C": the
  relative clause's own contact.

Spokespersons (by title) and transcript speaker labels ("Mao Ning: ...") are never
sides; nor are possessives after the trigger ("discussed President Xi's visit").
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Mapping, Sequence
from typing import NamedTuple

import regex

from diplotext.events.event_grammar import TYPE_PRIORITY, Cue, EventGrammar, Trigger
from diplotext.found import CountryHit, OfficialHit, PlaceHit
from diplotext.grammar.anchored import anchored
from diplotext.text.normalize import fold

__all__ = ["DATELINE_AFTER", "Context", "Reading", "is_dateline_place", "read_sentence"]

# A place is where the contact happened when a locative preposition stands right
# before it: "in New York", "at the White House", "in the Turkish city of Antalya", "in the
# capital Ankara", "in her home prefecture of Nara", "in his native province of Cebu".
_LOCATIVE_BEFORE = regex.compile(
    r"(?:(?<![\w])(?:in|at)\s+(?:(?:the|his|her|their)\s+)?"
    r"(?:(?:\w+\s+){0,2}(?:city|capital|town|prefecture|province)\s+(?:of\s+)?)?"
    # "in central Seoul", "in downtown Nairobi": a part of the city
    r"(?:(?:central|downtown)\s+)?)\Z",
    regex.IGNORECASE,
)
# "visit to Antalya", "travel to India": the destination of a visit.
# Between a place and the time of its occasion: "held in Lima in November 2024", "to
# reconvene the committee in Baghdad next month".
# (or "held in Lima on 23 October 2024" for an earlier occasion's day).
_PLACE_THEN_TIME = anchored(r",?\s+(?:(?:in|on)\s+(?:the\s+month\s+of\s+)?)?", regex.IGNORECASE)
# Between a topic word and its place: "the situation in Gaza".
_IN_AFTER = regex.compile(r"\s+in\s+(?:the\s+)?", regex.IGNORECASE)
_TO_BEFORE = regex.compile(r"(?<![\w])to\s+(?:the\s+)?\Z", regex.IGNORECASE)
#: At most this many words (and no comma) stand between a visit trigger and its destination:
#: "paid an official visit next week to Hanoi", not "on a visit from May 2 to 3, ... before
#: returning to Rome".
_VISIT_TO_WORDS = 5
#: The types of a trigger that reports talks.
_TALKS = frozenset({"meeting", "summit", "political_consultations"})
# A city closing a venue named after "at"/"in": "at the Ministry of Foreign Affairs, Tafawa
# Balewa House, Abuja" (capitalized words, "of", "the", "and", commas; one clause).
_VENUE_BEFORE = regex.compile(
    r"(?<![\w])(?i:at|in)\s+(?:the\s+)?\p{Lu}[\w'.-]*"
    r"(?:(?:\s+|\s*,\s*)(?:\p{Lu}[\w'.-]*|of|the|and))*\s*,\s*\Z"
)
# A place that a relative "where" clause carrying the trigger follows: "travel on Friday
# to Lisbon, where he will hold talks with X" (the talks are in Lisbon).
# So does an occasion's clause: "the state visit of X to Manila in March, during which X
# will hold talks with Y" (a few words, such as its time, may stand before the comma).
_WHERE_AFTER = anchored(
    r"(?:\s+[\w-]+){0,3},?\s+(?:where|(?:during|in|at)\s+which)\s", regex.IGNORECASE
)
# "Baku hosted Monday another round of consultations": the host city as subject.
# A city opening the name of the occasion a contact is held at: "on the sidelines of the
# Munich Security Conference", "on the margins of the 2025 Paris Peace Forum".
_OCCASION_CITY_BEFORE = regex.compile(
    r"(?<![\w])(?:sidelines|margins?)\s+of\s+(?:the\s+)?(?:\d+\w*\s+)?\Z", regex.IGNORECASE
)
_OCCASION_NAME_AFTER = anchored(r"\s+\p{Lu}\p{Ll}")
# Between a destination and the contact it is for: "travelled to Rome for talks".
_FOR_TRIGGER = regex.compile(r"\s+for\s+(?:(?:the|a|an|further|more)\s+)?", regex.IGNORECASE)
_HOSTED_AFTER = anchored(r"\s+(?:has\s+|had\s+)?hosted(?![\w])", regex.IGNORECASE)
# What follows the place of a dateline at the head of a line or sentence: "BAKU: ...",
# "Colombo, Mar 29 (PTI) ...", "Abu Dhabi (WAM)", "Brussels, 19/06/2021", "ASTANA. KAZINFORM",
# "Lima | Updated on May 3" (a bar, like a dash, between the place and the stamp).
# ("Baku, Brussels hold consultations" is no dateline.)
DATELINE_AFTER = regex.compile(
    r"\s*(?::|\(|\s[-|]\s|\.\s+\p{Lu}{2,}"
    r"|,\s*(?:\p{Lu}[\p{L}]+,\s*)?(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
)


def is_dateline_place(text: str, start: int, end: int, line_end: int) -> bool:
    """True when the place ``text[start:end]`` heads a dateline ending by ``line_end``.

    >>> is_dateline_place("BAKU, Azerbaijan. Talks.", 0, 4, 24)
    True
    >>> is_dateline_place("Baku, Brussels hold talks", 0, 4, 25)
    False
    """
    if end == line_end:
        return True
    if text[start:end].isupper() and text[end : end + 1] in (",", ".", ":", " "):
        return True
    return DATELINE_AFTER.match(text, end, line_end) is not None


# What may open a sentence before a lead cue or an anaphor: quotes, brackets,
# connectives ("Furthermore,", "Later on,", "Also,").
_OPENING = regex.compile(
    r"\A[\s\"'(\[]*(?:(?:furthermore|moreover|additionally|also|later|later on|then|meanwhile|"
    r"in addition|besides|similarly|separately|today|yesterday|earlier|on \w+ \d+|on \w+)"
    r"\s*,?\s*)?\Z",
    regex.IGNORECASE,
)
# Before an anaphoric title: "the [Azerbaijani] minister" (up to three words).
_THE_WORDS = regex.compile(r"(?<![\w])the\s+(?:[\w.'-]+\s+){0,3}\Z", regex.IGNORECASE)
# Before a title with no role of its own: "his [Singaporean] counterpart" (up to two words).
# "the visiting minister": the word right before an anaphoric title naming the guest.
_VISITING_BEFORE = regex.compile(r"(?<![\w])visiting\s+\Z", regex.IGNORECASE)
# Before "counterparts" of several countries: "his Greek and Cypriot counterparts".
_POSSESSOR_SEVERAL = regex.compile(
    r"(?<![\w])(?:his|her|their)\s+(?:[\w.'-]+,?\s+){1,5}\Z", regex.IGNORECASE
)
_SEVERAL_SPAN = 40
_POSSESSOR_WORDS = regex.compile(
    r"(?<![\w])(?:his|her|their)\s+(?:[\w.'-]+\s+){0,2}\Z", regex.IGNORECASE
)
# A country's possessive before an anaphoric title: "Egypt's [new] top diplomat" (the
# country must be one the places stage found; "Putin's top diplomat" names no country).
_COUNTRY_POSSESSIVE = regex.compile(
    r"(?<![\w])\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*){0,2}['’]s\s+(?:[\w.'-]+\s+){0,2}\Z"
)
# Up to three capitalized words opening a sentence: "External Affairs Minister held ..."
_CAP_WORDS = regex.compile(r"\A[\s\"'(\[]*(?:\p{Lu}[\w.'-]*\s+){0,3}\Z")
# Words that may stand between "received" and the guest's name besides capitalized
# title words: "received US Secretary of State Antony Blinken".
_GAP_WORDS = EventGrammar.default().title_gap_words
_GAP_TOKEN = regex.compile(r"[^\s,()]+")


def _words_between(text: str, start: int, end: int) -> int:
    """How many words stand in ``text[start:end]`` (counted only up to 80 characters)."""
    if end - start > 80:
        return 1000
    return len(_WORD.findall(text, start, end))


# A title's portfolio up to the name that follows: "Special Representative for the South
# Caucasus and the crisis in Georgia" (a capitalized word, "for"/"on", then one clause).
_PORTFOLIO = regex.compile(r"\p{Lu}[\w'.-]*\s+(?:for|on)\s+(?P<rest>[^,;.:()\"]{1,100})\Z")
_PORTFOLIO_WORDS = 10


def _title_gap(gap: str) -> bool:
    """True when ``gap`` holds only title words: capitalized, or "of", "the", "for"..."""
    return all(w[0].isupper() or w.lower() in _GAP_WORDS for w in _GAP_TOKEN.findall(gap))


# After a title, a name (capitalized) or a handle ("FM @ministerBlok"): not an anaphor.
_UPPER_WORD = regex.compile(r"\s+[\p{Lu}@]")
# "a meeting", "an online conference", "a joint video call": one occasion for all.
_ONE_OCCASION = regex.compile(r"(?<![\w])(?:an?|joint)\s+(?:[\w-]+\s+){0,3}\Z", regex.IGNORECASE)
# "meeting with X", "talks with his Chilean counterpart X" (with right after the trigger).
_WITH_NEXT = anchored(r"\s+with\s", regex.IGNORECASE)
# "the outcomes of the trilateral summit held in Washington on May 2 with the participation
# of A, B and C": an occasion named as a noun whose attendees follow (one clause).
_THE_BEFORE = regex.compile(r"(?<![\w])the\s+(?:[\w-]+\s+){0,2}\Z", regex.IGNORECASE)
_WITH_PARTICIPATION = regex.compile(
    r"[^.;!?]{0,80}?(?<![\w])with\s+the\s+participation\s+of\s", regex.IGNORECASE
)
# "meeting between", "talks were held between", "consultations took place between"
_BETWEEN = anchored(
    r"\s+(?:(?:was|were|has\s+been|have\s+been)\s+held\s+|took\s+place\s+)?between\s",
    regex.IGNORECASE,
)
# "X said." closing a sentence: the official is the source of the report.
_SAID_AFTER = regex.compile(
    r"\s*(?:said|says|told\s+\w+|noted|added|stressed|tweeted|wrote|reported|announced)"
    r"\s*[.,;!?]",
    regex.IGNORECASE,
)
_WITH_AFTER = regex.compile(r"(?<![\w])with(?![\w])", regex.IGNORECASE)
# "Mao Ning: ...": a speaker's label heading a transcript's line.
_LABEL_AFTER = anchored(r"[ \t]*:")
_BY_AFTER = regex.compile(r"(?<![\w])by(?![\w])", regex.IGNORECASE)
# After the official of "called on X": "to" and a verb urges X, it reports no meeting.
# ("called on Presidents A and B to return ..." too: anywhere up to the sentence's end);
# a verb of talk after "to" is the call's purpose, not an appeal: "will call on the
# Secretary-General, X, to discuss the summit" is a meeting with X.
_URGE_AFTER = regex.compile(
    r"(?<![\w])to\s+(?!(?:discuss|review|exchange|talk|confer|consult)(?![\w]))\p{Ll}"
)
# "the Japanese minister's visit": a possessive names what the official did, not a side.
_POSSESSIVE = regex.compile(r"'s?(?![\w])")
# A sender's cue ("message from", "letter from") and, after the sender's name, the
# addressee's "to": "a message from President A to President B" (B is a side).
_SENDER_CUE = regex.compile(r"\bfrom\Z", regex.IGNORECASE)
# (the addressee's title may stand between: "from A, President of X, to President B")
_TO_ADDRESSEE = regex.compile(r"[^;:.]{0,80}?\bto\s[^;:.,]{0,60}\Z", regex.IGNORECASE)
# "the head of state of Azerbaijan": the country after the title.
_OF_COUNTRY = anchored(r"\s+of\s+(?:the\s+)?\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*){0,3}")
# After a date: "Today's meeting", "Monday's talks".
_DAY_POSSESSIVE = anchored(r"['’]s(?![\w])")
_SENTENCE_PUNCT = regex.compile(r"[.;!?]")
_CLAUSE_BREAK = regex.compile(r"[,.;!?]")
# What opens a relative clause before its relative word: ", where" or, with a preposition,
# ", during which" ("the State Visit of X to Manila, during which X will hold talks with Y").
_RELATIVE_OPEN = regex.compile(r",\s*(?:(?:during|in|at|after)\s+)?\Z", regex.IGNORECASE)
#: the comma that closes a date before the purpose of a trip: "on Monday, March 3, for talks"
# A reported clause whose subject is the speaker: "X said he ...", "X said that she ...".
_SAID_PRONOUN = anchored(r"\s+(?:that\s+)?(?:he|she)(?![\w])", regex.IGNORECASE)
_DATE_CLOSE_FOR = regex.compile(r",\s*for\b")
# The comma closing a clause right before a word: "signed on May 2, 2025, by".
_COMMA_BEFORE = regex.compile(r",\s*\Z")
# A relative clause on a trigger's noun, up to a planned cue: "a meeting of the council,
# which A and B are expected to co-chair" (the cue within this many characters).
_RELATIVE_FUTURE = regex.compile(r",\s+(?:which|where|at\s+which)\s", regex.IGNORECASE)
_RELATIVE_SPAN = 160
_WORD = regex.compile(r"[\w'-]+")


class Context(NamedTuple):
    """What the sentence reader needs to know about the whole article."""

    text: str  # the normalized text
    names: tuple[str, ...]  # official names, by index
    countries: tuple[str | None, ...]  # official countries, by index
    roles: tuple[str, ...]  # official roles, by index
    main: int | None  # the article's main official
    dateline_city: tuple[str, str] | None  # (name, alpha2) of the dateline place
    mute: frozenset[int] = frozenset()  # officials who are never sides (spokespersons)
    first_seen: tuple[int, ...] = ()  # offset of each official's first mention, by index
    published: str | None = None  # the publication day (YYYY-MM-DD), if known
    titles: tuple[str, ...] = ()  # official titles as written ("" when none), by index


class Reading(NamedTuple):
    """What one sentence says about a contact."""

    start: int
    end: int
    trigger: Trigger | None  # the primary trigger (None: sides without a trigger)
    groups: tuple[tuple[int, ...], ...]  # sides of each contact (official indices)
    status: str  # held | planned
    date: tuple[str, int] | None  # (value, offset) of the sentence's own date
    location: tuple[str, str] | None  # (name, alpha2) of the sentence's own place
    reference: bool  # the trigger names another occasion ("following the meeting")
    host: bool  # a host frame: "X received Y", "X hosted Y"
    participation: bool  # sides named by a participation cue ("delegations led by")
    attendance: bool = False  # sides named as attending ("the meeting was attended by X")
    coarse: bool = False  # the sentence dates the contact only to a month or year
    rough: str | None = None  # that month or year ("later this month")
    aside: bool = False  # on the sidelines of an occasion: no date from the report's day
    lone: int | None = None  # the one side of a contact naming no other ("with his counterparts")
    joins: tuple[int, ...] = ()  # officials joining the summit just reported ("X also attended")
    # where a clause about another occasion starts after the trigger ("on preparations for
    # the summit in Malta"): what follows is that occasion's
    other: int | None = None
    # the own day of each contact of ``groups`` when each counterpart is followed by one
    # ("received by A on Wednesday, before meeting B on Thursday"), else empty
    group_dates: tuple[tuple[str, int], ...] = ()


# "HE" in capitals before a capitalized word: the honorific His/Her Excellency.
# "His Highness Sayyid X", "Her Excellency Maria X": the honorific of the name after it.
_HONORIFIC_HE = regex.compile(r"HE\s+(?:the\s+)?\p{Lu}")
_HONORIFIC_AFTER = anchored(r"\s+\p{Lu}")


def _is_honorific(text: str, cue: Cue) -> bool:
    """True when a pronoun cue is an honorific: "HE" ("HE Minister X", "HE the Minister"),
    or a capitalized "His Highness" / "Her Excellency" right before a capitalized word."""
    if _HONORIFIC_HE.match(text, cue.start) is not None:
        return True
    return (
        cue.end - cue.start > 3
        and text[cue.start].isupper()
        and _HONORIFIC_AFTER.match(text, cue.end) is not None
    )


# Before a title, a rank that makes it another one: "the deputy prime minister" is not the
# prime minister, nor "the vice-president" the president.
_OTHER_RANK_BEFORE = regex.compile(r"(?<![\w])(?:deputy|vice)[\s-]+\Z", regex.IGNORECASE)
# Before a title, a copula: "A, who is also Slovenia's prime minister", "B was the foreign
# minister", "who serves as the UN secretary-general's envoy": the title says what the one
# named is (or whose), it stands for no other side.
_PREDICATE_BEFORE = regex.compile(
    r"(?<![\w])(?:is|was|serves\s+as|served\s+as|acts\s+as)\s+(?:also\s+)?(?:(?:the|a|an)\s+)?"
    r"(?:\p{Lu}[\w-]*(?:['’]s)?\s+)?\Z"
)


def _overlaps(start: int, end: int, hits: Sequence[OfficialHit]) -> bool:
    return any(h.start < end and start < h.end for h in hits)


# "the Belarusian leader and President X": "and" right after the title joins another side.
_AND_NEXT = anchored(r"\s+and\s", regex.IGNORECASE)
#: How far before a title its country's word may stand ("the Belarusian leader").
_OWN_COUNTRY_SPAN = 30


def _joined_other(ctx: Context, cue: Cue, named: int, country_hits: Sequence[CountryHit]) -> bool:
    """True when "and" after the title ``cue`` joins the official ``named`` next as another
    side: the title's own country word names another state than his ("the Belarusian leader
    and President of Kazakhstan X"), so the words between are no title of X's
    ("Deputy Prime Minister and Foreign Minister X" names no country of its own)."""
    if _AND_NEXT.match(ctx.text, cue.end) is None:
        return False
    other = ctx.countries[named]
    return other is not None and any(
        ch.alpha2 != other
        for ch in country_hits
        if cue.start - _OWN_COUNTRY_SPAN <= ch.start and ch.end <= cue.start
    )


# Anaphoric heads naming a group, which stands for its head only when its country is
# named: "the Chilean delegation was received by X" (not "the delegation").
_GROUP_HEADS = frozenset({"delegation"})


# Right before a clause's subject: a comma, a semicolon or a colon ("Subsequently, the
# Chilean delegation was received by X").
_CLAUSE_OPENING = regex.compile(r"[,;:]\s*\Z")


def _opens_clause(text: str, start: int, at: int) -> bool:
    """True when ``at`` opens the sentence begun at ``start``, or a clause after a comma.

    >>> _opens_clause("Later, the delegation met X.", 0, 7)
    True
    >>> _opens_clause("A led the delegation", 0, 6)
    False
    """
    return not text[start:at].strip() or _CLAUSE_OPENING.search(text, start, at) is not None


def _own_subject(text: str, pronoun: Cue, hits: Sequence[OfficialHit]) -> int | None:
    """The official that opens the sentence when "he"/"she" opens a relative clause of it
    with no one named between: "A is expected in Rome on Monday, where he and B will hold
    talks" (A), else None."""
    if not hits or hits[0].start >= pronoun.start:
        return None
    first = hits[0]
    if any(first.end <= h.start < pronoun.start for h in hits):
        return None
    relative, opening = _own_subject_patterns()
    if relative.search(text, max(first.end, pronoun.start - 12), pronoun.start) is None:
        return None
    # (the subject of its sentence: "A is ...", not "the talks with A, where he ...")
    if opening.search(text, max(0, first.start - 40), first.start) is None:
        return None
    return first.official


@functools.cache
def _prior_occasion_pattern() -> regex.Pattern[str]:
    """What stands before the day of an earlier occasion, compiled on first use: "the
    previous meeting held in Lima on ", "the last round, held on ", "the prior session in
    Geneva on " (a preposition and a determiner, "previous"/"last"/"prior"/"preceding",
    one to three words, "held"/"hosted" or a place, then "on"; one clause). Not the object
    of the contact itself ("A and B co-chaired the previous edition in Madrid on December
    4"), nor "A and B last met in X in January" (the guard on months and years weighs it)."""
    return regex.compile(
        r"(?<![\w])(?:at|of|since|during|from|after)\s+(?:the|its|their|his|her|our)\s+"
        r"(?:previous|last|prior|preceding)\s+"
        r"(?:[\w'’-]+,?\s+){1,3}?"
        r"(?:(?:held|hosted|convened)\s+)?(?:(?:in|at)\s+[^,;.\n]{1,40}?\s+)?on\s+\Z",
        regex.IGNORECASE,
    )


def _prior_occasion_day(text: str, at: int) -> bool:
    """Whether the day at ``at`` is an earlier occasion's: "at the previous meeting held
    in Lima on 23 October".

    >>> _prior_occasion_day("adopted at the previous meeting held in Lima on 23 October", 48)
    True
    >>> _prior_occasion_day("the ministers met in Lima on 23 October", 28)
    False
    """
    return _prior_occasion_pattern().search(text, max(0, at - 80), at) is not None


@functools.cache
def _own_subject_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The patterns of ``_own_subject``, compiled on first use (not at start-up):
    ", where " right before the pronoun (a relative clause of the sentence's subject), and
    what stands before a sentence's subject (the sentence's end, then at most a title:
    ". Estonian President A")."""
    return (
        regex.compile(r",\s*(?:where|when)\s+\Z", regex.IGNORECASE),
        regex.compile(r"(?:\A|[.!?]\s+|\n)(?:\p{Lu}[\w'’-]*\s+){0,4}\Z"),
    )


def _anaphors(
    ctx: Context,
    start: int,
    end: int,
    cues: Mapping[str, Sequence[Cue]],
    hits: Sequence[OfficialHit],
    country_hits: Sequence[CountryHit],
    previous: Sequence[int] = (),
) -> list[tuple[int, int | None]]:
    """(offset, referent) of each side named only by an anaphor in ``[start, end)``.

    "he"/"she" stands for the first official the previous sentence of the paragraph names,
    its subject ("Modi paid a visit to Sri Lanka. In Colombo he held talks with ..."),
    else for the article's main official.
    """
    text = ctx.text
    out: list[tuple[int, int | None]] = []
    pronouns = cues["anaphor_pronoun"]
    if pronouns:
        pronoun_ref = previous[0] if previous else _referent(ctx, None, ())
        for c in pronouns:
            if c.start >= start and not _overlaps(c.start, c.end, hits):
                out.append((c.start, _own_subject(text, c, hits) or pronoun_ref))
    for c in cues["anaphor_head"]:
        if c.start < start:
            continue  # before the main clause: "X informed the envoy that ..."
        if _overlaps(c.start, c.end, hits) or _UPPER_WORD.match(text, c.end, end):
            continue  # "Minister Jeyhun Bayramov": a name follows, not an anaphor
        named = [h for h in hits if h.start >= c.end and h.start - c.end <= 60]
        if named:
            first = min(named)
            if _title_gap(text[c.end : first.start]) and not _joined_other(
                ctx, c, first.official, country_hits
            ):
                continue  # "Minister for Europe David Lidington": a title
        before = text[max(start, c.start - 60) : c.start]
        if _OTHER_RANK_BEFORE.search(before) or _PREDICATE_BEFORE.search(before):
            continue  # "the deputy prime minister", "A, who is also Slovenia's minister"
        counterpart = not c.roles
        several = counterpart and text[c.end - 1 : c.end].lower() == "s"
        if several:  # "his Greek and Cypriot counterparts": more words before the title
            the = _POSSESSOR_SEVERAL.search(before)
        else:
            the = (_POSSESSOR_WORDS if counterpart else _THE_WORDS).search(before)
        if counterpart and the is None:
            continue
        owner = None if the is not None else _country_possessive(before)
        if the is not None:
            phrase_start = c.start - (len(before) - the.start())
        elif owner is not None:
            phrase_start = c.start - (len(before) - owner.start())
        elif c.start - start <= 60 and _CAP_WORDS.match(text[start : c.start]):
            phrase_start = start
        else:
            continue
        if _overlaps(phrase_start, c.start, hits):
            continue
        if fold(text[c.start : c.end]) in _GROUP_HEADS and not _opens_clause(
            text, start, phrase_start
        ):
            continue  # "X will lead the Romanian delegation": a group the sentence heads
        # "the Azerbaijani minister", "the head of state of Azerbaijan"
        of = _OF_COUNTRY.match(text, c.end, end)
        stop = of.end() if of is not None else c.end
        alpha2 = next(
            (ch.alpha2 for ch in country_hits if phrase_start <= ch.start and ch.end <= stop),
            None,
        )
        if alpha2 is None and fold(text[c.start : c.end]) in _GROUP_HEADS:
            continue  # "the delegation": no side unless its country is named
        if (counterpart or owner is not None) and alpha2 is None:
            # "his counterpart" names no one the article's officials tell apart, nor does
            # "Putin's top diplomat" (a person's possessive)
            continue
        roles = c.roles
        if counterpart:
            # "Wadephul met his Ukrainian counterpart": the Ukrainian of Wadephul's rank
            roles = _counterpart_roles(ctx, hits, phrase_start)
        if several:
            # "his Greek and Cypriot counterparts": one official of each country named
            of_each = [ch for ch in country_hits if phrase_start <= ch.start and ch.end <= stop]
            for ch in of_each:
                out.append((ch.start, _referent(ctx, ch.alpha2, roles)))
            continue
        referent = _referent(ctx, alpha2, roles, ctx.text[c.start : c.end])
        if alpha2 is None and _VISITING_BEFORE.search(before) is not None:
            # "The visiting minister called on President X": the guest, an official of
            # another country than the sentence's named officials (the hosts) and the dateline
            hosts = {ctx.countries[h.official] for h in hits}
            if ctx.dateline_city is not None:
                hosts.add(ctx.dateline_city[1])
            hosts.discard(None)
            if hosts:
                referent = _guest(ctx, roles, hosts) or referent
        out.append((phrase_start, referent))
    if len(out) > 1:
        out.sort(key=lambda a: a[0])
    return out


_HEAD_ROLES = ("head_of_state", "head_of_government")


def _counterpart_roles(ctx: Context, hits: Sequence[OfficialHit], before: int) -> tuple[str, ...]:
    """The roles "his counterpart" may stand for: those of the official named before it
    in the sentence (else the article's main official); a head of state or government's
    counterpart is either. No roles (any official) when neither is known."""
    own = [h.official for h in hits if h.end <= before]
    subject = own[-1] if own else ctx.main
    if subject is None:
        return ()
    role = ctx.roles[subject]
    return _HEAD_ROLES if role in _HEAD_ROLES else (role,)


def _country_possessive(before: str) -> regex.Match[str] | None:
    """The country's possessive ending ``before`` ("Egypt's new"), or None; the pattern
    is costly to search, so text without an "'s" is not searched.

    >>> _country_possessive("talks with Egypt’s new ").group()
    'Egypt’s new '
    >>> _country_possessive("talks with the new ") is None
    True
    """
    if "'s" not in before and "’s" not in before:
        return None
    return _COUNTRY_POSSESSIVE.search(before)


def _plural(
    ctx: Context, cues: Mapping[str, Sequence[Cue]], before: int, previous: Sequence[int]
) -> list[tuple[int, int]]:
    """The two officials "the two (ministers)" before offset ``before`` stands for.

    Those the previous sentence names when it names two that fit the title's roles,
    else the article's only two officials with those roles.
    """
    for c in cues["plural_anaphor"]:
        if c.end > before:
            break
        if c.roles == ("-",):
            continue  # "the two countries": no officials
        pair = list(previous) if len(previous) == 2 else []
        if c.roles and any(ctx.roles[i] not in c.roles for i in pair):
            pair = []
        if not pair and c.roles:
            # (only officials named before: "the two ministers" points back)
            fit = [
                i
                for i, role in enumerate(ctx.roles)
                if role in c.roles
                and i not in ctx.mute
                and (not ctx.first_seen or ctx.first_seen[i] < c.start)
            ]
            pair = fit if len(fit) == 2 else []
        if pair:
            return [(c.start, i) for i in pair]
    return []


# Words between a plural subject and its joint verb: "the two ministers will co-chair".
_PLURAL_VERB_WORDS = 2


def _plural_subject_verb(text: str, triggers: Sequence[Trigger], plurals: Sequence[Cue]) -> int:
    """Where a plural anaphor must end to stand for the sides: before the first trigger, or
    before a joint verb it is the subject of ("The highlight of the visit will be the
    session, which the two ministers will co-chair in Rome": the two co-chair it).
    """
    for t in triggers[1:]:
        if t.frame == "joint" and any(
            c.end <= t.start and _words_between(text, c.end, t.start) <= _PLURAL_VERB_WORDS
            for c in plurals
        ):
            return t.start
    return triggers[0].start


def _plural_by(
    ctx: Context,
    triggers: Sequence[Trigger],
    cues: Mapping[str, Sequence[Cue]],
    end: int,
    previous: Sequence[int],
    sides: list[tuple[int, int]],
    seen: set[int],
) -> None:
    """Adds to ``sides`` the two officials a plural anaphor after a passive's "by" stands for."""
    trig = next((t for t in triggers if t.frame == "by"), None)
    if trig is None:
        return
    by = _BY_AFTER.search(ctx.text, trig.end, min(end, trig.end + 80))
    if by is None:
        return
    after = [c for c in cues["plural_anaphor"] if c.start >= by.end()]
    if not after:
        return
    for pos, idx in _plural(ctx, {**cues, "plural_anaphor": after}, end, previous):
        if idx not in seen:
            seen.add(idx)
            sides.append((pos, idx))
    sides.sort()


def _guest(ctx: Context, roles: tuple[str, ...], hosts: set[str | None]) -> int | None:
    """The official "the visiting minister" stands for: the main one if a foreigner to the
    ``hosts`` countries, else the first foreign one with one of ``roles``."""
    order = [] if ctx.main is None else [ctx.main]
    order += range(len(ctx.names))
    return next(
        (
            i
            for i in order
            if ctx.countries[i] is not None
            and ctx.countries[i] not in hosts
            and (not roles or ctx.roles[i] in roles)
        ),
        None,
    )


def _referent(
    ctx: Context, alpha2: str | None, roles: tuple[str, ...], head: str = ""
) -> int | None:
    """The official an anaphor stands for: the main one if it fits, else the one fitting
    official whose own title holds the anaphor's ``head`` words ("the Crown Prince" is the
    one introduced as "Crown Prince and Prime Minister", not the first head of state named),
    else the first that fits."""
    main_fits = ctx.main is not None and _fits(ctx, ctx.main, alpha2, roles)
    if main_fits and not (len(roles) > 1 and head and ctx.titles):
        return ctx.main
    fitting = [i for i in range(len(ctx.names)) if _fits(ctx, i, alpha2, roles)]
    if len(fitting) > 1 and head and ctx.titles:
        words = _padded_words(head)
        titled = [i for i in fitting if words in _padded_words(ctx.titles[i])]
        if len(titled) == 1 and (not main_fits or (ctx.main is not None and ctx.titles[ctx.main])):
            # (a title of two readings, "the Chancellor": the one titled so, when there is
            # one, else the main official: a foreign minister in Latin American usage)
            return titled[0]
    if main_fits:
        return ctx.main
    return fitting[0] if fitting else None


# A word of a title: "Crown", "Secretary-General", "Tánaiste".
_TITLE_WORD = regex.compile(r"[\w'’-]+")


def _padded_words(title: str) -> str:
    """The folded words of ``title`` between blanks, to find a phrase among them by words.

    >>> _padded_words("Crown Prince and Prime Minister")
    ' crown prince and prime minister '
    """
    return " " + " ".join(_TITLE_WORD.findall(fold(title))) + " "


def _fits(ctx: Context, i: int, alpha2: str | None, roles: tuple[str, ...]) -> bool:
    """True when official ``i`` is of country ``alpha2`` (if given) and has one of ``roles``."""
    return (alpha2 is None or ctx.countries[i] == alpha2) and (not roles or ctx.roles[i] in roles)


def _is_valid(
    ctx: Context,
    trig: Trigger,
    sides: Sequence[tuple[int, int]],
    anaphors: Sequence[tuple[int, int | None]],
    end: int,
    has_host: bool,
    hits: Sequence[OfficialHit] = (),
) -> bool:
    """Whether the trigger's frame is filled: joint subjects, a received guest...

    ``hits`` are the sides' mentions.
    """
    if trig.frame == "contact":
        return True
    if trig.frame == "visit":  # a visit alone is a contact only with its host named
        return has_host
    if trig.frame == "joint":
        before = {idx for pos, idx in sides if pos < trig.start}
        before |= {idx for pos, idx in anaphors if pos < trig.start and idx is not None}
        # "A and B spoke briefly at the summit" is no call: "spoke" needs "with" and a side
        if len(before) >= 2 and trig.type != "phone_call":
            return True
        w = _WITH_AFTER.search(ctx.text, trig.end, min(end, trig.end + 80))
        return w is not None and any(pos > w.start() for pos, _ in sides)
    if trig.frame == "by":  # "The pact was signed in Manila by A and B"
        by = _BY_AFTER.search(ctx.text, trig.end, min(end, trig.end + 80))
        return by is not None and len({idx for pos, idx in sides if pos > by.start()}) >= 2
    if trig.frame in ("receive", "call_on"):
        after = [pos for pos, _ in sides if pos >= trig.end]
        after += [pos for pos, idx in anaphors if pos >= trig.end and idx is not None]
        if not after:
            return False
        first = min(after)
        if trig.frame == "call_on":  # "called on Prime Minister X", not "called on X to end"
            name_end = next((h.end for h in hits if h.start == first), first)
            stop = _SENTENCE_PUNCT.search(ctx.text, name_end, min(end, name_end + 120))
            if _URGE_AFTER.search(
                ctx.text, name_end, stop.start() if stop else min(end, name_end + 120)
            ):
                return False
        gap = ctx.text[trig.end : first]
        return first - trig.end <= 140 and (_title_gap(gap) or _portfolio_gap(gap))
    return False


def _portfolio_gap(gap: str) -> bool:
    """True when ``gap`` is a title whose portfolio after "for"/"on" has lower-case words:
    "received today the Special Representative for the crisis in the region X"."""
    m = _PORTFOLIO.search(gap)
    if m is None or not _title_gap(gap[: m.start("rest")]):
        return False
    return len(_WORD.findall(m.group("rest"))) <= _PORTFOLIO_WORDS


#: The opening words that may open a clause of its own ("After A met B, C said ..."); the
#: others are prepositions, opening a phrase ("In the evening A met B").
_CLAUSE_OPENERS = frozenset({"after", "before", "since", "when", "while", "as", "with"})


def _opening_cut(
    ctx: Context,
    start: int,
    end: int,
    triggers: Sequence[Trigger],
    cues: Mapping[str, Sequence[Cue]],
    hits: Sequence[OfficialHit],
    country_hits: Sequence[CountryHit],
) -> int:
    """Where the main clause starts when an opening clause names another occasion.

    "Prior to his dinner with X, the leader met Y": the main clause has its own
    trigger and its own subject (a name or an anaphor), so X is not a side.
    """
    text = ctx.text
    for lead in (*cues["opening"], *cues["lead"]):
        if not _OPENING.match(text[start : lead.start]):
            continue
        if any(h.start == lead.start for h in cues["host"]):
            return start  # "At the invitation of A, B and C, X will visit": the hosts are sides
        comma = text.find(",", lead.end, end)
        if comma == -1:
            return start
        if any(a.start == lead.start for a in cues["at_occasion"]) and any(
            t.start < comma and t.frame != "visit" for t in triggers
        ):
            return start  # "During his meeting with X, Y discussed ...": the same occasion
        if text[lead.start : lead.end].lower() not in _CLAUSE_OPENERS and any(
            lead.end < h.start
            and any(
                h.end <= t.start < comma and t.frame in ("contact", "joint") and t.type != "visit"
                for t in triggers
            )
            for h in hits
        ):
            # "Later in the day A met with B's chairman, C, and was received by D": a
            # preposition opens no clause, so a name and its contact verb before the comma
            # are the main clause's
            return start
        after = [t for t in triggers if t.start > comma]
        if not after:
            return start
        first = after[0].start
        subject = any(comma < h.start < first for h in hits) or any(
            comma < pos < first and idx is not None
            for pos, idx in _anaphors(ctx, comma + 1, end, cues, hits, country_hits)
        )
        return comma + 1 if subject else start
    return start


def _speech_cut(
    text: str,
    cut: int,
    triggers: Sequence[Trigger],
    cues: Mapping[str, Sequence[Cue]],
    hits: Sequence[OfficialHit],
) -> int:
    """ "Lavrov said that Putin and Erdogan will meet": the speaker is not a side.

    The cut applies when a speech cue stands before the first trigger and the reported
    clause names two officials of its own.
    """
    first = next((t.start for t in triggers if t.start >= cut), None)
    if first is None:
        return cut
    for c in cues["speech"]:
        if cut <= c.start and c.end <= first:
            if _SAID_PRONOUN.match(text, c.end) is not None:
                continue  # "X said he would raise it with A and B at a meeting": X's own
            after = {h.official for h in hits if h.start >= c.end}
            # "X's spokesman said the two presidents will meet": "the two" names two
            plural = any(c.end <= a.start < first for a in cues["plural_anaphor"])
            if (len(after) >= 2 or plural) and any(cut <= h.start < c.start for h in hits):
                return c.end
    return cut


# A verb of telling, its addressee (at most six words) and "that": "informed the envoy
# that", "assured his guest that" (no pronoun subject after it: see _addressee_cut).
_TOLD_THAT = regex.compile(
    r"(?<![\w])(?:informed|told|tells|assured|briefed|reminded|notified|reassured)\s+"
    r"(?:[^\s,;.:!?]+\s+){1,6}?that\s+(?!(?:he|she|they)(?![\w]))",
    regex.IGNORECASE,
)


def _addressee_cut(text: str, cut: int, triggers: Sequence[Trigger]) -> int:
    """ "X informed the envoy that Y would lead the delegation to consultations with Japan":
    the contact is the reported clause's; the teller and the addressee are no sides of it.

    Applies when the first trigger stands in the reported clause and its subject is not a
    pronoun ("X told Y that he would meet Z" is left to the pronoun's reading).
    """
    first = next((t.start for t in triggers if t.start >= cut), None)
    if first is None or text.find(" that ", cut, first) == -1:
        return cut  # (the usual case: no "that" before the trigger, no regex search)
    told = _TOLD_THAT.search(text, cut, first)
    return cut if told is None else told.end()


def _relative_cut(
    ctx: Context,
    cut: int,
    end: int,
    triggers: Sequence[Trigger],
    cues: Mapping[str, Sequence[Cue]],
    hits: Sequence[OfficialHit],
    country_hits: Sequence[CountryHit],
) -> int:
    """ "A and B travelled to Damascus, where the minister held talks with C": the contact
    is the relative clause's, with its own subject; the travellers before it are no sides.

    Applies when only visit triggers stand before the relative word.
    """
    text = ctx.text
    for c in cues["relative"]:
        if c.start < cut or not _RELATIVE_OPEN.search(text, max(cut, c.start - 12), c.start):
            continue
        if any(t.start < c.start and t.type != "visit" for t in triggers if t.start >= cut):
            return cut
        after = [t.start for t in triggers if t.start > c.end]
        if not after:
            return cut
        first = after[0]
        if _CLAUSE_BREAK.search(text, c.end, first):
            # "Herath, who will accompany A, is expected to meet B": the relative clause
            # closes before the trigger; the main clause's subject stands before it
            return cut
        # a name or a title ("the Kuwaiti minister"); "he" is the main clause's subject
        pronouns = {a.start for a in cues["anaphor_pronoun"]}
        if any(c.end < pos <= c.end + 1 for pos in pronouns) and any(
            cut <= h.start < c.start for h in hits
        ):
            # "A is expected in Rome, where he and B will hold talks": A is a side
            return cut
        subject = any(c.end < h.start < first for h in hits) or any(
            c.end <= pos < first and idx is not None and pos not in pronouns
            for pos, idx in _anaphors(ctx, c.end, end, cues, hits, country_hits)
        )
        return c.end if subject else cut
    return cut


def _past_aside(
    text: str, triggers: Sequence[Trigger], relative: Sequence[Cue]
) -> Sequence[Trigger]:
    """The triggers less those of a ", who attended the talks," aside after the subject,
    closed by a comma before a contact of the main clause: "A, who attended the meetings,
    said he would meet B in Rome" is the meeting of A and B, not the talks A attended."""
    for c in relative:
        if not _RELATIVE_OPEN.search(text, max(0, c.start - 12), c.start):
            continue
        close = _CLAUSE_BREAK.search(text, c.end, c.end + _ASIDE_SPAN)
        if close is None or text[close.start()] != ",":
            continue
        aside = [t for t in triggers if c.end <= t.start < close.start()]
        if aside and any(t.start > close.end() and t.type != "visit" for t in triggers):
            return [t for t in triggers if t not in aside]
    return triggers


#: The longest ", who ... ," aside read by ``_past_aside`` (characters).
_ASIDE_SPAN = 60


#: At most this many words between a time word and the other occasion it names ("after the
#: Geneva meeting").
_OTHER_WORDS = 4
#: The time words that open a clause with a subject of its own: "a day after A had phoned B".
_SUBORDINATORS = frozenset({"after", "before", "since"})
#: At most this many words (auxiliaries) between that subject and its verb: "after A had met".
_SUBJECT_VERB_WORDS = 2


def _subordinate_cut(
    text: str,
    cut: int,
    triggers: Sequence[Trigger],
    cues: Mapping[str, Sequence[Cue]],
    hits: Sequence[OfficialHit],
) -> int:
    """ "A, who arrived in Riga a day after B had discussed it by phone with C, told ...":
    the call is the time clause's, whose own subject B is named right after "after" and
    right before the trigger; A, the main clause's subject, is no side of it.

    Applies when only visit triggers stand before the time word (in "A met B after C had
    called D" the contact is the main clause's, which comes first).
    """
    for c in cues["lead"]:
        if c.start < cut or text[c.start : c.end].lower() not in _SUBORDINATORS:
            continue
        if any(cut <= t.start < c.start and t.type != "visit" for t in triggers):
            return cut
        subject = next((h for h in hits if h.start >= c.end), None)
        if subject is None or not _title_gap(text[c.end : subject.start]):
            # "after the talks", "after his meeting with B": no subject of its own (a title
            # may stand before it: "after Foreign Minister B had called C")
            continue
        if not any(cut <= h.start < c.start for h in hits):
            continue  # no one before the time clause to leave out
        verb = next((t for t in triggers if t.start >= subject.end), None)
        if (
            verb is None
            or _CLAUSE_BREAK.search(text, subject.end, verb.start)
            or _words_between(text, subject.end, verb.start) > _SUBJECT_VERB_WORDS
        ):
            continue
        return subject.start
    return cut


# Unnamed officials as the subject right before a trigger: "agreed that officials from both
# ministries would meet again" (the two ministers of the account are no sides of it).
_GROUP_SUBJECT = regex.compile(
    r"(?<![\w])(?:officials|experts|diplomats|negotiators|technical\s+teams|working\s+groups)"
    r"(?:\s+(?:from|of)\s+[^,;.]{1,60}?)?"
    r"\s+(?:would|will|should|shall|could|are\s+to|were\s+to|to)\s+(?:\p{Ll}+\s+){0,2}\Z",
    regex.IGNORECASE,
)
_GROUP_REACH = 120


def _group_subject(text: str, start: int, trigger: int) -> bool:
    """Whether unnamed officials are the subject of the trigger at ``trigger``.

    >>> _group_subject("They agreed that officials of both sides would meet", 0, 47)
    True
    >>> _group_subject("They agreed that the ministers would meet", 0, 37)
    False
    """
    return _GROUP_SUBJECT.search(text, max(start, trigger - _GROUP_REACH), trigger) is not None


def read_sentence(
    ctx: Context,
    start: int,
    end: int,
    triggers: Sequence[Trigger],
    cues: Mapping[str, Sequence[Cue]],
    hits: Sequence[OfficialHit],
    dates: Sequence[tuple[int, int, str]],
    places: Sequence[PlaceHit],
    country_hits: Sequence[CountryHit],
    segment_start: int,
    previous: Sequence[int] = (),
    split_next: bool | None = False,
) -> Reading | None:
    """The :class:`Reading` of sentence ``[start, end)``, or None when it reports nothing.

    ``triggers``, ``cues`` (by kind), ``hits``, ``dates`` (start, end, value),
    ``places`` and ``country_hits`` are those inside the sentence; ``previous`` the
    officials the paragraph's previous sentence names (in order); ``split_next`` says
    the next sentence speaks of separate contacts ("In both meetings ...": True) or of one
    ("The three leaders agreed ...": None).
    """
    text = ctx.text
    if cues["negation"]:
        return None
    if ctx.mute:
        previous = [i for i in previous if i not in ctx.mute]
    hits = [
        h
        for h in hits
        if not ctx.names[h.official].startswith("@")
        and h.official not in ctx.mute
        and not (h.start in (start, segment_start) and _LABEL_AFTER.match(text, h.end))
    ]
    if cues["speech"] and any(_overlaps(c.start, c.end, hits) for c in cues["speech"]):
        # "Sayyid Shihab bin Tarik Al Said": a name, not a speech verb
        cues = {
            **cues,
            "speech": [c for c in cues["speech"] if not _overlaps(c.start, c.end, hits)],
        }
    if any(t.frame == "receive" for t in triggers):
        welcomes = [t for t in triggers if _arrival_welcome(text, t, end)]
        if welcomes:
            # "X was received at the airport by Y, before talks with Z": Y is no side
            triggers = [t for t in triggers if t not in welcomes]
            for w in welcomes:
                stop = min((t.start for t in triggers if t.start > w.end), default=end)
                hits = [h for h in hits if not w.end <= h.start < stop]
    if any(t.frame == "receive" for t in triggers):
        triggers = [_passive_reception(text, t, end) for t in triggers]
    named = hits  # every official the sentence names (before any clause is cut off)
    participation = bool(cues["participation"]) and len({h.official for h in hits}) >= 2
    if not triggers and not participation:
        if cues["frame"]:  # an occasion: "The forum takes place in Antalya"
            location = _location(ctx, start, end, start, places, (), cues, segment_start)
            # "the next session, scheduled to be held in Rome": a coming occasion, whose
            # place is no held contact's (the plan's words right before the place)
            coming = any(
                c.end <= p.start
                and _words_between(text, c.end, p.start) <= _PLAN_PLACE_WORDS
                and not _CLAUSE_BREAK.search(text, c.end, p.start)
                for c in (*cues["planned"], *cues["planned_after"])
                for p in places
            )
            status = "planned" if coming else "held"
            return Reading(start, end, None, (), status, None, location, False, False, False)
        if not cues["joining"]:
            return None
    all_triggers = triggers
    occasions = (*cues["sidelines"], *cues["at_occasion"])
    cut = start  # where the main clause starts (each cut needs its own cues)
    if cues["opening"] or cues["lead"]:
        cut = _opening_cut(ctx, start, end, triggers, cues, hits, country_hits)
    if cues["speech"]:
        cut = _speech_cut(text, cut, triggers, cues, hits)
    if cues["relative"]:
        cut = _relative_cut(ctx, cut, end, triggers, cues, hits, country_hits)
    cut = _addressee_cut(text, cut, triggers)
    if cues["lead"]:
        cut = _subordinate_cut(text, cut, triggers, cues, hits)
    if cut > start:  # (everything of the sentence starts at or after ``start``)
        triggers = [t for t in triggers if t.start >= cut]
    if cues["relative"] and len(triggers) > 1:
        triggers = _past_aside(text, triggers, cues["relative"])
    prepared = _prepared(text, end, triggers, cues["preparing"], hits, cues["host"])
    if prepared is not None:
        # "The ministers reviewed preparations for the talks between A and B": the talks,
        # a planned contact of A and B
        triggers = [prepared]
    if (
        prepared is None
        and len(triggers) == 1
        and any(
            c.end <= triggers[0].start and _words_between(text, c.end, triggers[0].start) <= 3
            for c in cues["plan_of"]
        )
        and not any(h.start > triggers[0].start for h in hits)
    ):
        # "A and B confirmed plans for a summit in Rome": the plan of an occasion, whose
        # sides (and place) are no contact of A and B ("plans for the visit of C to D" names
        # its own sides after it)
        return None
    named_occasion: list[Trigger] = []
    if cues["sidelines"]:
        named_occasion = [
            t
            for t in triggers
            if any(
                c.end <= t.start
                and _words_between(text, c.end, t.start) <= 8
                # "discussed preparations for the meeting by phone with B": a call after
                # the occasion's own name is how the contact was held, not the occasion
                and not _call_manner(t, c.end, triggers)
                for c in cues["sidelines"]
            )
        ]
    # "met Lavrov at the CIS summit": the summit is where a contact happened
    if cues["at_occasion"] and any(t.frame == "contact" and t.type != "summit" for t in triggers):
        named_occasion += [
            t
            for t in triggers
            if t.type == "summit"
            and any(
                c.end <= t.start and _words_between(text, c.end, t.start) <= 4
                for c in cues["at_occasion"]
            )
        ]
    if named_occasion and len(named_occasion) < len(triggers):  # "met ... on the sidelines of"
        triggers = [t for t in triggers if t not in named_occasion]
    if cut > start:
        hits = [h for h in hits if h.start >= cut]
    if hits:
        hits = _sides_named(text, start, end, triggers, cues, hits)
    sides: list[tuple[int, int]] = []  # (offset of first mention, official)
    seen: set[int] = set()
    for h in hits:
        if h.official not in seen:
            seen.add(h.official)
            sides.append((h.start, h.official))
    if triggers and not (sides and any(pos < triggers[0].start for pos, _ in sides)):
        if cues["plural_anaphor"] and not _group_subject(text, start, triggers[0].start):
            before = _plural_subject_verb(text, triggers, cues["plural_anaphor"])
            for pos, idx in _plural(ctx, cues, before, previous):
                if idx not in seen:
                    seen.add(idx)
                    sides.append((pos, idx))
        sides.sort()
    anaphors: list[tuple[int, int | None]] = []
    if cues["anaphor_pronoun"] and any(_is_honorific(text, c) for c in cues["anaphor_pronoun"]):
        # "HE Minister of State X met ...": "HE" is His/Her Excellency, no pronoun
        cues = {
            **cues,
            "anaphor_pronoun": [c for c in cues["anaphor_pronoun"] if not _is_honorific(text, c)],
        }
    if cues["anaphor_pronoun"] or cues["anaphor_head"]:
        anaphors = [
            a
            for a in _anaphors(ctx, cut, end, cues, hits, country_hits, previous)
            if a[1] is not None
        ]
    if any(_passive_form(text, t) for t in triggers):
        # "the declaration signed in Washington on August 8, 2025 by A, B and C", "the
        # commission, which will be co-chaired by A and B": a passive names its sides after "by"
        triggers = [_passive(text, t, end, dates) for t in triggers]
        if cues["plural_anaphor"] and len(sides) < 2:
            # "a commission, to be co-chaired by the two ministers": those of the account
            _plural_by(ctx, triggers, cues, end, previous, sides, seen)
    has_host = bool(cues["host"])
    valid = [
        t
        for t in triggers
        if t.frame == "contact" or _is_valid(ctx, t, sides, anaphors, end, has_host, hits)
    ]
    if len(valid) > 1 and cues["lead"]:
        # '"...," X told reporters after the talks, adding that Y had accepted his invitation
        # to visit Kyiv': the talks are named as another occasion, the visit is the news
        fresh = [
            t
            for t in valid
            if not any(
                c.end <= t.start
                and _words_between(text, c.end, t.start) <= 3
                and not _call_manner(t, c.end, all_triggers)
                for c in cues["lead"]
            )
        ]
        if fresh:
            valid = fresh
    passive = [t for t in valid if t.frame == "by"]
    if (
        passive
        and len(passive) < len(valid)
        and not any(pos < passive[0].start for pos, _ in sides)
    ):
        # "The meeting focused on the commission, which will be co-chaired by A and B": the
        # only officials are the passive's, so it is the sentence's contact
        valid = passive
    primary: Trigger | None = None
    if valid:
        primary = valid[0] if len(valid) == 1 else min(valid, key=_priority)
    elif triggers:
        primary = triggers[0]
    if primary is not None and primary.frame == "receive" and primary.type == "meeting":
        # "looks forward to welcoming the President on a state visit": a welcome to a visit
        # with no talks reported is the visit
        visit = next(
            (
                t
                for t in triggers
                if t.type == "visit"
                and t.start >= primary.end
                and _words_between(text, primary.end, t.start)
                - _name_words(text, hits, primary.end, t.start)
                <= _VISIT_TO_WORDS
                and not _CLAUSE_BREAK.search(text, primary.end, t.start)
            ),
            None,
        )
        if (
            visit is not None
            and text[primary.start : primary.end].lower().startswith("welcom")
            and not any(t.type in _TALKS for t in triggers if t is not primary)
        ):
            primary = primary._replace(type="visit", cameo=visit.cameo)
    contact = bool(valid) or (participation and not triggers)
    anchor = primary.start if primary is not None else cut
    signers = False
    if primary is not None:
        # "the meeting between X and Y": the sides are those after "between".
        between = _BETWEEN.match(text, primary.end, end)
        if between is None and primary.frame == "by":
            between = _BY_AFTER.search(text, primary.end, end)
        if (
            between is None
            and cues["participation"]
            and _THE_BEFORE.search(text, max(start, primary.start - 40), primary.start)
        ):
            # "the outcomes of the summit held in X with the participation of A, B and C"
            between = _WITH_PARTICIPATION.match(text, primary.end, end)
        if between is not None:
            inner = [side for side in sides if side[0] >= between.end()]
            if primary.frame == "by":
                # "signed by A and B in May, as well as the agreements of the summit held
                # with the participation of C": the signers stop at the next occasion's word
                stop = min((t.start for t in all_triggers if t.start > between.end()), default=end)
                if len([side for side in inner if side[0] < stop]) >= 2:
                    inner = [side for side in inner if side[0] < stop]
            if len(inner) >= 2:
                sides = inner
                seen = {idx for _, idx in sides}
                # "She welcomed the pact, signed by A and B": the signers are all the sides
                signers = primary.frame == "by"
            else:
                # "hosting talks between American and Ukrainian delegations": no one named;
                # "talks between Washington and Tehran, X said": X stands past the clause
                brk = _CLAUSE_BREAK.search(text, between.end(), end)
                close = end if brk is None else brk.start()
                if (
                    not any(pos < close for pos, _ in inner)
                    and not any(c.start >= between.end() for c in cues["plural_anaphor"])
                    and not _subjects_held(text, sides, primary)
                ):
                    contact = False
    if contact and not sides and primary is not None and prepared is None:
        # "the Prime Minister of Pakistan invited the Crown Prince to visit": both sides by
        # title, each standing for a named official of another country
        sides = _title_pair(ctx, anaphors)
        seen = {idx for _, idx in sides}
    elif contact and sides and prepared is None and not signers:
        _fill_in(ctx, sides, seen, anaphors, cues, primary, cut)
    groups: tuple[tuple[int, ...], ...] = ()
    if len(sides) >= 2 and contact:
        groups = (tuple(idx for _, idx in sides),)
        if primary is not None:
            groups = _split(ctx, sides, primary, cues, country_hits, groups, split_next, triggers)
    if len(groups) == 1 and primary is not None and cues["lead"]:
        groups = _trailing_lead(text, sides, primary, cues["lead"], groups)
    if groups and primary is not None and primary.type == "summit":
        leaders = _summit_leaders(ctx, named, primary)
        if len(leaders) >= 2 and any(set(g) != set(leaders) for g in groups):
            groups = (leaders,)
    status = "planned" if prepared is not None else _status(text, primary, cues, dates)
    if status == "held" and primary is not None and len(triggers) > 1:
        # "is expected to travel to Budapest for a meeting": the travel's tense is the meeting's
        verb = next((t for t in triggers if t.type == "visit" and t.end <= primary.start), None)
        if verb is not None and _one_clause(text, verb.end, primary.start, dates):
            status = _status(text, verb, cues, dates)
    if status == "held" and groups and primary is not None and cues["planned"]:
        clause = _relative_future(text, primary, cues)
        if clause is not None and all(clause[0] <= pos < clause[1] for pos, _ in sides):
            status = "planned"  # "a meeting, which A and B are expected to co-chair"
    # an occasion only lends its place and day: "NATO leaders will gather in The Hague
    # next June for the summit" lends none, whatever stands between "will" and the trigger
    if (
        status == "held"
        and not groups
        and primary is not None
        and cues["planned"]
        and any(
            c.end <= primary.start and not _CLAUSE_BREAK.search(text, c.end, primary.start)
            for c in cues["planned"]
            # (not the month of "YEREVAN, May 4 (Reuters) - leaders gathered for a summit")
            if c.start >= cut and not any(d[0] <= c.start < d[1] for d in dates)
        )
    ):
        status = "planned"
    reference = (
        primary is not None
        and bool(cues["lead"])
        and any(
            c.end <= primary.start and _words_between(text, c.end, primary.start) <= 3
            for c in cues["lead"]
        )
    )
    if (
        primary is not None
        and cues["background"]
        and any(
            c.end <= primary.start and not _impersonal_recall(text, c.start)
            for c in cues["background"]
        )
        and not _dated_recall(text, primary.end, dates, ctx.published)
    ):
        groups = ()  # "Aliyev recalled his talks with Erdogan": history, not a report
        reference = True
    future: list[int] = []
    if status == "held" and cues["planned"]:
        future = [
            c.start for c in cues["planned"] if not any(d[0] <= c.start < d[1] for d in dates)
        ]
    if status == "held" and cues["planned_adjacent"]:
        future += [  # "to" only where it makes an infinitive of a trigger: "to meet again"
            c.start
            for c in cues["planned_adjacent"]
            if any(c.end <= t.start and not _WORD.search(text, c.end, t.start) for t in triggers)
        ]
    if primary is not None and dates and cues["speech"]:
        # "..., the ministry said on Friday": the day of the statement, not of the contact
        said = [c.end for c in cues["speech"] if c.start > primary.end]
        if said:
            dates = [d for d in dates if d[0] < said[0]]
    if primary is not None and dates:
        # "In a statement on Wednesday, the spokesperson said the two ministers discussed
        # ...": the statement's day, not the talks'
        dates = [
            d for d in dates if _STATEMENT_DAY.search(text, max(start, d[0] - 40), d[0]) is None
        ]
    if primary is not None and dates:
        dates = _outside_who_clauses(text, start, end, primary, dates)
    prior: list[int] = []
    if primary is not None and dates:
        # "reviewing the commitments of the previous meeting held in Lima on 23 and 24
        # October 2024": the day (and place) of an earlier occasion, not the contact's
        prior = [d[0] for d in dates if d[0] > primary.end and _prior_occasion_day(text, d[0])]
        dates = [d for d in dates if d[0] not in prior]
    if dates:
        # "for the 2025 Philippines-Australia Ministerial Meeting": a year naming the
        # occasion's edition is no time of the contact
        dates = [d for d in dates if not _edition_year(text, d)]
    if primary is not None and dates:
        dates = _arrival_days(text, primary, dates)
    if len(dates) > 1:
        # "Today's meeting follows a call between A and B on Feb 27": the possessive day is
        # the other occasion's
        own = [d for d in dates if _DAY_POSSESSIVE.match(text, d[1]) is None]
        if own:
            dates = own
    beyond = future
    if cues["lead"] and dates:
        # "to a meeting in late January, the third after the Geneva meeting of March 17-18":
        # a day past a clause naming another occasion is that occasion's
        beyond = [
            *future,
            *(
                c.start
                for c in cues["lead"]
                if c.start > anchor
                and (
                    any(
                        t.start >= c.end and _words_between(text, c.end, t.start) <= _OTHER_WORDS
                        for t in all_triggers
                    )
                    # "will meet X before returning home on Friday": Friday is the return's
                    or _GERUND_AFTER.match(text, c.end, end) is not None
                )
            ),
        ]
    if cues["lead"] and dates and primary is not None:
        # "talks on Thursday, a day after A and B agreed over the phone": the trigger stands
        # in the clause the cue opens, a span of time away, so a day before the cue is the
        # main clause's (not "said on Wednesday after talks with B": the same day)
        beyond = [
            *beyond,
            *(
                c.start
                for c in cues["lead"]
                if c.end <= primary.start
                and not _CLAUSE_BREAK.search(text, c.end, primary.start)
                and _SPAN_BEFORE.search(text, max(start, c.start - 30), c.start) is not None
            ),
        ]
    date = _nearest_date(dates, start, anchor, beyond, text)
    if date is not None and primary is not None and date[1] < primary.start:
        # "X said on Wednesday after a call with Y held the previous evening": the day the
        # trigger's own participle gives, not the statement's day before it
        date = _held_day(text, primary.end, end, dates) or date
    if date is not None and "/" in date[0] and primary is not None:
        # "the summit on December 18-19 ... a meeting is being prepared for the first day of
        # the summit": the range's first (or last) day
        edge = _EDGE_DAY.search(text, primary.end, end)
        if edge is not None:
            first, last = date[0].split("/", 1)
            date = (first if edge.group("which").lower() in _FIRST_WORDS else last, date[1])
    rough = None
    if date is None and primary is not None and dates:
        # "will hold consultations with X in Ankara later this month": a month or a year in
        # the trigger's own clause (no comma between) dates the contact
        # (not past a clause about another occasion: "will hold talks with X on preparations
        # for the summit in July": July is the summit's)
        other = [c.start for c in cues["lead"] if c.start > primary.end]
        near = [
            d
            for d in dates
            if d[0] < primary.start
            or (
                d[0] - primary.end < 300
                and _same_clause(text, primary.end, d[0])
                and not _crosses(other, primary.end, d[0])
            )
        ]
        rough = _nearest_date(near, start, anchor, future, days=False)
    later = [c.start for c in cues["lead"] if c.start > anchor] if cues["lead"] else []
    # "During the visit, X called on Y": some day of the visit, not the report's day
    aside = (
        primary is not None
        and bool(occasions)
        and any(
            t.type == "visit"
            and t.end <= primary.start
            and any(
                c.end <= t.start and _words_between(text, c.end, t.start) <= 2 for c in occasions
            )
            for t in all_triggers
        )
    )
    # "the last Cabinet, held in Lima in November 2024": a place dated by a month or year
    # other than the contact's own is another occasion's
    own_rough = None if rough is None else rough[0]
    dated = [
        *(
            [d[0] for d in dates if len(d[2].split("/")[0]) < 10 and d[2] != own_rough]
            if dates
            else []
        ),
        *prior,
    ]
    location = _location(
        ctx, start, end, anchor, places, all_triggers, cues, segment_start, future, dated, hits
    )
    host = primary is not None and primary.frame == "receive" and primary in valid
    lone = sides[0][1] if len(sides) == 1 and primary is not None and primary in valid else None
    joins = tuple(idx for _, idx in sides) if cues["joining"] and not valid else ()
    return Reading(
        start,
        end,
        primary,
        groups,
        status,
        date,
        location,
        reference,
        host,
        participation and not triggers,
        bool(cues["attendance"])
        and not _attended_opening(text, cues["attendance"], sides)
        and _attended_by_side(cues["attendance"], sides),
        rough is not None,
        None if rough is None else rough[0],
        aside,
        lone,
        joins,
        min(later) if later else None,
        _group_dates(sides, groups, _outside_relatives(text, end, dates, cues["relative"])),
    )


def _outside_relatives(
    text: str, end: int, dates: Sequence[tuple[int, int, str]], relatives: Sequence[Cue]
) -> Sequence[tuple[int, int, str]]:
    """``dates`` minus those of a relative clause after a comma, up to where the contact's
    own "with" goes on: "meetings with A, whose country takes over the chair on 1 January,
    and with B" (1 January is no day of a contact).
    """
    if not relatives or not dates:
        return dates
    spans = []
    for c in relatives:
        if text[max(0, c.start - 2) : c.start].strip() != ",":
            continue
        resumed = _WITH_RESUMED.search(text, c.end, end)
        if resumed is not None:
            spans.append((c.end, resumed.start()))
    if not spans:
        return dates
    return [d for d in dates if not any(a <= d[0] < b for a, b in spans)]


def _attended_opening(
    text: str, attendance: Sequence[Cue], sides: Sequence[tuple[int, int]]
) -> bool:
    """True when every attendance cue opens a phrase closed by a comma before the first
    side: "In the presence of the two ministers, A and B signed the deal" is A and B's
    own contact (its company stands apart), not company joining the last one."""
    if not sides:
        return False
    first = min(pos for pos, _ in sides)
    return all(c.end <= first and "," in text[c.end : first] for c in attendance)


# The verb of joint subjects right before an occasion's name: "A and B held the third
# round of consultations between ..." (", held the", "held the VIII Mechanism of").
_HELD_BEFORE = regex.compile(
    r",?\s+(?:held|hold|conducted|opened)\s+(?:the|a|their)\s+(?:[\w'’-]+\s+){0,4}\Z",
    regex.IGNORECASE,
)


def _subjects_held(text: str, sides: Sequence[tuple[int, int]], primary: Trigger) -> bool:
    """True when two officials or more named before the trigger hold it as its subjects:
    "A and B held the round of consultations between Chile and Peru" (the countries after
    "between" are theirs, no other sides)."""
    before = [pos for pos, _ in sides if pos < primary.start]
    if len(before) < 2:
        return False
    return _HELD_BEFORE.search(text, max(before[-1], primary.start - 60), primary.start) is not None


def _summit_leaders(ctx: Context, hits: Sequence[OfficialHit], summit: Trigger) -> tuple[int, ...]:
    """The heads of state or government of two states or more named after a summit word:
    its sides ("A said the sides agreed to hold the next summit in Rome, with Prime
    Minister B, who is to be received by President C": B and C, not A)."""
    leaders: list[int] = []
    for h in hits:
        if (
            h.start > summit.end
            and ctx.roles[h.official] in _HEAD_ROLES
            and h.official not in leaders
        ):
            leaders.append(h.official)
    states = {ctx.countries[i] for i in leaders}
    if len(states) < 2 or None in states:
        return ()
    return tuple(leaders)


def _attended_by_side(attendance: Sequence[Cue], sides: Sequence[tuple[int, int]]) -> bool:
    """True when an official is named after an attendance cue: "The talks were attended by
    X". Not "A and B agreed to meet on Monday, at a forum attended by 150 companies": the
    attendees named are no officials, A and B's own contact."""
    return any(pos >= c.end for c in attendance for pos, _ in sides)


# A joint trigger that is a past participle: "signed", "co-chaired" (by A and B).
_PARTICIPLE = regex.compile(r"[\w-]*chaired", regex.IGNORECASE)


def _passive_form(text: str, trig: Trigger) -> bool:
    """True for a joint signing, or a joint participle such as "co-chaired"."""
    if trig.frame != "joint":
        return False
    return trig.type == "signing" or _PARTICIPLE.fullmatch(text, trig.start, trig.end) is not None


def _passive(text: str, trig: Trigger, end: int, dates: Sequence[tuple[int, int, str]]) -> Trigger:
    """A "joint" signing read as passive ("by" frame) when "by" follows it in its clause."""
    if not _passive_form(text, trig):
        return trig
    by = _BY_AFTER.search(text, trig.end, min(end, trig.end + 80))
    if by is None:
        return trig
    stop = by.start()
    close = _COMMA_BEFORE.search(text, trig.end, stop)
    if close is not None and any(d[1] == close.start() for d in dates):
        stop = close.start()  # "signed on November 2, 2025, by A and B": the date's comma
    if not _one_clause(text, trig.end, stop, dates):
        return trig
    return trig._replace(frame="by")


def _group_dates(
    sides: Sequence[tuple[int, int]],
    groups: tuple[tuple[int, ...], ...],
    dates: Sequence[tuple[int, int, str]],
) -> tuple[tuple[str, int], ...]:
    """The own day of each contact split per counterpart: the day nearest its counterpart.

    "X will be received on Wednesday by A, before meeting B on Thursday": Wednesday is
    A's, Thursday B's. Empty unless every contact has exactly one such day.
    """
    if len(groups) < 2 or not dates or any(len(g) != 2 for g in groups):
        return ()
    first = {idx: pos for pos, idx in reversed(sides)}
    where = [first.get(g[1], -1) for g in groups]
    if min(where) < 0 or len(set(where)) != len(where):
        return ()
    days = [d for d in dates if len(d[2]) == 10]
    if len(days) != len(groups):
        return ()
    own: dict[int, tuple[str, int]] = {}
    for start, end, value in days:
        k = min(
            range(len(where)),
            key=lambda i: start - where[i] if start >= where[i] else where[i] - end,
        )
        if k in own:
            return ()
        own[k] = (value, start)
    return tuple(own[k] for k in range(len(groups)))


def _title_pair(ctx: Context, anaphors: Sequence[tuple[int, int | None]]) -> list[tuple[int, int]]:
    """The first two officials the anaphors stand for, when they are of two countries."""
    pair: list[tuple[int, int]] = []
    for pos, idx in anaphors:
        if idx is not None and all(idx != other for _, other in pair):
            pair.append((pos, idx))
            if len(pair) == 2:
                break
    if len(pair) < 2:
        return []
    a, b = ctx.countries[pair[0][1]], ctx.countries[pair[1][1]]
    return pair if a is not None and b is not None and a != b else []


def _prepared(
    text: str,
    end: int,
    triggers: Sequence[Trigger],
    preparing: Sequence[Cue],
    hits: Sequence[OfficialHit],
    host: Sequence[Cue] = (),
) -> Trigger | None:
    """The trigger a preparing cue names with two sides after "between", if any.

    "reviewed preparations for the talks between A and B": the talks. So is a visit whose
    visitor and host follow it: "preparations for the visit of A to Croatia next month at
    the invitation of B".
    """
    for c in preparing:
        for t in triggers:
            if t.start < c.end or _words_between(text, c.end, t.start) > 3:
                continue
            between = _BETWEEN.match(text, t.end, end)
            if (
                between is not None
                and len({h.official for h in hits if h.start >= between.end()}) >= 2
            ):
                return t
            if t.type != "visit":
                continue
            invitation = next((h.end for h in host if h.start > t.end), None)
            if invitation is None:
                continue
            visitor = {h.official for h in hits if t.end <= h.start < invitation}
            inviter = {h.official for h in hits if h.start >= invitation}
            if visitor and inviter and not visitor & inviter:
                return t
    return None


def _call_manner(trig: Trigger, cue_end: int, triggers: Sequence[Trigger]) -> bool:
    """Whether ``trig`` is a call's manner after the name of the occasion a cue names.

    "discussed preparations for the meeting by phone with B": "the meeting" is the
    occasion prepared, "by phone" how this contact was held (a trigger of its own).
    """
    return trig.type == "phone_call" and any(
        cue_end <= o.start and o.end <= trig.start for o in triggers
    )


def _priority(trigger: Trigger) -> tuple[int, int]:
    """The order of the triggers of a sentence: the type that says most, then the first."""
    return TYPE_PRIORITY[trigger.type], trigger.start


def _addressee_start(text: str, cue: Cue, hits: Sequence[OfficialHit], end: int) -> int:
    """Where an exclusion cue stops: the end of the sentence, but for a sender's cue the
    official after the sender's "to": "delivered a message from A to B" excludes A only.
    """
    if _SENDER_CUE.search(text, cue.start, cue.end) is None:
        return end
    after = [h for h in hits if h.start >= cue.end]
    for h in after[1:]:
        if _TO_ADDRESSEE.fullmatch(text, after[0].end, h.start) is not None:
            return h.start
    return end


# A body, no person, right after an exclusion cue: "on behalf of the Omani side", "on
# behalf of the government of Chile" (up to three words before the noun).
_COLLECTIVE_AFTER = anchored(
    r"\s+the\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:side|sides|government|delegation|country|ministry)(?![\w])",
    regex.IGNORECASE,
)


def _sides_named(
    text: str,
    start: int,
    end: int,
    triggers: Sequence[Trigger],
    cues: Mapping[str, Sequence[Cue]],
    hits: Sequence[OfficialHit],
) -> list[OfficialHit]:
    """The hits of sentence ``[start, end)`` that name sides: not those after an exclusion
    ("attended by X"), in a relative clause, or naming the report's source ("X said"),
    unless (for the softer of these) fewer than two officials would remain."""
    # Exclusions: "attended by X", "organized by X" (to the end of the sentence).
    hard: set[int] = set()
    soft: set[int] = set()
    for kind, bucket in (
        ("exclude_hard", hard),
        ("exclude_soft", soft),
        ("attendance", soft),
    ):
        for c in cues[kind]:
            if kind == "exclude_hard" and _COLLECTIVE_AFTER.match(text, c.end) is not None:
                continue  # "signed on behalf of the Omani side by X": X is a side
            stop = _addressee_start(text, c, hits, end)
            bucket.update(i for i, h in enumerate(hits) if c.end <= h.start < stop)
    # "met Guterres, who praised President Aliyev's efforts": a relative clause after the
    # contact names what a side said or did, not another side.
    if triggers:
        for c in cues["relative"]:
            if c.start > triggers[0].end:
                if text[max(start, c.start - 2) : c.start].strip() == ",":
                    # (to ", and with C", where the contact's own "with" goes on)
                    resumed = _WITH_RESUMED.search(text, c.end, end)
                    stop = end if resumed is None else resumed.start()
                    soft.update(i for i, h in enumerate(hits) if c.end <= h.start < stop)
                continue
            # "Rutte, who succeeded X last month, said after the meeting": X is no side
            close = _CLAUSE_BREAK.search(text, c.end, end)
            if close is not None and close.start() < triggers[0].start:
                hard.update(i for i, h in enumerate(hits) if c.end <= h.start < close.start())
    # "A will meet B in Rome, in preparation for a visit by C", "A and B held talks, as they
    # prepare for a visit by C": C is the prepared occasion's, in a later clause
    if triggers:
        for c in cues["lead"]:
            if (
                c.start > triggers[0].end
                and "prepar" in text[c.start : c.end].lower()
                and _CLAUSE_BREAK.search(text, triggers[0].end, c.start) is not None
            ):
                # (not ", before meeting C": a contact of its own, read by _split)
                close = _CLAUSE_BREAK.search(text, c.end, end)
                stop = end if close is None else close.start()
                hard.update(i for i, h in enumerate(hits) if c.end <= h.start < stop)
    # ", Foreign Ministry spokesman X said.": the source of the report, not a side.
    for i, h in enumerate(hits):
        if _SAID_AFTER.match(text, h.end, end) and not any(t.start > h.end for t in triggers):
            soft.add(i)
        elif triggers and h.start > triggers[0].end and _POSSESSIVE.match(text, h.end):
            # "X held meetings ... to turn Y's address into deals": Y's is no side, even
            # when X would be left alone
            hard.add(i)
    if not soft and not hard:
        return list(hits)
    kept = [h for i, h in enumerate(hits) if i not in soft and i not in hard]
    if len({h.official for h in kept}) + _subject_anaphor(text, start, triggers, cues, hits) >= 2:
        # ("the Chilean delegation was received by X, who sent greetings to his counterpart
        # Y": the subject is a side named by an anaphor, so the relative clause's Y is none)
        return kept
    return [h for i, h in enumerate(hits) if i not in hard]


# The end of a relative clause after a contact's side where the contact's own "with" goes
# on: "meetings with A, whose country chairs the forum next year, and with B".
_WITH_RESUMED = regex.compile(r",\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?with\s", regex.IGNORECASE)


def _subject_anaphor(
    text: str,
    start: int,
    triggers: Sequence[Trigger],
    cues: Mapping[str, Sequence[Cue]],
    hits: Sequence[OfficialHit],
) -> int:
    """1 when an anaphor ("the minister", "he", "the Chilean delegation") stands before the
    sentence's first trigger as its subject, not a name's title ("Minister X"), else 0."""
    if not triggers:
        return 0
    first = triggers[0].start
    for c in (*cues["anaphor_head"], *cues["anaphor_pronoun"]):
        if (
            start <= c.start < first
            and not _overlaps(c.start, c.end, hits)
            and _UPPER_WORD.match(text, c.end, first) is None
            and not any(c.end <= h.start < first for h in hits)
        ):
            # (the subject: at most "the Chilean" between the clause's opening and the head,
            # not the object of "X will lead the Romanian delegation")
            marks = _CLAUSE_MARK.finditer(text, start, c.start)
            opening = max((m.end() for m in marks), default=start)
            if _words_between(text, opening, c.start) <= _SUBJECT_HEAD_WORDS:
                return 1
    return _object_anaphor(text, triggers, cues, hits)


def _object_anaphor(
    text: str,
    triggers: Sequence[Trigger],
    cues: Mapping[str, Sequence[Cue]],
    hits: Sequence[OfficialHit],
) -> int:
    """1 when an anaphor head stands right after the sentence's first trigger as its
    object, no name's title: "X received the Egyptian minister in the presence of A and B"
    (the minister is the other side, so A and B, present only, are none), else 0."""
    after = triggers[0].end
    for c in cues["anaphor_head"]:
        if (
            after <= c.start
            and _words_between(text, after, c.start) <= _SUBJECT_HEAD_WORDS
            and not _overlaps(c.start, c.end, hits)
            and _UPPER_WORD.match(text, c.end) is None
            and not any(after <= h.start < c.start for h in hits)
            # (not "met the Dutch delegation, which was headed by X": X names it)
            and not any(c.end <= r.start <= c.end + 2 for r in cues["relative"])
        ):
            return 1
    return 0


_CLAUSE_MARK = regex.compile(r"[,;:]")
_SUBJECT_HEAD_WORDS = 3


# A clause's subject named by capitalized words that are no official's name, then its verb
# phrase up to the trigger: "..., Ould Tah is scheduled to hold talks with" (at most four of
# each; the search runs over the stretch before one trigger only).
_NAME_SUBJECT = regex.compile(
    r"(?:\A|[,;:]\s+)(?P<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})"
    r"\s+(?:\p{Ll}+\s+){0,4}\Z"
)
_SUBJECT_SPAN = 200


def _unknown_subject(
    text: str, start: int, trigger: int, cues: Mapping[str, Sequence[Cue]]
) -> bool:
    """True when the trigger's clause has a subject of its own, a name the article's officials
    do not hold ("Jan Novak will hold talks with X"): the article's main official is not it.
    A title ("The Prime Minister will hold talks with X") is no such name."""
    origin = max(start, trigger - _SUBJECT_SPAN)
    m = _NAME_SUBJECT.search(text, origin, trigger)
    if m is None:
        return False
    a, b = m.span("name")
    return not any(c.start < b and a < c.end for c in cues["anaphor_head"])


def _fill_in(
    ctx: Context,
    sides: list[tuple[int, int]],
    seen: set[int],
    anaphors: Sequence[tuple[int, int | None]],
    cues: Mapping[str, Sequence[Cue]],
    primary: Trigger | None,
    start: int = 0,
) -> None:
    """Add the side named only as "he", "the Qatari leader", or the speaker of "Glad to meet X".

    A subject anaphor counts when no side is named before the trigger; an object
    anaphor ("met him") or a greeting when only one side is named. In "During the
    meeting with X, the ministers ..." the unnamed side is the article's main official.
    """
    anchor = primary.start if primary is not None else sides[0][0]
    referent: tuple[int, int] | None = None
    named_before = any(pos < anchor for pos, _ in sides)
    for pos, idx in anaphors:
        if idx is None or idx in seen:
            continue
        if (pos < anchor and not named_before) or len(sides) == 1:
            referent = (pos, idx)
            break
    main = ctx.main
    if referent is None and len(sides) == 1 and main is not None and main not in seen:
        if cues["greeting"]:
            referent = (cues["greeting"][0].start, main)
        elif primary is not None and primary.frame == "contact":
            w = _WITH_NEXT.match(ctx.text, primary.end)
            if ctx.text[primary.start : primary.end].lower().endswith("with"):
                after = primary.end
            else:
                after = -1 if w is None else w.end()
            if (
                0 <= after <= sides[0][0]
                and _title_gap(ctx.text[after : sides[0][0]])
                and not _unknown_subject(ctx.text, start, primary.start, cues)
            ):
                referent = (primary.start, main)
    if referent is not None:
        sides.append(referent)
        seen.add(referent[1])
        if referent[0] > anchor:
            # "met his Greek and Cypriot counterparts": each object anaphor of the phrase
            for pos, idx in anaphors:
                if idx is not None and idx not in seen and 0 < pos - referent[0] <= _SEVERAL_SPAN:
                    sides.append((pos, idx))
                    seen.add(idx)
        sides.sort()


# A comma right before a time word that opens a trailing clause: "..., after a working
# lunch with B".
_TRAILING_LEAD_BEFORE = regex.compile(r",\s*\Z")


def _trailing_lead(
    text: str,
    sides: Sequence[tuple[int, int]],
    primary: Trigger,
    leads: Sequence[Cue],
    groups: tuple[tuple[int, ...], ...],
) -> tuple[tuple[int, ...], ...]:
    """Two contacts for "A spent two hours with B, after a working lunch with C".

    When the only contact word stands in a trailing time clause (a comma, "after"/"before",
    at most three words, the trigger) and the main clause names its subject and company
    with no trigger of its own, the subject met the company and, on another occasion, the
    clause's counterpart: one contact each, not one of all three.
    """
    lead = next(
        (
            c
            for c in leads
            if c.end <= primary.start
            and _words_between(text, c.end, primary.start) <= _TRAILING_LEAD_WORDS
            and _TRAILING_LEAD_BEFORE.search(text, max(0, c.start - 3), c.start) is not None
        ),
        None,
    )
    if lead is None:
        return groups
    main = [idx for pos, idx in sides if pos < lead.start]
    other = [idx for pos, idx in sides if pos >= primary.end and idx not in main]
    if len(main) < 2 or not other or len(main) + len(other) != len(sides):
        return groups
    return (tuple(main), (main[0], *other))


_TRAILING_LEAD_WORDS = 3


def _split(
    ctx: Context,
    sides: Sequence[tuple[int, int]],
    primary: Trigger,
    cues: Mapping[str, Sequence[Cue]],
    country_hits: Sequence[CountryHit],
    groups: tuple[tuple[int, ...], ...],
    split_next: bool | None = False,
    triggers: Sequence[Trigger] = (),
) -> tuple[tuple[int, ...], ...]:
    """One contact per counterpart for "X held talks with A and B" (A, B of other countries).

    Counterparts each named after a contact word of their own are separate contacts too:
    "X is to be received by A on Monday, before meeting B on Tuesday".
    """
    # "held bilateral meetings with A and B on the sidelines of the ministerial meeting": a
    # split word on the trigger itself wins over a multilateral word after the last side
    # (that names the occasion, not the contacts)
    own_split = any(c.start < primary.end and primary.start < c.end for c in cues["split"])
    if own_split and primary.frame == "contact" and all(pos > primary.end for pos, _ in sides):
        # "... held bilateral meetings with A and B" (its subject not in the sentence): each
        # is a counterpart of the subject, not of the other
        return ()
    last = max(pos for pos, _ in sides)
    multilateral = [c for c in cues["multilateral"] if not own_split or c.start < last]
    if len(sides) < 3 or multilateral or _country_chain(ctx.text, country_hits):
        return groups
    if split_next is None:  # "The three leaders agreed ..." next: one meeting of all
        return groups
    subject = [idx for pos, idx in sides if pos < primary.start]
    objects = [idx for pos, idx in sides if pos >= primary.start]
    if len(subject) != 1 or len(objects) < 2:
        return groups
    starts = [pos for pos, idx in sides if pos >= primary.start]
    if any(
        t.start > starts[0] and t.end <= starts[-1] and t.frame != "none" and t.type != "visit"
        for t in triggers
        if t is not primary
    ):
        # "will have an audience with A, and meet B": a contact verb of its own before the
        # later counterpart, whatever the first contact's noun
        return tuple((subject[0], o) for o in objects)
    if primary.type in ("phone_call", "summit") or _ONE_OCCASION.search(
        ctx.text[max(0, primary.start - 40) : primary.start]
    ):
        return groups  # "held a video conference with A and B": one occasion
    if primary.frame == "receive" and ctx.text[primary.start : primary.end].lower().startswith(
        "host"
    ):
        return groups  # "X will host A, B and C": guests hosted together, one occasion
    countries = [ctx.countries[i] for i in objects]
    distinct = None not in countries and len(set(countries)) == len(countries)
    if (distinct and ctx.countries[subject[0]] not in countries) or cues["split"] or split_next:
        return tuple((subject[0], o) for o in objects)
    if any(starts[0] < c.start < starts[-1] for c in cues["lead"]) and any(
        t.start > starts[0] and t.frame != "none" and t.type != "visit"
        for t in triggers
        if t is not primary
    ):
        # "A will be received by B, before he and C hold talks": a time word between the
        # counterparts opens the clause of another contact, with a trigger of its own
        return tuple((subject[0], o) for o in objects)
    return groups


def _country_chain(text: str, country_hits: Sequence[CountryHit]) -> bool:
    """True for "Japan-U.S.-ROK": three or more countries joined by hyphens."""
    run = 1
    for a, b in itertools.pairwise(country_hits):
        if text[a.end : b.start] in ("-", "/"):
            run += 1
            if run >= 3:
                return True
        else:
            run = 1
    return False


#: At most this many words between "invited" and the contact it invites to (one clause).
_INVITED_WORDS = 16
_INVITED_SPAN = 160
# The rest of a trigger's name before its verb: only capitalized words, numbers, commas and
# "of/the/and": "The 5th Joint Meeting [of the Ministers of Trade of Chile, Peru and Ecuador]
# will be held in Lima" (possessive: each word is taken once).
_NAME_OF_OCCASION = regex.compile(
    r"(?:\s*+,?+\s*+(?:\p{Lu}[\p{L}\p{M}'.-]*+|\d[\w]*+|of|the|and|between|for)\b)*+\s*+"
)
_NAME_OF_OCCASION_SPAN = 200
# The first or last day of an occasion after the trigger: "for the first day of the summit".
_EDGE_DAY = regex.compile(
    r"(?<![\w])the\s+(?P<which>first|opening|last|final|closing)\s+day\s+of(?![\w])",
    regex.IGNORECASE,
)
_FIRST_WORDS = frozenset({"first", "opening"})
# A span of time right before "after"/"before": "a day after", "two weeks before".
_SPAN_BEFORE = regex.compile(
    r"(?<![\w])(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+|the)\s+"
    r"(?:days?|weeks?|months?|years?|hours?)\s+\Z",
    regex.IGNORECASE,
)
# A form of "be" (and one adverb) before "received": "was received", "were warmly received".
_BE_BEFORE = regex.compile(
    r"(?<![\w])(?:was|were|be|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?\Z", regex.IGNORECASE
)
_PASSIVE_BY_SPAN = 60
# A gerund right after a lead cue: "before returning", "after landing" (its own clause).
_GERUND_AFTER = regex.compile(r"\s+\p{Ll}{2,}ing\b")
# A welcome on arrival in the reception's own clause: "was received at Kotoka International
# Airport by the deputy minister", "received him on arrival" (protocol, not a meeting).
_ARRIVAL_WELCOME = regex.compile(r"[^,;.]{0,80}?\b(?:airport|airbase|air base|arrival)\b", regex.I)
# A relative clause on a person between commas: ", who arrived in Oslo on Monday," or ", a
# veteran diplomat who took the post in May,", or one closing the sentence: "... was led by
# Y, who arrived in Oslo on Monday night." Its days are that clause's, not the contact's.
_WHO_CLAUSE = regex.compile(r",[^,;.]{0,60}?\bwho(?:se)?\b[^,;]{1,160}+(?:,|(?<=[.!?]\s*)\Z)")
# An arrival verb (and its place, up to three capitalised words) right before a day:
# "arrived in Abuja on Saturday", "landed at Kotoka Airport late on Sunday". Matched at the end
# of the text before the date.
_ARRIVAL_BEFORE = regex.compile(
    r"\b(?:arrived|arrives|arriving|landed|lands|landing)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'.-]*+(?:\s+\p{Lu}[\p{L}'.-]*+){0,2})?"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?\Z",
    regex.IGNORECASE,
)
# The purpose of that arrival right after the day: "on Saturday for the summit", ", for talks".
_FOR_PURPOSE = regex.compile(r"\s*,?\s*for\b")
#: How far before a date an arrival verb and its place may start.
_ARRIVAL_SPAN = 60


def _arrival_days(
    text: str, primary: Trigger, dates: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The dates that are not the day of an arrival made for the (later) contact:
    "X, who arrived in Rome on Sunday for the summit, ..." dates the arrival, and the
    summit (not a visit) is held after it. A visit keeps its arrival day.

    >>> t = "B arrived in Rome on Sunday for the summit."
    >>> trig = Trigger(36, 42, "summit", "040", "noun")
    >>> _arrival_days(t, trig, [(21, 27, "2025-06-01")])
    []
    """
    if primary.type == "visit":
        return list(dates)
    out = []
    for d in dates:
        before = text[max(0, d[0] - _ARRIVAL_SPAN) : d[0]]
        if (
            d[1] <= primary.start
            and _ARRIVAL_BEFORE.search(before) is not None
            and _FOR_PURPOSE.match(text, d[1], primary.start) is not None
        ):
            continue
        out.append(d)
    return out


def _arrival_welcome(text: str, trig: Trigger, end: int) -> bool:
    """True for a reception that is a welcome at the airport or on arrival."""
    return trig.frame == "receive" and _ARRIVAL_WELCOME.match(text, trig.end, end) is not None


def _passive_reception(text: str, trig: Trigger, end: int) -> Trigger:
    """ "was received [in the afternoon] by X": the trigger reaching to its "by", so the
    host is read after it as in "was received by X"."""
    if trig.frame != "receive" or text[trig.end - 3 : trig.end].lower() == " by":
        return trig
    if _BE_BEFORE.search(text, max(0, trig.start - 30), trig.start) is None:
        return trig
    by = _BY_AFTER.search(text, trig.end, min(end, trig.end + _PASSIVE_BY_SPAN))
    if by is None or _CLAUSE_BREAK.search(text, trig.end, by.start()):
        return trig
    return trig._replace(end=by.end())


# A relative clause dating when another thing began, after the trigger: "signed ... after
# two days of talks which began on Monday", "at the end of a forum that opened on Sunday".
# Its day is that thing's start, not the day of the contact. Bounded to the next comma or stop.
_BEGAN_CLAUSE = regex.compile(
    r"(?<![\w])(?:which|that)\s+(?:had\s+|has\s+)?"
    r"(?:began|begun|started|opened|commenced|kicked\s+off)(?![\w])[^,;.!?]{0,80}",
    regex.IGNORECASE,
)
# Only a comma or spaces between the trigger and its clause: the clause is the trigger's own.
_OWN_CLAUSE_GAP = regex.compile(r"[\s,]*")


def _outside_who_clauses(
    text: str, start: int, end: int, primary: Trigger, dates: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The dates not inside a relative clause on a person that leaves out the trigger:
    "X, who arrived in Oslo on Monday, met Y on Tuesday": Tuesday is the meeting's; nor
    inside a clause dating the start of another thing after the trigger (see _BEGAN_CLAUSE)."""
    out = list(dates)
    for m in _WHO_CLAUSE.finditer(text, start, end):
        if m.start() <= primary.start < m.end():
            continue
        out = [d for d in out if not (m.start() < d[0] and d[1] <= m.end())]
    if not any(d[0] > primary.end for d in out):
        return out
    for m in _BEGAN_CLAUSE.finditer(text, primary.end, end):
        if _OWN_CLAUSE_GAP.fullmatch(text, primary.end, m.start()) is not None:
            continue  # "the talks, which began on Monday": the contact's own start
        out = [d for d in out if not (m.start() < d[0] and d[1] <= m.end())]
    return out


#: At most so many words between a plan's words and the place of the occasion planned.
_PLAN_PLACE_WORDS = 3

# A second infinitive of the same plan right before the trigger: "agreed to convene the
# commission in May, and to hold a round of consultations" (after a planned "... to").
_AND_TO_BEFORE = regex.compile(r"(?<![\w])and\s+to\s+(?:[\w'’-]+\s+){1,4}\Z", regex.IGNORECASE)
_COORDINATED_SPAN = 200
# The onward leg of a planned day right before the trigger: "is scheduled to speak at the
# institute before flying on to Rome for talks" (the talks are part of the plan).
_ONWARD_BEFORE = regex.compile(
    r"(?<![\w])(?:before|then)\s+(?:flying|travell?ing|heading|going|leaving)\s+"
    r"(?:on\s+)?(?:to|for)\s+[^,;.]{1,60}?\s+for\s+(?:[\w-]+\s+){0,2}\Z",
    regex.IGNORECASE,
)
_ONWARD_SPAN = 200


def _status(
    text: str,
    primary: Trigger | None,
    cues: Mapping[str, Sequence[Cue]],
    dates: Sequence[tuple[int, int, str]],
) -> str:
    """planned for "will meet", "is expected to hold talks", "a meeting is scheduled"."""
    if primary is None:
        return "held"
    for c in cues["planned"]:
        if any(d[0] <= c.start and c.end <= d[1] for d in dates):
            continue  # "on 1 May": a month, not "may"
        if c.end <= primary.start <= c.end + 80:
            gap = text[c.end : primary.start]
            if _words_between(text, c.end, primary.start) <= 4 and not _SENTENCE_PUNCT.search(gap):
                return "planned"
            # "will hold the ninth Annual Leaders' Meeting": a longer object, one clause
            if _words_between(text, c.end, primary.start) <= 8 and not _CLAUSE_BREAK.search(gap):
                return "planned"
        if (
            c.end <= primary.start <= c.end + _COORDINATED_SPAN
            and text[c.end - 3 : c.end].lower() == " to"
            and not _SENTENCE_PUNCT.search(text, c.end, primary.start)
            and _AND_TO_BEFORE.search(text, c.end, primary.start) is not None
        ):
            return "planned"  # "agreed to convene the commission and to hold consultations"
        if (
            c.end <= primary.start <= c.end + _ONWARD_SPAN
            and text[c.end - 3 : c.end].lower() == " to"
            and not _SENTENCE_PUNCT.search(text, c.end, primary.start)
            and _ONWARD_BEFORE.search(text, c.end, primary.start) is not None
        ):
            return "planned"  # "is scheduled to speak ... before flying on to Rome for talks"
        # "invited X to Ottawa in the fall for the inaugural Strategic Dialogue": an
        # invitation names guest, place and time before the contact it invites to
        if (
            c.end <= primary.start
            and text[c.start : c.end].lower().startswith("invit")
            and primary.start - c.end <= _INVITED_SPAN
            and len(_WORD.findall(text, c.end, primary.start)) <= _INVITED_WORDS
            and not _CLAUSE_BREAK.search(text, c.end, primary.start)
        ):
            return "planned"
    for c in cues["planned_adjacent"]:
        adjacent = c.end <= primary.start and not _WORD.search(text, c.end, primary.start)
        if adjacent and not cues["greeting"]:
            return "planned"  # "Bayramov, Mirzoyan to meet in Almaty"
    for c in cues["planned_after"]:
        if primary.end <= c.start <= primary.end + 60 and not _SENTENCE_PUNCT.search(
            text, primary.end, c.start
        ):
            return "planned"
        if (
            primary.end + 60 < c.start <= primary.end + _NAME_OF_OCCASION_SPAN
            and _NAME_OF_OCCASION.fullmatch(text, primary.end, c.start) is not None
        ):
            return "planned"  # a long proper name of the occasion, then "will be held"
    return "held"


def _relative_future(
    text: str, primary: Trigger, cues: Mapping[str, Sequence[Cue]]
) -> tuple[int, int] | None:
    """(start, end) of a relative clause on the trigger's noun that ends in a planned cue.

    "a meeting of the council, which A and B are expected to co-chair": the clause
    from "which" to "expected to"; when it names the sides, the contact is planned.
    """
    for c in cues["planned"]:
        if primary.end < c.start <= primary.end + _RELATIVE_SPAN:
            rel = _RELATIVE_FUTURE.search(text, primary.end, c.start)
            if (
                rel is not None
                and not _CLAUSE_BREAK.search(text, rel.end(), c.start)
                and not _SENTENCE_PUNCT.search(text, primary.end, rel.start())
            ):
                return rel.end(), c.start
    return None


# Before a recall word, the narrator's passive or "worth": "It should be recalled that",
# "as will be recalled", "it is worth recalling that" remind the reader of a contact the
# article reports; only a speaker's recall ("Aliyev recalled his talks") is history.
_IMPERSONAL_RECALL_BEFORE = regex.compile(r"(?<![\w])(?:be|is|worth)\s+\Z", regex.IGNORECASE)


def _impersonal_recall(text: str, start: int) -> bool:
    """True when the recall word at ``start`` is the narrator's reminder, not a speaker's.

    >>> _impersonal_recall("It should be recalled that A met B.", 13)
    True
    >>> _impersonal_recall("Aliyev recalled his talks with B.", 7)
    False
    """
    return _IMPERSONAL_RECALL_BEFORE.search(text, max(0, start - 12), start) is not None


def _dated_recall(
    text: str, after: int, dates: Sequence[tuple[int, int, str]], published: str | None
) -> bool:
    """True when a recalled contact carries its own recent day in the trigger's clause.

    "Novak recalled his phone call with Minister Lee on March 4" in a report of March 12:
    the article reports a recent dated contact, not history. A month or a year ("his talks
    with Lee in 2019") or a day more than a month before the report stays history.
    ``after`` is the trigger's end, ``dates`` (start, end, value) the sentence's dates.

    >>> t = "Novak recalled his call with Lee on March 4, and his talks with Kim in 2019."
    >>> d = [(33, 40, "2025-03-04")]
    >>> _dated_recall(t, 23, d, "2025-03-12"), _dated_recall(t, 23, d, "2025-06-12")
    (True, False)
    >>> _dated_recall(t, 57, [(68, 72, "2019")], "2025-03-12")
    False
    """
    if published is None:
        return False
    try:
        report = dt.date.fromisoformat(published[:10])
    except ValueError:
        return False
    for d in dates:
        if len(d[2]) != _DAY_LENGTH or not 0 <= d[0] - after <= _RECALL_SPAN:
            continue
        try:
            day = dt.date.fromisoformat(d[2])
        except ValueError:
            continue
        if 0 <= (report - day).days <= _RECALL_DAYS and _same_clause(text, after, d[0]):
            return True
    return False


_RECALL_SPAN = 80  # chars from a recalled trigger to its own day
_RECALL_DAYS = 31  # how far back a recalled day is still news
_DAY_LENGTH = len("2025-03-04")


def _one_clause(text: str, start: int, end: int, dates: Sequence[tuple[int, int, str]]) -> bool:
    """True when ``text[start:end]`` has no clause break but the commas of a date.

    A date's own commas ("Monday, March 3, 2025") and the comma closing it before "for"
    ("... 2025, for talks") keep the clause whole.

    >>> t = "will visit Hanoi on Monday, March 3, 2025, for talks"
    >>> _one_clause(t, 10, 47, [(20, 41, "2025-03-03")]), _one_clause(t, 10, 47, [])
    (True, False)
    """
    for brk in _CLAUSE_BREAK.finditer(text, start, end):
        at = brk.start()
        if any(d[0] <= at < d[1] for d in dates):
            continue
        if any(d[1] == at for d in dates) and _DATE_CLOSE_FOR.match(text, at, end + 4):
            continue
        return False
    return True


# A place and time closing the clause after a comma: "co-chaired by A and B, in Nairobi in".
_PLACE_TIME_TAIL = regex.compile(
    r",\s+in\s+\p{Lu}[\w'.-]*(?:\s+\p{Lu}[\w'.-]*){0,2}\s+in\s+(?:the\s+)?\Z"
    # "the official visit of X to Kazakhstan, scheduled for November": the visit's time
    r"|,\s+(?:scheduled|planned|set|slated)\s+for\s+(?:the\s+)?(?:(?:early|mid|late)\s+)?\Z",
    regex.IGNORECASE,
)


# A clause break, but not the full stop of an initial joined to a name ("President
# U.Khurelsukh to Korea next year": one clause).
_CLAUSE_BREAK_NO_INITIAL = regex.compile(r"[,;!?]|\.(?!\p{Lu})")


def _same_clause(text: str, start: int, end: int) -> bool:
    """True when no clause break stands in ``text[start:end]`` but one comma opening the
    place and time that end there ("to be co-chaired by the two, in Nairobi in March") or
    the time set for it ("the visit, scheduled for November").
    """
    brk = _CLAUSE_BREAK_NO_INITIAL.search(text, start, end)
    if brk is None:
        return True
    return (
        text[brk.start()] == ","
        and _CLAUSE_BREAK_NO_INITIAL.search(text, brk.end(), end) is None
        and _PLACE_TIME_TAIL.fullmatch(text, brk.start(), end) is not None
    )


def _crosses(future: Sequence[int], a: int, b: int) -> bool:
    """True when a future cue stands between offsets ``a`` and ``b`` (either order)."""
    if not future:  # the usual case: no planned cue in a held contact's sentence
        return False
    lo, hi = (a, b) if a <= b else (b, a)
    return any(lo <= f < hi for f in future)


def _bracketed(text: str, start: int, end: int) -> bool:
    """True when a "(" opened in ``text[start:end]`` is still open at ``end``.

    >>> _bracketed("On May 3 (May 4, Tokyo", 0, 16), _bracketed("On May 3 (ET) May 4", 0, 14)
    (True, False)
    """
    return text.rfind("(", start, end) > text.rfind(")", start, end)


# A statement's day: "In a statement on Wednesday", "said in a press release issued on 3 May".
_STATEMENT_DAY = regex.compile(
    r"(?<![\w])(?:statement|communiqu[eé]|press\s+release|press\s+briefing)"
    r"\s+(?:(?:issued|released|published)\s+)?on\s+\Z",
    regex.IGNORECASE,
)
# A contact's own participle right before a day: "a call with Y held the previous evening",
# "talks with Y held on Monday" (past participle, then "on" at most).
_HELD_BEFORE_DAY = regex.compile(r"(?<![\w])(?:held|conducted)\s+(?:on\s+)?\Z", regex.IGNORECASE)
# How far after the trigger that participle may stand (a name and a title between).
_HELD_REACH = 120


# A year standing between "the" and a capitalised name: an edition label of an occasion.
_EDITION_THE = regex.compile(r"(?<![\w])the\s+\Z", regex.IGNORECASE)
_EDITION_NAME = anchored(r"\s+\p{Lu}")


def _edition_year(text: str, date: tuple[int, int, str]) -> bool:
    """Whether ``date`` is a bare year labelling an occasion's edition.

    >>> _edition_year("for the 2025 Baltic Forum", (8, 12, "2025"))
    True
    >>> _edition_year("in 2025 the Forum", (3, 7, "2025"))
    False
    """
    start, end, value = date
    return (
        len(value) == 4
        and _EDITION_THE.search(text, max(0, start - 10), start) is not None
        and _EDITION_NAME.match(text, end) is not None
    )


def _held_day(
    text: str, after: int, end: int, dates: Sequence[tuple[int, int, str]]
) -> tuple[str, int] | None:
    """The day a "held <day>" participle after the trigger (before ``end``) gives, if any.

    >>> _held_day("a call with Y held the previous evening", 6, 39, [(19, 39, "2025-11-04")])
    ('2025-11-04', 19)
    """
    for start, _, value in dates:
        if (
            after <= start < min(end, after + _HELD_REACH)
            and len(value) == 10
            and _HELD_BEFORE_DAY.search(text, max(after, start - 20), start) is not None
            and not _CLAUSE_BREAK.search(text, after, start)
        ):
            return (value, start)
    return None


# Between a day and the trigger after it, a subordinator opening the trigger's own clause:
# "announced on Tuesday after a phone call".
_SUBORDINATE_BETWEEN = regex.compile(r"(?<![\w])(?:after|following)\s", regex.IGNORECASE)
_SUBORDINATE_REACH = 40


def _nearest_date(
    dates: Sequence[tuple[int, int, str]],
    cut: int,
    anchor: int,
    future: Sequence[int],
    text: str = "",
    *,
    days: bool = True,
) -> tuple[str, int] | None:
    """The day-precise date of the sentence nearest to the trigger, in its tense.

    ``future`` holds the offsets of planned cues that do not belong to the trigger:
    a held meeting does not take the date of "... and will meet again on May 5". A date
    in brackets ("On April 3 (April 4, Tokyo time)") counts only when no other does.
    With ``days`` False, the nearest month or year ("later this month") instead.
    """
    best: tuple[int, str, int] | None = None
    for start, end, value in dates:
        if start < cut or (len(value.split("/")[0]) >= 10) != days:
            continue
        if _crosses(future, anchor, start):
            continue
        distance = anchor - end if end <= anchor else start - anchor
        if text and _bracketed(text, max(cut, start - 200), start):
            distance += 100_000
        elif (
            text
            and end <= anchor
            and anchor - end <= _SUBORDINATE_REACH
            and _SUBORDINATE_BETWEEN.search(text, end, anchor) is not None
        ):
            # "announced the deal on Tuesday after a phone call on Monday": the day before
            # "after" is the main clause's, the one after the trigger its own
            distance += 10_000
        if best is None or distance < best[0]:
            best = (distance, value, start)
    if best is not None and "/" in best[1]:
        # "From June 18 to 20 ... talks on June 19": the day within the stay
        first, last = best[1].split("/", 1)
        inside = [
            (abs(start - anchor), value, start)
            for start, _, value in dates
            if start >= cut and len(value) == 10 and first <= value <= last
        ]
        if inside:
            best = min(inside)
    return None if best is None else (best[1], best[2])


def _name_words(text: str, hits: Sequence[OfficialHit], start: int, end: int) -> int:
    """The number of words of the officials' names inside ``text[start:end]``."""
    return sum(
        _words_between(text, h.start, h.end) for h in hits if start <= h.start and h.end <= end
    )


def _location(
    ctx: Context,
    cut: int,
    end: int,
    anchor: int,
    places: Sequence[PlaceHit],
    triggers: Sequence[Trigger],
    cues: Mapping[str, Sequence[Cue]],
    segment_start: int,
    future: Sequence[int] = (),
    dated: Sequence[int] = (),
    hits: Sequence[OfficialHit] = (),
) -> tuple[str, str] | None:
    """The place of the sentence's contact: "in/at City", "visit to City", "City hosted".

    ``dated`` holds the starts of the months and years that are not the contact's own: a
    place right before one of them ("held in Lima in November 2024") is not its place.
    The words of an official's name (``hits``) do not count between a visit and its
    destination: "the visit of Prime Minister Ana Maria Lopes Ferreira to Lisbon".
    """
    if not places:  # the dateline's city when the sentence says "here"
        return ctx.dateline_city if cues["here"] else None
    text = ctx.text
    best: tuple[int, str, str] | None = None
    # "his first visit to Armenia since the two initialled a deal in Washington": a place
    # after a clause about another occasion is that occasion's
    other = [c.start for c in cues["lead"] if c.start > anchor]
    for p in places:
        where = _WHERE_AFTER.match(text, p.end, end) if p.end < anchor else None
        if where is not None and not _CLAUSE_BREAK.search(text, where.end(), anchor):
            if p.start >= cut:
                distance = anchor - p.start
                if best is None or distance < best[0]:
                    best = (distance, p.name, p.alpha2)
            continue
        if p.start < cut or _crosses(future, anchor, p.start) or _crosses(other, anchor, p.start):
            continue
        if dated and (then := _PLACE_THEN_TIME.match(text, p.end, end)) and then.end() in dated:
            continue
        before = text[max(cut, p.start - 40) : p.start]
        ok = _LOCATIVE_BEFORE.search(before) is not None
        if ok and any(_IN_AFTER.fullmatch(text, c.end, p.start) for c in cues["place_topic"]):
            continue  # "discussed the situation in Gaza": what was discussed, not where
        if not ok and _TO_BEFORE.search(before) is not None:
            ok = any(
                t.type == "visit"
                and t.end <= p.start
                and _words_between(text, t.end, p.start) - _name_words(text, hits, t.end, p.start)
                <= _VISIT_TO_WORDS
                and not _CLAUSE_BREAK.search(text, t.end, p.start)
                for t in triggers
            )
        if not ok and _TO_BEFORE.search(before) is not None:
            # "invited Secretary X to Ottawa for talks": the invitation's destination
            ok = any(
                c.end <= p.start
                and text[c.start : c.end].lower().startswith("invit")
                and _words_between(text, c.end, p.start) <= _VISIT_TO_WORDS + 1
                and not _CLAUSE_BREAK.search(text, c.end, p.start)
                for c in cues["planned"]
            )
        if not ok and _OCCASION_CITY_BEFORE.search(before) is not None:
            # "on the sidelines of the Munich Security Conference": the occasion's city
            ok = _OCCASION_NAME_AFTER.match(text, p.end, end) is not None
        if not ok and p.end <= anchor and _TO_BEFORE.search(before) is not None:
            # "flying on to Rome for talks with X": the trip's destination is the talks' place
            ok = _FOR_TRIGGER.fullmatch(text, p.end, anchor) is not None
        if not ok and text[p.start - 2 : p.start].strip() == ",":
            # "at the Ministry of Foreign Affairs, Tafawa Balewa House, Abuja" (not the second
            # city of "in Paris, Berlin and Rome")
            origin = max(cut, p.start - 90)
            venue = _VENUE_BEFORE.search(text, origin, p.start)
            ok = venue is not None and not any(
                venue.start() <= q.start < p.start for q in places if q is not p
            )
        if not ok:  # "who is visiting Brussels"
            ok = any(
                t.type == "visit" and t.end <= p.start and not text[t.end : p.start].strip()
                for t in triggers
            )
        if not ok:
            ok = _HOSTED_AFTER.match(text, p.end, end) is not None
        if not ok and p.start == segment_start:
            ok = is_dateline_place(text, p.start, p.end, end)
        if ok:
            distance = abs(p.start - anchor)
            if best is None or distance < best[0]:
                best = (distance, p.name, p.alpha2)
    if best is not None:
        return best[1], best[2]
    if cues["here"] and ctx.dateline_city is not None:
        return ctx.dateline_city
    return None
