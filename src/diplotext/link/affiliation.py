"""Which state an official serves when the title itself does not say.

In order: a country right after the name ("FM Ana Ruiz of Chile",
"Petrov from Serbia's side"); the delegation the person leads ("the
Turkish delegation was headed by ..."); "the country's" (the nearest country
before it); the state the title implies (``titles.tsv`` country); a country the
apposition is "of" ("... Staff of the US President"); the city where the
person hosts someone ("... hosted the envoy in Tashkent"); the state of the
clause the title is "of" ("ties with Japan after the election of Prime Minister
X"); the nearest free country or city before the mention in its sentence when
it is the only one there ("Doha: Sheikh ..."); else the article's home: its
dateline city, else (not for leaders and foreign ministers) the country of an
official named earlier, else a country that dominates its mentions (see
:class:`~diplotext.recognize.officials.OfficialStage`), else the state the article leaves
unmarked while it marks foreign officials with theirs ("Japanese Foreign Minister X ...
Foreign Minister Y": :meth:`AffiliationResolver.unmarked`).

A wrong state costs more than none, so every guess from the article needs the
person not to contradict it: a visitor ("arrived in", "began a visit to") takes
neither the dateline's nor the article's state; a counterpart never takes the
subject's (:meth:`AffiliationResolver.other_state`); two states and nothing to
choose between them give none.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Container, Sequence
from functools import cached_property

import regex

from diplotext.found import PlaceResult
from diplotext.grammar.anchored import anchored
from diplotext.recognize.titles import PlaceIndex
from diplotext.resources.loader import load_lines, load_table
from diplotext.text.segment import Document

# A sentence that turns to another story, so the place of the sentence before is not its
# scene: "Meanwhile, ...", "Separately, ...", "In a separate development, ...", "Elsewhere, ...".
_NEW_SCENE = regex.compile(
    r"(?:Meanwhile|Separately|Elsewhere|In[ \t]+a[ \t]+separate[ \t]+(?:development|move))\b",
    regex.I,
)
#: How far a small grammar may look from where it starts (keeps matching local).
_WINDOW = 300
__all__ = ["AffiliationResolver"]
#: How long a body segment must be to be a paragraph (not a heading or a sign-off line).
_PARAGRAPH = 120
#: How many segments back a section's place heading may stand, and how long it may be.
_SECTION_REACH = 6
_HEADING_MAX = 40

#: How often the article's unmarked state must be named (fewer: a state named in passing).
_UNMARKED_MIN = 3

# After a name: "of Nepal", "from Serbia's side", "of the Czech Republic".
_AFTER_NAME = regex.compile(r"[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?", regex.I)
# A visitor's clause naming where they came from, right after the name (a country or a
# city): "X, who arrived from Nairobi for a visit", "X, who had flown in from Peru".
_CAME_FROM = anchored(
    r",[ \t]+who[ \t]+(?:had[ \t]+|has[ \t]+)?(?:arrived|came|travell?ed|flew|flown)"
    r"(?:[ \t]+in)?[ \t]+from[ \t]+(?:the[ \t]+)?",
    regex.I,
)
# A name leading its state's side: "X led the Bangladesh side", "X will head the Chilean
# delegation" (the state right after; then one of _SIDE_NOUN).
_LEADS_SIDE = anchored(
    r"[ \t]+(?:(?:will|to)[ \t]+)?(?:led|leads|lead|headed|heads|head)[ \t]+the[ \t]+", regex.I
)
_SIDE_NOUN = anchored(r"(?:'s)?[ \t]+(?:side|delegation|team)\b", regex.I)
# Between a country and the title of the person leading its delegation (or side: "the
# Chilean side was headed by").
# Also the side a signer signs for: "signed on behalf of the Omani side by Under-Secretary X".
_DELEGATION = anchored(
    r"\s*(?:'s\s+)?(?:(?:delegations?|side),?\s+(?:(?:was|is|will\s+be)\s+)?(?:led|headed)"
    r"\s+by|side\s+by)\s+(?:the\s+)?"
    # an honorific before the name: "led by Dr. ", "headed by H.E. Shri "
    r"(?:\p{Lu}[\p{L}.]{0,12}[ \t]+){0,3}",
    regex.I,
)
# What may stand between "of" and the country of a trailing apposition.
_OF_BEFORE = regex.compile(r"\bof\s+(?:the\s+)?$", regex.I)
# A line that names the government issuing the article, up to its state: "Ministry of
# Foreign Affairs, Republic of Chile", "Government of Chile", "Global Affairs Chile".
_PUBLISHER_BEFORE = regex.compile(
    r"[ \t]*(?:(?:Ministry|Department|Office)[ \t]+of[ \t]+[\p{L} \t&]{3,60},[ \t]*"
    r"|(?:The[ \t]+)?Government[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"|(?:Global|Foreign|External)[ \t]+Affairs[ \t]+)(?:(?:the[ \t]+)?Republic[ \t]+of[ \t]+)?"
)
# The end of such a line (or a translation after a slash: "Government of Canada / ...").
_LINE_END = regex.compile(r"[ \t]*(?:\n|$|/)")
# How far into the article such a line may stand.
_PUBLISHER_REACH = 400
# A host's verb right after the name (and its apposition): "Haddad hosted", "X, ..., received".
_HOST_VERB = regex.compile(
    r"[^.;]{0,40}?\b(?:hosted|hosts|received|receives|welcomed|welcomes|hosting|receiving)\b",
    regex.I,
)
# How far after a host's verb its guest may be named (a title between: "received the
# visiting Chilean Minister of Foreign Affairs X").
_GUEST_GAP = 100
# What may not stand between a host's verb and the guest's name (another clause or sentence).
_GUEST_STOP = regex.compile(r"[.;,\n]")
# A capitalized word right after a host's verb: the guest's short name ("received Mohamad").
_GUEST_WORD = anchored(r"[ \t]+(\p{Lu}[\p{L}'\-]+)(?=[ \t]*[.,;]|[ \t]+(?:at|in|on)[ \t])")
# What closes a host's clause after its verb: "received X at the Farnesina, with ...".
_CLAUSE_END = regex.compile(r"[,;]")
# "in" right before a city.
_IN_BEFORE = regex.compile(r"\b(?:in|at)\s+$", regex.I)
# A verb by which a person speaks for a state, before "<Country>'s": "expressed Japan's wish".
_VOICES = regex.compile(
    r"[ \t]+(?:(?:also|again|further)[ \t]+)?(?:expressed|reaffirmed|conveyed|reiterated|affirmed"
    r"|stressed|underlined|emphasi[sz]ed|highlighted|outlined|explained)[ \t]+(?:the[ \t]+)?"
)
# "to" or "in" right before a city: the venue of a visit ("traveled to Kyiv", "talks in Doha").
_VENUE_BEFORE = regex.compile(r"\b(?:to|in|at)\s+(?:the\s+)?$", regex.I)
# A departure for a city: "left Montevideo for ", "departed for ", "headed on Monday for ".
_LEFT_FOR = regex.compile(
    r"\b(?:left|leaves|leaving|departed|departs|headed|heads|flew|flies)\b[^.;\n]{0,30}?"
    r"[ \t]for[ \t]+$"
)
# A host named after a passive "received by": "the Hungarian minister will be received by
# Prime Minister X" (up to a short title between: no full stop, no comma).
_RECEIVED_BY = regex.compile(
    r"\b(?:received|hosted|welcomed)[ \t]+by[ \t]+[^.,;\n]{0,40}$", regex.I
)
# "together with" before a partner's title and name (the title may hold a comma: "together
# with the Minister of the Environment, "), no full stop.
_TOGETHER_WITH = regex.compile(r"\b(?:together|jointly)[ \t]+with[ \t]+[^.;\n]{0,100}$", regex.I)
# "in", "at" or "to" before a place: where something happens or someone goes.
_PLACE_BEFORE = regex.compile(r"\b(?:in|at|to)\s+$", regex.I)
# How far back a trip's destination may be named for a courtesy call in it (characters).
_VISIT_REACH = 500
# "in the " before "<demonym> capital" (a venue: "arrived in the Kenyan capital").
_VENUE_THE_BEFORE = regex.compile(r"\b(?:to|in|at)\s+the\s+$", regex.I)
# Right after a demonym naming a capital city: "Kenyan capital".
_CAPITAL_AFTER = regex.compile(r"[ \t]+capital(?!\w)", regex.I)
# Right before a demonym naming a guest: "the visiting Kenyan minister".
_VISITING = regex.compile(r"\bvisiting[ \t]+$", regex.I)
# A dateline after a city that opens a paragraph: "CAIRO, 12 May (Agency) --", "Lima (AP) -".
_DATELINE_AFTER = regex.compile(r"[ \t]*(?:,|\(|-{1,2}[ \t])")
# A full stop after a city that opens the story, then its first sentence: "Dar es Salaam. The".
_CITY_STOP = anchored(r"\.[ \t]+\p{Lu}")
# A spaced dash after a dateline city in any case: "Rabat - ", "Lima -- ", "Quito – ".
_DATELINE_DASH = anchored(r"[ \t]+(?:-{1,2}|\u2013|\u2014)[ \t]+")
# An agency's tag before the dateline city that opens a paragraph: "(Agency) - LIMA, ...".
_AGENCY_FIRST = anchored(r"[ \t]*\(\p{Lu}[^()\n]{1,30}\)[ \t]*(?:-{1,2}|\u2013|\u2014)[ \t]*")
# A news agency's tag in a dateline: "(Belga)", "(QNA)".
_AGENCY_TAG = regex.compile(r"\((?P<tag>\p{L}[\p{L}\-]{1,15})\)")


@functools.cache
def _not_name_words() -> frozenset[str]:
    """Words that are no name words after a state's possessive: a state body's
    (``data/official_bodies.tsv``, "Peru's Foreign Ministry") or ``data/not_names.txt``."""
    bodies = {row["word"].lower() for row in load_table("official_bodies", ("word", "kind"))}
    return frozenset(bodies | {w.strip().lower() for w in load_lines("not_names")})


@functools.cache
def _news_agencies() -> dict[str, str]:
    """National news agencies (``data/news_agencies.tsv``): lower-case tag -> alpha-2."""
    return {r["agency"].lower(): r["country"] for r in load_table("news_agencies", ("agency",))}


# A newspaper's word after its city or state: "The Jakarta Post", "The Japan Times".
_OUTLET_AFTER = regex.compile(
    r"[ \t]+(?:Post|Times|Herald|Tribune|Gazette|Observer|Independent|Standard|Chronicle)\b"
)
# ... or a full stop and the agency in capitals, then a dash: "ASTANA. KAZINFORM - ...".
_DATELINE_CAPS_AGENCY = regex.compile(r"\.[ \t]+\p{Lu}[\p{Lu}\p{N}&.'-]{1,24}[ \t]+-{1,2}[ \t]")
# What may stand before a title that opens its sentence: quotes, "The", capitalized words of a
# body ("Foreign Ministry spokesman ...").
_TITLE_OPENS = regex.compile(r"[\"' \t]*(?:[Tt]he[ \t]+)?(?:\p{Lu}[\p{L}\-]*[ \t]+){0,4}")
# What may stand before a state opening its sentence as subject: quotes, "The" ("The US ...").
# A sentence adverb may come first: "Now the Philippines ...", "Meanwhile, Japan ...".
_SUBJECT_OPENS = regex.compile(
    r"[\"' \t]*(?:(?:Now|Meanwhile|Today|Separately|Also),?[ \t]+)?(?:[Tt]he[ \t]+)?"
)
# A visit's destination state right after: "an official visit to Chile", "a trip to the UK".
_VISIT_TO = regex.compile(r"\b(?:visit|trip|tour|journey)[ \t]+to[ \t]+(?:the[ \t]+)?$", regex.I)
# A dateline in any case: a city opening its paragraph, an optional date, then the agency in
# brackets: "Sofia, October 18 (BTA) -", "Hanoi (VNA) -", "New Delhi, Jan 19 (PTI) ...".
# The agency may stand between slashes: "Ulaanbaatar, May 5, 2026 /AGENCY/.".
_DATELINE_AGENCY = regex.compile(
    # (a slash only between digits in the date: "Addis Ababa, January 14/2026 (ENA)")
    r"(?:[ \t]*,(?:[^\n()/]|(?<=\d)/(?=\d)){1,24}?)?[ \t]*"
    r"(?:\(\p{Lu}[^()\n]{1,30}\)|/\p{Lu}[^/\n]{1,30}/)"
)
# Between a state and the title of its office-holder in one clause: " after the inauguration
# of " (lower-case words only, no comma: "Japan after the election of Prime Minister X").
_CLAUSE_OF = anchored(
    r"(?:'s?)?[ \t]+(?:(?!of[ \t])[\p{Ll}-]{1,20}[ \t]+){1,5}of[ \t]+(?:the[ \t]+)?(?:new[ \t]+)?"
)
# Between a demonym and the title of the leader of what it names: " chairmanship under ",
# " government led by " ("the Malaysian chairmanship under Prime Minister X" -> MY).
_UNDER = anchored(r"[ \t]+[\p{Ll}-]{1,20}[ \t]+(?:under|led[ \t]+by)[ \t]+(?:the[ \t]+)?")
# A verb of travel or meeting right after a name: the clause after it is no apposition ("X
# will travel to Lima to meet the head of the Peruvian government": the host's state).
_CLAUSE_VERB = anchored(
    r"[ \t]+(?:(?:will|would|is[ \t]+to|was[ \t]+to|is[ \t]+due[ \t]+to)[ \t]+"
    r"(?:travel|visit|fly|go|head|meet)|travel(?:l?ed|s)|arrived|arrives|visited|visits|met"
    r"|meets|flew|flies)\b"
)
# A person's travel in their sentence: "arrived in", "began a visit", "flew to", "landed".
_TRAVEL = regex.compile(
    r"\b(?:arriv(?:ed|es|ing)|travel(?:l?ed|s|l?ing)|fl(?:ew|ies|ying)[ \t]+(?:in)?to|landed"
    r"|(?:visit(?:ed|s|ing)|toured)[ \t]+(?!the[ \t])(?-i:\p{Lu})"
    r"|(?:a|an|his|her|their)[ \t]+(?:\p{L}+[ \t]+)?(?:visit|trip|tour)(?!\w))",
    regex.I,
)
# The visitor's title before a name: "the state visit of President ", "a trip by the Minister ".
_VISIT_OF = regex.compile(
    r"\b(?:visit|trip|tour|journey)[ \t]+(?:of|by)[ \t]+(?:the[ \t]+)?"
    r"(?:(?-i:\p{Lu})[\p{L}\-]*[ \t]+){0,4}$",
    regex.I,
)
# "counterpart" right after a demonym: "his Indonesian counterpart".
_COUNTERPART_AFTER = regex.compile(r"[ \t]+counterparts?\b", regex.I)
# A person's own clause up to "his" before that demonym: " invited his ", " then met her ".
_OWN_CLAUSE = anchored(r"[ \t]+(?:\p{Ll}+[ \t]+){1,4}(?:his|her|their)[ \t]+")
# What joins the two states of a bilateral frame: "Australia-New Zealand", "Chile and Peru".
_PAIR_JOIN = regex.compile(r"-|[ \t]+and[ \t]+(?:the[ \t]+)?")
# "between" right before the first state of such a pair.
_BETWEEN_BEFORE = regex.compile(r"\bbetween\s+(?:the\s+)?$", regex.I)
# A state in the possessive before another person's name: "Venezuela's Nicolas Maduro and
# President X" (Maduro's state, not X's).
_OWNER_OF_NAME = anchored(r"(?:'s|\u2019s)[ \t]+\p{Lu}")
# Two capitalized words that may be a name: "Nicolas Maduro".
_TWO_NAME_WORDS = anchored(r"(?P<w>\p{Lu}[\p{Ll}\-']+)[ \t]+(?P<w>\p{Lu}[\p{Ll}\-']+)(?![\w-])")
# Words before a country that make it the other side, not the person's own state.
_OTHER_SIDE = regex.compile(r"\b(?:to|with|and|in|at|against|between|from)\s+(?:the\s+)?$", regex.I)
# A subject of the talks before "in <place>": "the latest developments in Gaza", "the situation
# in Sudan" (what was discussed, not where anyone met).
_TOPIC_IN = regex.compile(
    r"\b(?:situation|developments?|crisis|war|conflict|fighting|violence|escalation|tensions?"
    r"|ceasefire|truce|hostilities|events)[ \t]+in[ \t]+(?:the[ \t]+)?$",
    regex.I,
)
# A gathering of many states held in a city: "the NATO summit in The Hague", "the Recovery
# Conference to be held in Rome" (where that gathering meets, not a visit to a host).
_GATHERING_IN = regex.compile(
    r"\b(?:summit|conference|forum|congress)(?:[ \t]+(?:to[ \t]+be|will[ \t]+be|was|is)[ \t]+held)?"
    r"[ \t]+in[ \t]+(?:the[ \t]+)?$",
    regex.I,
)
# A relative clause opened after a name: "X, who has been one of the supporters of ..." (a
# state's possessive in it is what the clause is about, not the person's post).
_WHO_CLAUSE = regex.compile(r",[ \t]*(?:who|whose|which)\b", regex.I)
# A trip done or planned: "travelled", "will travel", "to visit", "flew to", "arrived".
_TRIP = regex.compile(
    r"\b(?:arriv(?:ed|es|ing)|travel(?:l?ed|s|l?ing)?|fl(?:y|ew|ies|ying)[ \t]+(?:in)?to|landed"
    r"|visit(?:ed|s|ing)?|toured)\b",
    regex.I,
)
# Before a trip's destination state: "travel to Fiji", "arrived in Chile", "visited Peru".
_DESTINATION_BEFORE = regex.compile(
    r"\b(?:to|in|into|visit(?:ed|s|ing)?|toured)[ \t]+(?:the[ \t]+)?$", regex.I
)
# A trip's purpose, up to a state's possessive: "to advance New Zealand's partnerships",
# "to strengthen Chile's ties" (the traveller's own state).
_PURPOSE = regex.compile(
    r"\bto[ \t]+(?:further[ \t]+)?(?:advance|strengthen|deepen|promote|boost|expand|reinforce"
    r"|consolidate)[ \t]+(?:the[ \t]+)?(?=\p{Lu})",
    regex.I,
)


def _other_side(frame: tuple[str, str], named: set[str]) -> str | None:
    """The side of a two-state ``frame`` that is not the one state in ``named`` (None unless
    exactly one of its states is named)."""
    if len(named) != 1:
        return None
    return frame[1] if frame[0] in named else frame[0]


class AffiliationResolver:
    """Resolves the country of a mention from its surroundings; one per document."""

    def __init__(
        self, doc: Document, places: PlaceResult, index: PlaceIndex, used: Container[int]
    ) -> None:
        self.doc = doc
        self.norm = doc.norm
        self.index = index
        self.used = used
        self.places = places
        #: where each person is named, sorted (set by the caller: who a travel verb is for)
        self.people: Sequence[int] = ()

    # -- the article's states, each read once and only when asked for ----------------------
    @cached_property
    def home_place(self) -> str | None:
        """The country of the dateline city (see :meth:`_home_place`); a correspondent's
        dateline abroad ("New York" in a Jakarta paper's story about its minister at the UN)
        gives way to the paper's own state when the article names that state more often."""
        place = self._dateline_state
        if self.venue_abroad:
            return None
        outlet = self.outlet
        if place is None or outlet is None or outlet == place:
            return place
        counts = self.state_counts
        if counts.get(outlet, (0, 0))[0] > counts.get(place, (0, 0))[0]:
            return outlet
        return place

    @cached_property
    def _dateline_state(self) -> str | None:
        """:meth:`_home_place` of this article, read once."""
        return self._home_place(self.doc, self.places)

    @cached_property
    def venue_abroad(self) -> bool:
        """True when the dateline's state is no side of a two-state story and is named only
        by the dateline's city ("New York" over a story of Zambia's and Mozambique's leaders
        meeting at the UN): the correspondent's post on a trip, not the writer's home."""
        place = self._dateline_state
        frame = self.frame
        if place is None or frame is None or place in frame:
            return False
        names = {
            self.norm[p.start : p.end].lower() for p in self.places.place_hits if p.alpha2 == place
        }
        return len(names) == 1 and not any(h.alpha2 == place for h in self.places.country_hits)

    @cached_property
    def outlet(self) -> str | None:
        """The state of the newspaper named in the article's headlines or bylines: "The
        Jakarta Post", "The Korea Herald" (a city or state, then a newspaper's word); or of
        the national news agency tagged in its dateline ("Luxembourg, 21/10 (Belga)")."""
        for seg in self.doc.segments:
            if seg.role == "dateline":
                for tag in _AGENCY_TAG.finditer(self.norm, seg.start, seg.end):
                    state = _news_agencies().get(tag.group("tag").lower())
                    if state is not None:
                        return state
        hits = [(h.start, h.end, h.alpha2) for h in self.places.country_hits]
        hits += [(p.start, p.end, p.alpha2) for p in self.places.place_hits if p.alpha2]
        for start, end, alpha2 in sorted(hits):
            if self.doc.role_at(start) == "body":
                continue
            if _OUTLET_AFTER.match(self.norm, end, end + 16):
                return alpha2
        return None

    @cached_property
    def publisher(self) -> str | None:
        """The state of a government that issues the article, named on a line of its own
        before the text: "Ministry of Foreign Affairs, Republic of Chile", "Government of
        Chile", "Foreign Affairs Chile" (its unnamed minister is that state's)."""
        body = [s for s in self.doc.segments if s.role == "body" and s.end - s.start > _PARAGRAPH]
        limit = min(body[0].start if body else len(self.norm), _PUBLISHER_REACH)
        for h in self.places.country_hits:
            if h.start >= limit:
                break
            line = self.norm.rfind("\n", 0, h.start) + 1
            if _PUBLISHER_BEFORE.fullmatch(self.norm, line, h.start) and _LINE_END.match(
                self.norm, h.end
            ):
                return h.alpha2
        return None

    @cached_property
    def mentioned(self) -> frozenset[str]:
        """Every state the article names (countries, and cities' states)."""
        places = self.places
        return frozenset(h.alpha2 for h in places.country_hits) | frozenset(
            p.alpha2 for p in places.place_hits if p.alpha2
        )

    @cached_property
    def home(self) -> str | None:
        """The article's state: its dateline's, else its newspaper's when that is a side of
        the story (:attr:`_outlet_side`), else the one its mentions dominate."""
        return self.home_place or self._outlet_side or self._home_count(self.doc, self.places)

    @cached_property
    def _outlet_side(self) -> str | None:
        """The state of the newspaper that prints the article (:attr:`outlet`, "© Bangkok
        Post") when it is one of the article's two most named states and named twice or more:
        the writer's own side of the story (a Thai paper's story that names Cambodia more
        often than Thailand); else none."""
        outlet = self.outlet
        counts = self.state_counts
        if outlet is None or counts.get(outlet, (0, 0))[0] < 2:
            return None
        ranked = sorted(counts, key=lambda c: (-counts[c][0], counts[c][1]))
        return outlet if outlet in ranked[:2] else None

    @staticmethod
    def _home_place(doc: Document, places: PlaceResult) -> str | None:
        """The country of the dateline city ("BAKU, ...", "Doha (QNA)", "Colombo:")."""
        # a dateline heads the article (or signs it off: "Abuja / 13th May, 2025"): a place
        # line between its body paragraphs is a section heading ("Tokyo, Japan" over one stop
        # of a trip), not where it was written
        body = [s for s in doc.segments if s.role == "body" and s.end - s.start > _PARAGRAPH]
        head, tail = (body[0].end, body[-1].start) if body else (len(doc.norm), 0)
        for place in places.place_hits:
            seg = doc.segment_at(place.start)
            if seg is None or not place.alpha2:
                continue
            # a dateline, a place line ("Doha (QNA)") or a lead "Abu Dhabi: ..."
            short = seg.end - seg.start <= 40 and place.start == seg.start
            if short and seg.role != "dateline" and head < place.start < tail:
                continue
            if (
                seg.role == "dateline"
                or short
                or (place.start == seg.start and doc.norm[place.end : place.end + 1] == ":")
                or (
                    place.start == seg.start
                    and seg.role == "body"
                    and body
                    and seg.start == body[0].start
                    and _CITY_STOP.match(doc.norm, place.end, place.end + 4)
                )
            ):
                # (a city and a full stop opening the story: "Dar es Salaam. The ...")
                # (a colon only after a city opening its line: "Doha: ...", not a headline's
                # "Minister in Doha: talks ...")
                return place.alpha2
            # "CAIRO, 12 May (Agency) -- ...": a city in capitals opening the paragraph
            name = doc.norm[place.start : place.end]
            if (
                place.start == seg.start
                and name.isupper()
                and (
                    _DATELINE_AFTER.match(doc.norm, place.end, place.end + 4)
                    or _DATELINE_CAPS_AGENCY.match(doc.norm, place.end, place.end + 32)
                )
            ):
                return place.alpha2
            if (
                place.start == seg.start
                and doc.norm.find(" ", place.start, place.end) < 0
                and _DATELINE_DASH.match(doc.norm, place.end, place.end + 6)
            ):
                # "Rabat - Minister ...": a one-word city and a spaced dash open the paragraph
                return place.alpha2
            if (
                place.start > seg.start
                and name.isupper()
                and _AGENCY_FIRST.fullmatch(doc.norm, seg.start, place.start)
                and _DATELINE_AFTER.match(doc.norm, place.end, place.end + 4)
            ):
                # "(Agency) - LIMA, May 4 - ...": the agency's tag first, then the city
                return place.alpha2
            if place.start == seg.start and _DATELINE_AGENCY.match(
                doc.norm, place.end, place.end + 60
            ):
                return place.alpha2
        return None

    @cached_property
    def frame(self) -> tuple[str, str] | None:
        """The article's two sides when two states dominate its mentions (a bilateral story:
        "Malaysia and Thailand agree ..."): each named at least twice, and any third state at
        most half as often as the second; else none."""
        counts = self.state_counts
        ranked = sorted(counts, key=lambda c: (-counts[c][0], counts[c][1]))
        if len(ranked) < 2 or counts[ranked[1]][0] < 2:
            return None
        if len(ranked) > 2 and 2 * counts[ranked[2]][0] > counts[ranked[1]][0]:
            return None
        return ranked[0], ranked[1]

    @cached_property
    def state_counts(self) -> dict[str, tuple[int, int]]:
        """:meth:`_state_counts` of this article, counted once (asked per official)."""
        return self._state_counts(self.doc, self.places)

    @staticmethod
    def _state_counts(doc: Document, places: PlaceResult) -> dict[str, tuple[int, int]]:
        """How often each state is named outside boilerplate and bylines (countries and
        cities alike), and where first: alpha2 -> (count, first offset)."""
        counts: dict[str, tuple[int, int]] = {}
        hits = [(h.start, h.alpha2) for h in places.country_hits]
        hits += [(p.start, p.alpha2) for p in places.place_hits if p.alpha2]
        for start, alpha2 in hits:
            if doc.role_at(start) in ("boilerplate", "byline"):
                continue
            n, first = counts.get(alpha2, (0, start))
            counts[alpha2] = (n + 1, min(first, start))
        return counts

    def unmarked(self, marked: Container[str], principal: bool = False) -> str | None:
        """The article's own state read from how it names officials: a writer marks a
        foreign official's state ("Japanese Foreign Minister X", "Minister Y of Georgia") and
        leaves the own state's bare ("Foreign Minister Z"). Of the states no official is
        ``marked`` with, the one that dominates the article's mentions (named at least
        three times, at least twice as often as any other unmarked state and at least half
        as often as the most named state); else none. Only when some official is marked
        (an article that marks nobody says nothing). With
        ``principal``, only one of the article's two most named states (a side of the
        story, not a state named in passing while its own officials are marked too).
        The state of the newspaper that prints the article is the writer's own: unmarked and
        a side of the story (:attr:`_outlet_side`), it is the one."""
        counts = self.state_counts
        free = [c for c in counts if c not in marked]
        if len(free) == len(counts) or not free:
            return None
        if self._outlet_side in free:
            return self._outlet_side
        ranked = sorted(free, key=lambda c: (-counts[c][0], counts[c][1]))
        top = counts[ranked[0]][0]
        if top < _UNMARKED_MIN or (len(ranked) > 1 and top < 2 * counts[ranked[1]][0]):
            return None
        most = max(n for n, _ in counts.values())
        if 2 * top < most:
            return None  # named in passing beside the story's main state
        if principal and ranked[0] not in sorted(counts, key=lambda c: -counts[c][0])[:2]:
            return None
        return ranked[0]

    @staticmethod
    def _home_count(doc: Document, places: PlaceResult) -> str | None:
        """The country that dominates the article's mentions, else none."""
        # countries and cities alike ("talks in Busan" speaks for Korea)
        counts = AffiliationResolver._state_counts(doc, places)
        if not counts:
            return None
        ranked = sorted(counts, key=lambda c: (-counts[c][0], counts[c][1]))
        # only a country that dominates the article: named at least twice, and at least twice
        # as often as any other (a guess from a near tie costs more than no country at all)
        top = counts[ranked[0]][0]
        if top < 2 or (len(ranked) > 1 and top < 2 * counts[ranked[1]][0]):
            return None
        return ranked[0]

    def after_name(self, end: int) -> tuple[str, int] | None:
        """A country right after a name: "of Nepal" / "from Serbia's side" / "led the
        Nepalese delegation" / ", who arrived from Nairobi" (a city's state; the country hit
        number is then -1)."""
        m = _AFTER_NAME.match(self.norm, end, end + _WINDOW)
        if m is None and (came := _CAME_FROM.match(self.norm, end, end + _WINDOW)) is not None:
            # "X, who arrived from Nairobi": the state of the city, or the country, left
            hit = self.index.country_start.get(came.end())
            if hit is not None:
                return hit[1], hit[2]
            place = self.index.place_start.get(came.end())
            return (place[1], -1) if place is not None and place[1] else None
        if m is None:
            led = _LEADS_SIDE.match(self.norm, end, end + _WINDOW)
            side = self.index.country_start.get(led.end()) if led is not None else None
            if side is not None and _SIDE_NOUN.match(self.norm, side[0], side[0] + 16):
                return side[1], side[2]  # "X led the Bangladesh side"
            return None
        at = m.end()
        hit = self.index.country_start.get(at)
        return None if hit is None else (hit[1], hit[2])

    def delegation(self, left: int) -> str | None:
        """The country of the delegation a person leads: "the Chilean delegation led by"."""
        sentence = self.doc.sentence_at(left)
        lo = sentence.start if sentence is not None else max(0, left - 200)
        for _, end, alpha2, _ in reversed(self.index.countries_between(lo, left)):
            if _DELEGATION.fullmatch(self.norm, end, left) and alpha2:
                return alpha2
        return None

    def the_country(self, left: int) -> str | None:
        """The nearest country before ``left`` (in its sentence, else before it), unless its
        sentence names another country too ("Peru and Chile signed. The country's ...")."""
        hits = self.index.countries_between(max(0, left - 2000), left)
        for h in reversed(hits):
            if h[3] >= 0:
                sentence = self.doc.sentence_at(h[0])
                if sentence is not None:
                    lo, hi = (
                        max(sentence.start, h[0] - _WINDOW),
                        min(sentence.end, left, h[1] + _WINDOW),
                    )
                    near = self.index.countries_between(lo, hi)
                    if any(o[3] >= 0 and o[2] != h[2] for o in near):
                        return None
                return h[2]
        return None

    def travels(self, starts: Sequence[int], home: str | None = None) -> bool:
        """True when a person mentioned at ``starts`` arrives, visits or travels in that
        sentence ("X arrived in Kyiv", "X began a visit to Japan"): the dateline or the
        article's state is then where the person goes, not their own. With ``home``, a trip
        whose destination is named and is another state ("X accepted an invitation to pay a
        visit to Peru", home CL) does not count: it says nothing against ``home``."""
        for start in starts:
            sentence = self.doc.sentence_at(start)
            if sentence is None:
                continue
            end = min(sentence.end, start + _WINDOW)
            m = _TRAVEL.search(self.norm, start, end)
            if m is None:
                continue
            nxt = bisect.bisect_right(self.people, start)
            if nxt < len(self.people) and self.people[nxt] < m.start():
                continue  # "At the invitation of X, Y will pay a visit": Y travels, not X
            if home is None:
                return True
            ahead = self.index.countries_between(m.start(), min(sentence.end, m.end() + 60))
            dest = next((h[2] for h in ahead if h[2]), None)
            if dest is None or dest == home:
                return True
        return False

    def _trip(self, start: int) -> tuple[int, int] | None:
        """The span from the travel verb of the person at ``start`` (done or planned: "will
        travel", "is expected to visit") to the end of its sentence, else None."""
        sentence = self.doc.sentence_at(start)
        if sentence is None:
            return None
        m = _TRIP.search(self.norm, start, min(sentence.end, start + _WINDOW))
        if m is None:
            return None
        nxt = bisect.bisect_right(self.people, start)
        if nxt < len(self.people) and self.people[nxt] < m.start():
            return None  # another person travels
        return m.start(), sentence.end

    def destination(self, starts: Sequence[int]) -> str | None:
        """The state (a country, not a city) the person at ``starts`` travels to, when the
        travel's sentence names it right after the verb: "X will travel to Australia next
        year" -> AU (the first named: "to Fiji and Tonga" -> FJ)."""
        for start in starts:
            trip = self._trip(start)
            if trip is None:
                continue
            lo, end = trip
            for s, _, alpha2, k in self.index.countries_between(lo, min(end, lo + 60)):
                # (a state, not a city: "travelled to Kharkiv" may be a trip at home)
                if k >= 0 and alpha2 and _DESTINATION_BEFORE.search(self.norm, max(lo, s - 12), s):
                    return alpha2
        return None

    def purpose_of_trip(self, starts: Sequence[int]) -> str | None:
        """The state a trip of the person at ``starts`` serves, when its sentence says so
        with a possessive: "X will travel to Fiji to advance New Zealand's partnerships" ->
        NZ. Never a state named between the travel verb and the purpose (where the person
        goes)."""
        for start in starts:
            trip = self._trip(start)
            if trip is None:
                continue
            lo, end = trip
            m = _PURPOSE.search(self.norm, lo, min(end, lo + _WINDOW))
            if m is None:
                continue
            hit = self.index.country_start.get(m.end())
            if hit is None or not self.norm.startswith("'", hit[0]):
                continue
            if any(h[2] == hit[1] for h in self.index.countries_between(lo, m.start())):
                continue  # "travel to Fiji to advance Fiji's ...": where the person goes
            return hit[1]
        return None

    def trailing(self, pos: int, limit: int | None = None) -> str | None:
        """A country the apposition after ``pos`` is "of": "... Staff of the US President"."""
        if _CLAUSE_VERB.match(self.norm, pos, pos + _WINDOW):
            return None  # "Minister X will travel to meet the head of the Moroccan government"
        sentence = self.doc.sentence_at(pos)
        end = sentence.end if sentence is not None else pos + 200
        if limit is not None:
            end = min(end, limit)
        stop = self.norm.find(";", pos, end)
        if stop >= 0:
            end = stop
        for start, stop, alpha2, k in self.index.countries_between(pos, end):
            if self.norm.startswith("-", stop) or self.norm.startswith("-", start - 1):
                continue  # "of the Chilean-Peruvian border": a relation, not a state's post
            if k >= 0 and _OF_BEFORE.search(self.norm[max(0, start - 8) : start]):
                if self.norm.startswith("'s", stop) and _WHO_CLAUSE.search(self.norm, pos, start):
                    # "X, who backs the cause of Moldova's EU bid": the clause's topic
                    continue
                return alpha2
        return None

    def host(self, pos: int) -> str | None:
        """The country of the city where the person at ``pos`` receives someone:
        "... Haddad hosted the French minister in Amman" -> JO."""
        sentence = self.doc.sentence_at(pos)
        if sentence is None:
            return None
        verb = _HOST_VERB.match(self.norm, pos, min(sentence.end, pos + 60))
        if verb is None:
            return None
        # the venue belongs to the hosting clause: "hosted X in Amman", not "received X, with
        # the situation in Gaza ..." (a comma or semicolon closes the clause)
        stop = _CLAUSE_END.search(self.norm, verb.end(), sentence.end)
        end = stop.start() if stop is not None else sentence.end
        for start, _, alpha2, k in self.index.countries_between(verb.end(), end):
            if k < 0 and alpha2 and _IN_BEFORE.search(self.norm[max(0, start - 6) : start]):
                return alpha2
        return None

    def guest_after(self, end: int) -> int | None:
        """Where the guest of the person whose name ends at ``end`` is named: "X received
        Y", "X, ..., welcomed Foreign Minister Y" (the first person named after the host's
        verb, in its clause, or a lone capitalized word right after the verb: "X received
        Mohamad."); else None."""
        sentence = self.doc.sentence_at(end)
        if sentence is None:
            return None
        verb = _HOST_VERB.match(self.norm, end, min(sentence.end, end + 60))
        if verb is None:
            return None
        nxt = bisect.bisect_left(self.people, verb.end())
        if nxt > 0 and self.people[nxt - 1] > end:
            return None  # "X said Y received ...": Y hosts
        bare = _GUEST_WORD.match(self.norm, verb.end())
        if bare is not None:
            # a short form no name grammar took: "X received Mohamad."
            return bare.start(1)
        if nxt == len(self.people):
            return None
        guest = self.people[nxt]
        if guest - verb.end() > _GUEST_GAP or _GUEST_STOP.search(self.norm, verb.end(), guest):
            return None  # named too far, or in another clause
        return guest

    def speaks_for(self, end: int) -> str | None:
        """The country a person voices right after their name: "Minister Ito expressed
        Japan's intention ..." -> JP."""
        m = _VOICES.match(self.norm, end, end + _WINDOW)
        if m is None:
            return None
        hit = self.index.country_start.get(m.end())
        if hit is None or not self.norm.startswith("'", hit[0]):
            return None
        return hit[1]

    def venue(self, start: int) -> str | None:
        """The state of the city visited just before ``start`` (this sentence or the one
        before): "travelled to Kyiv. They will meet President X" -> UA; none when another
        state is named between the city and the person ("met in Brussels. They discussed
        Moldova and President X")."""
        index = self.doc.sentence_index(start)
        if index is None:
            return None
        here = self.doc.sentences[index].start
        lo = self.doc.sentences[max(0, index - 1)].start
        if _NEW_SCENE.match(self.norm, here, here + 32):
            lo = here  # "Meanwhile, President X will receive ...": not the trip just told
        seen: set[str] = set()
        guests: set[str] = set()
        for s, _, alpha2, k in reversed(self.index.countries_between(lo, start)):
            if not alpha2:
                continue
            if _TOPIC_IN.search(self.norm, max(lo, s - 40), s):
                continue  # "the developments in Gaza": discussed, not visited
            if k < 0 and _GATHERING_IN.search(self.norm, max(lo, s - 40), s):
                continue  # "ahead of the NATO summit in The Hague": a gathering's venue
            if (
                (k < 0 and _VENUE_BEFORE.search(self.norm[max(lo, s - 6) : s]))
                or (k >= 0 and _VISIT_TO.search(self.norm[max(lo, s - 24) : s]))
                or (k < 0 and _LEFT_FOR.search(self.norm, max(lo, s - 48), s))
            ):
                # "travelled to Kyiv", "will pay a visit to Chile, where ... President X",
                # "left Lima for Quito, where he will meet President X";
                # another state named after the venue: the person may be of either
                if alpha2 in guests:
                    return None  # "The visiting Kenyan minister was received by X": X hosts
                return alpha2 if seen <= {alpha2} else None
            if k >= 0 and self.index.country_form.get(s) == "demonym":
                if _VISITING.search(self.norm[max(lo, s - 12) : s]):
                    guests.add(alpha2)
                continue  # "In Baku the Kazakh leader met President X": another person's state
            seen.add(alpha2)
            if len(seen) > 1:
                return None
        return None

    def visit_of(self, start: int) -> bool:
        """True when the name at ``start`` is the visitor of "the visit of President X"."""
        return _VISIT_OF.search(self.norm, max(0, start - _WINDOW // 4), start) is not None

    def counterpart_of(self, mentions: Sequence[tuple[int, int]]) -> frozenset[str]:
        """States a person is not of: those of "his <Demonym> counterpart" right after the
        person's name in its clause ("Son invited his Indonesian counterpart" -> not ID)."""
        out: set[str] = set()
        for start, end in mentions:
            sentence = self.doc.sentence_at(start)
            if sentence is None:
                continue
            hi = min(sentence.end, end + _WINDOW // 4)
            for s, e, alpha2, k in self.index.countries_between(end, hi):
                if k < 0 or not alpha2 or self.index.country_form.get(s) != "demonym":
                    continue
                if _COUNTERPART_AFTER.match(self.norm, e, e + 16) and _OWN_CLAUSE.fullmatch(
                    self.norm, end, s
                ):
                    out.add(alpha2)
        return frozenset(out)

    def heading(self, start: int) -> str | None:
        """The state of a place heading over the section of ``start``: "Seoul, Republic of
        Korea" over the paragraphs of one stop of a trip ("the Secretary met President X")
        -> KR. Only a short heading that opens with a place and names one state."""
        i = self.doc.segment_index(start)
        if i is None:
            return None
        segments = self.doc.segments
        for j in range(i - 1, max(-1, i - _SECTION_REACH), -1):
            seg = segments[j]
            if seg.role != "heading":
                continue
            if seg.end - seg.start > _HEADING_MAX or seg.section != segments[i].section:
                return None
            hits = self.index.countries_between(seg.start, seg.end)
            if not hits or hits[0][0] != seg.start or not hits[0][2]:
                return None
            return hits[0][2] if all(h[2] == hits[0][2] for h in hits) else None
        return None

    def clause_of(self, left: int) -> str | None:
        """The state named just before a title in the same clause that the title is "of":
        "ties with Japan after the election of Prime Minister X" -> JP."""
        sentence = self.doc.sentence_at(left)
        if sentence is None:
            return None
        hits = self.index.countries_between(max(sentence.start, left - _WINDOW), left)
        if not hits:
            return None
        _, e, alpha2, k = hits[-1]
        if k < 0 or k in self.used or not alpha2:
            return None
        if _CLAUSE_OF.fullmatch(self.norm, e, left):
            return alpha2
        if self.index.country_form.get(hits[-1][0]) == "demonym" and _UNDER.fullmatch(
            self.norm, e, left
        ):
            return alpha2
        return None

    def previous_subject(self, left: int) -> str | None:
        """The state that opens the sentence before, as its subject, when a title with no state
        opens the next one: "Peru rejected the plan. Foreign Ministry spokesman X said ..."
        -> PE. Only when that sentence names no other state, both sentences share a
        paragraph and nothing names a state between the new sentence's start and ``left``."""
        index = self.doc.sentence_index(left)
        if not index:
            return None
        sentence, prev = self.doc.sentences[index], self.doc.sentences[index - 1]
        if not _TITLE_OPENS.fullmatch(self.norm, sentence.start, left):
            return None  # the title does not open its sentence: another subject may come first
        if self.index.countries_between(sentence.start, left):
            return None
        if self.doc.paragraph_at(prev.start) != self.doc.paragraph_at(sentence.start):
            return None
        hits = self.index.countries_between(prev.start, prev.end)
        if not hits or not _SUBJECT_OPENS.fullmatch(self.norm, prev.start, hits[0][0]):
            return None  # no state, or not at the opening of the sentence
        first = hits[0]
        if first[3] < 0 or self.index.country_form.get(first[0]) == "demonym":
            return None  # "Chilean officials said": not the state as subject
        if any(h[2] != first[2] for h in hits):
            return None
        return first[2] or None

    def nearby(self, start: int, taken: Sequence[tuple[int, int]] = ()) -> str | None:
        """The nearest country or city before ``start`` in its sentence that is nobody else's,
        when it is the only free state named there ("Doha: Sheikh ..."); two or more
        ("grain for Sudan and trade with Brazil, and President X") give none."""
        sentence = self.doc.sentence_at(start)
        if sentence is None:
            return None
        found: str | None = None
        lo = max(sentence.start, start - 4 * _WINDOW)  # (bounded: linear on hostile text)
        for s, e, alpha2, k in reversed(self.index.countries_between(lo, start)):
            if not alpha2 or (k >= 0 and k in self.used):
                continue
            if any(a <= s < b for a, b in taken):
                continue
            owner = _OWNER_OF_NAME.match(self.norm, e, start)
            if owner is not None and self._person_at(owner.end() - 1, start):
                continue  # "Venezuela's Nicolas Maduro and President X": the state is Maduro's
            if found is None and _RECEIVED_BY.search(self.norm, e, start):
                # "the Chilean delegation was received by the Minister, X": the guest's state
                return None
            if found is not None and alpha2 != found:
                return None
            if found is None and not _OTHER_SIDE.search(self.norm[max(sentence.start, s - 12) : s]):
                found = alpha2
            elif found is None:
                found = ""  # the other side, named nearest: no state for the person
        return found or None

    def _person_at(self, pos: int, start: int) -> bool:
        """True when another person's name (one of :attr:`people`) starts at ``pos``, not
        the one at ``start``."""
        if pos == start or pos in self.index.org_start or pos in self.index.place_start:
            return False
        k = bisect.bisect_left(self.people, pos)
        if k < len(self.people) and self.people[k] == pos:
            return True
        # (a name not read as an official's: two capitalized words, no title between it and
        # ``start``: "Venezuela's Nicolas Maduro and President X")
        two = _TWO_NAME_WORDS.match(self.norm, pos, start)
        return two is not None and not any(
            w.lower() in _not_name_words() for w in two.captures("w")
        )

    def receiver_state(
        self, start: int, frame: tuple[str, str], placed: Sequence[tuple[int, str]] = ()
    ) -> str | None:
        """The state of a person at ``start`` who receives a guest named by state before:
        "the Hungarian minister will be received by Prime Minister X" -> the side of
        ``frame`` that is not the guest's (None when the sentence does not read so).
        ``placed``: (mention start, state) of the officials already placed, sorted; a guest
        named by person counts by that person's state ("Ruiz was received by President X")."""
        cue = self._cue_before(start, _RECEIVED_BY, 60)
        if cue is None:
            return None
        lo, at = cue
        # (not where it happens: "in Brasília, the Norwegian minister will be received by")
        guests = {
            alpha2
            for s, _, alpha2, _ in self.index.countries_between(lo, at)
            if alpha2 in frame and not _IN_BEFORE.search(self.norm, max(lo, s - 6), s)
        }
        first = bisect.bisect_left(placed, (lo, ""))
        last = bisect.bisect_left(placed, (at, ""))
        guests.update(state for _, state in placed[first:last] if state in frame)
        return _other_side(frame, guests)

    def partner_state(self, start: int, frame: tuple[str, str]) -> str | None:
        """The state of a person at ``start`` who acts together with someone named by state
        before in the sentence: "the Norwegian minister will sign, together with the Minister
        of the Environment, X, a letter" -> the side of ``frame`` that is not the partner's
        (countries and demonyms only, not a place where it happens; None otherwise)."""
        cue = self._cue_before(start, _TOGETHER_WITH, 120)
        if cue is None:
            return None
        lo, at = cue
        partners = {
            alpha2
            for s, _, alpha2, k in self.index.countries_between(lo, at)
            if k >= 0 and alpha2 in frame and not _PLACE_BEFORE.search(self.norm, max(lo, s - 6), s)
        }
        return _other_side(frame, partners)

    def _cue_before(
        self, start: int, cue: regex.Pattern[str], reach: int
    ) -> tuple[int, int] | None:
        """(start of the sentence, start of ``cue``) when ``cue`` is found in the ``reach``
        characters before ``start`` within its sentence; None otherwise."""
        index = self.doc.sentence_index(start)
        if index is None:
            return None
        lo = self.doc.sentences[index].start
        m = cue.search(self.norm, max(lo, start - reach), start)
        return None if m is None else (lo, m.start())

    def visited_before(self, start: int, own: str) -> str | None:
        """The state last named as a destination or venue ("visit to the Republic of Chile",
        "talks in Peru") in the :data:`_VISIT_REACH` characters before ``start``, when it is
        not ``own``; None otherwise."""
        lo = max(0, start - _VISIT_REACH)
        norm = self.norm
        for s, _, alpha2, _ in reversed(self.index.countries_between(lo, start)):
            if alpha2 and _VENUE_BEFORE.search(norm[max(lo, s - 10) : s]):
                return alpha2 if alpha2 != own else None
        return None

    def other_state(self, start: int, own: str | None) -> tuple[str | None, tuple[str, str] | None]:
        """The state of a counterpart at ``start`` whose subject serves ``own`` (or an unknown
        state): never ``own``. Read from the counterpart's sentence: a bilateral frame
        ("the Australia-New Zealand talks", "between Chile and Peru") gives the side that is
        not ``own``; a place visited or met in ("travel to Wellington", "talks in Cairo")
        gives its state; two or more candidates and nothing to choose -> none.
        Returns the state and the frame's pair (when there is one).
        """
        index = self.doc.sentence_index(start)
        if index is None:
            return None, None
        sentence = self.doc.sentences[index]
        # the frame may be set in the sentence before: "Relations between Chile and Peru ..."
        lo = max(self.doc.sentences[max(0, index - 1)].start, start - 2 * _WINDOW)
        hits = self.index.countries_between(lo, min(sentence.end, start + 2 * _WINDOW))
        norm = self.norm
        pair: tuple[str, str] | None = None
        dest: list[str] = []
        for n, (s, e, alpha2, k) in enumerate(hits):
            if not alpha2:
                continue
            if k >= 0 and pair is None and n + 1 < len(hits):
                s2, _, alpha2b, k2 = hits[n + 1]
                if k2 >= 0 and alpha2b and alpha2b != alpha2 and _PAIR_JOIN.fullmatch(norm, e, s2):
                    before = norm[max(lo, s - 10) : s]
                    if norm[e:s2] == "-" or _BETWEEN_BEFORE.search(before):
                        pair = (alpha2, alpha2b)
            if s < sentence.start:
                continue
            venue = _VENUE_BEFORE.search(norm[max(sentence.start, s - 10) : s]) or (
                # "was in the Mauritanian capital": a capital named by its state's adjective
                _CAPITAL_AFTER.match(norm, e)
                and _VENUE_THE_BEFORE.search(norm[max(sentence.start, s - 10) : s])
            )
            if venue and alpha2 != own and alpha2 not in dest:
                dest.append(alpha2)
        if pair is not None:
            sides = [a for a in pair if a != own]
            if len(sides) == 1 and (not dest or dest == sides):
                return sides[0], pair
            if own is None and len(dest) == 1 and dest[0] in pair:
                return dest[0], pair
            return None, pair
        return (dest[0] if len(dest) == 1 else None), None
