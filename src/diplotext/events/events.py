"""Events stage: meetings, calls, consultations, visits, summits, receptions, signings.

The stage reads each sentence with the event grammar (:mod:`.event_frames`),
then assembles contacts over the whole article:

- one event per contact: sentences naming the same sides (phone calls apart from
  in-person contacts) are one event, however many paragraphs describe it; a
  sentence naming the current contact's sides more fully widens it; the same sides
  in another tense with another date or place are another contact; a contact named
  only in the headline joins the body's contact with the same sides;
- sentences that continue a contact ("The discussion took place in New York", "At
  the meeting, the sides ...") belong to the last event of their section and give
  it a date or place it lacks; a trigger sentence before any event ("Political
  consultations were held in Baku on September 25") gives the next contact its
  occasion (date, place, type) when that contact is named within two sentences;
- the date is the contact's own (a day, else a month or year in its clause: "later this
  month"), else its occasion's, else the running date of the article's report, else (held
  contacts not reported "during the visit") the publication day; the place likewise,
  else the dateline city for a contact up to two days before the report, else the place
  a later occasion sentence gives ("In New York, he also held meetings with ...");
- a section's heading that names a city ("COUNCIL OF EUROPE CHIEF IN SOFIA") sets the place
  of its held contacts; a call's sentence and a day after the report ("ahead of the council
  on January 29") set neither the running place nor the running date;
- a summit (or a contact at one) gathers the leaders a later sentence lists as attending
  ("A and B were among those taking part. C also attended"); two attendees' own talks stay
  their own contact; a contact reported with one side ("held a video conference with his
  counterparts") takes the participants the next sentences list;
- a planned contact with no place of its own takes the place of the planned trip or
  contact the section's previous sentence announces, when it shares a side with it ("X will
  travel to Wellington for talks with Y. X will also meet Prime Minister Z": Wellington);
- the same sides planned with their own place or month after a held contact are another
  occasion ("He invited Bayramov to visit Tbilisi later this year"); a visit to several
  hosts is its talks with each host ("X will visit A, B and C ... He will hold talks with
  A in ...") and is dropped when every side has one;
- a meeting where every side is a sitting head of state or government (at least two
  heads) is a ``summit``; CAMEO is 041 for calls, 036 for planned contacts, 043 for a
  host, 044 for a third place, 057 for signings, 042 for visits, else 040;
- per-event topics are the labels of the topic cues inside the event's sentences.

>>> from diplotext.found import DateResult, EMPTY_PLACES, OfficialResult, OfficialHit, TopicResult
>>> from diplotext.records import Official
>>> from diplotext.text.segment import segment
>>> text = "Foreign Minister Ann Linde met Foreign Minister Ali Vaziri in Paris."
>>> doc = segment(text)
>>> officials = OfficialResult(
...     (Official("Ann Linde", role="foreign_minister", country="SE"),
...      Official("Ali Vaziri", role="foreign_minister", country="IR")),
...     (OfficialHit(17, 26, 0), OfficialHit(48, 58, 1)))
>>> stage = EventStage({})
>>> [(e.type, e.participants, e.status) for e in
...  stage(doc, DateResult(None, (), None), EMPTY_PLACES, officials, TopicResult((), ()))]
[('meeting', ('Ann Linde', 'Ali Vaziri'), 'held')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import sys
from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypeVar

import regex

from diplotext.events.event_frames import (
    Context,
    Reading,
    is_dateline_place,
    read_sentence,
)
from diplotext.events.event_grammar import CUE_KINDS, TYPE_PRIORITY, Cue, EventGrammar, Trigger
from diplotext.found import (
    CountryHit,
    DateResult,
    OfficialHit,
    OfficialResult,
    OrgHit,
    PlaceHit,
    PlaceResult,
    TopicHit,
    TopicResult,
)
from diplotext.grammar.anchored import anchored
from diplotext.records import Event, Official
from diplotext.resources.loader import Table, load_table
from diplotext.text.normalize import fold
from diplotext.text.segment import Document

__all__ = ["EventStage"]

_HEADS = frozenset({"head_of_state", "head_of_government"})
_ORG_HEADS = frozenset({"head_of_organization"})
_LEADERS = _HEADS | _ORG_HEADS
#: At most this many items of each kind are read per sentence: a real sentence names a
#: handful of officials; a hostile "sentence" of 100k names stays linear.
_CAP = 48
#: An announcing sentence ("Consultations were held in Baku on May 4") gives its
#: occasion to a contact named at most this many reporting sentences later.
_PENDING_READINGS = 2
#: So many sides (or more) make a gathering the lone attendee of the occasion just
#: announced joins.
_GATHERING = 3
#: A day so many days (or more) before the day the account runs on is another occasion's
#: when a sentence continuing a contact gives it: "reviewed the decisions of the summit
#: held on August 31" in a report of June.
_OTHER_DAYS = 30
#: Contact words of talks (not of a visit): the day such a word gives within a visit's
#: range is the talks' own.
_TALKS_TYPES = frozenset({"meeting", "summit", "political_consultations"})
#: Contacts told as a round of their own: dated days before the talks an account runs on,
#: one is no continuation of those talks.
_ROUND_TYPES = frozenset({"political_consultations", "phone_call"})
_READ_ROLES = frozenset({"headline", "heading", "body"})
_NO_CUES: dict[str, Sequence[Cue]] = dict.fromkeys(CUE_KINDS, ())

_T = TypeVar("_T", bound=tuple[Any, ...])
_S = TypeVar("_S", bound=tuple[Any, ...])


class _Builder:
    """One contact being assembled (mutable while the article is read)."""

    __slots__ = (
        "aside",
        "coarse",
        "date",
        "evidence",
        "family",
        "gathering",
        "held_body",
        "host",
        "key",
        "location",
        "owned",
        "rough",
        "section",
        "separate",
        "sides",
        "status",
        "status_from_body",
        "type",
    )

    def __init__(self, sides: tuple[int, ...], family: str, section: int) -> None:
        self.sides = sides
        self.family = family
        self.section = section
        self.type: str | None = None
        self.status = "held"
        self.status_from_body = False
        self.held_body = False  # a body sentence reports it as held ("The two met for hours")
        self.date: str | None = None
        self.coarse = False  # first dated only to a month or a year: no fallback date
        self.rough: str | None = None  # that month or year
        self.aside = False  # first reported on the sidelines of an occasion: no fallback date
        self.location: tuple[str, str] | None = None
        self.host = False
        self.gathering = False  # a summit or the occasion of one: attendees join it
        # talks announced with several counterparts, then told one by one: one contact each
        self.separate = False
        self.key: tuple[frozenset[int], str] = (frozenset(sides), family)
        self.evidence: list[tuple[int, int]] = []
        self.owned: list[tuple[int, int]] = []


def _by_sentence(
    items: Sequence[_T], starts: Sequence[int], ends: Sequence[int]
) -> dict[int, list[_T]]:
    """The items (sorted by start) of each sentence they lie inside, at most ``_CAP`` each.

    ``starts`` and ``ends`` are those of the sentences, in text order; each item finds
    its sentence by binary search, so few items cost little however long the article.

    >>> _by_sentence([(0, 2), (3, 9), (12, 14)], [0, 6, 11], [5, 10, 20])
    {0: [(0, 2)], 2: [(12, 14)]}
    """
    out: dict[int, list[_T]] = {}
    for item in items:
        start = item[0]
        i = bisect.bisect_right(starts, start) - 1
        if i < 0 or start >= ends[i] or item[1] > ends[i]:
            continue
        bucket = out.setdefault(i, [])
        if len(bucket) < _CAP:
            bucket.append(item)
    return out


def _cues_by_sentence(
    cues: dict[str, tuple[Cue, ...]], starts: Sequence[int], ends: Sequence[int]
) -> dict[int, dict[str, list[Cue]]]:
    """The cues of each kind of each sentence they lie inside (as :func:`_by_sentence`)."""
    out: dict[int, dict[str, list[Cue]]] = {}
    for kind, found in cues.items():
        for cue in found:
            start = cue.start
            i = bisect.bisect_right(starts, start) - 1
            if i < 0 or start >= ends[i] or cue.end > ends[i]:
                continue
            own = out.get(i)
            if own is None:
                own = out[i] = {}
            bucket = own.get(kind)
            if bucket is None:
                own[kind] = [cue]
            elif len(bucket) < _CAP:
                bucket.append(cue)
    return out


class _Within(Generic[_T]):
    """Items sorted by start, looked up sentence by sentence (at most ``_CAP`` in each).

    >>> _Within([(0, 2), (3, 9), (12, 14)]).inside(0, 10)
    [(0, 2), (3, 9)]
    """

    __slots__ = ("items", "starts")

    def __init__(self, items: Sequence[_T]) -> None:
        self.items = items
        self.starts = [item[0] for item in items]

    def inside(self, start: int, end: int) -> list[_T]:
        """The first ``_CAP`` items inside ``[start, end)``.

        >>> _Within([(0, 2), (3, 9), (5, 12)]).inside(1, 10)
        [(3, 9)]
        """
        starts = self.starts
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end, i)
        if i == j:
            return []
        out = [item for item in self.items[i:j] if item[1] <= end]
        return out if len(out) <= _CAP else out[:_CAP]


def _next_says(cues: Mapping[str, Sequence[Cue]]) -> bool | None:
    """What the next sentence says of "X met A and B": two contacts ("In both meetings"),
    one ("The three leaders agreed": None), or nothing (False)."""
    if "split_next" in cues:
        return True
    if "multilateral" in cues:
        return None
    return False


def _named(hits: Sequence[OfficialHit]) -> list[int]:
    """The officials ``hits`` name, each once, in order."""
    out: list[int] = []
    for h in hits:
        if h.official not in out:
            out.append(h.official)
    return out


# A city's name that names a mansion: "held talks at Hyderabad House" (in New Delhi),
# "a dinner at Lancaster House": the building stands elsewhere, the city is not the venue.
_HOUSE_AFTER = anchored(r" House(?![\w])")


def _outside(places: Sequence[PlaceHit], orgs: Sequence[OrgHit], text: str = "") -> list[PlaceHit]:
    """Places not inside an organization's name ("OSCE Minsk Group") nor a mansion's
    ("Hyderabad House"): one merge pass.

    >>> _outside([PlaceHit(9, 18, "Hyderabad", "IN")], [], "talks at Hyderabad House")
    []
    """
    out: list[PlaceHit] = []
    j = 0
    reach = -1  # furthest end of the organizations starting at or before the place
    for p in places:
        while j < len(orgs) and orgs[j].start <= p.start:
            reach = max(reach, orgs[j].end)
            j += 1
        if p.end > reach and not _HOUSE_AFTER.match(text, p.end):
            out.append(p)
    return out


# Between an organization's name and "meeting": "UN Security Council meeting",
# "BIMSTEC Ministerial Meeting", "G7 Foreign Ministers' Meeting".
_SESSION_GAP = regex.compile(r"(?:\s+|\d+\w*|[\p{Lu}][\w'-]*|ministerial|annual|regular|foreign)*")
# After "meeting": "meeting of the OSCE Ministerial Council".
_SESSION_OF = anchored(r"\s+of\s+(?:the\s+)?(?:\d+\w*\s+)?", regex.IGNORECASE)
_SESSION_WORDS = frozenset({"meeting", "meetings"})


def _without_sessions(
    text: str,
    triggers: Sequence[Trigger],
    orgs: Sequence[OrgHit],
    names: Sequence[tuple[int, int]] = (),
) -> list[Trigger]:
    """Triggers minus the "meeting" that names an organization's session.

    "At the UN Security Council meeting, X criticized Y" reports no contact between
    X and Y; a summit stays (its named attendees are a contact), and so does a session
    where someone sees the officials just named (``names``: spans of official names):
    "X will raise it with his counterparts, A and B, at a meeting of the Group".
    """
    if not orgs or not any(text[t.start : t.end].lower() in _SESSION_WORDS for t in triggers):
        return list(triggers)
    ends = [o.end for o in orgs]
    starts = [o.start for o in orgs]
    by_end = sorted(range(len(orgs)), key=lambda i: ends[i])
    sorted_ends = [ends[i] for i in by_end]
    out: list[Trigger] = []
    name_ends = sorted(e for _, e in names)
    for t in triggers:
        if (
            text[t.start : t.end].lower() in _SESSION_WORDS
            and not _met_there(text, t.start, name_ends)
            and not _hosted_session(text, t.end, name_ends)
        ):
            i = bisect.bisect_right(sorted_ends, t.start) - 1
            if i >= 0 and t.start - sorted_ends[i] <= 40:
                gap = _SESSION_GAP.fullmatch(text, sorted_ends[i], t.start)
                if gap is not None:
                    continue
            of = _SESSION_OF.match(text, t.end)
            if of is not None:
                j = bisect.bisect_left(starts, of.end())
                if j < len(starts) and starts[j] == of.end():
                    continue
        out.append(t)
    return out


# A capitalized participle inside a proper name: "the Status of Visiting Forces Agreement".
_NAME_PARTICIPLE = regex.compile(r"\p{Lu}\p{Ll}+ing")
_CAPITAL_NEXT = anchored(r" \p{Lu}")


def _without_names(text: str, triggers: Sequence[Trigger]) -> list[Trigger]:
    """Triggers minus a visit participle that is a word of a name ("Visiting Forces").

    A capitalized "Visiting" before a capitalized word, not opening its sentence, names
    an agreement or a post ("Visiting Professor"), not a visit.
    """
    return [
        t
        for t in triggers
        if not (
            t.type == "visit"
            and _NAME_PARTICIPLE.fullmatch(text, t.start, t.end)
            and _CAPITAL_NEXT.match(text, t.end)
            and t.start > 0
            and text[t.start - 1] == " "
            and text[max(0, t.start - 3) : t.start - 1].strip() not in (".", "!", "?", ":")
        )
    ]


# A sentence opening with the contact just reported as its subject, set against another
# occasion: "The meeting came a day after the session in Abuja, where A took over from B",
# "The talks come ahead of ...", "The trilateral meeting came a day after A spoke with B"
# (up to two lower-case words before the trigger): the trigger points back, its sentence's
# officials are another occasion's.
_THE_OPENING = regex.compile(
    r"(?:\A|[.!?][\"'”’]?\s+|\n\s*)(?:The|This|That)\s+(?:[\p{Ll}-]{1,20}\s+){0,2}\Z"
)
_CAME_AFTER = anchored(r"\s+(?:came|comes|come)(?![\w])")
_OPENING_WINDOW = 60
# A sentence opening with the contact just told coming after something else: "The talks
# came days after ...", "The meeting comes a week after ...".
_CAME_AFTER_OPENING = regex.compile(
    r"[\s\"'(]*(?:The|This|That)\s+(?:[\p{Ll}-]{1,20}\s+){0,2}(?:came|comes|come)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:after|following)(?![\w])"
)


# Someone joining the contact just reported: "Minister C joined A for part of the meeting",
# "C joined them in the talks" (C is with a side; the trigger names that contact).
_JOINED_BEFORE = regex.compile(
    r"(?<![\w])joined\s+(?:[\w.'’-]+\s+){0,4}?(?:for|in)\s+(?:part\s+of\s+)?the\s+\Z",
    regex.IGNORECASE,
)
_JOINED_WINDOW = 80
# Someone present at the contact just reported: "Also attending the meeting with A was her
# ambassador C", "Present at the talks were ..." (the definite trigger names that contact;
# those present are no new sides).
_ATTENDING_BEFORE = regex.compile(
    r"(?<![\w])(?:attending|present\s+at)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}\Z", regex.IGNORECASE
)
_ATTENDING_WINDOW = 48  # "present at the " and two words


def _without_back_references(text: str, triggers: Sequence[Trigger]) -> list[Trigger]:
    """Triggers minus a sentence's opening "The meeting came/comes ..." and the contact
    someone "joined ... for" or was "attending" (references to the contact just reported).

    >>> t = Trigger(4, 11, "meeting", "040", "contact")
    >>> _without_back_references("The meeting came after the forum", [t])
    []
    >>> len(_without_back_references("The meeting was held in Rome", [t]))
    1
    >>> t = Trigger(33, 40, "meeting", "040", "contact")
    >>> _without_back_references("Vera joined the minister for the meeting", [t])
    []
    >>> t = Trigger(19, 26, "meeting", "040", "contact")
    >>> _without_back_references("Also attending the meeting was Vera", [t])
    []
    """
    return [
        t
        for t in triggers
        if not (
            _CAME_AFTER.match(text, t.end)
            and _THE_OPENING.search(text, max(0, t.start - _OPENING_WINDOW), t.start)
        )
        and not _JOINED_BEFORE.search(text, max(0, t.start - _JOINED_WINDOW), t.start)
        and not _ATTENDING_BEFORE.search(text, max(0, t.start - _ATTENDING_WINDOW), t.start)
    ]


# A document naming the contact as its subject: "signed a memorandum of understanding on
# political consultations", "an agreement on holding regular summits" (no contact reported).
_DOCUMENT_ON = regex.compile(
    r"(?<![\w])(?:memorandum(?:\s+of\s+understanding)?|mou|agreement|protocol|treaty|accord)"
    r"\s+(?:of\s+cooperation\s+)?(?:on|for)\s+(?:the\s+)?(?:holding\s+)?(?:regular\s+)?\Z",
    regex.IGNORECASE,
)
_DOCUMENT_WINDOW = 60


def _without_document_subjects(text: str, triggers: Sequence[Trigger]) -> list[Trigger]:
    """Triggers minus those a document names as its subject.

    >>> t = Trigger(28, 51, "political_consultations", "040", "contact")
    >>> _without_document_subjects("They signed a memorandum on political consultations", [t])
    []
    >>> t = Trigger(4, 27, "political_consultations", "040", "contact")
    >>> len(_without_document_subjects("The political consultations were held", [t]))
    1
    """
    return [
        t
        for t in triggers
        if _DOCUMENT_ON.search(text, max(0, t.start - _DOCUMENT_WINDOW), t.start) is None
    ]


# A document's participle: a lower-case noun right before "signed", a time or place
# preposition right after ("the partnership signed in January", "the accord signed last
# year"): it names the document, it reports no signing ("the ministers signed a memorandum",
# "the pact signed by A and B" and "they signed in Rome" do).
_NOUN_BEFORE = regex.compile(r"(?<![\w'’-])(\p{Ll}+)\s+\Z")
_TIME_PLACE_AFTER = anchored(r"\s+(?:in|on|at|last|during|earlier|this)(?![\w])")
# The signers named after the participle: "the declaration signed in Washington on
# August 8 by A and B" is a signing (up to the clause's end).
_BY_AGENT_AFTER = anchored(r"[^.;!?]{0,120}?(?<![\w])by\s+\p{Lu}")
#: Words before "signed" that make it a verb with a subject, not a document's participle.
_SUBJECT_WORDS = frozenset(
    [
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "who",
        "that",
        "which",
        "also",
        "jointly",
        "then",
        "later",
        "both",
        "two",
        "three",
        "have",
        "has",
        "had",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "and",
    ]
)


def _without_document_participles(text: str, triggers: Sequence[Trigger]) -> list[Trigger]:
    """Triggers minus a signing participle that only names its document.

    >>> t = Trigger(16, 22, "signing", "057", "joint")
    >>> _without_document_participles("the partnership signed in May", [t])
    []
    >>> t = Trigger(14, 20, "signing", "057", "joint")
    >>> len(_without_document_participles("the ministers signed a pact", [t]))
    1
    >>> t = Trigger(11, 17, "signing", "057", "joint")
    >>> len(_without_document_participles("the accord signed in Lima by President A", [t]))
    1
    """
    out: list[Trigger] = []
    for t in triggers:
        if t.type == "signing" and text[t.start : t.end].lower() == "signed":
            noun = _NOUN_BEFORE.search(text, max(0, t.start - 40), t.start)
            if (
                noun is not None
                and noun.group(1) not in _SUBJECT_WORDS
                and _TIME_PLACE_AFTER.match(text, t.end)
                and not _BY_AGENT_AFTER.match(text, t.end)
            ):
                continue
        out.append(t)
    return out


# "a meeting of the Eight's foreign ministers hosted by X": a session with a named host.
_HOSTED_BY = regex.compile(r"[^.;!?]{0,100}?(?<![\w])(?:hosted|chaired)\s+by\s+", regex.IGNORECASE)


def _hosted_session(text: str, end: int, name_ends: Sequence[int]) -> bool:
    """True when the session word is followed, in its clause, by "hosted by" a named official.

    "travel to Tallinn for a meeting of the Group's foreign ministers hosted by Minister X":
    a trip to meet the named host, no session as such.
    """
    by = _HOSTED_BY.match(text, end)
    if by is None:
        return False
    i = bisect.bisect_left(name_ends, by.end())
    if i == len(name_ends):
        return False
    # the host's title or name opens right after "by" ("by Estonian Foreign Minister X")
    return name_ends[i] - by.end() <= 100 and text[by.end()].isupper()


# "..., at a meeting": the session where the officials just named are met.
_AT_SESSION = regex.compile(r",?\s+at\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}\Z", regex.IGNORECASE)
# "with his counterparts, A and B": the officials are whom someone meets.
_WITH_NAMES = regex.compile(r"(?<![\w])with(?![\w])", regex.IGNORECASE)


def _met_there(text: str, start: int, name_ends: Sequence[int]) -> bool:
    """True when "at a meeting" at ``start`` follows officials named after "with"."""
    at = _AT_SESSION.search(text, max(0, start - 30), start)
    if at is None:
        return False
    i = bisect.bisect_right(name_ends, at.start()) - 1
    if i < 0 or name_ends[i] != at.start():
        return False  # (no official's name right before ", at a meeting")
    return _WITH_NAMES.search(text, max(0, at.start() - 120), at.start()) is not None


def _main_official(
    doc: Document, hits: Sequence[OfficialHit], people: Sequence[Official]
) -> int | None:
    """The article's main official: the most often named in the body, ties to the first.

    "Following the instructions of President Aliyev, Foreign Minister Bayramov met ...
    Bayramov ... he ...": Bayramov, not the first name of the body.
    """
    named = [h for h in hits if not people[h.official].name.startswith("@")]
    body = [h for h in named if doc.role_at(h.start) == "body"] or named
    headline = next((h for h in named if doc.role_at(h.start) == "headline"), None)
    if headline is not None and body and body[0].official == headline.official:
        # "Mondino and Cameron agree ... / Foreign Minister Mondino met Cameron ... Cameron
        # ... Cameron ...": the one the headline and the lead both name first is the story's
        # protagonist, however often the counterpart is quoted
        return headline.official
    counts: dict[int, int] = {}
    first: dict[int, int] = {}
    for h in body:
        counts[h.official] = counts.get(h.official, 0) + 1
        first.setdefault(h.official, h.start)
    if not counts:
        return None
    return min(counts, key=lambda i: (-counts[i], first[i]))


# An upper-case name opening the first paragraph of the body: "PUTRAJAYA", "SAO TOME".
_CAPS_NAME = regex.compile(r"\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}(?![\w])")
# After it, a date or an agency: "PUTRAJAYA, March 18 (Bernama)", "PUTRAJAYA (Bernama)"
# (not "BREAKING: ..." or "UPDATE - ...").
_CAPS_DATELINE_AFTER = regex.compile(
    r"\s*(?:\(|,\s*(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
)


# After a city opening the body, the full stop of a sentence of its own and the next
# sentence: "Dar es Salaam. The governments of ..." (a dateline in title case).
_PLACE_SENTENCE_AFTER = anchored(r"\.[ \t]+\p{Lu}\p{Ll}")


# A byline in a header line: "By Ana Lima", "Published ... By Ana Lima - Reporter".
_BYLINE = regex.compile(r"(?<![\w])By\s+\p{Lu}")
# A dash or bar right before a place that closes a byline line: "... - Reporter - Lisbon".
_BYLINE_PLACE_BEFORE = regex.compile(r"\s[-\u2013\u2014|]\s+\Z")


# An agency in brackets opening the body before the dateline: "(ANSA) - ROME, MAR 4 - ...".
_AGENCY_LEAD = regex.compile(r"\(\p{Lu}[\p{L}]{1,15}\)\s*[-\u2013\u2014]+\s*")


# A city in title case before its country and an agency in brackets: "Belem (Brazil) (AFP) -".
_TITLE_DATELINE = regex.compile(
    r"(?P<name>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})"
    r"\s*\(\p{Lu}[\p{L} .'-]{0,30}\)\s*\(\p{Lu}[\p{L}]{1,15}\)"
)


def _dateline_city(
    doc: Document, places: Sequence[PlaceHit], countries: Sequence[CountryHit] = ()
) -> tuple[str, str] | None:
    """A place heading a dateline: "BAKU:", "Colombo, Mar 29 (PTI)", "Abu Dhabi (WAM)".

    A city the gazetteer lacks counts when it is written in capitals before a date or an
    agency in the body's first paragraph ("PUTRAJAYA, March 18 (Bernama) --"), or before
    its country and an agency in brackets ("Belem (Brazil) (AFP) -"): its country is then
    unknown ("").
    """
    starts = {}
    body: tuple[int, int] | None = None
    bylines: dict[int, int] = {}  # end -> start of the header lines that carry a byline
    for seg in doc.segments:
        if seg.role != "body" and _BYLINE.search(doc.norm, seg.start, seg.end) is not None:
            bylines[seg.end] = seg.start
        if seg.role in ("boilerplate", "byline"):
            continue
        starts[seg.start] = seg.end
        if seg.role == "body":
            lead = _AGENCY_LEAD.match(doc.norm, seg.start, seg.end)
            if lead is not None:  # "(ANSA) - ROME, MAR 4 - ..."
                starts[lead.end()] = seg.end
            body = (seg.start if lead is None else lead.end(), seg.end)
            break
    for p in places:
        seg_end = starts.get(p.start)
        if seg_end is not None and is_dateline_place(doc.norm, p.start, p.end, seg_end):
            return p.name, p.alpha2
        if (
            body is not None
            and p.start == body[0]
            and _PLACE_SENTENCE_AFTER.match(doc.norm, p.end, body[1]) is not None
        ):
            # "Dar es Salaam. The governments of ...": the body opens with its city alone
            return p.name, p.alpha2
        line_start = bylines.get(p.end)
        if (
            line_start is not None
            and _BYLINE_PLACE_BEFORE.search(doc.norm, max(line_start, p.start - 4), p.start)
            is not None
        ):
            # "By Ana Lima - Reporter at Agency X - Lisbon": the reporter's city closing the
            # byline is the dateline's
            return p.name, p.alpha2
    if body is None:
        return None
    m = _CAPS_NAME.match(doc.norm, body[0], body[1])
    if m is not None and _CAPS_DATELINE_AFTER.match(doc.norm, m.end(), body[1]) is None:
        m = None
    if m is None:
        m = _TITLE_DATELINE.match(doc.norm, body[0], body[1])
    if m is None:
        return None
    start, end = m.span("name") if m.re is _TITLE_DATELINE else m.span()
    if any(c.start < end and start < c.end for c in countries):
        return None  # "UKRAINE, March 3": a country
    name = doc.norm[start:end]
    return (name.title() if name.isupper() else name), ""


_V = TypeVar("_V")


def _copy_entry(table: dict[int, _V], source: _Builder, copy: _Builder) -> None:
    """Give ``copy`` the entry ``source`` has in a table keyed by builder id, if any."""
    if id(source) in table:
        table[id(copy)] = table[id(source)]


def _first_seen(hits: Sequence[OfficialHit], count: int) -> tuple[int, ...]:
    """The offset of each official's first mention (``hits`` sorted; unnamed: the end)."""
    first = [sys.maxsize] * count
    for h in hits:
        if h.start < first[h.official]:
            first[h.official] = h.start
    return tuple(first)


def _sitting_heads(doc: Document, officials: OfficialResult, former: Sequence[Cue]) -> set[int]:
    """Heads of state/government not called "former"."""
    heads = {i for i, o in enumerate(officials.officials) if o.role in _HEADS}
    if not heads or not former:
        return heads
    ends = [c.end for c in former]
    for h in officials.hits:
        if h.official in heads:
            i = bisect.bisect_right(ends, h.start) - 1
            if i >= 0 and h.start - ends[i] <= 30:
                heads.discard(h.official)
    return heads


class EventStage:
    """Finds diplomatic contacts. Built once per Parser."""

    def __init__(self, extra: dict[str, Table]) -> None:
        self._extra = extra
        self._grammar = EventGrammar.default()

    def __call__(
        self,
        doc: Document,
        dates: DateResult,
        places: PlaceResult,
        officials: OfficialResult,
        topics: TopicResult,
    ) -> tuple[Event, ...]:
        """Events of ``doc``, in order of their evidence."""
        people = officials.officials
        if len(people) < 2 or not officials.hits:
            return ()
        scan = self._grammar.scan(
            doc.norm, [(sent.start, sent.end) for sent in doc.sentences], doc.folded
        )
        org_hits = sorted(places.org_hits)
        triggers = _without_sessions(
            doc.norm,
            _without_back_references(
                doc.norm,
                _without_document_participles(
                    doc.norm,
                    _without_document_subjects(doc.norm, _without_names(doc.norm, scan.triggers)),
                ),
            ),
            org_hits,
            [(h.start, h.end) for h in officials.hits],
        )
        if not triggers:
            return ()
        not_a_side = self._grammar.not_a_side.pattern.search
        mute = frozenset(
            [i for i, o in enumerate(people) if o.title and not_a_side(fold(o.title)) is not None]
        )
        hits = sorted(officials.hits)
        place_hits = _outside(sorted(places.place_hits), org_hits, doc.norm)
        ctx = Context(
            doc.norm,
            tuple([o.name for o in people]),
            tuple([o.country for o in people]),
            tuple([o.role for o in people]),
            _main_official(doc, [h for h in hits if h.official not in mute], people),
            _dateline_city(doc, place_hits, places.country_hits),
            mute,
            _first_seen(hits, len(people)),
            _published_day(dates),
            tuple([o.title or "" for o in people]),
        )
        date_rows = sorted((d.start, d.end, _day_value(d.value)) for d in dates.dates)
        readings = self._read(doc, ctx, triggers, scan.cues, hits, date_rows, place_hits, places)
        heads = _sitting_heads(doc, officials, scan.cues["former"])
        return _assemble(
            doc,
            readings,
            people,
            heads,
            dates,
            topics,
            ctx.dateline_city,
            place_hits,
            places.country_hits,
            triggers,
            hits,
        )

    def _read(
        self,
        doc: Document,
        ctx: Context,
        triggers: Sequence[Trigger],
        cues: dict[str, tuple[Cue, ...]],
        hits: Sequence[OfficialHit],
        date_rows: Sequence[tuple[int, int, str]],
        place_hits: Sequence[PlaceHit],
        places: PlaceResult,
    ) -> list[tuple[Reading, int, int, bool]]:
        """(reading, section, paragraph, is_headline) of each sentence that reports something.

        Only sentences with a trigger or an occasion cue are read, each with its own hits,
        dates and places (put in their sentences in one pass over each list).
        """
        sentences = doc.sentences
        segments = doc.segments
        starts = [sent.start for sent in sentences]
        ends = [sent.end for sent in sentences]
        by_trigger = _by_sentence(triggers, starts, ends)
        by_cue = _cues_by_sentence(cues, starts, ends)
        chosen = set(by_trigger)
        chosen.update(
            i
            for i, own in by_cue.items()
            if "frame" in own or "participation" in own or "joining" in own
        )
        # the hits, dates, places and countries of each sentence, in one pass over each
        in_hits = _by_sentence(hits, starts, ends)
        in_dates = _by_sentence(date_rows, starts, ends)
        in_places = _by_sentence(place_hits, starts, ends)
        in_countries = _by_sentence(sorted(places.country_hits), starts, ends)
        out: list[tuple[Reading, int, int, bool]] = []
        pairs: dict[int, tuple[int, ...]] = {}  # sentence -> the two sides its reading found
        for i in sorted(chosen):
            sent = sentences[i]
            seg = segments[sent.segment]
            if seg.role not in _READ_ROLES:
                continue
            s, e = sent.start, sent.end
            sent_cues: dict[str, Sequence[Cue]] = dict(_NO_CUES)
            own = by_cue.get(i)
            if own is not None:
                sent_cues.update(own)
            previous: Sequence[int] = ()
            if i and segments[sentences[i - 1].segment].paragraph == seg.paragraph:
                previous = _named(in_hits.get(i - 1, ()))
                if not previous:
                    # "The two ministers also discussed trade. The pair last spoke in June":
                    # the pair the previous sentence's anaphor stood for
                    previous = pairs.get(i - 1, ())
                elif i - 1 in pairs and pairs[i - 1][0] not in previous:
                    # "The minister is to meet Cardinal B. Later he will meet C": "he" is the
                    # subject the previous sentence named by its title, not B
                    previous = (pairs[i - 1][0], *previous)
            split_next: bool | None = False
            if (
                i + 1 < len(sentences)
                and segments[sentences[i + 1].segment].paragraph == seg.paragraph
            ):
                split_next = _next_says(by_cue.get(i + 1, {}))
            clauses = (
                _body_clauses(doc.norm, s, e, by_trigger.get(i, ()), in_hits.get(i, ()))
                if seg.role == "body"
                else _headline_clauses(doc.norm, s, e)
            )
            for k, (cs, ce) in enumerate(clauses):
                if k and seg.role == "body":
                    # "X said he had called A, and that he would meet B": "he" is the one
                    # the first clause names first (its subject), not the previous sentence's
                    previous = _named(_span(in_hits.get(i, []), clauses[0][0], clauses[0][1]))
                reading = read_sentence(
                    ctx,
                    cs,
                    ce,
                    _span(by_trigger.get(i, []), cs, ce),
                    sent_cues
                    if len(clauses) == 1
                    else {k: _span(v, cs, ce) for k, v in sent_cues.items()},
                    _span(in_hits.get(i, []), cs, ce),
                    _span(in_dates.get(i, []), cs, ce),
                    _span(in_places.get(i, []), cs, ce),
                    _span(in_countries.get(i, []), cs, ce),
                    seg.start,
                    previous,
                    split_next,
                )
                if reading is not None and reading.date is None and i and seg.role == "body":
                    reading = _lead_day(reading, i, cs, ce, in_hits, in_dates)
                if reading is not None:
                    out.append((reading, seg.section, seg.paragraph, seg.role != "body"))
                    if len(reading.groups) == 1 and len(reading.groups[0]) == 2:
                        pairs[i] = reading.groups[0]
        return out


def _lead_day(
    reading: Reading,
    i: int,
    start: int,
    end: int,
    in_hits: Mapping[int, Sequence[OfficialHit]],
    in_dates: Mapping[int, Sequence[tuple[int, int, str]]],
) -> Reading:
    """A held contact of sides named only by an anaphor, with no day of its own, on the day
    of the sentence before it naming just those sides.

    "A and B agreed on Tuesday to speed up the deliveries. The two ministers met for 90
    minutes": the meeting was on Tuesday.
    """
    if (
        reading.status != "held"
        or len(reading.groups) != 1
        or _span(in_hits.get(i, ()), start, end)
        or any(start <= row[0] < end for row in in_dates.get(i, ()))
    ):
        return reading
    before = in_hits.get(i - 1, ())
    days = {value for _, _, value in in_dates.get(i - 1, ())}
    if len(days) != 1 or set(_named(before)) != set(reading.groups[0]):
        return reading
    first = in_dates[i - 1][0]
    return reading._replace(date=(first[2], first[0]))


# Between two clauses of a headline, the second with its own subject (capitalized):
# "X receives call from Y; Z holds talks with W" (not "A meets B; heads to Rome for talks",
# whose second clause shares the first one's subject).
_HEADLINE_BREAK = regex.compile(r";\s+(?=\p{Lu})")


def _headline_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of a headline sentence ``[start, end)``, each read on its own: a
    semicolon before a clause with a subject of its own joins two reports ("A receives
    call from B; C holds talks with D"), so the officials of one are no sides of the
    other's contact.

    >>> _headline_clauses("A calls B; C meets D", 0, 20)
    [(0, 10), (11, 20)]
    """
    if ";" not in text[start:end]:
        return [(start, end)]
    out: list[tuple[int, int]] = []
    for m in _HEADLINE_BREAK.finditer(text, start, end):
        out.append((start, m.start() + 1))
        start = m.end()
    out.append((start, end))
    return out


# Two reported clauses of one sentence, each with its own contact: "X said he had spoken
# with A last week, and that he would travel to Rome next month for talks with B".
_REPORTED_AND = regex.compile(r",\s+and\s+that\s+")


# ", who" after a name, opening a relative clause: "President X, who is due to meet Y".
_WHO_AFTER = anchored(r",\s+who\s")
# The comma closing a relative clause before the main verb: "X, who met Y in May, did not".
_RELATIVE_CLOSE = regex.compile(r",\s+(?=\p{Ll})")


def _relative_contact(
    text: str,
    start: int,
    end: int,
    triggers: Sequence[Trigger],
    hits: Sequence[OfficialHit],
) -> list[tuple[int, int]] | None:
    """The main clause and "X, who met Y ..." as a clause of its own, when the relative
    clause after a named official tells a contact of that official with one it names and
    the main clause has a trigger of its own: "the ministers were received by President X,
    who is due to meet President Y in Warsaw on October 22" (two contacts, each with its
    own day); None otherwise.
    """
    for h in hits:
        who = _WHO_AFTER.match(text, h.end)
        if who is None or who.end() >= end:
            continue
        close = _RELATIVE_CLOSE.search(text, who.end(), end)
        stop = end if close is None else close.start()
        inside = [t for t in triggers if who.end() <= t.start < stop and t.frame == "contact"]
        if not inside or not any(inside[0].end <= o.start < stop for o in hits):
            continue
        if not any(t.start < h.start or t.start >= stop for t in triggers):
            continue
        if stop == end:
            # "..., received by X, who is due to meet Y ...": the main clause ends at X
            return [(start, h.end), (h.start, end)]
        # "X, who met Y in May, did not attend": the whole sentence, then the relative
        return [(start, end), (h.start, stop)]
    return None


def _body_clauses(
    text: str,
    start: int,
    end: int,
    triggers: Sequence[Trigger],
    hits: Sequence[OfficialHit] = (),
) -> list[tuple[int, int]]:
    """The clauses of a body sentence ``[start, end)``, each read on its own: ", and that"
    opens a second reported clause, a contact of its own when both clauses have a trigger.

    >>> t = [Trigger(16, 20, "meeting", "040", "contact")]
    >>> t.append(Trigger(41, 51, "meeting", "040", "contact"))
    >>> _body_clauses("He said A would meet B, and that C would hold talks", 0, 51, t)
    [(0, 23), (33, 51)]
    """
    if len(triggers) < 2:
        return [(start, end)]
    if hits and ", who " in text[start:end]:
        relative = _relative_contact(text, start, end, triggers, hits)
        if relative is not None:
            return relative
    if ", and that" not in text[start:end]:
        return [(start, end)]
    out: list[tuple[int, int]] = []
    for m in _REPORTED_AND.finditer(text, start, end):
        if any(start <= t.start < m.start() for t in triggers) and any(
            t.start >= m.end() for t in triggers
        ):
            out.append((start, m.start() + 1))
            start = m.end()
    out.append((start, end))
    return out


def _span(items: Sequence[_S], start: int, end: int) -> Sequence[_S]:
    """The items (hits, cues, rows: their first field an offset) that start in ``[start, end)``."""
    if not items or (items[0][0] >= start and items[-1][0] < end):
        return items
    return [x for x in items if start <= x[0] < end]


def _type_of(reading: Reading) -> str | None:
    return reading.trigger.type if reading.trigger is not None else None


def _family(type_: str | None) -> str:
    return "phone" if type_ == "phone_call" else "person"


def _family_of(key_family: str) -> str:
    """The family part of a merge key ("person:held" -> "person")."""
    return key_family.split(":", 1)[0]


def _assemble(
    doc: Document,
    readings: Sequence[tuple[Reading, int, int, bool]],
    people: Sequence[Official],
    heads: set[int],
    dates: DateResult,
    topics: TopicResult,
    dateline_city: tuple[str, str] | None,
    place_hits: Sequence[PlaceHit] = (),
    country_hits: Sequence[CountryHit] = (),
    triggers: Sequence[Trigger] = (),
    hits: Sequence[OfficialHit] = (),
) -> tuple[Event, ...]:
    """The events of the article from its sentence readings (see the module docstring)."""
    in_places = _Within(place_hits)
    in_countries = _Within(sorted(country_hits))
    builders: list[_Builder] = []
    by_key: dict[tuple[frozenset[int], str], _Builder] = {}
    owner: _Builder | None = None
    owner_section = -1
    # an occasion no contact has taken yet, and the index of its reading
    pending: tuple[Reading, int] | None = None
    running_date: str | None = None
    running_location: tuple[str, str] | None = None
    # the day and the sides of the contact that set the running place
    running_by: tuple[str | None, frozenset[int]] = (None, frozenset())
    # the place of the held contacts of the report's own day (not "on Monday in Casablanca")
    today_location: tuple[str, str] | None = None
    first_date: dict[int, str | None] = {}
    first_location: dict[int, tuple[str, str] | None] = {}
    # held occasions with a place, for a contact whose place the article gives later
    later_places: list[tuple[int, tuple[str, str]]] = []
    # the place of the last planned trip or contact: (reading number, section, sides, place)
    trip: tuple[int, int, frozenset[int], tuple[str, str]] | None = None
    trip_place: dict[int, tuple[str, str]] = {}
    # the day of that trip when it gives one ("will travel to Brussels on Thursday")
    trip_day: str | None = None
    trip_days: dict[int, str] = {}
    held_place: dict[int, tuple[str, str] | None] = {}
    # the reading number and time of the last visit told with one ("the visit of X to
    # Kazakhstan, scheduled for November"), for talks held "during the visit" next
    visit_time: tuple[int, tuple[str, int] | None, str | None] | None = None
    published = _published_day(dates)
    heading_places = _heading_places(doc, in_places, country_hits)
    # "On Wednesday, the minister turned to the Gulf. In a meeting with X, ...": a day
    # opening a sentence that reports no contact dates the account that follows
    opening_days = _opening_days(doc, dates)
    next_day = 0
    # the place of the previous reading: (its number, place), for "there" in the next one
    last_place: tuple[int, tuple[str, str]] | None = None
    for number, (reading, section, _paragraph, headline) in enumerate(readings):
        placed = False
        there = last_place[1] if last_place is not None and last_place[0] == number - 1 else None
        if reading.location is not None:
            last_place = (number, reading.location)
        while next_day < len(opening_days) and opening_days[next_day][0] < reading.start:
            if not _after(opening_days[next_day][1], published):
                running_date = opening_days[next_day][1]
            next_day += 1
        if section != owner_section:
            owner = None
            owner_section = section
            if section in heading_places:
                # "BUCHAREST: TALKS ON ..." then "COUNCIL OF EUROPE CHIEF IN SOFIA": the
                # heading's city is where its section's contacts took place
                running_location = heading_places[section]
        if pending is not None and number - pending[1] > _PENDING_READINGS:
            pending = None
        occasion = reading.status == "held" and not reading.reference
        if reading.joins:
            if owner is not None and owner.gathering:
                # "Leaders gathered for a summit ... A and B were among those taking part. C
                # also attended": one contact of all the attendees (the leaders: a minister
                # attending is in a leader's delegation)
                _join(owner, [i for i in reading.joins if people[i].role in _LEADERS])
                owner.owned.append((reading.start, reading.end))
                by_key[owner.key] = owner
                continue
            if reading.trigger is None and not reading.groups:
                continue  # "X attended the forum": no contact, nor a continuation of one
        if reading.groups and reading.attendance and owner is not None:
            # "The meeting was attended by X and Y": the contact's company, not a new one.
            owner.owned.append((reading.start, reading.end))
        elif reading.groups:
            type_ = reading.trigger.type if reading.trigger is not None else None
            if (
                type_ == "signing"
                and there is not None
                and reading.status == "planned"
                and reading.location is None
                and reading.trigger is not None
                and _USE_IT.search(doc.norm, reading.start, reading.trigger.start) is not None
            ):
                # "The next council meeting is planned in Thessaloniki. A and B are expected
                # to use it to sign an agreement": the signers meet at that coming occasion
                type_ = "meeting"
                reading = reading._replace(location=there)
            groups = reading.groups
            if (
                visit_time is not None
                and visit_time[0] == number - 1
                and reading.aside
                and reading.status == "planned"
                and reading.date is None
                and reading.rough is None
            ):
                # "..., the official visit of X to Kazakhstan, scheduled for November.
                # During the visit, X and Y are expected to hold talks": the visit's time
                reading = reading._replace(
                    date=visit_time[1], rough=visit_time[2], coarse=visit_time[2] is not None
                )
            if type_ is None:
                if pending is None:
                    continue
                type_ = pending[0].trigger.type if pending[0].trigger is not None else "meeting"
                if pending[0].status == "planned":
                    # "The next round will take place in Minsk on 28-29 October. The
                    # delegations will be led by A and B": the coming round's sides
                    reading = reading._replace(status="planned")
                lone = pending[0].lone
                if lone is not None and len(groups) == 1 and lone not in groups[0]:
                    # "X held a video conference with his counterparts. Among the
                    # participants were A, B and C": X and the three
                    groups = ((lone, *groups[0]),)
            elif (
                pending is not None
                and pending[0].lone is not None
                and len(groups) == 1
                and len(groups[0]) >= _GATHERING
                and pending[0].lone not in groups[0]
            ):
                # "X attended the council of ministers on Friday. The meeting, chaired by A,
                # brought together B, C and D": X is one of the gathering
                groups = ((pending[0].lone, *groups[0]),)
            first: _Builder | None = None
            for k, sides in enumerate(groups):
                key = (frozenset(sides), _family(type_))
                builder = by_key.get(key)
                if builder is not None and _other_occasion(builder, reading, headline):
                    # "Blinken will meet Wang Yi in Beijing ... last met him in Washington"
                    key = (key[0], f"{key[1]}:{reading.status}")
                    builder = by_key.get(key)
                if (
                    builder is None
                    and reading.trigger is not None
                    and reading.trigger.frame == "joint"
                ):
                    # "Lavrov and Fidan also discussed ..." after their call: the call
                    other = "person" if key[1] == "phone" else "phone"
                    builder = by_key.get((key[0], other))
                if builder is None and owner is not None and len(reading.groups) == 1:
                    builder = _widen(owner, key, by_key, _own_meeting(doc.norm, reading))
                fresh = builder is None
                if builder is None:
                    before = builders[-1] if builders else None
                    # "Y later met Z" after a recalled contact ("on his first trip since A's
                    # summit with B in October"): "later" goes on from Y's own last contact
                    later = next(
                        (b for b in reversed(builders) if sides[0] in b.sides and not b.coarse),
                        before,
                    )
                    builder = _Builder(sides, _family_of(key[1]), section)
                    builder.key = key
                    by_key[key] = builder
                    builders.append(builder)
                    first_date[id(builder)] = running_date
                    first_location[id(builder)] = running_location
                    if (
                        there is not None
                        and reading.location is None
                        and reading.status == "planned"
                        and _THERE.search(doc.norm, reading.start, reading.end) is not None
                    ):
                        # "The next summit will be held in Cairo. A is to host B and C
                        # there": the place the previous sentence names
                        builder.location = there
                    if (
                        running_location is not None
                        and dateline_city is not None
                        and running_location[1] != dateline_city[1]
                        and _elsewhere_then(running_by, reading, sides)
                    ):
                        # (a place abroad, away from where the report is filed)
                        first_location[id(builder)] = None
                    if (
                        later is not None
                        and (later.section == section or sides[0] in later.sides)
                        and later.status == "held"
                        and later.family == "person"
                        and reading.status == "held"
                        and reading.trigger is not None
                        and (
                            _LATER_BEFORE.search(doc.norm, reading.start, reading.trigger.start)
                            or (reading.date is not None and reading.date[0] == later.date)
                        )
                    ):
                        # "X hosted Y in Tallinn on Tuesday. ... Y later met Z", "On Tuesday
                        # afternoon, Y was received by Z": the same day and place as the
                        # contact just told
                        first_date[id(builder)] = later.date or running_date
                        first_location[id(builder)] = later.location or running_location
                    elif (
                        before is not None
                        and before.section == section
                        and before.status == "held"
                        and before.family == "person"
                        and (before.location or first_location[id(before)]) is not None
                        and reading.status == "held"
                        and reading.trigger is not None
                        and running_location is None
                        and set(sides) & set(before.sides)
                        and _ALSO_BEFORE.match(doc.norm, reading.start, reading.trigger.start)
                    ):
                        # "A and B signed the deal at the ministry in Suva. She also met C at
                        # the Secretariat": a side's next contact on the same trip, its place
                        # (not its day: "also" keeps no time)
                        first_location[id(builder)] = before.location or first_location[id(before)]
                    if reading.status == "planned" and number:
                        # where the account's held contacts are, for a coming one with no
                        # place of its own ("He is scheduled to meet X on Friday")
                        held_place[id(builder)] = today_location or running_location
                if reading.group_dates and len(reading.group_dates) == len(groups):
                    # "received by A on Wednesday, before meeting B on Thursday": each its day
                    _add(builder, reading._replace(date=reading.group_dates[k]), type_, headline)
                else:
                    _add(builder, reading, type_, headline)
                place = _trip_place(trip, number, section, sides, reading) if fresh else None
                if (
                    place is not None
                    and place[1]
                    and _elsewhere(doc.norm, reading, in_countries, place[1])
                ):
                    # "in Canberra on June 17 ... From June 18, Li will be in Malaysia and will
                    # hold talks with Anwar": the sentence puts the contact in another country
                    place = None
                if place is not None:
                    # "X will travel to Wellington ... X will also meet Prime Minister Y"
                    trip_place[id(builder)] = place
                    if trip_day is not None:
                        # "... to Brussels on Thursday. There he will meet Y": that Thursday
                        trip_days[id(builder)] = trip_day
                family = _family_of(key[1])
                if (
                    fresh
                    and pending is not None
                    and _family(_type_of(pending[0])) == family
                    and (pending[0].status == "held" or reading.status == "planned")
                ):
                    _take_occasion(builder, pending[0], inherit=True)
                    builder.gathering = builder.gathering or _type_of(pending[0]) == "summit"
                builder.gathering = builder.gathering or type_ == "summit"
                first = first or builder
            pending = None
            owner = first
        elif occasion:
            if owner is not None and _summit_aside(owner, reading, people, heads):
                pass  # another occasion, told in passing: no contact's, no coming one's
            elif owner is not None and _continues(
                owner, reading, running_date or published, published
            ):
                # a sentence going on about a contact that has its place names no new one:
                # "The two sides welcomed the next meeting in Islamabad" after talks in Riyadh
                placed = placed or owner.location is not None
                if reading.date is not None and _CAME_AFTER_OPENING.match(doc.norm, reading.start):
                    # "The talks came days after X fired a missile on Jan. 10": that day is
                    # the other happening's, not the talks'
                    reading = reading._replace(date=None)
                _take_occasion(owner, reading, inherit=False)
                owner.owned.append((reading.start, reading.end))
            elif reading.trigger is not None and not _another_time(
                reading, running_date or published
            ):
                pending = (reading, number)
        elif (
            reading.status == "planned"
            and not headline
            and not reading.groups
            and not reading.reference
            and (reading.date is not None or reading.location is not None)
            and reading.trigger is not None
            and reading.trigger.type == "political_consultations"
        ):
            # "The next round of consultations will take place in Minsk on 28-29 October",
            # "... agreed that consultations would be held in Minsk": a coming round (with
            # its day or its place), whose sides the next sentence may name
            pending = (reading, number)
        elif (
            reading.reference
            and not headline
            and not reading.groups
            and reading.status == "held"
            and reading.trigger is not None
            and reading.trigger.type == "political_consultations"
            and owner is None
        ):
            # "..., officials said after the foreign office consultations in Dhaka. A led
            # the side at the meeting": the consultations just held, whose sides come next
            pending = (reading, number)
        visit_time = None
        if (
            not headline
            and reading.trigger is not None
            and reading.trigger.type == "visit"
            and (reading.date is not None or reading.rough is not None)
        ):
            visit_time = (number, reading.date, reading.rough)
        if (
            trip is not None
            and number > trip[0]
            and section == trip[1]
            and reading.status == "planned"
            and reading.location in (None, trip[3])
            and (not reading.groups or not trip[2] or not trip[2].isdisjoint(reading.groups[0]))
        ):
            # "... will be held in Ankara. At the meeting, the ministers are expected to ...":
            # a sentence going on about the coming occasion (or a contact of its sides on
            # it) keeps its place for the next one
            trip = (number, trip[1], trip[2], trip[3])
        travel = reading.trigger is not None and reading.trigger.type == "visit"
        # "X traveled to Kyiv with Y. The two are scheduled to meet Z": a trip made for the
        # report (no other day) lends its place like a planned one
        arrived = travel and (reading.date is None or reading.date[0] == published)
        if (
            (reading.status == "planned" or arrived)
            and not headline
            and reading.location is not None
            and (
                reading.groups
                or travel
                # "The sides agreed to hold the next session in Rome on May 3-4. A will hold
                # talks with B on that occasion": a dated coming occasion, its sides unnamed
                or (reading.status == "planned" and reading.date is not None)
            )
        ):
            # a tour ("will travel to Riyadh and Doha") lends no one place to the next contact
            named = in_places.inside(reading.start, reading.end)
            one_place = len({p.name for p in named}) <= 1
            trip = None
            trip_day = None
            sides_named = frozenset(i for group in reading.groups for i in group)
            if one_place:
                trip = (number, section, sides_named, reading.location)
                if reading.status == "planned" and reading.date is not None:
                    trip_day = reading.date[0]
        if occasion and not headline:
            if (
                reading.date is not None
                and not _after(reading.date[0], published)
                and not _another_time(reading, running_date or published)
            ):
                # "... ahead of the council meeting on January 29" in a report of January 27
                # dates a coming occasion, not the day the report is running on
                running_date = reading.date[0]
            if (
                reading.location is not None
                and _type_of(reading) != "phone_call"
                and not _another_time(reading, running_date or published)
                and not placed
            ):
                # (a call's sentence names no venue: "a phone call ... to meet in Vienna")
                running_location = reading.location
                running_by = (
                    None if reading.date is None else reading.date[0],
                    frozenset(i for group in reading.groups for i in group),
                )
                later_places.append((reading.start, reading.location))
                if reading.date is None or reading.date[0] == published:
                    today_location = reading.location
        elif (
            reading.reference
            and not headline
            and running_location is None
            and reading.location is not None
            and reading.status == "held"
            and reading.date is None
            and reading.rough is None
            and not reading.groups
            and _type_of(reading) == "meeting"
        ):
            # "Speaking at a press conference in Oslo after their talks, X said": an undated
            # sentence after the contact just told is set where it took place
            running_location = reading.location
        elif (
            reading.reference
            and not headline
            and not builders
            and reading.status == "held"
            and not reading.groups
            and reading.date is not None
            and len(reading.date[0]) == len("2025-04-21")
            and not _after(reading.date[0], published)
            and _type_of(reading) == "meeting"
        ):
            # "X said after hosting his counterparts in Ankara on April 21", before any
            # contact is told: the day of the talks the account goes on to report
            running_date = reading.date[0]
    if not builders:
        return ()
    builders = _drop_tours(_fold_headlines(builders))
    _own_continuations(doc, builders)
    for accepted in _accepted_visits(doc, builders, triggers, hits, people, place_hits, dates):
        first_date[id(accepted)] = None
        first_location[id(accepted)] = None
        builders.append(accepted)
    if any(b.separate for b in builders):
        split: list[_Builder] = []
        for b in builders:
            if not b.separate:
                split.append(b)
                continue
            for counterpart in b.sides[1:]:
                # one contact of the first side with each counterpart, on the same occasion
                pair = _Builder((b.sides[0], counterpart), b.family, b.section)
                for slot in _Builder.__slots__:
                    if slot not in ("sides", "key", "separate"):
                        setattr(pair, slot, getattr(b, slot))
                _copy_entry(first_date, b, pair)
                _copy_entry(first_location, b, pair)
                _copy_entry(trip_place, b, pair)
                _copy_entry(trip_days, b, pair)
                _copy_entry(held_place, b, pair)
                split.append(pair)
        # a headline's pair the body tells on its own is the body's contact
        builders = _fold_headlines(split)
    place_starts = [p[0] for p in later_places]
    topic_hits = sorted(topics.hits)
    topic_starts = [t.start for t in topic_hits]
    out: list[Event] = []
    for b in builders:
        if b.type is None:
            continue
        type_ = b.type
        if type_ in ("meeting", "political_consultations") and _all_heads(b.sides, people, heads):
            # "Chancellor A will travel to India for government consultations with Prime
            # Minister B": talks where each side is a head of state or government are a summit
            type_ = "summit"
        elif type_ == "meeting" and _all_deputies(b.sides, people):
            # "Deputy Foreign Minister A held talks with her Turkish counterpart B": talks
            # between the second ranks of two foreign ministries are a round of consultations
            type_ = "political_consultations"
        if b.family == "phone":
            type_ = "phone_call"
        if b.status == "held" and b.date is not None and _after(b.date, published):
            # "Lula will hand over the presidency to X at the summit in Y on December 20" in
            # a report of December 2: a contact dated after the report is a coming one
            b.status = "planned"
        if (
            b.status == "planned"
            and b.held_body
            and b.date is not None
            and published is not None
            and len(b.date) == len(published)
            and b.date < published
        ):
            # "X spent Tuesday in Oslo, where he and Y agreed to reopen talks. The two met
            # for three hours": a contact of a day before the report, also told as held
            b.status = "held"
        date = b.date
        if date is None and b.rough is not None:
            date = b.rough
            if b.status == "held" and _later_period(date, published):
                # "to invite them to a meeting in late January" in a report of December 9
                b.status = "planned"
        elif date is None and b.status == "held" and not b.coarse and not b.aside:
            date = first_date[id(b)] or published
        elif date is None and b.status == "held" and b.aside and first_date[id(b)] == published:
            # "held talks in Algiers on Thursday ... On the sidelines of the visit, A and B
            # signed": a visit told as of the report's own day has that one day
            date = published
        location = b.location
        # "..., signed on November 2, 2025, by A and B" in an account of an April visit: a
        # contact dated a month or more before the account's day takes none of its places
        reference_day = first_date[id(b)] or published
        far = (
            date is not None
            and reference_day is not None
            and _days_before(date, reference_day) >= _OTHER_DAYS
        )
        if location is None and b.family == "person" and b.status == "held" and not far:
            location = first_location[id(b)]
            if location is None and _recent(date, published):
                location = dateline_city
            if location is None:
                i = bisect.bisect_right(place_starts, min(s for s, _ in b.evidence))
                location = later_places[i][1] if i < len(later_places) else None
        if location is None and b.status == "planned":
            location = trip_place.get(id(b))
        if date is None and b.status == "planned":
            date = trip_days.get(id(b))
        if date is None and b.status == "planned" and location is not None:
            # "A accepted an invitation to visit Kyiv in April. ... A's trip to Kyiv is
            # expected to include talks with C": the time of A's coming visit there
            date = next(
                (
                    o.date
                    for o in builders
                    if o is not b
                    and o.type == "visit"
                    and o.status == "planned"
                    and o.date is not None
                    and o.location == location
                    and set(o.sides) & set(b.sides)
                ),
                None,
            )
        if location is None and b.status == "planned" and _soon(date, published):
            location = held_place.get(id(b))
            if location is None and b.family == "person" and id(b) in held_place:
                # "Seoul, March 5 - ... The Minister is to call on the Prime Minister
                # tomorrow": a coming contact of the visit the dateline reports from
                location = dateline_city
        spans = sorted(b.evidence + b.owned)
        start = spans[0][0]
        end = max(e for _, e in spans)
        labels = _topic_labels(spans, topic_hits, topic_starts)
        if type_ == "phone_call":
            # a call has no venue: "..., in line with the plan adopted at the Cairo summit"
            location = None
        cameo = _cameo(type_, b, location, people)
        plover, mode = plover_codes(type_, cameo, len(b.sides))
        out.append(
            Event(
                type=type_,
                participants=tuple(people[i].name for i in b.sides),
                date=date,
                location=location[0] if location is not None else None,
                status=b.status,
                topics=labels,
                cameo=cameo,
                start=start,
                end=end,
                plover=plover,
                plover_mode=mode,
            )
        )
    out.sort(key=lambda ev: (ev.start, ev.end))
    return tuple(out)


# Before a country that is where someone is: "will be in Malaysia", "arrives in Peru".
_IN_BEFORE = regex.compile(r"(?<![\w])in\s+(?:the\s+)?\Z", regex.IGNORECASE)


# "later" before a contact's trigger: "Y later met Z", "Later, Y called on Z".
_LATER_BEFORE = regex.compile(r"(?<![\w])(?:later|afterwards|subsequently)(?![\w])", regex.I)
# A sentence's subject then "also" right before its trigger: "She also met C", "The
# minister also held talks with D" (a pronoun or a short subject, up to four words).
_ALSO_BEFORE = anchored(r"(?:[\w.'’-]+\s+){1,4}also\s+\Z", regex.IGNORECASE)


def _elsewhere(text: str, reading: Reading, in_countries: _Within[CountryHit], alpha2: str) -> bool:
    """True when the reading's sentence puts its contact "in" a country other than
    ``alpha2`` ("Li will be in Malaysia and will hold talks with Anwar")."""
    for c in in_countries.inside(reading.start, reading.end):
        if reading.other is not None and c.start >= reading.other:
            continue  # "... on preparations for the summit in Malta": the summit's country
        if (
            c.alpha2 != alpha2
            and c.form != "demonym"
            and _IN_BEFORE.search(text, max(0, c.start - 12), c.start)
        ):
            return True
    return False


def _heading_places(
    doc: Document, in_places: _Within[PlaceHit], countries: Sequence[CountryHit]
) -> dict[int, tuple[str, str]]:
    """The city each section's heading names first ("TURKISH MINISTER IN ANKARA").

    A city-state named as a country ("Singapore, Sweden") is no place of the section.
    """
    out: dict[int, tuple[str, str]] = {}
    country_at = {c.start for c in countries}
    for seg in doc.segments:
        if seg.role == "heading" and seg.section not in out:
            named = [p for p in in_places.inside(seg.start, seg.end) if p.start not in country_at]
            if named:
                out[seg.section] = (named[0].name, named[0].alpha2)
    return out


def _topic_labels(
    spans: Sequence[tuple[int, int]], hits: Sequence[TopicHit], starts: list[int]
) -> tuple[str, ...]:
    """The labels of the topic hits inside ``spans``, each once, in order of the spans."""
    labels: list[str] = []
    for s, e in spans:
        i = bisect.bisect_left(starts, s)
        j = bisect.bisect_left(starts, e, i)
        for t in hits[i:j]:
            if t.end <= e and t.label not in labels:
                labels.append(t.label)
    return tuple(labels)


def _trip_place(
    trip: tuple[int, int, frozenset[int], tuple[str, str]] | None,
    number: int,
    section: int,
    sides: Sequence[int],
    reading: Reading,
) -> tuple[str, str] | None:
    """The trip's place, when a planned contact with no place of its own is part of it.

    The trip is the previous reading of the section (a planned visit or contact with a
    place); the contact shares a side with it (or the trip named none: "X will travel to
    Hanoi on Monday. He will meet Prime Minister Y").
    """
    if trip is None or reading.status != "planned" or reading.location is not None:
        return None
    if number - trip[0] != 1 or section != trip[1]:
        return None
    return trip[3] if not trip[2] or not trip[2].isdisjoint(sides) else None


def _add(builder: _Builder, reading: Reading, type_: str, headline: bool) -> None:
    """Add a sentence naming the contact: its type, status, date and place count first.

    A later sentence dated only by another month or year lends no place: "A sat down with
    B. B told him ... building on the summit held in Kuala Lumpur in May".
    """
    later_month = (
        bool(builder.evidence)
        and reading.rough is not None
        and reading.rough != builder.rough
        and not (builder.date or "").startswith(reading.rough)
    )
    if (
        (builder.type is None or TYPE_PRIORITY[type_] < TYPE_PRIORITY[builder.type])
        and (builder.type != "political_consultations" or type_ == "phone_call")
        and (type_ != "phone_call" or builder.family == "phone")
        and not _discussed_at_signing(builder, reading, type_)
    ):
        # ("The two leaders spoke frankly" after their meeting: still a meeting)
        builder.type = type_
    if not headline and reading.status == "held":
        builder.held_body = True
    if not headline and not builder.status_from_body:
        if builder.evidence and builder.status != reading.status:
            # a headline's plan ("A and B confirmed plans for a summit in Nara later this
            # year") over a body telling the talks held: its place and time are the plan's
            builder.location = None
            builder.date = None
        builder.status = reading.status
        builder.status_from_body = True
    elif not builder.evidence:
        builder.status = reading.status
    if not builder.evidence:
        builder.coarse = reading.coarse
        builder.rough = reading.rough
        builder.aside = reading.aside
    builder.evidence.append((reading.start, reading.end))
    builder.host = builder.host or reading.host
    if reading.date is not None and (
        builder.date is None
        or _widens(builder.date, reading.date[0])
        or _widens(reading.date[0], builder.date)
    ):
        builder.date = reading.date[0]
    if builder.location is None and reading.location is not None and not later_month:
        builder.location = reading.location


def _discussed_at_signing(builder: _Builder, reading: Reading, type_: str) -> bool:
    """True when a later sentence only says what the signers discussed: "A and B signed a
    memorandum ... A and B also discussed the next summit" stays a signing (a joint verb
    such as "discussed", not talks held)."""
    trig = reading.trigger
    return (
        builder.type == "signing"
        and type_ == "meeting"
        and bool(builder.evidence)
        and trig is not None
        and trig.frame == "joint"
    )


def _widens(day: str, value: str) -> bool:
    """True when ``value`` is a range that contains ``day``: "May 1" then "May 1-4".

    The other way round, a contact dated by its occasion's range takes the one day a
    later sentence gives it: "meetings held on 28-29 May" then "the meeting with B on 28 May".
    """
    if "/" not in value or "/" in day:
        return False
    first, last = value.split("/", 1)
    return first <= day <= last


def _elsewhere_then(
    running_by: tuple[str | None, frozenset[int]], reading: Reading, sides: Sequence[int]
) -> bool:
    """True when a contact's own day is not that of the contact that set the running place,
    and it shares no side with it: "Bogota, May 9. On Monday, A travelled to Panama City,
    where she met B. ... Yesterday, C and D held consultations": C and D were not in Panama
    City (the caller checks that the place is abroad, not the dateline's country).

    >>> r = Reading(0, 1, None, (), "held", ("2025-09-18", 0), None, False, False, False)
    >>> _elsewhere_then(("2025-09-15", frozenset({0, 1})), r, (2, 3))
    True
    >>> _elsewhere_then(("2025-09-15", frozenset({0, 1})), r, (0, 3))
    False
    """
    day, named = running_by
    return (
        day is not None
        and bool(named)
        and reading.date is not None
        and len(day) == len(reading.date[0]) == 10
        and reading.date[0] != day
        and named.isdisjoint(sides)
    )


# Right before a signing word, the coming occasion just named as where it is done: "are
# expected to use it to sign", "will use the meeting to sign".
_USE_IT = regex.compile(
    r"(?<![\w])use\s+(?:it|the\s+(?:meeting|summit|session|occasion))\s+to\s+\Z",
    regex.IGNORECASE,
)
# "there" closing a clause: the place just named ("is expected to host B there.").
_THERE = regex.compile(r"(?<![\w])there(?=\s*(?:[.;,!?]|\Z))", regex.IGNORECASE)
# An invitation accepted right before a visit: "accepted an invitation to visit Kyiv",
# "accepted an invitation to undertake a State visit to Zambia".
_ACCEPTED_BEFORE = regex.compile(
    r"(?<![\w])accepted\s+(?:an|the|a|his|her|their)\s+invitation\s+(?:[^,.;]{0,60}?\s+)?"
    r"to\s+(?:(?:visit|undertake|pay|make)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2})?\Z",
    regex.IGNORECASE,
)
_ACCEPTED_WINDOW = 140
# Between a visit and its destination: "visit Kyiv", "a visit to the Hague".
_DESTINATION_GAP = regex.compile(r"\s+(?:to\s+)?")
# A deadline, no date of the visit: "by March 2026".
_BY_BEFORE = regex.compile(r"(?<![\w])by\s+(?:the\s+end\s+of\s+)?\Z", regex.IGNORECASE)
_CLAUSE_MARK = regex.compile(r"[,;]")


def _accepted_visits(
    doc: Document,
    builders: Sequence[_Builder],
    triggers: Sequence[Trigger],
    hits: Sequence[OfficialHit],
    people: Sequence[Official],
    place_hits: Sequence[PlaceHit],
    dates: DateResult,
) -> list[_Builder]:
    """Coming visits an official accepted an invitation to, hosted by the counterpart of
    the contact told before: "A spoke by phone with B and accepted an invitation to visit
    Kyiv in April" (A's visit to B), "President A accepted an invitation to undertake a
    State visit to Zambia" after his talks with B.
    """
    text = doc.norm
    out: list[_Builder] = []
    # (a coming contact of the pair already told is that visit)
    taken = {b.key[0] for b in builders if b.family == "person" and b.status == "planned"}
    for t in triggers:
        if t.type != "visit":
            continue
        m = _ACCEPTED_BEFORE.search(text, max(0, t.start - _ACCEPTED_WINDOW), t.start)
        sent = doc.sentence_at(t.start)
        if m is None or sent is None or m.start() < sent.start:
            continue
        guests = [h for h in hits if sent.start <= h.start and h.end <= m.start()]
        if not guests:
            continue
        guest = guests[0].official
        before = [
            b
            for b in builders
            if len(b.sides) == 2 and guest in b.sides and min(s for s, _ in b.evidence) < t.start
        ]
        if not before:
            continue
        told = max(before, key=lambda b: min(s for s, _ in b.evidence))
        host = told.sides[0] if told.sides[1] == guest else told.sides[1]
        if people[host].country == people[guest].country or frozenset((guest, host)) in taken:
            continue
        visit = _Builder((guest, host), "person", told.section)
        visit.type = "visit"
        visit.status = "planned"
        visit.status_from_body = True
        visit.evidence.append((sent.start, sent.end))
        visit.location = next(
            (
                (p.name, p.alpha2)
                for p in place_hits
                if t.end <= p.start < sent.end and _DESTINATION_GAP.fullmatch(text, t.end, p.start)
            ),
            None,
        )
        visit.date = next(
            (
                _day_value(d.value)
                for d in dates.dates
                if t.end <= d.start < sent.end
                and _CLAUSE_MARK.search(text, t.end, d.start) is None
                and _BY_BEFORE.search(text, max(t.end, d.start - 20), d.start) is None
            ),
            None,
        )
        taken.add(frozenset((guest, host)))
        out.append(visit)
    return out


def _take_occasion(builder: _Builder, reading: Reading, *, inherit: bool) -> None:
    """A continuation or announcing sentence gives what the contact lacks.

    An announcing sentence before the contact ("Political consultations were held in
    Baku") also gives its type (``inherit``); talks reported in a continuation make a
    visit a meeting (an announcing sentence's talks only when of the visit's tense).
    """
    if (
        builder.date is None
        and reading.date is not None
        and (builder.rough is None or reading.date[0].startswith(builder.rough))
    ):
        # (a contact set for "early December" takes no day of November from a later line)
        builder.date = reading.date[0]
    elif (
        builder.date is not None
        and reading.date is not None
        and reading.trigger is not None
        and reading.trigger.type in _TALKS_TYPES
        and _widens(reading.date[0], builder.date)
    ):
        # "X paid an official visit from 22 to 24 October. During the talks held on
        # October 23, ...": the talks' own day within the visit's range
        builder.date = reading.date[0]
    if builder.location is None and reading.location is not None:
        builder.location = reading.location
    trig = reading.trigger
    if (
        inherit
        and trig is not None
        and trig.type in ("political_consultations", "phone_call")
        and builder.type in (None, "meeting")
        and _family(trig.type) == builder.family
    ):
        builder.type = trig.type
    if (
        builder.type == "visit"
        and trig is not None
        and trig.type in ("meeting", "summit")
        and (not inherit or reading.status == builder.status)
    ):
        # (talks held before are no talks of a coming visit: "The two exchanged views on
        # Gaza. The Emir confirmed his intention to pay an official visit this year")
        builder.type = "meeting"  # "During the visit, the presidents held talks": talks reported


def _join(owner: _Builder, joins: Sequence[int]) -> None:
    """The attendees a sentence names join the owner's summit as sides."""
    extra = [i for i in joins if i not in owner.sides]
    if extra:
        owner.sides = (*owner.sides, *extra)
        owner.key = (frozenset(owner.sides), owner.key[1])


def _continues(
    owner: _Builder, reading: Reading, day: str | None = None, published: str | None = None
) -> bool:
    """True when a sentence naming no contact of its own may continue the owner's.

    "Today's meeting follows a telephone conversation on Feb 27 ... in Bangkok" names
    another kind of contact: its day and place are not the meeting's. Nor is "the summit
    held in Kuala Lumpur in May" after talks of September the talks' (``day``: the day
    the account runs on). A held contact does not go on into a sentence dated after the
    report (``published``): "X and Y last met in Copenhagen. Z travels on to Brussels,
    where ministers meet on December 3".
    """
    trig = reading.trigger
    if _another_time(reading, owner.date or day):
        return False
    if owner.status == "held" and reading.date is not None and _after(reading.date[0], published):
        return False
    if (
        trig is not None
        and trig.type == "signing"
        and owner.type not in (None, "signing")
        and reading.date is not None
        and reading.date[0] != (owner.date or day)
    ):
        # "A thanked B for brokering the ceasefire signed in Kuala Lumpur on October 26"
        # after their talks of November: a document of another day, not the talks' day
        return False
    if (
        trig is not None
        and owner.type not in (None, trig.type)
        and trig.type in _ROUND_TYPES
        and reading.date is not None
        and (owner.date or day) is not None
        and _days_before(reading.date[0], owner.date or day or "") > 0
    ):
        # "X held talks with Y on October 13. ... On 9-10 October, political consultations
        # between the two ministries took place in Vienna": another kind of contact, days
        # before, is an occasion of its own (its sides may come in the next sentence)
        return False
    return trig is None or _family(trig.type) == owner.family


def _summit_aside(
    owner: _Builder, reading: Reading, people: Sequence[Official], heads: set[int]
) -> bool:
    """True when a sentence naming no one tells of a summit beside a contact of others.

    "A held talks with his counterpart B. ... Climate also featured, with the COP30
    summit under way in Belem": ministers' talks are no summit, so the summit's place is
    not theirs (a leaders' meeting told on as "the summit" is the same contact).
    """
    trig = reading.trigger
    return (
        trig is not None
        and trig.type == "summit"
        and not reading.groups
        and owner.type != "summit"
        and not _all_heads(owner.sides, people, heads)
    )


def _another_time(reading: Reading, day: str | None) -> bool:
    """True when a sentence's occasion is dated only by a month or year other than ``day``'s.

    >>> r = Reading(0, 1, None, (), "held", None, None, False, False, False, False, True,
    ...             "2025-05", False, None, ())
    >>> _another_time(r, "2025-09-23"), _another_time(r, "2025-05-02"), _another_time(r, None)
    (True, False, False)
    """
    if day is None:
        return False
    if reading.date is not None:
        return _days_before(reading.date[0], day) >= _OTHER_DAYS
    rough = reading.rough
    if rough is None:
        return False
    return not day.startswith(rough) and not rough.startswith(day)


def _days_before(value: str, day: str) -> int:
    """How many days the date value starts before ``day`` (0 when not both are days).

    >>> _days_before("2025-08-31/2025-09-01", "2026-06-12"), _days_before("2026-06", "2026-06-12")
    (285, 0)
    """
    try:
        first = dt.date.fromisoformat(value.split("/", 1)[0][:10])
        last = dt.date.fromisoformat(day[:10])
    except ValueError:
        return 0
    return (last - first).days


def _other_occasion(builder: _Builder, reading: Reading, headline: bool) -> bool:
    """The same sides on another occasion: the other tense, and another date or place; or,
    when one hosted the other, another place and another month ("met Y in Ankara on Monday.
    ... pointed to the summit he hosted for Y in Izmir in January")."""
    if (
        not headline
        and reading.host
        and builder.date is not None
        and reading.location is not None
        and builder.location not in (None, reading.location)
        and _another_time(reading, builder.date)
    ):
        return True
    if headline or not builder.status_from_body or builder.status == reading.status:
        return False
    place = reading.location is not None and builder.location not in (None, reading.location)
    day = reading.date is not None and builder.date not in (None, reading.date[0])
    # "X met Y. He invited Y to visit Tbilisi later this year": a future occasion of its own
    ahead = builder.status == "held" and (
        reading.location is not None
        or reading.rough is not None
        # "... held talks. The Prime Minister invited the Crown Prince to visit Pakistan"
        or (reading.trigger is not None and reading.trigger.type == "visit")
    )
    return place or day or ahead


def _widen(
    owner: _Builder,
    key: tuple[frozenset[int], str],
    by_key: dict[tuple[frozenset[int], str], _Builder],
    own_meeting: bool = False,
) -> _Builder | None:
    """The section's current contact, when the new sides name it more or less fully.

    "Cameron travelled to Kyiv for talks with Zelenskyy. Cameron met Zelenskyy and
    Kuleba in Kyiv": one contact, with all three. But "X travelled to Addis Ababa for
    talks with A, B and C. Meeting B, X discussed ...": a meeting of X with one of the
    counterparts told on its own marks the talks as separate ones (``own_meeting``).
    """
    sides, family = key
    mine = frozenset(owner.sides)
    if _family_of(family) != owner.family or sides == mine:
        return None
    if sides < mine:
        # "At the invitation of A, B and C, X will visit the three countries ... He will hold
        # talks with A": each talk is its own contact, not the tour
        # talks of two attendees of a summit ("On the sidelines, A and B held a bilateral
        # meeting") are their own contact too
        if owner.gathering or (owner.type == "visit" and len(mine) >= 3):
            return None
        if (
            own_meeting
            and len(sides) == 2
            and len(mine) >= 3
            and owner.sides[0] in sides
            and owner.type == "meeting"
        ):
            owner.separate = True
        return owner
    if sides > mine:
        by_key.pop(owner.key, None)
        extra = [i for i in sorted(sides) if i not in mine]
        owner.sides = (*owner.sides, *extra)
        by_key[key] = owner
        owner.key = key
        return owner
    return None


# A meeting trigger: "Meeting Dr A, X discussed", "In her meeting with A", "X met A".
_MEETING_WORD = regex.compile(r"meet|met(?![\w])", regex.IGNORECASE)


def _own_meeting(text: str, reading: Reading) -> bool:
    """True when the reading reports a meeting by a meeting word ("met", "meeting")."""
    t = reading.trigger
    return (
        t is not None
        and t.type == "meeting"
        and _MEETING_WORD.match(text, t.start, t.end) is not None
    )


def _fold_headlines(builders: list[_Builder]) -> list[_Builder]:
    """A contact named only in a headline joins the body's contact with the same sides.

    "Erdogan, Putin discuss Syria" over a body reporting their phone call is the call.
    """
    body_sides: dict[frozenset[int], _Builder] = {}
    for b in builders:
        if b.status_from_body:
            body_sides.setdefault(frozenset(b.sides), b)
    out: list[_Builder] = []
    for b in builders:
        target = body_sides.get(frozenset(b.sides))
        if not b.status_from_body and target is not None:
            target.evidence.extend(b.evidence)
            continue
        if (
            not b.status_from_body
            and b.type == "meeting"
            and len(b.sides) >= 3
            and any(
                body_sides.get(frozenset((b.sides[0], c))) is not None
                and body_sides[frozenset((b.sides[0], c))].family == b.family
                for c in b.sides[1:]
            )
        ):
            # "X meets A, B and C" over a body telling X's meeting with B on its own: the
            # headline lists X's separate meetings, one with each (split, then folded)
            b.separate = True
        out.append(b)
    return out


def _drop_tours(builders: list[_Builder]) -> list[_Builder]:
    """A visit to several hosts whose every side takes part in another contact is those contacts.

    "X will visit A, B and C ... He will hold talks with A ... with B ... with C": the talks.
    """
    out: list[_Builder] = []
    for b in builders:
        if b.type == "visit" and len(b.sides) >= 3:
            covered = {i for o in builders if o is not b and o.type != "visit" for i in o.sides}
            if covered.issuperset(b.sides):
                continue
        out.append(b)
    return out


def _own_continuations(doc: Document, builders: Sequence[_Builder]) -> None:
    """Sentences after an event's evidence, up to the next event or section, are its own."""
    marks: list[tuple[int, int, _Builder]] = []
    for b in builders:
        for s, e in b.evidence:
            marks.append((s, e, b))
    marks.sort(key=lambda m: (m[0], m[1]))
    starts = [m[0] for m in marks]
    # (section, is body) of each mark's start, looked up once
    where: dict[int, tuple[int, bool]] = {}
    for sent in doc.sentences:
        seg = doc.segments[sent.segment]
        if seg.role != "body":
            continue
        i = bisect.bisect_right(starts, sent.start) - 1
        if i < 0:
            continue
        s, e, b = marks[i]
        if s == sent.start:
            continue
        if s not in where:
            where[s] = (doc.section_at(s), doc.role_at(s) == "body")
        if where[s] != (seg.section, True):
            continue
        b.owned.append((sent.start, sent.end))


# What may stand before a day that opens a sentence: "On Wednesday, ...", "Later on
# Friday, ...", '"Yesterday, ...'.
_DAY_OPENING = regex.compile(
    r"[\s\"'(\[]*(?:(?:later|earlier|then)\s+)?(?:on\s+)?", regex.IGNORECASE
)
_DAY_OPENING_AFTER = regex.compile(r"\s*,")


def _opening_days(doc: Document, dates: DateResult) -> list[tuple[int, str]]:
    """(offset, day) of each day-precise date opening a body sentence: "On Wednesday, ...",
    and the one day of the article's lead sentence ("BRUSSELS - A walked out of the council
    on Monday ..."): the day of the story the report tells.
    """
    out: list[tuple[int, str]] = []
    lead = _lead_day_of(doc, dates)
    if lead is not None:
        out.append(lead)
    for d in dates.dates:
        if d.granularity not in ("day", "minute"):
            continue
        sent = doc.sentence_at(d.start)
        if sent is None or doc.segments[sent.segment].role != "body":
            continue
        opening = _DAY_OPENING.match(doc.norm, sent.start, d.start)
        if opening is None or opening.end() != d.start:
            continue
        if _DAY_OPENING_AFTER.match(doc.norm, d.end) is None:
            continue
        out.append((d.start, _day_value(d.value)))
    out.sort()
    return out


#: The body sentences that may be an article's lead (after a standfirst).
_LEAD_SENTENCES = 2
#: How many days before the report the day of its lead may be.
_LEAD_DAYS = 7


def _lead_day_of(doc: Document, dates: DateResult) -> tuple[int, str] | None:
    """(offset, day) of the one date of the lead, the first dated of the first body
    sentences, when it is a day of the week before the report: "BRUSSELS - A walked out of
    the council on Monday ..." (the day of the story the report tells).
    """
    published = _published_day(dates)
    if published is None:
        return None
    body = [s for s in doc.sentences[:40] if doc.segments[s.segment].role == "body"]
    for sent in body[:_LEAD_SENTENCES]:
        inside = [d for d in dates.dates if sent.start <= d.start < sent.end]
        if not inside:
            continue
        if len(inside) > 1 or inside[0].granularity not in ("day", "minute"):
            return None
        day = _day_value(inside[0].value)
        if 0 <= _days_before(day, published) <= _LEAD_DAYS:
            return inside[0].start, day
        return None
    return None


def _day_value(value: str) -> str:
    """A date value without its time of day: "2024-03-01T14:55+03:00" -> "2024-03-01"."""
    if "T" not in value:
        return value
    return "/".join(part.split("T", 1)[0] for part in value.split("/"))


def _published_day(dates: DateResult) -> str | None:
    p = dates.published
    if p is None or len(p.value) < 10:
        return None
    return p.value[:10]


def _after(value: str, published: str | None) -> bool:
    """True when a date value starts after the publication day.

    >>> _after("2026-01-29", "2026-01-27"), _after("2026-01", "2026-01-27")
    (True, False)
    """
    return published is not None and value[:10] > published and len(value.split("/")[0]) >= 10


def _later_period(value: str, published: str | None) -> bool:
    """True when a month or a year starts after the publication day's own.

    >>> _later_period("2026-01", "2025-12-09"), _later_period("2025-12", "2025-12-09")
    (True, False)
    >>> _later_period("2026", "2025-12-09"), _later_period("2025", "2025-12-09")
    (True, False)
    """
    first = value.split("/")[0]
    if published is None or len(first) not in (4, 7):
        return False
    return first > published[: len(first)]


def _recent(date: str | None, published: str | None) -> bool:
    """True when a contact's day is the publication day or one of the two before it.

    "Belem (AFP) - Lula welcomed Macron on Tuesday" in a report dated Wednesday: the
    dateline city is the contact's place.

    >>> _recent("2024-03-26", "2024-03-27"), _recent("2024-03-20", "2024-03-27")
    (True, False)
    """
    if date is None or published is None:
        return True
    try:
        day, pub = _calendar_day(date), _calendar_day(published)
    except ValueError:
        return date[:10] == published
    return 0 <= (pub - day).days <= 2


def _soon(date: str | None, published: str | None) -> bool:
    """True when a planned contact's day is the publication day or one of the two after it.

    >>> _soon("2025-09-26", "2025-09-25"), _soon("2025-10-02", "2025-09-25"), _soon(None, None)
    (True, False, False)
    """
    if date is None or published is None:
        return False
    try:
        day, pub = _calendar_day(date), _calendar_day(published)
    except ValueError:
        return False
    return 0 <= (day - pub).days <= 2


def _calendar_day(value: str) -> dt.date:
    """The day of a date value; a day of no stated year ("XXXX-11-25", a dateline's
    "24 Nov") is put in a leap year, to be compared with another such day.

    >>> _calendar_day("XXXX-02-29"), _calendar_day("2025-11-24")
    (datetime.date(2000, 2, 29), datetime.date(2025, 11, 24))
    """
    if value.startswith("XXXX-"):
        value = "2000" + value[4:]
    return dt.date.fromisoformat(value[:10])


def _all_deputies(sides: Sequence[int], people: Sequence[Official]) -> bool:
    """True when every side is a deputy foreign minister, or every side a ministry's senior
    diplomat (a foreign secretary, an under-secretary), and of two countries or more:
    "Foreign Secretary A and his Indian counterpart B led their delegations at the talks" is
    a round of consultations between the two ministries."""
    roles = {people[i].role for i in sides}
    if roles != {"deputy_foreign_minister"} and roles != {"senior_diplomat"}:
        return False
    return len({people[i].country for i in sides}) >= 2


def _all_heads(sides: Sequence[int], people: Sequence[Official], heads: set[int]) -> bool:
    """Every side a sitting head of state/government (or of an organization, with two heads)."""
    n = sum(1 for i in sides if i in heads)
    return n >= 2 and all(i in heads or people[i].role in _ORG_HEADS for i in sides)


def _event_codes() -> dict[str, tuple[str, str]]:
    table = load_table("event_codes", ("kind", "plover", "mode"))
    return {row["kind"]: (row["plover"], row["mode"]) for row in table.rows}


_PLOVER = _event_codes()
_PLACE_KINDS = {"042": "visit", "043": "host", "044": "third_place"}


def plover_codes(type_: str, cameo: str, sides: int) -> tuple[str, str]:
    """The PLOVER event type and mode of a contact (``data/event_codes.tsv``).

    >>> plover_codes("phone_call", "041", 2)
    ('CONSULT', 'phone')
    >>> plover_codes("meeting", "044", 2), plover_codes("meeting", "040", 3)
    (('CONSULT', 'third-party'), ('CONSULT', 'multilateral'))
    """
    if type_ in ("phone_call", "signing"):
        return _PLOVER[type_]
    if cameo in _PLACE_KINDS:
        return _PLOVER[_PLACE_KINDS[cameo]]
    if sides >= 3:
        return _PLOVER["multilateral"]
    return _PLOVER["default"]


def _cameo(
    type_: str, b: _Builder, location: tuple[str, str] | None, people: Sequence[Official]
) -> str:
    if type_ == "phone_call":
        return "041"
    if type_ == "signing":
        return "057"
    if b.status == "planned":
        return "036"
    if type_ == "visit":
        return "042"
    if b.host or type_ == "reception":
        return "043"
    if location is not None:
        countries = {people[i].country for i in b.sides}
        if location[1] and location[1] not in countries:
            return "044"
    return "040"
