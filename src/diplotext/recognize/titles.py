"""Titles of office-holders: where they are, the role they give and what they are "of".

A title is a core from ``data/titles.tsv`` (longest match: "Minister of Foreign
Affairs and International Cooperation" beats "Minister of Foreign Affairs"), with

- rank modifiers before it (``data/title_modifiers.tsv``: "First Deputy", "Vice-",
  "Acting"), which may change the role ("Deputy Foreign Minister" ->
  ``deputy_foreign_minister``);
- a portfolio after it ("Minister for Europe", "Secretary of State for Political
  Affairs"; words of ``data/title_portfolios.tsv``);
- complements: "of Albania", "of the OSCE", "of the Chilean Space
  Agency" (a state body: words of ``data/official_bodies.tsv``), "to Ghana's President";
- a second title joined by "and" or "/" ("Prime Minister and Foreign Minister").

:class:`TitleGrammar` finds them in a document and hands back :class:`TitleHit`
tuples; it knows nothing of names (see :mod:`diplotext.recognize.names`).

>>> g = TitleGrammar({})
>>> text = "Deputy Minister of Foreign Affairs of Albania met the envoy."
>>> [(text[h.start:h.end], h.role) for h in g.find(text, PlaceIndex.empty())]
[('Deputy Minister of Foreign Affairs', 'deputy_foreign_minister'), ('envoy', 'senior_diplomat')]
"""

from __future__ import annotations

import bisect
import contextlib
import re
from collections.abc import Callable, Container, Mapping
from itertools import pairwise
from typing import NamedTuple

import regex

from diplotext.errors import GazetteerError
from diplotext.found import PlaceResult
from diplotext.grammar.anchored import anchored
from diplotext.grammar.wordlist import WordList, trie_pattern
from diplotext.recognize.names import plain_text
from diplotext.recognize.organizations import build_organization_gazetteer, organization_gazetteer
from diplotext.resources.loader import Table, load_lines, load_table
from diplotext.text.normalize import fold

#: How far a small grammar may look from where it starts (keeps matching local).
_WINDOW = 300
__all__ = ["ROLES", "ROLE_RANK", "PlaceIndex", "TitleGrammar", "TitleHit", "TitleRow"]

#: The role vocabulary of the guidelines.
ROLES = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "deputy_foreign_minister",
    "minister",
    "deputy_minister",
    "ambassador",
    "senior_diplomat",
    "head_of_organization",
    "legislator",
    "other_official",
)

#: When one person holds two titles ("Prime Minister and Foreign Minister"), the
#: role earlier in this list wins.
ROLE_RANK = {
    role: rank
    for rank, role in enumerate(
        (
            "head_of_state",
            "head_of_government",
            "foreign_minister",
            "head_of_organization",
            "deputy_foreign_minister",
            "minister",
            "ambassador",
            "senior_diplomat",
            "deputy_minister",
            "legislator",
            "other_official",
        )
    )
}

# The role of whoever leads a state body of each kind (official_bodies.tsv).
_BODY_LEADER_ROLE = {
    "legislature": "legislator",
    "department": "senior_diplomat",
    # "Chairman of the Transitional Council": whoever leads a ruling council leads the state
    "ruling": "head_of_state",
    # "head of the Moroccan government": who leads a state's government
    "government": "head_of_government",
    # "the head of Serbian diplomacy": who leads a state's diplomacy, its foreign minister
    "diplomacy": "foreign_minister",
}
# Roles a title "of <international body>" turns into head_of_organization
# ("President of the ICRC"), and that a title "of <state body>" turns into
# other_official ("President of the Space Agency").
_LEADER_ROLES = frozenset({"head_of_state", "head_of_government", "other_official"})
_STATE_LEADER_ROLES = frozenset({"head_of_state", "head_of_government", "head_of_organization"})


class TitleRow(NamedTuple):
    """One row of ``titles.tsv``."""

    title: str
    role: str
    portfolio_role: str
    country: str
    needs: str
    specificity: int
    shared: bool = False
    organization: str = ""
    # the canonical name of ``organization`` (resolved once, when the table is loaded)
    organization_name: str = ""


class TitleHit(NamedTuple):
    """A title in the text and what it says about its holder.

    ``start``/``end`` cover the title as written (modifiers and portfolio
    included, affiliation excluded); ``span_end`` is where the title phrase with
    its complements ends (a name may follow there). ``countries`` are the
    alpha-2 codes the title is "of" (several for "Presidents of Chile and
    Peru"); ``org`` indexes ``PlaceResult.organizations``; ``implied_org`` is the
    canonical name of the body (``organizations.tsv``) the title itself names when the text
    names none ("European Commissioner" -> "European Commission"); ``elsewhere_role`` is the
    role of a title that implies a state in a story about another state where the title is
    lower in rank (a "Secretary of State" in a Polish story that never names the US is a state
    secretary), "" when it keeps ``role``.
    """

    start: int
    end: int
    span_end: int
    left: int
    role: str
    specificity: int
    countries: tuple[str, ...]
    org: int | None
    default_country: str | None
    plural: bool
    body: bool
    needs: str
    countries_used: tuple[int, ...]
    the_country: bool
    shared_default: bool = False
    implied_org: str | None = None
    elsewhere_role: str = ""


class PlaceIndex:
    """Lookups into a :class:`PlaceResult` by offset (country, organization and city spans)."""

    __slots__ = (
        "country_end",
        "country_form",
        "country_start",
        "hit_starts",
        "hits",
        "org_end",
        "org_start",
        "place_end",
        "place_start",
        "spans",
        "union",
    )

    def __init__(self, places: PlaceResult) -> None:
        # (one pass over each kind of hit builds all its lookups)
        self.country_start: dict[int, tuple[int, str, int]] = {}
        self.country_form: dict[int, str] = {}
        self.country_end: dict[int, tuple[int, str, int]] = {}
        # every (start, end, alpha2 or "") of the places stage, for "which country is nearby"
        hits: list[tuple[int, int, str, int]] = []
        spans: list[tuple[int, int]] = []
        for k, h in enumerate(places.country_hits):
            start, end, alpha2 = h.start, h.end, h.alpha2
            self.country_form[start] = h.form
            self.country_start[start] = (end, alpha2, k)
            self.country_end[end] = (start, alpha2, k)
            hits.append((start, end, alpha2, k))
            spans.append((start, end))
        self.org_start: dict[int, tuple[int, int]] = {}
        self.org_end: dict[int, tuple[int, int]] = {}
        for o in places.org_hits:
            self.org_start[o.start] = (o.end, o.org)
            self.org_end[o.end] = (o.start, o.org)
            spans.append((o.start, o.end))
        self.place_start: dict[int, tuple[int, str]] = {}
        self.place_end: dict[int, tuple[int, str]] = {}
        for p in places.place_hits:
            start, end, alpha2 = p.start, p.end, p.alpha2
            self.place_start[start] = (end, alpha2)
            self.place_end[end] = (start, alpha2)
            hits.append((start, end, alpha2, -1))
            spans.append((start, end))
        # the one "... Union" of the article, which "the Union" stands for ("High
        # Representative of the Union" after "European Union"); None when none or several
        unions = [k for k, o in enumerate(places.organizations) if o.name.endswith(" Union")]
        self.union: int | None = unions[0] if len(unions) == 1 else None
        hits.sort()
        self.hits = hits
        self.hit_starts = [h[0] for h in hits]
        spans.sort()
        self.spans = spans

    @classmethod
    def empty(cls) -> PlaceIndex:
        """An index with nothing in it."""
        return cls(PlaceResult((), (), (), (), ()))

    def drop_place(self, start: int) -> None:
        """Forget the city hit at ``start``: it was read as part of a person's name
        ("President Santiago Peña"), so it places nobody."""
        place = self.place_start.pop(start, None)
        if place is None:
            return
        self.place_end.pop(place[0], None)
        i = bisect.bisect_left(self.hit_starts, start)
        while i < len(self.hits) and self.hits[i][0] == start:
            if self.hits[i][3] < 0:
                del self.hits[i]
                del self.hit_starts[i]
                break
            i += 1

    def countries_between(self, start: int, end: int) -> list[tuple[int, int, str, int]]:
        """Country and city hits starting in ``[start, end)``: (start, end, alpha2, country_hit)."""
        i = bisect.bisect_left(self.hit_starts, start)
        out = []
        while i < len(self.hits) and self.hits[i][0] < end:
            out.append(self.hits[i])
            i += 1
        return out


# -- small grammars over the normalized text (compiled once) -------------------
# A body's head in the possessive right before a title: "Secretary-General's " of "the UN
# Secretary-General's Special Envoy" (the body named before it employs the title's holder).
_HEAD_POSSESSIVE = regex.compile(
    r"[ \t]+(?:Secretary[- ]General|Director[- ]General|Chair(?:man|person)?|President)"
    r"['’]s[ \t]+$"
)
# A portfolio word for a state's nationals abroad right after its demonym or name: "Egyptian
# Expatriates" of "Minister of Foreign Affairs, Emigration and Egyptian Expatriates".
_NATIONALS_AFTER = regex.compile(
    r"[ \t]+(?:expatriates?|emigrants|nationals|diaspora|communit(?:y|ies))\b", regex.I
)
# A blank run that stays inside one paragraph.
_BLANK = r"[ \t]*(?:\n[ \t]*)?"
# The word after a title: "of", "for", "at", "to", "in", "from" (+ "the").
_PREP = regex.compile(rf"{_BLANK}(?P<prep>of|for|at|to|in|from)\s+(?P<the>the\s+)?", regex.I)
# A state body named again in lower case after "of the" (a ministry, embassy or presidency
# the article names): "spokesperson of the ministry", "of the foreign ministry".
_THE_BODY = anchored(r"(?:foreign[ \t]+)?(?P<w>ministry|embassy|presidency)(?![\w'\u2019-])")
# Lower-case words before a country in a complement: "of the brotherly State of Qatar"; the
# words of a state's formal style too ("of the Socialist Republic of Vietnam", "of the
# Federal Democratic Republic of Ethiopia").
_COUNTRY_LEAD = regex.compile(
    r"(?:(?:[a-z]+|State|Republic|Kingdom|Socialist|Federal|Federative|Democratic|Islamic"
    r"|Arab|People's|Plurinational|Bolivarian|Hashemite|Cooperative|Principality|Sultanate)"
    r"\s+(?:of\s+)?){0,4}"
)
_NEWLINE = re.compile(r"\n")  # (the stdlib finds a literal fast)
_LOWER = regex.compile(r"\p{Ll}")
_LETTER = regex.compile(r"\p{L}")
_LEAD_WORD = regex.compile(r"(?<![\w'])\w+")
# A body's local unit after its name: "Head of the UNICEF office (in Chad)", "UN mission".
_ORG_UNIT = regex.compile(
    r"[ \t]+(?:regional[ \t]+|country[ \t]+|sub-?)?(?:delegation|mission|office)(?!\w)", regex.I
)
# A parenthesized acronym or note after a body: "(UNAOC)", "(NTC)".
_PAREN = anchored(r"[ \t]*\([^()\n]{1,20}\)")
# Between two country names of one complement: "of Chile and Peru".
_AND = regex.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
# Between two joined titles: "Prime Minister and Foreign Minister", "High Representative/VP",
# a spaced dash between two posts of one person ("Chairman of the Cabinet of Ministers - Head
# of the Presidential Administration").
_CHAIN = regex.compile(r"\s*(?:/|and\b|&)\s*|[ \t]+[-\u2013\u2014][ \t]+", regex.I)
# The characters but blanks that may begin it.
_CHAIN_FIRST = "/&aA,-\u2013\u2014"
# A rank of minister that a comma joins to the post after it: "Minister of State, Minister
# of Foreign Affairs" (one person; searched within the first title only).
_OF_STATE = regex.compile(r"\bMinister of State$")
# That rank as a title of its own, which "and" may join to a portfolio: "Minister of State and
# Foreign Affairs" (Portugal's foreign minister), "Minister of State and Finance".
_RANK_OF_STATE = "minister of state"
_COMMA = regex.compile(r",[ \t]+")
# A portfolio in brackets after a title: "Secretary of State (International Development)".
_PAREN_PORTFOLIO = anchored(r"[ \t]\((?P<words>\p{Lu}[\p{L} \t&,]{2,60})\)")
# An envoy's mandate after "for": capitalized words (with "of"/"the"/"and" between) that
# close the clause: "for Western Sahara,", "for the Horn of Africa.".
_MANDATE = anchored(
    r"\p{Lu}[\p{L}'\-]*(?:[ \t]+(?:(?:of|the|and)[ \t]+){0,2}\p{Lu}[\p{L}'\-]*){0,5}"
    r"(?=[ \t]*(?:[,;.)]|\n|$))"
)
# Titles that head an international body they name ("IAEA Director General", "Director-
# General of the WTO"), though in a ministry they name a senior diplomat; and a union's "top
# diplomat" ("the EU's top diplomat Ana Ruiz") is its high representative, not a state's minister.
_ORG_HEADS = frozenset({"director general", "director-general", "top diplomat"})
# A state's government after its demonym: "Moroccan government" (a body of the state).
# Also its diplomacy: "the head of Serbian diplomacy" (its foreign minister).
_GOVERNMENT = anchored(r"[ \t]+(?P<body>government|diplomacy)(?![\w-])")
# A state's government after its name in the possessive: "Libya's Government of National
# Unity", "Chad's government" (any case: a formal name capitalizes it).
_GOVERNMENT_OF_STATE = anchored(r"(?:'s|\u2019s)[ \t]+(?P<body>(?i:government|diplomacy))(?![\w-])")
# A foreign-affairs portfolio written before a title: "Foreign Affairs Secretary".
# Also with a second field joined: "Foreign and European Affairs Minister".
# And foreign affairs as the first of two fields: "Foreign and Trade Minister" (unlike
# "Foreign Trade Minister", where "Foreign" qualifies the trade portfolio).
_FOREIGN_AFFAIRS = anchored(
    r"(?:Foreign|External)[ \t]+(?:(?:and|&)[ \t]+\p{Lu}\p{Ll}+[ \t]+)?(?:Affairs|Relations)[ \t]+"
    r"|(?:Foreign|External)[ \t]+(?:and|&)[ \t]+"
)
# A foreign ministry's name: "the Ministry of Foreign Affairs", "Foreign Ministry", "the
# Federal Ministry for European and International Affairs".
_FOREIGN_BODY = regex.compile(r"\b(?:Foreign|External|International[ \t]+(?:Affairs|Relations))\b")
# A whole foreign ministry named as a department or ministry "of Foreign Affairs" (not a
# department inside one, "the Foreign Policy Department"): "the Federal Department of Foreign
# Affairs", "the Department of External Relations", "the Ministry of Foreign Affairs".
_WHOLE_FOREIGN_MINISTRY = anchored(
    r"(?:the[ \t]+)?(?:\p{Lu}\p{L}*[ \t]+){0,2}(?:Department|Ministry)[ \t]+(?:of|for)[ \t]+"
    r"(?:Foreign|External)[ \t]+(?:Affairs|Relations)\b"
)
# Who leads a whole ministry (its minister): "Head of the Federal Department of Foreign Affairs".
_MINISTRY_HEADS = frozenset({"head", "chief"})
# A ministry's top civil servant: "Secretary General", "Secretary-General" (of a foreign ministry,
# a senior diplomat).
_MINISTRY_SECRETARIES = frozenset({"secretary general", "secretary-general"})
# "and" and a capitalized word right after a title: "Minister of Foreign Affairs and Expatriates".
_AND_PORTFOLIO = regex.compile(r"[ \t]+(?:and|&)[ \t]+\p{Lu}")
# "Union" alone, as a short name of the article's union: "of the Union for ...".
_UNION = anchored(r"Union(?![\w-])")
# Between a title in the possessive and the title of the one serving it:
# "Secretary-General's Personal Envoy", "President's special envoy".
_POSSESSIVE_GAP = anchored(r"(?:'s?|\u2019s?)[ \t]+")
# The word right before a position: "Industry" of "Trade and Industry Minister".
_WORD_BEFORE = regex.compile(r"(?P<w>[\p{L}&][\p{L}\-]*)[ \t]+$")
# Up to six capitalized words (with "of", "and", "for", "the" between) ending at a position:
# "Riigikogu Foreign Affairs Committee", "Committee of Foreign Affairs".
_CAPITAL_RUN = regex.compile(
    r"(?<![\p{L}\-])\p{Lu}[\p{L}\-]*(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)?\p{Lu}[\p{L}\-]*){0,5}$"
)
# A body's acronym in brackets right before a title, after a blank: " (NSC) " of "National
# Security Council (NSC) head".
_ACRONYM_BEFORE = regex.compile(r"(?<=[ \t])\(\p{Lu}[\p{L}\p{N}&.\-]{0,11}\)[ \t]+$")
# A capitalized word right before a title, and what precedes it ("said FIFA President").
_THING_BEFORE = regex.compile(r"(?:^|(?P<c>[^ \t]))[ \t]*(?P<w>\p{Lu}[\w&.\-]*)[ \t]+$")
# Titles of a region's leader: the name before them is a province or a city ("Tamil Nadu Chief
# Minister", "Ontario Premier"), not a company or an event (see ``TitleGrammar._led_thing``).
_REGION_TITLES = frozenset({"chief minister", "chief ministers", "governor", "mayor"})
# Between a state's name and the acronym in brackets of a body named with it: "Statistics
# Chile (INE)", "Bank of Chile's Board (BCB)": capitalized words or "of" only.
_SPELLED_OUT = regex.compile(r"(?:'s?)?(?:[ \t]+(?:of|\p{Lu}[\p{L}\-]*))*[ \t]*")
# A clock time right before "PM": "02:32 PM", "4 pm" (the day's half, not a prime minister).
_CLOCK_BEFORE = regex.compile(r"(?<![\d,.])\d{1,2}(?:[:.]\d{2})?[ \t]*$")
_CLOCK_WORDS = frozenset({"pm"})
# Titles that stand alone only in lower case ("UN chief Ana Ruiz"); capitalized, they open a
# longer title no row names ("Chief Economist", "Chief Negotiator").
# A body's rotating chair, held by a state's minister: "Chairperson-in-Office".
_IN_OFFICE = regex.compile(r"in[- \t]office\b", regex.I)
# Posts held by a state's envoy at a body ("Ambassador to the UN", "Envoy to the AU").
_ACCREDITED = frozenset({"ambassador", "senior_diplomat"})
# A possessive and at most two capitalized modifiers right before a title: "'s Special ".
_STATE_POSSESSIVE = regex.compile(r"(?:'s|\u2019s)[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+){0,2}$")
_LOWER_ONLY = frozenset({"chief"})
# Royal titles that are also given names: after a personal courtesy ("Dr Sultan Al Nuaimi",
# "Mr Amir Khan") they are the name's first word, not a ruler's title ("His Majesty Sultan"
# stays a title: no personal courtesy goes before a ruler's).
_NAME_TITLES = frozenset({"sultan", "amir"})
_PERSONAL_COURTESY = regex.compile(r"(?<![\w.])(?:Dr|Mr|Mrs|Ms|Prof|Eng|Engr)\.?[ \t]+$")
# After a "foreign" cue, the portfolio words that keep it foreign affairs ("Foreign Affairs",
# "External Relations"); any other ("Foreign Trade", "External Debt") names another portfolio.
_FOREIGN_HEADS = frozenset({"affairs", "relations", "policy"})
# What may follow a "foreign" cue in a bracketed portfolio for the cue to hold ("" = its end).
_CUE_HOLDS = _FOREIGN_HEADS | {"and", "&", ""}
# What separates the words of a modifier ("newly appointed", "newly-appointed").
_MOD_PIECES = regex.compile(r"[\s\-]")
# A blank line: a paragraph break, never inside a title's gap.
_BLANK_LINE = regex.compile(r"\n[ \t]*\n")
# A possessive or blank between a country and the title after it: "Chile's Foreign Minister",
# "Chile's the Minister". :func:`_left_gap` reads it from the right, without a search.
# _LEFT_GAP = (?:'s?)?[ \t]*(?:\n[ \t]*)?(?:the\s+)?$
# The characters of ``\s`` (``regex``'s White_Space), for ``str.rstrip``.
_SPACES = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# "the country's" before a title: resolved to the country the sentence is about.
_THE_COUNTRY = regex.compile(r"(?:the|that|this)\s+country's\s+$", regex.I)
# How a word list's pattern starts when every entry starts a word (see ``WordList.source``).
_WORD_STARTS = r"\b(?<![\w])"
# One word (or comma/ampersand) of a portfolio or body phrase.
_PHRASE_WORD = regex.compile(r"[ \t]*(?P<w>[\p{L}\p{M}][\p{L}\p{M}'\-]*|,|&)")
# Words that join the words of a portfolio: "Minister for Europe and Foreign Affairs".
# "Minister of Culture, Youth and Sports" (a comma between portfolio words).
_PORTFOLIO_JOINERS = frozenset({"and", "the", "&", ","})
# Words that join the words of a portfolio or a body's name.
_JOINERS = frozenset({"and", "of", "for", ",", "&", "the"})
# A chamber's working body, in any case after the chamber's name: "House committee".
_COMMITTEES = frozenset({"committee", "subcommittee", "commission", "caucus"})
# A committee's remit up to the end of its clause: " on national security" (before ",", ".",
# ";" or ")"); at most eight words, none a weekday ("committee on Tuesday").
_COMMITTEE_REMIT = anchored(
    r"[ \t]+on(?:[ \t]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[\p{L}\-']+){1,8}"
    r"(?=[ \t]*[,.;)])"
)


class TitleGrammar:
    """Finds titles; built once per stage from the data files (plus user ``titles`` rows)."""

    def __init__(self, extra: Mapping[str, Table]) -> None:
        rows: dict[str, TitleRow] = {}
        tables = [load_table("titles", ("title", "role"))]
        if "titles" in extra:
            tables.append(extra["titles"])
        # the bodies a title's ``organization`` id may name: the package's, and the user's
        bodies = (
            build_organization_gazetteer(extra["organizations"])
            if "organizations" in extra
            else organization_gazetteer()
        )
        for table in tables:
            for line, row in table.located():
                title = row.get("title", "").strip()
                role = row.get("role", "").strip()
                if not title:
                    raise GazetteerError(table.name, line, "empty title")
                if role not in ROLES and role != "none":
                    raise GazetteerError(table.name, line, f"unknown role {role!r}")
                spec = row.get("specificity", "") or "2"
                if not spec.isdigit():
                    raise GazetteerError(table.name, line, f"specificity {spec!r} is not a number")
                org_id = (row.get("organization") or "").strip()
                spec_org = bodies.get(org_id) if org_id else None
                if org_id and spec_org is None:
                    raise GazetteerError(
                        table.name,
                        line,
                        f"unknown organization {org_id!r} (no such id in "
                        "organizations.tsv or the user's organizations)",
                    )
                rows[WordList.key(title)] = TitleRow(
                    title,
                    role,
                    row.get("portfolio_role", "").strip(),
                    row.get("country", "").strip().upper(),
                    row.get("needs", "").strip(),
                    int(spec),
                    row.get("shared", "").strip().lower() == "yes",
                    org_id,
                    spec_org.name if spec_org is not None else "",
                )
        self.rows = rows
        # titles whose singular is a title too ("Presidents"): a plural title names several
        self._plurals = frozenset(
            row.title for row in rows.values() if _is_plural(row.title, rows.keys())
        )
        self.cores: WordList[TitleRow] = WordList(rows)
        # The word list's own pattern (anchored at word boundaries), and the same by the
        # stdlib engine, 2-3x faster, for text where both agree
        # (see :func:`~diplotext.recognize.names.plain_text`).
        # (the word list's own, by ``regex``, is compiled only for a text that needs it)
        self._core_scan_plain: re.Pattern[str] | regex.Pattern[str] | None = None
        # The same after the character before a title ("\W" first: the stdlib engine then
        # skips letters fast, several characters per step), when every title starts a word
        # and so stands after a non-word character (or at the start of the text).
        self._core_after: re.Pattern[str] | None = None
        with contextlib.suppress(re.error):  # a user's title the stdlib cannot read
            self._core_scan_plain = re.compile(self.cores.source_text)
            if self.cores.source_text.startswith(_WORD_STARTS):
                body = self.cores.source_text[len(_WORD_STARTS) :]
                self._core_after = re.compile(r"\W" + body)
        mods: dict[str, dict[str, str]] = {}
        for line, row in load_table(
            "title_modifiers", ("modifier", "from_role", "to_role")
        ).located():
            key = WordList.key(row["modifier"])
            mods.setdefault(key, {})[row["from_role"]] = row["to_role"]
            if row["to_role"] not in ROLES and row["to_role"] != "=":
                raise GazetteerError(
                    "title_modifiers.tsv", line, f"unknown role {row['to_role']!r}"
                )
        self.modifiers = mods
        # A modifier right before a title (matched on the folded text that ends at the title).
        self._mod_before = regex.compile(
            r"(?<![\w])(?P<mod>" + trie_pattern(sorted(mods)) + r")[ \t]*[\-\s][ \t]*$"
        )
        # The last word of every modifier ("appointed" of "newly-appointed"): the text before a
        # title must end with one, and blanks or a hyphen, for the search above to be tried.
        self._mod_ends = tuple(sorted({_MOD_PIECES.split(key)[-1] for key in mods}))
        # (title key, state) -> the role the title gives there ("foreign secretary", "IN")
        self.country_roles: dict[tuple[str, str], str] = {}
        for line, row in load_table("titles_by_country", ("title", "country", "role")).located():
            if row["role"] not in ROLES:
                raise GazetteerError("titles_by_country.tsv", line, f"unknown role {row['role']!r}")
            pair = (WordList.key(row["title"]), row["country"].strip().upper())
            self.country_roles[pair] = row["role"]
        port = load_table("title_portfolios", ("word",))
        self.portfolio = frozenset(row["word"].lower() for row in port)
        self.foreign_cues = frozenset(row["word"].lower() for row in port if row.get("cue"))
        self._portfolio_ends = tuple(sorted(self.portfolio | {"and", "&"}))
        self.bodies = {
            row["word"].lower(): row["kind"] or "state"
            for row in load_table("official_bodies", ("word", "kind"))
        }
        honorifics = load_table("honorifics", ("honorific",))
        self.skip_words = (
            frozenset(w.strip().lower() for w in load_lines("not_names"))
            | {word for row in honorifics for word in row["honorific"].replace(".", " ").split()}
            | frozenset(mods for key in mods for mods in key.split())
        )
        self.title_words = frozenset(
            word
            for key, row in rows.items()
            # "Amir", "Sultan", "King" are also given names and family names
            if row.role != "none" and not (row.role == "head_of_state" and " " not in key)
            for word in key.replace("-", " ").split()
            if len(word) > 2 and word not in {"and", "the", "for", "of"}
        ) | frozenset(
            # a hyphenated title is one word of text: "Secretary-General" is no name
            word
            for key, row in rows.items()
            if row.role != "none"
            for word in key.split()
            if "-" in word
        )

    def role_in(self, title: str | None, country: str | None, role: str) -> str:
        """The role ``title`` (as written) gives a holder serving ``country``: ``role``
        unless ``titles_by_country.tsv`` says otherwise ("Foreign Secretary" of India), also
        for the title with its portfolio ("Minister of State for Trade" of Ireland)."""
        if title is None or country is None or not self.country_roles:
            return role
        key = WordList.key(title)
        found = self.country_roles.get((key, country))
        if found is None and " for " in key:
            found = self.country_roles.get((key.partition(" for ")[0], country))
        return role if found is None else found

    # -- the parts ------------------------------------------------------------
    def _row(self, phrase: str) -> TitleRow:
        """The row of a title matched in the folded text (most are written as their key)."""
        row = self.rows.get(phrase)
        return row if row is not None else self.cores[phrase]

    def _modifier_before(self, window: str) -> bool:
        """True when ``window`` (the folded text before a title) ends with the last word of a
        modifier, then blanks or a hyphen: else :meth:`_modifiers` cannot match there."""
        bare = window.rstrip()
        if bare.endswith("-"):
            bare = bare[:-1].rstrip()
        return bare.endswith(self._mod_ends)

    def _modifiers(self, folded: str, start: int, role: str) -> tuple[int, str]:
        """Absorb rank modifiers before ``start``: new start and role."""
        for _ in range(3):
            window = folded[max(0, start - 24) : start]
            if not self._modifier_before(window):
                break  # no modifier word right before: the search cannot match
            m = self._mod_before.search(window)
            if m is None:
                break
            table = self.modifiers[" ".join(m.group("mod").split())]
            new = table.get(role, table.get("*"))
            if new is None:
                break
            if new != "=":
                role = new
            start = start - len(window) + m.start("mod")
        return start, role

    def _portfolio(
        self, norm: str, pos: int, listed: bool = False, lower: bool = False
    ) -> tuple[int, bool]:
        """A portfolio after ``pos`` ("for Europe", "of State for International Cooperation"):
        its end (``pos`` when none) and whether it names foreign affairs. ``listed``: the
        portfolio goes on after a comma at ``pos`` (", Trade and Development"). ``lower``: the
        title is written in lower case, and so may its portfolio be ("the minister of state for
        foreign affairs")."""
        if listed:
            cur = pos
        else:
            m = _PREP.match(norm, pos, pos + _WINDOW)
            if m is None or m.group("prep").lower() not in ("of", "for", "and"):
                return pos, False
            cur = m.end()
        end = pos
        foreign = False
        cue = False  # the last portfolio word was a "foreign" cue
        was_foreign = False  # ``foreign`` before that cue
        seen = False
        # after a comma the list must close with "and ...": "Culture, Youth and Sports";
        # else the comma ends the portfolio ("Trade Affairs, Market Access Directorate")
        before_comma = -1
        for _ in range(16):
            w = _PHRASE_WORD.match(norm, cur, cur + _WINDOW)
            if w is None:
                break
            word = w.group("w")
            low = word.lower()
            # ("European Union" right after a portfolio word: "Minister of Foreign Affairs,
            # European Union and Cooperation"; "of the Union for ..." names a body)
            union = low == "union" and end == w.start()
            if (low in self.portfolio or union) and (lower or word[0].isupper()):
                seen = True
                if cue and low not in _FOREIGN_HEADS:
                    foreign = was_foreign  # "Minister of Foreign Trade": not foreign affairs
                cue = low in self.foreign_cues
                was_foreign = foreign
                foreign = foreign or cue
                end = w.end()
            elif low == "," and before_comma < 0:
                before_comma = end
            elif low in ("and", "&"):
                before_comma = -1
                cue = False  # "Foreign and European Affairs": the cue stands
            elif low not in _PORTFOLIO_JOINERS and not self._qualifier(norm, word, w.end()):
                break
            cur = w.end()
        if before_comma >= 0:
            end = before_comma
        return (end, foreign) if seen and end > pos else (pos, False)

    def _paren_portfolio(self, norm: str, pos: int) -> tuple[int, bool]:
        """A portfolio in brackets at ``pos`` (" (International Development)"): the end of the
        bracket and whether it names foreign affairs; ``(pos, False)`` when none."""
        p = _PAREN_PORTFOLIO.match(norm, pos, pos + _WINDOW)
        if p is None:
            return pos, False
        words = p.group("words").split()
        if not all(w.lower() in self.portfolio or w.lower() in _PORTFOLIO_JOINERS for w in words):
            return pos, False
        lows = [w.lower() for w in words] + [""]
        # (as after "of": a cue holds before affairs/relations/policy, "and" or nothing;
        # "(International Development)" is not foreign affairs)
        foreign = any(w in self.foreign_cues and nxt in _CUE_HOLDS for w, nxt in pairwise(lows))
        return p.end(), foreign

    def _qualifier(self, norm: str, word: str, end: int) -> bool:
        """True when the capitalized ``word`` ending at ``end`` qualifies the portfolio word
        right after it: "African Cooperation", "Moroccan Expatriates" (a name after a title,
        "Lena Varga", is followed by no portfolio word)."""
        if not word[0].isupper() or word.lower() in _JOINERS:
            return False
        nxt = _PHRASE_WORD.match(norm, end, end + _WINDOW)
        if nxt is None or nxt.start("w") - end != 1:
            return False
        after = nxt.group("w")
        return after[0].isupper() and after.lower() in self.portfolio

    def _portfolio_before(self, norm: str, start: int, lower: bool = False) -> int:
        """Start of capitalized portfolio words right before ``start`` ("Trade and Investment");
        ``lower``: of lower-case ones too, before a title in lower case."""
        best = start
        pos = start
        for _ in range(6):
            before = norm[max(0, pos - 40) : pos]
            if not before.rstrip(" \t").lower().endswith(self._portfolio_ends):
                break  # no portfolio word, "and" or "&" right before: the search cannot help
            m = _WORD_BEFORE.search(norm, max(0, pos - 40), pos)
            if m is None:
                break
            word = m.group("w")
            low = word.lower()
            if low in self.portfolio and (lower or word[0].isupper()):
                best = m.start("w")
            elif low not in ("and", "&"):
                break
            pos = m.start("w")
        return best

    def _body(self, norm: str, pos: int, places: PlaceIndex | None = None) -> tuple[int, str]:
        """End and kind of a state body's name starting at ``pos`` ("Chilean Space
        Agency", "Ministry of Foreign Affairs"); ``(pos, "")`` when there is none."""
        cur = pos
        end = pos
        kind = ""
        lower = 0  # lower-case words read after a chamber's name ("Senate foreign relations")
        for _ in range(12):
            w = _PHRASE_WORD.match(norm, cur, cur + _WINDOW)
            if w is None:
                break
            if kind == "legislature" and w.group("w").lower() in _COMMITTEES:
                # "the House committee", "the Senate foreign relations committee": a chamber's
                # committee, and its remit up to the clause's end ("on national security,")
                end = cur = w.end()
                lower = 0
                remit = _COMMITTEE_REMIT.match(norm, end, end + _WINDOW)
                if remit is not None:
                    end = remit.end()
                    break
                continue  # ("Committee of Foreign Affairs")
            if kind == "legislature" and w.group("w").islower() and w.group("w") not in _JOINERS:
                # (lower-case words count only when a committee word follows them)
                lower += 1
                if lower > 3:
                    break
                cur = w.end()
                continue
            if lower:
                break
            if places is not None and places.country_form.get(w.start("w")) not in (
                None,
                "demonym",
            ):
                break  # "of Peru Lena Varga and ...": a country, not a body
            if places is not None and w.start("w") in places.org_start:
                break  # "... Affairs and Vice-President of the European Commission": a later post's
            word = w.group("w")
            low = word.lower()
            if low in self.bodies and word[0].isupper():
                end = w.end()
                kind = kind or self.bodies[low]
            elif low.endswith("'s") and low[:-2] in self.bodies:
                # "the parliament's Foreign Affairs Committee": a body of the parliament
                kind = kind or self.bodies[low[:-2]]
            elif not (word[0].isupper() or low in _JOINERS) or word == ",":
                break
            cur = w.end()
        if end > pos:
            # "Ministry of Foreign Affairs": a portfolio may follow the body word
            end2, _ = self._portfolio(norm, end)
            return end2, kind
        return pos, ""

    def _body_before(self, norm: str, start: int) -> str:
        """The kind of the state body whose name ends right before a title ("Assembly" of
        "National Assembly Chair"), or "" when the word there is no capitalized body word."""
        paren = _ACRONYM_BEFORE.search(norm, max(0, start - 20), start)
        if paren is not None:
            start = paren.start()  # "National Security Council (NSC) head Ana Ruiz"
        m = _WORD_BEFORE.search(norm, max(0, start - 40), start)
        if m is None:
            return ""
        word = m.group("w")
        return self.bodies.get(word.lower(), "") if word[0].isupper() else ""

    def leader_before(self, norm: str, pos: int) -> str | None:
        """The role of whoever leads the state body whose capitalized name ends at ``pos``
        ("the Saeima Foreign Affairs Committee" before ", chaired by X": a legislator; the
        name's first body word sets the kind, as for a body after a title), or None when the
        words there end in no body word."""
        words = _CAPITAL_RUN.search(norm, max(0, pos - 80), pos)
        if words is None:
            return None
        names = words.group().split()
        if names[-1].lower() not in self.bodies:
            return None
        kind = next(self.bodies[w.lower()] for w in names if w.lower() in self.bodies)
        return _BODY_LEADER_ROLE.get(kind, "other_official")

    @staticmethod
    def _acronym_state(norm: str, start: int, places: PlaceIndex) -> str | None:
        """The state of a body whose acronym stands right before a title, when the text spelled
        it out earlier with that state's name: "Statistics Chile (INE) ... INE Head" -> CL."""
        m = _WORD_BEFORE.search(norm, max(0, start - 12), start)
        if m is None:
            return None
        word = m.group("w")
        if not (2 <= len(word) <= 6 and word.isupper()):
            return None
        at = norm.rfind(f"({word})", 0, m.start())
        if at < 0:
            return None
        for c_start, c_end, alpha2, k in reversed(places.countries_between(max(0, at - 80), at)):
            if k >= 0 and places.country_form.get(c_start) != "demonym":
                return alpha2 if _SPELLED_OUT.fullmatch(norm, c_end, at) else None
        return None

    def _led_thing(self, before: str) -> bool:
        """True when a capitalized name that is no country or body stands right before a
        leader's title, inside a sentence ("... said FIFA President ...")."""
        m = _THING_BEFORE.search(before, _last_word_lead(before))
        if m is None:
            return False
        word = m.group("w")
        low = word.lower().rstrip(".")
        if low in self.skip_words or low in self.title_words or low in self.bodies:
            return False  # ("..., MOFA spokesperson X": a state body's, not a thing's)
        if word.endswith(".") and len(word) > 2 and word[-2].islower():
            return False  # "... visit Chile. Premier Zhao": a sentence ends before the title
        c = m.group("c")
        return c is not None and c not in "\n.!?\"':;(-"

    def _cores(self, folded: str) -> list[tuple[int, int, TitleRow]]:
        """Every title core of ``folded`` (longest first, no overlaps): start, end and row."""
        scan: re.Pattern[str] | regex.Pattern[str]
        if not plain_text(folded) or self._core_scan_plain is None:
            scan = self.cores.pattern
        elif self._core_after is None:
            scan = self._core_scan_plain
        else:
            # A title at the start of the text, then the others, each after the character
            # before it. (After a title the next cannot start at once: a title ends before a
            # non-word character, so the search may go on right there.)
            first = self._core_scan_plain.match(folded)
            cores = [] if first is None else [(0, first.end(), self._row(first.group()))]
            after = self._core_after.finditer(folded, 0 if first is None else first.end())
            cores += [(m.start() + 1, m.end(), self._row(m.group()[1:])) for m in after]
            return cores
        return [(m.start(), m.end(), self._row(m.group())) for m in scan.finditer(folded)]

    # -- the whole title -----------------------------------------------------
    def find(self, norm: str, places: PlaceIndex, folded: str | None = None) -> list[TitleHit]:
        """Every title of ``norm`` in text order (see the module docstring); ``folded`` is
        ``fold(norm)`` when the caller has it already."""
        if folded is None:
            folded = fold(norm)
        cores = self._cores(folded)
        breaks = list(map(re.Match.start, _NEWLINE.finditer(norm)))
        caps: dict[int, bool] = {}

        def shouting(offset: int) -> bool:
            """True inside an all-capitals line (a wire headline): no reliable names there."""
            line = bisect.bisect_left(breaks, offset)
            if line not in caps:
                lo = breaks[line - 1] + 1 if line > 0 else 0
                hi = breaks[line] if line < len(breaks) else len(norm)
                # no lower-case letter on the line at all, but some letters
                caps[line] = (
                    _LOWER.search(norm, lo, hi) is None and _LETTER.search(norm, lo, hi) is not None
                )
            return caps[line]

        out: list[TitleHit] = []
        k = 0
        prev_end = -1
        while k < len(cores):
            start, end, row = cores[k]
            k += 1
            after_title = 0 <= prev_end < start and not norm[prev_end:start].strip(" \t")
            if after_title:
                continue  # "President Sultan Al Amri": a title word right after a title is a name
            if out and start < out[-1].span_end and out[-1].role == "senior_diplomat":
                continue  # "envoy of the UN Secretary-General for ...": the envoy's complement
            hit = self._one(norm, folded, start, end, row, places, shouting=shouting)
            if hit is None and row.needs == "body":
                # a title of a body, with none there ("Chief"): a title may follow ("Chief Whip")
                continue
            prev_end = end
            if hit is None:
                continue
            # "Prime Minister and Foreign Minister": a second title joined to this one
            while k < len(cores) and _may_chain(norm, hit.span_end):
                c = _CHAIN.match(norm, hit.span_end, hit.span_end + _WINDOW)
                if c is None and (
                    _OF_STATE.search(norm, hit.start, hit.end)
                    or (hit.org is not None and _IN_OFFICE.search(norm, hit.start, hit.end))
                ):
                    # "Minister of State, Minister of Foreign Affairs X": a rank before the post;
                    # "the OSCE Chairperson-in-Office, Minister for Foreign Affairs X": a body's
                    # rotating chair is a state's minister (both posts are hers)
                    c = _COMMA.match(norm, hit.span_end, hit.span_end + _WINDOW)
                if c is None:
                    break
                # a title that needs a body may borrow the first one's ("Crisis Group President
                # and CEO"); with none there, it is another person's ("the Foreign Secretary
                # and Chairperson X": the chair of a body named before)
                borrows = hit.org is not None or hit.body
                nxt = self._one(
                    norm, folded, cores[k][0], cores[k][1], cores[k][2], places, borrows, shouting
                )
                if nxt is None or nxt.start != c.end():
                    break
                k += 1
                hit = _join(hit, nxt)
                prev_end = hit.end
            if out and hit.org is None and not hit.countries:
                hit = _of_possessor(norm, out[-1], hit)
            out.append(hit)
        return out

    def _one(
        self,
        norm: str,
        folded: str,
        start: int,
        end: int,
        row: TitleRow,
        places: PlaceIndex,
        chained: bool = False,
        shouting: Callable[[int], bool] | None = None,
    ) -> TitleHit | None:
        role = row.role
        low = row.title.lower()
        if row.needs == "never" or role == "none":
            return None
        if row.title in _LOWER_ONLY and norm[start].isupper():
            return None  # "IMF Chief Economist X": a longer title no row names
        if low in _CLOCK_WORDS and _CLOCK_BEFORE.search(norm, max(0, start - 8), start):
            return None  # "02:32 PM IST": the time of day, not a prime minister
        if low in _NAME_TITLES and _PERSONAL_COURTESY.search(norm, max(0, start - 8), start):
            return None  # "Dr Sultan Al Nuaimi": a given name
        # an all-capitals line (a wire headline) gives no reliable names
        if shouting is not None and shouting(start):
            return None
        title_end, foreign = end, False
        rank_and_foreign = False
        paren_role = ""
        # the word after the title (none for most: a name follows); no portfolio without one
        m = _PREP.match(norm, end, end + _WINDOW)
        if m is not None and not (
            (m.end() in places.org_start and m.group("prep").lower() != "for")
            or self._body(norm, m.end(), places)[0] > m.end()
            or _country_follows(norm, m.end(), places)
        ):
            # (a portfolio in lower case only after a minister's or secretary's title in lower
            # case: "the president of the national assembly" names a body, not a portfolio)
            lower = norm[start:end].islower() and ("minister" in low or "secretary" in low)
            title_end, foreign = self._portfolio(norm, end, lower=lower)
        elif m is None and norm.startswith(",", end) and low.rsplit(" ", 1)[-1] in self.portfolio:
            # "Minister of Foreign Affairs, African Cooperation and Expatriates": more of the
            # portfolio listed after a comma (the list closes with "and ..."), unless a title
            # follows it ("Ana Ruiz, Minister of State, and the Peruvian Foreign Minister")
            title_end, _ = self._portfolio(norm, end, listed=True)
            if title_end > end and self.cores.pattern.match(folded, _skip_blank(norm, title_end)):
                title_end = end
        elif (
            m is None
            and _AND_PORTFOLIO.match(norm, end, end + 8)
            and (low.rsplit(" ", 1)[-1] in self.portfolio or low == _RANK_OF_STATE)
        ):
            # "Minister of Foreign Affairs and Expatriates X": one more portfolio after "and",
            # unless a title follows it ("Minister of Foreign Affairs and Defence Minister X");
            # "Minister of State and Foreign Affairs" (Portugal): a rank, then the portfolio
            title_end, and_foreign = self._portfolio(norm, end, listed=True)
            if title_end > end and self.cores.pattern.match(folded, _skip_blank(norm, title_end)):
                title_end = end
            # (a rank "for" a portfolio, "Minister of State for Foreign Affairs", is a junior
            # post: only "and" makes the rank's holder the minister of the portfolio)
            rank_and_foreign = low == _RANK_OF_STATE and and_foreign
        elif m is None and row.portfolio_role and norm.startswith(" (", end):
            # "Secretary of State (International Development)": a junior minister's portfolio
            # in brackets (Canada, the UK); a minister of that portfolio
            p_end, p_foreign = self._paren_portfolio(norm, end)
            if p_end > end:
                title_end = p_end
                paren_role = row.portfolio_role if p_foreign else "minister"
        has_portfolio = title_end > end
        if has_portfolio:
            if paren_role:
                role = paren_role
            elif row.portfolio_role:
                role = row.portfolio_role
            if (foreign and role == "minister" and low == "minister") or rank_and_foreign:
                role = "foreign_minister"
            elif not foreign and role == "foreign_minister" and low == "secretary":
                # "Secretary of National Defense": a cabinet secretary of another portfolio
                role = "minister"
        countries: list[str] = []
        remit_for = False  # the one state was read after "for" ("Special Envoy for Yemen")
        foreign_body = False  # a body read after the title is a foreign ministry
        whole_ministry = False  # ... named whole ("Department of Foreign Affairs")
        used: list[int] = []
        org: int | None = None
        body = False
        body_kind = ""
        unparsed = False
        unit = False
        pos = title_end
        # complements: "of Albania", "of the OSCE", "of the ... Agency", "to Ghana's President"
        for _ in range(4):
            if pos > end:  # (at the end of the title, ``m`` is read already)
                m = _PREP.match(norm, pos, pos + _WINDOW)
            if m is None:
                break
            prep = m.group("prep").lower()
            after = m.end()
            if after in places.org_start:
                o_end, oi = places.org_start[after]
                # "Minister for the Commonwealth" is a portfolio, not a post in a body;
                # "Kenya's Special Envoy to the African Union" serves Kenya, not the body
                if (
                    org is None
                    and prep != "for"
                    and not (
                        prep == "to" and role in _ACCREDITED and _state_owns(norm, start, places)
                    )
                ):
                    org = oi
                pos = o_end
                p = _PAREN.match(norm, pos, pos + _WINDOW)
                if p is not None:
                    pos = p.end()
                u = _ORG_UNIT.match(norm, pos, pos + _WINDOW)
                if u is not None and org is not None:
                    unit = True  # "head of the UNICEF office": a post in the body, not its head
                    pos = u.end()
                elif prep == "of" and role == "senior_diplomat":
                    # "envoy of the United Nations Secretary-General": the envoy of its head
                    head = self.cores.pattern.match(folded, _skip_blank(norm, pos))
                    if head is not None and _skip_blank(norm, pos) == pos + 1:
                        pos = head.end()
                continue
            if (
                org is None
                and prep == "of"
                and m.group("the")
                and places.union is not None
                and _UNION.match(norm, after)
            ):
                # "High Representative of the Union": the Union the article names
                org = places.union
                pos = after + len("Union")
                continue
            if prep == "for" and (org is not None or countries):
                # "High Representative of the Union for Foreign Affairs and Security Policy"
                p_end, _ = self._portfolio(norm, pos)
                if p_end > pos:
                    pos = p_end
                    continue
            if prep in ("of", "at", "for") or (prep == "in" and row.portfolio_role):
                # ("Secretary of State in the Foreign Ministry": a post in the ministry)
                b_end, kind = self._body(norm, after, places)
                if b_end > after:
                    foreign_body = foreign_body or bool(_FOREIGN_BODY.search(norm, after, b_end))
                    # (the first body read: not "head of the Europe Department at the Ministry")
                    if not body:
                        whole_ministry = bool(_WHOLE_FOREIGN_MINISTRY.match(norm, after, b_end))
                    if (
                        row.portfolio_role
                        and not has_portfolio
                        and _FOREIGN_BODY.search(norm, after, b_end)
                    ):
                        # "Secretary of State at the Ministry of Foreign Affairs": a state
                        # secretary of a foreign ministry (Poland, Portugal), not a US Secretary
                        role = row.portfolio_role
                        has_portfolio = True
                    body = True
                    body_kind = body_kind or kind
                    for h in places.countries_between(after, b_end):
                        if h[3] >= 0 and not countries:
                            countries.append(h[2])
                            used.append(h[3])
                    pos = b_end
                    p = _PAREN.match(norm, pos, pos + _WINDOW)
                    if p is not None:
                        pos = p.end()
                    continue
            if prep == "of" and m.group("the") and not countries and org is None:
                anaphor = _THE_BODY.match(norm, after, after + _WINDOW)
                if anaphor is not None:
                    # "the spokesperson of the ministry, X": the state body the article is about
                    body = True
                    body_kind = body_kind or self.bodies.get(anaphor.group("w"), "")
                    pos = anaphor.end()
                    continue
            c_at = after
            lead = _COUNTRY_LEAD.match(norm, after, after + _WINDOW)
            if lead is not None and lead.end() > after:
                # "of the brotherly State of Qatar": the country may start at any word of the lead
                for w in _LEAD_WORD.finditer(norm, after, lead.end()):
                    if w.start() in places.country_start:
                        c_at = w.start()
                        break
                else:
                    if lead.end() in places.country_start:
                        c_at = lead.end()
            if (
                prep == "of"
                and not countries
                and row.needs == "body"
                and c_at in places.country_start
                and (
                    g := (
                        _GOVERNMENT
                        if places.country_form.get(c_at) == "demonym"
                        else _GOVERNMENT_OF_STATE
                    ).match(norm, places.country_start[c_at][0])
                )
                is not None
            ):
                # "the head of the Moroccan government, X" / "the head of Chad's government":
                # a state's government as the body
                countries.append(places.country_start[c_at][1])
                used.append(places.country_start[c_at][2])
                body = True
                body_kind = g.group("body").lower()
                pos = g.end()
                continue
            if prep == "of" and not countries and c_at not in places.country_start:
                # "President of the Republic of Azerbaijan": the country's name ("Republic of
                # Azerbaijan") began inside the title ("President of the Republic")
                inside = [
                    h
                    for h in places.countries_between(max(start, after - 40), after)
                    if h[1] > after and h[3] >= 0 and places.country_form.get(h[0]) != "demonym"
                ]
                if inside:
                    countries.append(inside[0][2])
                    used.append(inside[0][3])
                    pos = inside[0][1]
                    continue
            if c_at in places.country_start and places.country_form.get(c_at) != "demonym":
                c_end, alpha2, ci = places.country_start[c_at]
                if unit and prep in ("in", "to", "for", "at"):
                    pos = c_end  # "delegation in Chad": where the body's unit works
                    continue
                if prep == "to":
                    # "Adviser to Ghana's President" names his state; "Ambassador to the US" a host.
                    nxt = self.cores.pattern.match(
                        folded, _skip_blank(norm, _skip_poss(norm, c_end))
                    )
                    if nxt is None:
                        pos = c_end
                        continue
                    countries.append(alpha2)
                    used.append(ci)
                    pos = nxt.end()
                    continue
                if prep == "at" and not countries:
                    pos = c_end
                    continue
                if prep in ("of", "from", "in", "for") and not countries:
                    countries.append(alpha2)
                    used.append(ci)
                    remit_for = prep == "for"
                    pos = c_end
                    # "of Chile and Peru"
                    for _ in range(6):
                        a = _AND.match(norm, pos, pos + _WINDOW)
                        if a is None or a.end() not in places.country_start:
                            break
                        c_end, alpha2, ci = places.country_start[a.end()]
                        countries.append(alpha2)
                        used.append(ci)
                        pos = c_end
                    # "of Belgium's Ministry of Foreign Affairs"
                    poss = _skip_poss(norm, pos)
                    if poss > pos:
                        b_end, kind = self._body(norm, _skip_blank(norm, poss), places)
                        if b_end > poss:
                            body = True
                            body_kind = body_kind or kind
                            pos = b_end
                    continue
                break
            if after in places.place_start and prep == "of" and not countries:
                # "Crown Prince of Abu Dhabi", "Mayor of Paris": the city's state
                p_end, alpha2 = places.place_start[after]
                if alpha2:
                    countries.append(alpha2)
                pos = p_end
                continue
            if after in places.place_start and prep in ("in", "at") and role in _ACCREDITED:
                # "India's High Commissioner in Colombo Ana Ruiz": the city of the post, the
                # host's, not the envoy's state; the name follows it
                pos = places.place_start[after][0]
                continue
            if prep == "for" and role == "senior_diplomat":
                # "envoy for Western Sahara, ...": the envoy's mandate, a region no gazetteer
                # lists (only when the clause closes after it: "envoy for Syria Ana Ruiz"
                # would take her name along)
                mandate = _MANDATE.match(norm, after, after + _WINDOW)
                if mandate is not None:
                    pos = mandate.end()
            if prep == "of" and not (org is not None or countries or body):
                unparsed = True
            break
        # before the title: modifiers, then a country / organization / "the country's"
        # (most titles have no modifier: one quick test then spares both readings of them)
        modified = self._modifier_before(folded[max(0, start - 24) : start])
        mstart = self._modifiers(folded, start, role)[0] if modified else start
        if low in ("minister", "secretary", "cs") and mstart == start:
            # "Trade and Industry Minister": a portfolio written before the title;
            # "Agriculture Secretary" is a minister, not the Secretary of State; Kenya's
            # "Foreign Affairs CS" (cabinet secretary) is its foreign minister
            mstart = self._portfolio_before(norm, start)
            if mstart < start and low == "secretary":
                # ("Foreign Affairs Secretary": the foreign minister, as "Secretary of Foreign
                # Affairs" is; the South Asian "Foreign Secretary" is a row of its own)
                foreign = _FOREIGN_AFFAIRS.match(norm, mstart, start) is not None
                role = "foreign_minister" if foreign else "minister"
            elif mstart < start and _FOREIGN_AFFAIRS.match(norm, mstart, start) is not None:
                # "Foreign and European Affairs Minister": the foreign minister
                role = "foreign_minister"
        elif role == "minister" and mstart == start and low.endswith(" minister"):
            # "Foreign and Trade Minister": a row's portfolio ("trade minister") joined after
            # foreign affairs names the foreign minister (other portfolios before it keep
            # the row's title: "Industry and Trade Minister")
            ext = self._portfolio_before(norm, start)
            if ext < start and _FOREIGN_AFFAIRS.match(norm, ext, start) is not None:
                mstart, role = ext, "foreign_minister"
        if norm[mstart:end].islower() and norm.startswith(" ", mstart - 1):
            # "Kenya's foreign affairs principal secretary": a title in lower case after its
            # portfolio in lower case, after the state in the possessive
            ext = self._portfolio_before(norm, mstart, lower=True)
            if ext < mstart:
                gap = norm[max(0, ext - 40) : ext]
                if ext - len(gap) + _left_gap(gap) in places.country_end:
                    mstart = ext
        left = mstart
        the_country = False
        if org is not None and not countries and role == "ambassador":
            # "the Philippines' permanent representative to the United Nations": the state
            # before is the one the envoy serves, the body only where the envoy is posted
            before = norm[max(0, mstart - 40) : mstart]
            edge = mstart - len(before) + _left_gap(before)
            if edge in places.country_end and not _BLANK_LINE.search(norm, edge, mstart):
                c_start, alpha2, ci = places.country_end[edge]
                countries.append(alpha2)
                used.append(ci)
                left = c_start
                org = None  # (as "Ghana's permanent representative to the UN" reads)
        if org is None and not countries:
            before = norm[max(0, mstart - 40) : mstart]
            edge = mstart - len(before) + _left_gap(before)
            if _BLANK_LINE.search(norm, edge, mstart):
                # "... and the Philippines\n\nSecretary Rubio": a headline, then a paragraph
                edge = -1
            if edge in places.country_end:
                c_start, alpha2, ci = places.country_end[edge]
                countries.append(alpha2)
                used.append(ci)
                left = c_start
            elif edge in places.org_end:
                o_start, oi = places.org_end[edge]
                org = oi
                left = o_start
            elif (whose := _WHOSE_BEFORE.search(before)) is not None and (
                (at := mstart - len(before) + whose.start()) in places.org_end
            ):
                # "The AfDB, whose new president, ...": the body's own post
                o_start, oi = places.org_end[at]
                org = oi
                left = o_start
            elif (paren := _paren_org(norm, edge, places)) is not None:
                # "Inter-Parliamentary Union (IPU) President": the body's acronym in brackets
                left, org = paren
            elif (noun := _BODY_NOUN_BEFORE.search(before)) is not None and (
                body_named := _body_by_noun(norm, places, noun.group(1), mstart)
            ) is not None:
                # "... the Pacific Islands Forum, where she met the forum's Secretary General"
                org = body_named[1]
            elif edge in places.place_end and places.place_end[edge][1]:
                # "White House Chief of Staff", "Kremlin spokesman": the venue's state
                p_start, alpha2 = places.place_end[edge]
                countries.append(alpha2)
                left = p_start
            elif (role in _STATE_LEADER_ROLES or row.needs == "body") and (
                kind := self._body_before(norm, mstart)
            ):
                # "National Assembly Chair Ana Ruiz": the head of the state body named before
                body = True
                body_kind = body_kind or kind
                owner = _body_owner(norm, mstart, places)
                if owner is not None:
                    # "Chilean Senate President", "Peru's National Congress Speaker": its state
                    countries.append(owner[1])
                    used.append(owner[2])
                    left = owner[0]
            elif (role in _STATE_LEADER_ROLES or row.needs == "body") and (
                state := self._acronym_state(norm, mstart, places)
            ):
                # "Statistics Chile (INE) said ... INE Head Ana Ruiz": a state body spelled out
                body = True
                countries.append(state)
            elif "country" in before.lower() and _THE_COUNTRY.search(before):
                the_country = True
            elif role in _LEADER_ROLES and low not in _REGION_TITLES and self._led_thing(before):
                return None  # "Expo President", "a carmaker's chairman": not a state's office
        if remit_for and org is None and role == "senior_diplomat" and len(countries) == 1:
            # "the UN Special Envoy for Yemen", "the UN Secretary-General's Special Envoy for
            # Yemen": the state is the envoy's remit; the body named before serves as employer
            envoy_of = _remit_body(norm, mstart, places)
            if envoy_of is not None:
                org, left = envoy_of[1], envoy_of[0]
            if envoy_of is not None or "director" in low:
                # (with no body named, a director's: "the Director General for America,
                # Ambassador X" heads a ministry's department for a region; the state is the
                # remit, not the employer. A bare "Special Envoy for Libya" keeps Libya)
                countries.clear()
                del used[-1:]
        if org is None and not countries and has_portfolio:
            # "Minister of Foreign Affairs, Emigration and Egyptian Expatriates": the state
            # whose nationals abroad the portfolio serves is the minister's
            for _, c_end, alpha2, k in places.countries_between(mstart, title_end):
                if k >= 0 and alpha2 and _NATIONALS_AFTER.match(norm, c_end, c_end + 24):
                    countries.append(alpha2)
                    used.append(k)
                    break
        if row.needs == "body" and org is None and not body and not chained:
            return None
        if unparsed and org is None and not body and not countries and role in _LEADER_ROLES:
            # "president of the retail banking unit": a company's, not a state's
            return None
        if unit:
            role = "senior_diplomat"
        elif org is not None and (
            role in _STATE_LEADER_ROLES or row.needs == "body" or low in _ORG_HEADS
        ):
            role = "head_of_organization"
        elif (
            body
            and org is None
            and (role in _STATE_LEADER_ROLES or row.needs == "body")
            and not (role == "head_of_government" and row.specificity >= 3)
        ):
            # (a prime minister or premier leads only a government, whatever body names it:
            # "the Prime Minister of the Government of National Unity" heads the government)
            # who leads a state body: a legislature's chair is a legislator, a ministry
            # department's head a senior diplomat, any other body's an official
            role = _BODY_LEADER_ROLE.get(body_kind, "other_official")
            if foreign_body and low in _MINISTRY_SECRETARIES:
                # "Secretary General of the Federal Ministry for European and International
                # Affairs": a foreign ministry's top civil servant, a diplomat
                role = "senior_diplomat"
            elif whole_ministry and low in _MINISTRY_HEADS:
                # "Head of the Federal Department of Foreign Affairs": who heads the whole
                # foreign ministry is its minister
                role = "foreign_minister"
        if (
            role == "senior_diplomat"
            and low.endswith(("adviser", "advisor"))
            and _PRESS_BRIEF.match(norm, title_end, title_end + _WINDOW)
        ):
            # "Special Adviser to the President on Media and Publicity": a press aide
            role = "other_official"
        # rank modifiers apply last: "Vice-President of the European Commission"
        specificity = row.specificity
        if modified:
            led = role
            _, role = self._modifiers(folded, start, role)
            if led == "head_of_government" and role == "minister":
                # "Deputy Prime Minister" names no portfolio: any other title of the same
                # person says more ("... who also serves as deputy prime minister")
                specificity = min(specificity, 1)
        plural = row.title in self._plurals
        default = row.country if row.country and not has_portfolio else None
        if org is None and row.organization_name:
            # "ECOWAS Commission President": a body the text names ends inside the title,
            # whose implied body ("Commission President": the European Commission) it is not
            org = next(
                (places.org_end[p][1] for p in range(start + 1, end) if p in places.org_end),
                None,
            )
        return TitleHit(
            start=mstart,
            end=title_end,
            span_end=pos,
            left=left,
            role=role,
            specificity=specificity,
            countries=tuple(countries),
            org=org,
            default_country=default,
            plural=plural,
            body=body,
            needs=row.needs,
            countries_used=tuple(used),
            the_country=the_country,
            shared_default=row.shared,
            elsewhere_role=(
                row.portfolio_role if row.country and not has_portfolio and role == row.role else ""
            ),
            implied_org=(row.organization_name or None) if org is None and not countries else None,
        )


def _is_plural(title: str, keys: Container[str]) -> bool:
    """True when ``title`` ends with "s" and its singular is a title too ("Presidents")."""
    return title.endswith("s") and WordList.key(title[:-1]) in keys


def _may_chain(norm: str, pos: int) -> bool:
    """False when no second title can be joined at ``pos`` (see ``_CHAIN``): after one space
    at most, the next character is no blank, "/", "&", a dash nor the "a" of "and" (a quick test
    before the pattern; most titles are followed by a space and a name)."""
    if norm.startswith(" ", pos):
        pos += 1
    return pos < len(norm) and (norm[pos] in _CHAIN_FIRST or norm[pos] in _SPACES)


def _country_follows(norm: str, pos: int, places: PlaceIndex) -> bool:
    """True when a country starts at ``pos`` or after a lead ("the brotherly State of")."""
    if pos in places.country_start:
        return True
    lead = _COUNTRY_LEAD.match(norm, pos, pos + _WINDOW)
    if lead is None or lead.end() == pos:
        return False
    return any(
        w.start() in places.country_start for w in _LEAD_WORD.finditer(norm, pos, lead.end())
    ) or (lead.end() in places.country_start)


def _paren_org(norm: str, edge: int, places: PlaceIndex) -> tuple[int, int] | None:
    """The body whose acronym in brackets ends right before ``edge`` ("Union (IPU) "):
    (the start of the acronym, the body's index), else None."""
    if edge < 2 or norm[edge - 1] != ")":
        return None
    return places.org_end.get(edge - 1)


# A body named again by the head noun of its name, before a title of its own: "the forum's
# Secretary General" after "the Pacific Islands Forum" (the noun in group 1).
_BODY_NOUN_BEFORE = regex.compile(r"\bthe[ \t]+(\p{Ll}{3,20})'s[ \t]+$")
#: How far back the body a head noun names again may be named (characters).
_BODY_NOUN_REACH = 1500


def _body_by_noun(norm: str, places: PlaceIndex, noun: str, pos: int) -> tuple[int, int] | None:
    """The nearest body named before ``pos`` (within :data:`_BODY_NOUN_REACH`) whose name
    ends with ``noun`` ("forum" -> "Pacific Islands Forum"): (its start, its index), else
    None. Asked only at a cue ("the forum's "), so a scan of the bodies is cheap."""
    best: tuple[int, int, int] | None = None
    for end, (start, oi) in places.org_end.items():
        if (
            pos - _BODY_NOUN_REACH <= end <= pos
            and (best is None or end > best[0])
            and norm[start:end].rsplit(" ", 1)[-1].lower() == noun
        ):
            best = (end, start, oi)
    return (best[1], best[2]) if best is not None else None


# An adviser's brief in the media, after the title (and whom the adviser serves): " to the
# President on Information and Strategy", " on Media and Publicity".
_PRESS_BRIEF = anchored(
    r"(?:[ \t]+to[ \t]+the[ \t]+(?:\p{Lu}[\p{L}\-]*[ \t]+){1,4})?[ \t]*,?[ \t]*on[ \t]+"
    r"(?i:media|information|communications?|publicity|press|public[ \t]+affairs)\b"
)
# A relative "whose" between a body and a title of its own: "The AfDB, whose new president".
_WHOSE_BEFORE = regex.compile(
    # (the body's acronym in brackets may end it: "... on Development (Igad), whose ")
    r"\)?,[ \t]+whose[ \t]+(?:(?:new|current|incoming|outgoing)[ \t]+)?$",
    regex.I,
)


def _body_owner(norm: str, start: int, places: PlaceIndex) -> tuple[int, str, int] | None:
    """The state named right before the body whose name ends before the title at ``start``
    ("Chilean" of "Chilean Senate President", "Peru's" of "Peru's National Congress
    Speaker"): ``places.country_end``'s entry (start, alpha2, index), else None. The body's
    name is one or two capitalized words."""
    pos = start
    for _ in range(2):
        m = _WORD_BEFORE.search(norm, max(0, pos - 40), pos)
        if m is None or not m.group("w")[0].isupper():
            return None
        pos = m.start("w")
        before = norm[max(0, pos - 40) : pos]
        edge = pos - len(before) + _left_gap(before)
        if edge in places.country_end:
            return places.country_end[edge]
    return None


def _state_owns(norm: str, start: int, places: PlaceIndex) -> bool:
    """True when a state's name in the possessive stands right before the title at ``start``
    (a modifier between): "Kenya's Special Envoy", "Chile's ambassador".

    The name ends where the possessive begins (``places.country_end``)."""
    m = _STATE_POSSESSIVE.search(norm, max(0, start - 40), start)
    return m is not None and m.start() in places.country_end


def _remit_body(norm: str, start: int, places: PlaceIndex) -> tuple[int, int] | None:
    """The body named right before a title at ``start``, directly or by its head's possessive
    ("UN Special Envoy", "UN Secretary-General's Special Envoy"): (body start, body hit)."""
    lo = max(0, start - 60)
    before = norm[lo:start]
    head = _HEAD_POSSESSIVE.search(before)
    if head is not None:
        before = before[: head.start()]
    return places.org_end.get(lo + _left_gap(before)) if before else None


def _left_gap(before: str) -> int:
    """Where the gap before a title starts in ``before`` (the text that ends at the title):
    the first offset of the leftmost match of ``_LEFT_GAP`` (see its comment) ending there.

    >>> before = "met Chile's the "
    >>> before[_left_gap(before):]
    "'s the "
    """
    start = _gap_suffix(before)
    if before.endswith("\n"):
        # "$" also matches before a final line break
        start = min(start, _gap_suffix(before[:-1]))
    return start


def _gap_suffix(text: str) -> int:
    """Start of the longest suffix of ``text`` that ``_LEFT_GAP`` matches whole, read from the
    right: "the" and its blanks, blanks around one line break, "'s" or "'"."""
    rest = text.rstrip(_SPACES)
    end = len(rest) - 3 if len(rest) < len(text) and rest.endswith("the") else len(text)
    rest = text[:end].rstrip(" \t")
    if rest.endswith("\n"):
        rest = rest[:-1].rstrip(" \t")
    if rest.endswith("'s"):
        return len(rest) - 2
    return len(rest) - 1 if rest.endswith("'") else len(rest)


def _last_word_lead(text: str) -> int:
    """The earliest offset where ``_THING_BEFORE`` can match in ``text``: the last character
    before the blanks in front of the last word (the search need not try the ones before).

    >>> _last_word_lead("talks, said FIFA ")
    10
    """
    body = text[:-1] if text.endswith("\n") else text  # "$" also matches before a final "\n"
    end = len(body.rstrip(" \t"))
    start = max(body.rfind(" ", 0, end), body.rfind("\t", 0, end), body.rfind("\n", 0, end)) + 1
    return max(0, len(body[:start].rstrip(" \t")) - 1)


def _skip_poss(norm: str, pos: int) -> int:
    if norm.startswith("'s", pos):
        return pos + 2
    if norm.startswith("'", pos):
        return pos + 1
    return pos


def _skip_blank(norm: str, pos: int) -> int:
    while pos < len(norm) and norm[pos] in " \t":
        pos += 1
    return pos


def _of_possessor(norm: str, owner: TitleHit, hit: TitleHit) -> TitleHit:
    """``hit`` serving the body or state of the title it is written after in the possessive:
    "the UN Secretary-General's Personal Envoy" serves the UN, "the Chilean President's
    special envoy" Chile; else ``hit`` unchanged."""
    if owner.org is None and not owner.countries:
        return hit
    if _POSSESSIVE_GAP.fullmatch(norm, owner.end, hit.left) is None:
        return hit
    if owner.org is not None:
        return hit._replace(org=owner.org)
    return hit._replace(countries=owner.countries[:1])


def _join(a: TitleHit, b: TitleHit) -> TitleHit:
    """One title from two joined ones: the higher role, the union of affiliations."""
    role = a.role if ROLE_RANK[a.role] <= ROLE_RANK[b.role] else b.role
    return a._replace(
        end=b.end,
        span_end=b.span_end,
        role=role,
        specificity=max(a.specificity, b.specificity),
        countries=a.countries or b.countries,
        org=a.org if a.org is not None else b.org,
        implied_org=a.implied_org or b.implied_org,
        default_country=a.default_country or b.default_country,
        body=a.body or b.body,
        countries_used=a.countries_used + b.countries_used,
    )
