"""Places stage: countries (names, demonyms), international organizations and cities.

Every form of every gazetteer (countries, organizations, places and "blocked"
phrases) goes into ONE trie pattern (:func:`~diplotext.grammar.wordlist.trie_pattern`),
so a text is scanned once and the longest form wins across kinds: "Mexico City"
is a city and no mention of Mexico, "Organization of American States" a body
and no mention of the US, "New Mexico" nothing at all. Each match is then checked:

* case: an abbreviation matches only as written ("US", not "us"); other forms
  need the capitals of the form ("Turkey", not "turkey");
* the context rules of ``data/country_context.tsv``: Georgia the US state,
  Jordan/Chad/Holland as names of people (one "Neil Jordan" makes every bare
  "Jordan" of the text the person), "Turkey sandwiches", "U.S. Open" and other
  event names, acronyms that are English words in an ALL-CAPS line, "Sino-";
* generic organization aliases ("Security Council") only free-standing.

A rejected match is retried one character later, so "republic of Azerbaijan"
still yields Azerbaijan. Then a bare "Guinea" or "Congo" may stand for the
longer-named state the text names (``data/country_short_refs.tsv``), and
"Full Name (ACR)" definitions link acronyms to bodies, known or new
(:func:`~diplotext.recognize.organizations.inline_definitions`). The text's own
spelling-out of a known acronym wins over the gazetteer ("the Rapid Support Forces
... the RSF" is no press-freedom group); a name ending in a meeting word
("Foreign Office Consultations (FOC)") is no body; a name led by a known body's
mention is one of its missions or organs ("AU ... Mission in Somalia (AUSSOM)"), and
so is a known body's mention followed by a capitalized organ name ("the OSCE
Permanent Council").

>>> from diplotext.text.segment import segment
>>> stage = PlaceStage({})
>>> res = stage(segment("Azerbaijani and Armenian ministers met in New York at the UN."))
>>> [(c.alpha2, c.mentions[0].form) for c in res.countries]
[('AZ', 'demonym'), ('AM', 'demonym')]
>>> [o.acronym for o in res.organizations], [p.name for p in res.place_hits]
(['UN'], ['New York'])
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import ChainMap
from collections.abc import Iterator, Mapping, MutableMapping
from typing import NamedTuple

import regex

from diplotext.errors import GazetteerError
from diplotext.found import CountryHit, OrgHit, PlaceHit, PlaceResult
from diplotext.grammar.wordlist import trie_pattern
from diplotext.recognize.countries import (
    BLOCKED,
    CountryGazetteer,
    build_country_gazetteer,
    context_cues,
    country_gazetteer,
    is_exact_form,
)
from diplotext.recognize.organizations import (
    OrgSpec,
    build_organization_gazetteer,
    inline_definitions,
    organization_gazetteer,
)
from diplotext.records import Country, Mention, Organization
from diplotext.resources.loader import Table, load_table
from diplotext.text.normalize import fold, normalize
from diplotext.text.segment import Document

__all__ = ["PlaceStage"]

PLACE_KINDS = ("capital", "city", "venue")


# The lower-case word right before a mention: "remarks on Taiwan" -> "on".
_LOWER_WORD_BEFORE = regex.compile(r"(?<![\w])(?P<word>[a-z]{2,12})[ ]{1,3}\Z")
# What ends a phrase right after a mention: a comma, a stop, a lower-case word (not "'s",
# a capitalized word or a hyphen): "on Taiwan, ...", "on Taiwan in parliament".
_PHRASE_ENDS = regex.compile(r"[ \t]*(?:[,.;:)]|\Z)|[ \t]+\p{Ll}")
# A state's name in capitals heads a dateline this near the top of the text at most.
_NAMESAKE_REACH = 1500
# What follows the place of a dateline written in capitals: "KUWAIT: ...", "KUWAIT -
# ...", "PANAMA, May 3 (EFE)", "SINGAPORE (Reuters)" (not "KUWAIT TIMES", "KUWAIT AND IRAQ")
_CAPS_DATELINE_MARK = regex.compile(
    r"[ \t]*(?::|\(|[-\u2013\u2014][ \t]"
    r"|,[ \t]*(?:[0-9]|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
)


class _Entry(NamedTuple):
    """What a gazetteer key stands for. ``cat``: country | blocked | org | place | count
    (a number word that may end a grouping's name: "the Nordic-Baltic Eight")."""

    cat: str
    #: alpha2 (country), org id (org), place name (place), "" (blocked)
    ref: str
    #: the form as written in the data, for the case check
    form: str
    #: country form kind, org form kind (name/acronym/alias), or place alpha2
    kind: str
    exact: bool
    #: a context rule of countries.tsv, "generic" or "family" (orgs) or ""
    context: str


# A capitalized word right after / right before a mention, on the same line.
# Example: "Chad Smith" -> "Smith"; "Michael Jordan" -> "Michael".
_NEXT_WORD = regex.compile(r"[ ]{1,3}(?P<word>[A-Z][\w'.-]{0,30})")
# Any word right after a mention: "Turkey sandwiches" -> "sandwiches".
_ANY_NEXT_WORD = regex.compile(r"[ ]{1,3}(?P<word>[\w'-]{1,40})")
_PREV_WORD = regex.compile(r"(?P<word>[A-Z][\w'.-]{0,30})[ ]{1,3}\Z")
# Where a capitalized next word starts (the start of _NEXT_WORD's word; no \w inside, so
# the stdlib engine, faster to call, reads it as ``regex`` does). Example: "U.S. Open".
# Up to three capitalized words right after a body's mention: "United Nations Framework
# Convention" -> " Framework Convention" (bounded, so linear).
# A capitalised word after "the" ("the Forum"), whole: a body's head word standing for it.
_THE_CAPITAL = regex.compile(r"(?<=\b[Tt]he )\p{Lu}[\w-]*")
_NEXT_CAPITALS = regex.compile(r"(?:[ ]{1,3}\p{Lu}[\p{L}-]{0,30}){1,3}")
_NEXT_CAPITAL = re.compile(r"[ ]{1,3}(?=[A-Z])")
# A closing line of editors' initials joined by slashes, as agencies sign off a story:
# "JPK/ABC // XY" (initials, no body; bounded, so linear).
_INITIALS_LINE = re.compile(r"[ \t]*[A-Z]{2,4}(?:[ \t]*/{1,2}[ \t]*[A-Z]{2,4}){1,5}[ \t]*")
# "of" right after a generic alias: "Security Council of Armenia" names a national body.
_OF_AFTER = re.compile(r"[ ]{1,3}of[ ]")
# An ampersand right after a generic alias joins it into a longer name: "Foreign,
# Commonwealth & Development Office", "Security & Defence Committee".
_AMPERSAND_AFTER = re.compile(r"[ ]{0,3}&[ ]{0,3}[A-Z]")
# "Word, " right before a generic alias, and "and Word Office" right after it: a list of
# words in a ministry's name ("Foreign, Commonwealth and Development Office"; not "the
# United Nations, Commonwealth and African Union")
_LISTED_BEFORE = re.compile(r"[A-Z][\w'-]{0,30},[ ]{1,3}\Z")
_AND_NAME_AFTER = re.compile(
    r"[ ]{1,3}and[ ]{1,3}[A-Z][\w'-]{0,30}(?:[ ]{1,3}[A-Z][\w'-]{0,30})?"
    r"[ ]{1,3}(?:Office|Ministry|Department)(?![\w])"
)
# A word of a headline, for the Title Case test.
_LINE_WORD = regex.compile(r"[^\W\d_][\w'-]*")
# ", " after a mention, before a US state's name ("Lebanon, Pennsylvania").
_COMMA = re.compile(r",[ ]{1,3}")
# A word starts here (the text before it ends in no word character).
_WORD_START = re.compile(r"\b(?<![\w])")
_PHRASE_END = frozenset({"", ",", ".", ";", ":", ")", "\n"})
# The words before a demonym that may name it a language ("teaching of Swahili and ..."):
# at most this many words, within this many characters.
_WORDS_BEFORE = regex.compile(r"[\w'-]+")
_LANGUAGE_WORDS = 4
_LANGUAGE_REACH = 60
# Articles: a demonym right after one names people ("the French"), not a language.
_ARTICLES = frozenset({"the", "a", "an"})
# Hyphens and dashes that join a body's mention to the word before it ("Armenia-EU").
_HYPHENS = frozenset("-\u2010\u2011\u2013")
# The families of bodies whose short form ("@Commission") a sibling's mention licenses.
_FAMILIES = {
    "eu": "eu",
    "eu_institution": "eu",
    "un": "un",
    "un_organ": "un",
    "un_agency": "un",
}


def _namesake_pattern(word: str) -> re.Pattern[str]:
    """A capitalized word but "The" right before ``word``: another body's name ending
    in it ("Joint Commission", "Election Commission"); read at the capitalized word.

    >>> _namesake_pattern("Commission").findall("The Commission and the Joint Commission")
    ['Joint Commission']
    """
    return re.compile(r"(?<![\w'-])(?!The[ ])[A-Z][\w'-]*[ ]" + re.escape(word) + r"(?![\w-])")


# Look-back window for _PREV_WORD (longest word + spaces).
_BACK = 40
# The word before a grouping's number: capitalized words joined by hyphens, then one blank
# ("Nordic-Baltic " of "the Nordic-Baltic Eight"); read backwards (REVERSE) from the number,
# bounded, so linear.
_GROUP_HEAD = regex.compile(r"(?r)(?<![\w'-])(\p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20}){0,2})[ ]\Z")


@functools.cache
def _count_words() -> tuple[str, ...]:
    """The number words that may end a grouping's name (organization_cues.tsv, "count")."""
    table = load_table("organization_cues", ("role", "cues"))
    return tuple(
        c.strip() for row in table.rows if row["role"] == "count" for c in row["cues"].split("|")
    )


def _words(cues: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(c) for c in cues)


def _load_places(extra: Table | None, states: Mapping[str, object]) -> Iterator[_Entry]:
    tables = [load_table("places", ("name", "alpha2", "aliases", "kind"))]
    if extra is not None:
        tables.append(extra)
    for table in tables:
        for column in ("name", "alpha2"):
            if column not in table.columns:
                raise GazetteerError(table.name, None, f"missing column {column!r}")
        for line, row in table.located():
            name = (row.get("name") or "").strip()
            alpha2 = (row.get("alpha2") or "").strip().upper()
            kind = (row.get("kind") or "city").strip()
            if not name:
                raise GazetteerError(table.name, line, "empty name")
            if alpha2 not in states:
                raise GazetteerError(table.name, line, f"unknown country code {alpha2!r}")
            if kind not in PLACE_KINDS:
                raise GazetteerError(
                    table.name,
                    line,
                    f"unknown kind {kind!r}; expected one of {', '.join(PLACE_KINDS)}",
                )
            forms = [name] + [a.strip() for a in (row.get("aliases") or "").split("|")]
            for form in forms:
                if form and not form[0].isalnum():
                    raise GazetteerError(
                        table.name, line, f"form {form!r} must start with a letter or digit"
                    )
                if form:
                    yield _Entry("place", name, form, alpha2, is_exact_form(form), "")


def _key(phrase: str) -> str:
    """The gazetteer key of ``phrase``: normalized, folded (diacritics dropped, so
    "Bogotá" and "Bogota" share one), blanks collapsed; as the folded text reads it.

    >>> _key("São  Tomé"), _key("Hà Nội")
    ('sao tome', 'ha noi')
    """
    return " ".join(fold(normalize(phrase)).split())


def _fast_pattern(phrases: tuple[str, ...]) -> regex.Pattern[str]:
    """One word-start-anchored trie pattern for ``phrases`` (matched on folded text)."""
    keys = sorted({_key(p) for p in phrases if p.strip()})
    return regex.compile(r"\b(?<![\w])" + trie_pattern(keys) + r"(?![\w])", regex.V0)


_NAME_WORD = regex.compile(r"[\w'-]+")
# A run of capitalized words, with short connectors inside ("Rapid Support Forces",
# "Union of South American Nations"); at most 8 words, so a long run is read in pieces.
_CAPITALIZED_RUN = regex.compile(
    r"(?<![\w'-])[A-Z][\w'-]*(?:[ ](?:(?:of|for|and|the|on|in)[ ])?[A-Z][\w'-]*){1,7}"
)
# Up to four capitalized words (with "of"/"and"/"for") right after a body's mention:
# " Ministerial Council", " Council of Ministers", " Peace and Security Council",
# " Authority of Heads of State and Government" (at most seven words).
_ORGAN_WORD = r"(?:[A-Z][\w'-]*|(?:of|and|for)(?=[ ][A-Z]))"
_ORGAN_AFTER = regex.compile(r"[ ]" + _ORGAN_WORD + r"(?:[ ]" + _ORGAN_WORD + r"){0,6}")
# Whether _ORGAN_AFTER matches (its first word; no \w needed, so the stdlib engine, faster
# to call, reads it as ``regex`` does).
_ORGAN_START = re.compile(r"[ ](?:[A-Z]|(?:of|and|for)[ ][A-Z])")


# the remit that ends an organ's name after its organ word, capitalized words with
# commas and small joiners: " on Human Rights", " on the Rights of the Child",
# " on Politics, Defence and Security Cooperation" (at most eight words)
_REMIT_NAME = regex.compile(
    r"[ ]on[ ](?:the[ ])?[A-Z][\w'-]*"
    r"(?:(?:,[ ]|[ ](?:and|of|for)[ ](?:the[ ])?|[ ])[A-Z][\w'-]*){0,7}"
)
# what may follow a list of fields that ends a remit: a stop, a bracket, the line's end
_REMIT_STOP = re.compile(r"[.;:)(\n]|[ ]\(|\Z")
# the seat that names an office after its organ word: " in Bishkek", " at Geneva"
_SEAT_AFTER = regex.compile(r"[ ](?:in|at)[ ]\p{Lu}[\w'-]*")
# a lower-case remit going on after an office's name: " for the Coordination of ..."
_REMIT_AFTER = re.compile(r"[ ](?:for|of|on)[ ]")
# "of" or "of the" ending the text before a body's mention (an organ's name stands before
# it: "the Permanent Council of the OSCE")
_OF_BEFORE = re.compile(r"[ ]of[ ](?:the[ ])?\Z")
# an acronym in parentheses right after a mention: "Collective Security Treaty Organization (CSTO)"
_DEFINED_AFTER = re.compile(r"[ ]?\([A-Z][A-Za-z-]{1,9}\)")
# the body's own head noun before an organ's name: "the agency's Board of Governors"
_ORGAN_ANAPHOR = re.compile(
    r"(?<![\w])[Tt]he[ ](agency|organi[sz]ation|bank|fund|union|alliance|court)'s(?=[ ][A-Z])"
)
# Words that end the part of a body's name its head word stands in ("Organization" of
# "Organization of Islamic Cooperation").
_HEAD_STOPS = frozenset({"of", "for", "on", "in"})
# How many sentences after a body's name its head word alone ("the Forum") refers to it.
_SHORT_FORM_SENTENCES = 3
# " of " or " for " right after a head word: another body's name ("the Council of Ministers").
_OF_FOR_AFTER = re.compile(r"[ ]{1,3}(?:of|for)[ ]")
# how far (characters) after a body's mention an organ named by its head noun is looked for
_ANAPHOR_REACH = 300
# how far (characters) before a mention an organ's name is looked for, and its most words
_ORGAN_REACH = 60
_ORGAN_WORDS = 4


def _remit_end(text: str, start: int, not_first: frozenset[str] = frozenset()) -> int | None:
    """The end of a remit (" on Human Rights") right at ``start`` after an organ word, or
    None. A list of fields is read only when it is one: single words before the commas,
    "and" closing it, and a stop right after ("on Energy, Sweden and Norway said" ends
    at the comma). A remit never opens with a word of ``not_first`` (folded): "the
    Council on Monday" dates the Council's act.

    >>> text = "the AU Commission on Energy, Sweden and Norway said"
    >>> text[: _remit_end(text, text.index(" on"))]
    'the AU Commission on Energy'
    >>> text = "the SADC Organ on Politics, Defence and Security Cooperation."
    >>> text[: _remit_end(text, text.index(" on"))]
    'the SADC Organ on Politics, Defence and Security Cooperation'
    """
    m = _REMIT_NAME.match(text, start)
    if m is None:
        return None
    words = _NAME_WORD.findall(m.group(), 4)  # after " on "
    if fold(words[1] if words[0] == "the" else words[0]) in not_first:
        return None
    comma = text.find(", ", m.start(), m.end())
    if comma < 0:
        return m.end()
    last_comma = text.rfind(", ", m.start(), m.end())
    items = text[m.start() + 4 : last_comma].split(", ")
    if (
        text.find(" and ", last_comma, m.end()) >= 0
        and all(" " not in item for item in items)
        and _REMIT_STOP.match(text, m.end()) is not None
    ):
        return m.end()
    return comma


def _organ_end(run: str, index: int) -> int:
    """Offset in ``run`` just after its ``index``-th word."""
    end = 0
    for i, m in enumerate(_NAME_WORD.finditer(run)):
        end = m.end()
        if i == index:
            break
    return end


def _head_noun(word: str) -> str:
    """A body's head noun, folded, one spelling for both: "Organisation" -> "organization"."""
    return fold(word).replace("organisation", "organization")


def _in_initials_line(norm: str, start: int, end: int) -> bool:
    """True when the hit ``norm[start:end]``, next to a slash, stands on a line of editors'
    initials ("JPK/ABC // XY"): a sign-off, no mention of a body.

    >>> _in_initials_line("Text.\\nJPK/ADB // XY\\n", 10, 13)
    True
    >>> _in_initials_line("talks on EU/NATO ties", 9, 11)
    False
    """
    if "/" not in norm[max(0, start - 3) : start] + norm[end : end + 3]:
        return False
    lo = norm.rfind("\n", 0, start) + 1
    hi = norm.find("\n", end)
    return _INITIALS_LINE.fullmatch(norm, lo, len(norm) if hi < 0 else hi) is not None


def _case_ok(form: str, exact: bool, span: str) -> bool:
    """The span has the capitals the form asks for (all its characters if ``exact``).

    >>> _case_ok("Turkey", False, "TURKEY"), _case_ok("Turkey", False, "turkey")
    (True, False)
    >>> _case_ok("US", True, "US"), _case_ok("US", True, "Us")
    (True, False)
    >>> _case_ok("Saint-Émilion", True, "Saint-Emilion")  # accents aside, the same case
    True
    """
    if span == form:
        return True
    f = " ".join(form.split())
    s = " ".join(span.split())
    if exact:
        return fold(s) == fold(f) and all(
            fc.isupper() == sc.isupper() for fc, sc in zip(f, s, strict=True)
        )
    if len(f) != len(s):
        return s[:1].isupper() or not f[:1].isupper()
    return all(not fc.isupper() or sc.isupper() for fc, sc in zip(f, s, strict=False))


class _Index(NamedTuple):
    """The compiled gazetteer: folded key -> entries, and the patterns that find keys."""

    entries: dict[str, tuple[_Entry, ...]]
    pattern: re.Pattern[str]
    session_acronyms: dict[str, str]
    session_pattern: re.Pattern[str]


def _build_index(
    countries: CountryGazetteer, orgs: Mapping[str, OrgSpec], places: Table | None
) -> _Index:
    """Every form of every gazetteer in one dict and one trie pattern."""
    entries: dict[str, list[_Entry]] = {}

    def add(entry: _Entry) -> None:
        key = _key(entry.form)
        if not key:
            return
        bucket = entries.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    for f in countries.forms:
        cat = "blocked" if f.alpha2 == BLOCKED else "country"
        add(_Entry(cat, f.alpha2, normalize(f.form), f.kind, f.exact, f.context))
    for spec in orgs.values():
        for alias in spec.forms:
            if alias.form == spec.acronym:
                kind = "acronym"
            elif alias.form == spec.name:
                kind = "name"
            else:
                kind = "alias"
            exact = kind == "acronym" or is_exact_form(alias.form)
            # a short form ("Commission") also needs a sibling body named in the text
            context = "family" if alias.sibling else "generic" if alias.generic else ""
            add(_Entry("org", spec.id, normalize(alias.form), kind, exact, context))
    for entry in _load_places(places, countries.states):
        add(entry._replace(form=normalize(entry.form)))
    for word in _count_words():
        add(_Entry("count", "", normalize(word), "", False, ""))
    for key, bucket in entries.items():
        if not key[0].isalnum():
            raise GazetteerError(
                "gazetteer", None, f"form {bucket[0].form!r} must start with a letter or digit"
            )
    # Folded key (see _key) -> entries; one trie pattern over all keys, each taken
    # with the non-word character before it (the scan reads the text behind a blank,
    # which stands for its start; see :meth:`PlaceStage.__call__`): so a key starts where
    # WordList's "(?<!\w)" lets it, and the leading class lets the regex engine skip to
    # the next candidate quickly (a 1 MB single word takes milliseconds, not seconds).
    # The pattern is a trie of literal characters (no construct that backtracks), which
    # the stdlib engine reads exactly as ``regex`` does (Unicode \w and \s on str) and
    # scans about twenty times faster; the tests check both engines agree.
    final = {k: tuple(v) for k, v in entries.items()}
    pattern = re.compile(r"\W" + trie_pattern(sorted(final)) + r"(?![\w])")
    # A body's acronym with a session number glued on: "UNGA78", "UNGA-78" (the
    # acronym, 3+ letters, is the mention). Matched case-sensitively on the
    # normalized text.
    session_acronyms = {
        spec.acronym: spec.id
        for spec in orgs.values()
        if spec.acronym
        and spec.acronym.isalpha()
        and spec.acronym.isupper()
        and len(spec.acronym) >= 3
    }
    # The pattern starts with the trie (its first characters are capitals), so the engine
    # skips to the capitals of the text quickly; the word start is checked on each hit.
    session_pattern = re.compile(
        r"(?P<acr>" + trie_pattern(sorted(session_acronyms)) + r")(?=-?\d{1,3}(?![\w]))"
    )
    return _Index(final, pattern, session_acronyms, session_pattern)


@functools.cache
def _default_index() -> _Index:
    """The index of the package's own gazetteers, built once per process."""
    return _build_index(country_gazetteer(), organization_gazetteer(), None)


class PlaceStage:
    """Finds countries, organizations and cities. Built once per Parser."""

    def __init__(self, extra: dict[str, Table]) -> None:
        self._extra = extra
        country_extra = extra.get("countries")
        self._countries: CountryGazetteer = (
            country_gazetteer() if country_extra is None else build_country_gazetteer(country_extra)
        )
        org_extra = extra.get("organizations")
        self._orgs: Mapping[str, OrgSpec] = (
            organization_gazetteer()
            if org_extra is None
            else build_organization_gazetteer(org_extra)
        )
        if not any(k in extra for k in ("countries", "organizations", "places")):
            index = _default_index()
        else:
            index = _build_index(self._countries, self._orgs, extra.get("places"))
        self._entries = index.entries
        self._pattern = index.pattern
        self._session_acronyms = index.session_acronyms
        self._session_pattern = index.session_pattern
        self._known_acronyms = frozenset(s.acronym for s in self._orgs.values() if s.acronym)
        # Short forms ("Commission") -> another name ending in the form
        self._namesakes = {
            a.form: _namesake_pattern(a.form)
            for spec in self._orgs.values()
            for a in spec.forms
            if a.sibling
        }
        # Acronym -> the gazetteer bodies that have it, and their folded forms.
        by_acronym: dict[str, list[OrgSpec]] = {}
        for spec in self._orgs.values():
            if spec.acronym:
                by_acronym.setdefault(spec.acronym, []).append(spec)
        self._acronym_ids = {a: frozenset(sp.id for sp in v) for a, v in by_acronym.items()}
        self._acronym_forms = {
            a: frozenset(
                fold(" ".join(f.split()))
                for sp in v
                for f in (sp.name, *sp.aliases, *(x.form for x in sp.forms))
            )
            for a, v in by_acronym.items()
        }

        cues = context_cues()
        self._state_cues = _fast_pattern(cues.get(("us_state", "sentence"), ()))
        self._after_ok = _words(cues.get(("given_name", "after"), ()))
        self._issue_before = _words(cues.get(("issue", "before"), ()))
        self._before_ok = _words(cues.get(("given_name", "before"), ()))
        caps_words = _words(cues.get(("caps_word", "caps"), ()))
        # The gazetteer's forms that are also English words in an ALL-CAPS line ("US").
        self._caps_forms = frozenset(
            e.form
            for bucket in self._entries.values()
            for e in bucket
            if fold(e.form) in caps_words
        )
        # Keys of one plain entry (a state, body or place with no context rule, and no
        # form that is an English word in an ALL-CAPS line): most hits. Written as in the
        # data, such a hit needs no case check and, but for a state's "U.S. Open" and an
        # exact form's "US$", no context check (see :meth:`_accept`).
        self._plain = {
            key: bucket[0]
            for key, bucket in self._entries.items()
            if len(bucket) == 1
            and bucket[0].cat in ("country", "org", "place")
            and not bucket[0].context
            and bucket[0].form not in self._caps_forms
        }
        # The capital named after its state ("Kuwait City" of Kuwait, "Panama City"): the
        # state's name in capitals heading a dateline ("KUWAIT: ...") places it there.
        states = self._countries.states
        self._namesake_capitals = {
            e.kind: e.ref
            for bucket in self._entries.values()
            for e in bucket
            if e.cat == "place"
            and e.form == e.ref
            and e.kind in states
            and fold(e.ref) == fold(states[e.kind].name) + " city"
        }
        self._short_refs = self._load_short_refs()
        # The states a short form names by itself (GN of "Guinea"): only their hits can be one.
        self._short_ref_states = frozenset(a2 for _, a2 in self._short_refs)
        self._noun_words = _words(cues.get(("common_noun", "noun"), ()))
        self._origin_suffixes = tuple(sorted(_words(cues.get(("origin_suffix", "suffix"), ()))))
        self._language_cues = _words(cues.get(("language_noun", "language"), ()))
        event_words = cues.get(("event_name", "event"), ())
        self._event_words = _fast_pattern(event_words)
        # How the event words start, up to a first blank ("grand" of "Grand Prix"): a
        # quick test before the pattern.
        self._event_starts = tuple({_key(w).split(" ")[0] for w in event_words if w.strip()})
        self._us_states = _fast_pattern(cues.get(("us_town", "town"), ()))
        org_cues = load_table("organization_cues", ("role", "cues"))
        by_role: dict[str, set[str]] = {
            "head": set(),
            "weak_head": set(),
            "international": set(),
            "national": set(),
            "format": set(),
            "organ": set(),
            "instrument": set(),
            "body_document": set(),
            "organ_tail": set(),
            "organ_stop": set(),
            "organ_seat": set(),
            "count": set(),
            "feature": set(),
            "neighbour": set(),
        }
        for line, row in org_cues.located():
            if row["role"] not in by_role:
                raise GazetteerError(org_cues.name, line, f"unknown role {row['role']!r}")
            by_role[row["role"]].update(fold(c.strip()) for c in row["cues"].split("|"))
        self._org_heads = frozenset(by_role["head"])
        self._org_weak_heads = frozenset(by_role["weak_head"])
        self._org_any_heads = self._org_heads | self._org_weak_heads
        self._org_international = frozenset(by_role["international"])
        self._org_national = frozenset(by_role["national"])
        self._org_formats = frozenset(by_role["format"])
        self._org_organs = frozenset(by_role["organ"])
        self._org_instruments = frozenset(by_role["instrument"])
        self._body_documents = frozenset(by_role["body_document"])
        self._organ_tails = frozenset(by_role["organ_tail"])
        self._organ_stops = frozenset(by_role["organ_stop"])
        self._organ_seats = frozenset(by_role["organ_seat"])
        #: organ words read after a body's mention: organs and seats ("OSCE Programme Office")
        self._organs_after = self._org_organs | self._organ_seats
        self._org_features = frozenset(by_role["feature"])
        self._org_neighbour = frozenset(by_role["neighbour"])
        #: month and weekday names: "the OSCE Permanent Council on Thursday" has no remit
        self._date_words = frozenset(
            row["name"]
            for name in ("months", "weekdays")
            for row in load_table(name, ("name", "form")).rows
        )

    def _load_short_refs(self) -> dict[tuple[str, str], tuple[str, ...]]:
        """``(folded form, alpha2) -> longer states`` of ``data/country_short_refs.tsv``."""
        table = load_table("country_short_refs", ("form", "alpha2", "longer"))
        out: dict[tuple[str, str], tuple[str, ...]] = {}
        states = self._countries.states
        for line, row in table.located():
            codes = tuple(c.strip() for c in row["longer"].split("|") if c.strip())
            for code in (row["alpha2"], *codes):
                if code not in states:
                    raise GazetteerError(table.name, line, f"unknown country code {code!r}")
            out[(_key(row["form"]), row["alpha2"])] = codes
        return out

    def _resolve_short_refs(self, folded: str, hits: list[CountryHit]) -> list[CountryHit]:
        """Bare "Guinea" stands for Equatorial Guinea when only the latter is named otherwise."""
        if not any(h.alpha2 in self._short_ref_states for h in hits):
            return hits
        short = [
            (i, self._short_refs.get((folded[h.start : h.end], h.alpha2)))
            for i, h in enumerate(hits)
        ]
        if not any(codes for _, codes in short):
            return hits
        other = {h.alpha2 for (_, codes), h in zip(short, hits, strict=True) if not codes}
        out = list(hits)
        for i, codes in short:
            if not codes or hits[i].alpha2 in other:
                continue
            target = next((c for c in codes if c in other), None)
            if target is not None:
                out[i] = hits[i]._replace(alpha2=target)
        return out

    # --- context checks ------------------------------------------------------------

    @staticmethod
    def _all_caps_line(doc: Document, start: int) -> bool:
        # The line around the span, at most 100 characters each side (long lines stay linear).
        seg = doc.segment_at(start)
        lo, hi = max(0, start - 100), start + 100
        if seg is not None:
            lo, hi = max(lo, seg.start), min(hi, seg.end)
        chunk = doc.norm[lo:hi]
        return not any(c.islower() for c in chunk) and sum(c.isalpha() for c in chunk) >= 4

    @staticmethod
    def _title_case_line(doc: Document, start: int) -> bool:
        """A headline written in Title Case ("Blinken Visits Jordan Amid Tensions")."""
        seg = doc.segment_at(start)
        if seg is None or seg.role not in ("headline", "heading"):
            return False
        words = _LINE_WORD.findall(doc.norm, max(seg.start, start - 100), min(seg.end, start + 100))
        long_words = [w for w in words if len(w) > 3]
        return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)

    def _person_name(self, doc: Document, start: int, end: int) -> str:
        """How the span reads as part of a person's name.

        "given" before a capitalized word ("Chad Smith"), "surname" after one
        ("Michael Jordan"), "" when it is no name.
        """
        if self._all_caps_line(doc, start) or self._title_case_line(doc, start):
            return ""
        if start > 1 and doc.norm[start - 1] == "-" and doc.norm[start - 2].isalpha():
            return ""  # "EU-Jordan", "Niger-Chad": the second state of a pair, no name
        nxt = _NEXT_WORD.match(doc.norm, end)
        if nxt is not None and fold(nxt.group("word")).rstrip(".") not in self._after_ok:
            return "given"
        lo = max(0, start - _BACK)
        prev = _PREV_WORD.search(doc.norm, lo, start)
        if prev is not None and fold(prev.group("word")) not in self._before_ok:
            return "surname"
        return ""

    def _as_issue(self, norm: str, start: int, end: int) -> bool:
        """True when a contested state's mention names the dispute: a cue word right before
        ("on", "over") and the phrase ending with it ("remarks on Taiwan in parliament",
        "including on Taiwan,"), not "support for Taiwan's bid" or "on Taiwan Strait"."""
        prev = _LOWER_WORD_BEFORE.search(norm, max(0, start - _BACK), start)
        if prev is None or prev.group("word") not in self._issue_before:
            return False
        return _PHRASE_ENDS.match(norm, end) is not None

    def _us_state(
        self, doc: Document, folded: str, start: int, end: int, cache: dict[str, list[int]]
    ) -> bool:
        """True when the sentence around the span speaks of the US state."""
        sent = doc.sentence_at(start)
        lo, hi = max(0, start - 300), end + 300
        if sent is not None:
            lo, hi = max(lo, sent.start), min(hi, sent.end)
        if "cues" not in cache:
            # All cue matches of the text, found once: (start, end) flattened.
            flat: list[int] = []
            for m in self._state_cues.finditer(folded):
                flat.extend(m.span())
            cache["cues"] = flat
            cache["starts"] = flat[0::2]
        flat = cache["cues"]
        i = bisect.bisect_left(cache["starts"], lo)
        while 2 * i < len(flat) and flat[2 * i] < hi:
            cs, ce = flat[2 * i], flat[2 * i + 1]
            # A cue longer than the span counts ("Georgia Senate"); the bare span itself not.
            if ce <= hi and (not (cs <= start and end <= ce) or ce - cs > end - start):
                return True
            i += 1
        return False

    def _group_start(self, doc: Document, start: int) -> int | None:
        """Where a grouping named by its number starts: "the Nordic-Baltic Eight", "the
        Bucharest Nine" (regional words or places before a capitalized number word), else
        None. Every part of the word before must be a regional word ("Nordic") or a
        state or place of the gazetteer."""
        head = _GROUP_HEAD.search(doc.norm, max(0, start - _BACK), start)
        if head is None:
            return None
        for part in head.group(1).split("-"):
            key = fold(part)
            if key in self._org_international:
                continue
            if not any(e.cat in ("country", "place") for e in self._entries.get(key, ())):
                return None
        return head.start(1)

    def _generic_ok(self, doc: Document, start: int, end: int) -> bool:
        """A generic alias stands free: no capitalized word right before it ("National
        Security Council"), no "of ..." after it ("Security Council of Armenia"), and no
        ampersand or listed words around it that make it part of a longer name ("Foreign,
        Commonwealth & Development Office")."""
        norm = doc.norm
        if _OF_AFTER.match(norm, end) or _AMPERSAND_AFTER.match(norm, end):
            return False
        if _AND_NAME_AFTER.match(norm, end) and _LISTED_BEFORE.search(
            norm, max(0, start - _BACK), start
        ):
            return False
        prev = _PREV_WORD.search(norm, max(0, start - _BACK), start)
        return prev is None or fold(prev.group("word")) in ("the", "a", "an", "un", "u.n.")

    def _event_name(self, doc: Document, folded: str, end: int) -> bool:
        """The next word makes the span part of an event's name ("U.S. Open", "German Cup")."""
        nxt = _NEXT_CAPITAL.match(doc.norm, end)
        return (
            nxt is not None
            and folded.startswith(self._event_starts, nxt.end())
            and self._event_words.match(folded, nxt.end()) is not None
        )

    def _us_town(self, folded: str, end: int) -> bool:
        """ ", Pennsylvania" right after the span: a US town named after a country."""
        comma = _COMMA.match(folded, end)
        if comma is None:
            return False
        state = self._us_states.match(folded, comma.end())
        return state is not None and folded[state.end() : state.end() + 1] in _PHRASE_END

    def _names_other(self, doc: Document, folded: str, start: int, end: int, kind: str) -> bool:
        """What follows a country's form makes it part of another name: an event's
        ("U.S. Open"), an origin ("Brazilian-born") or a US town ("Lebanon, Pennsylvania");
        or a demonym (``kind``) names a language ("the teaching of Swahili and Portuguese.").
        The character after the form tells which checks can apply."""
        after = folded[end : end + 1]
        return (
            (after == " " and self._event_name(doc, folded, end))
            or folded.startswith(self._origin_suffixes, end)
            or (after == "," and self._us_town(folded, end))
            or (kind == "demonym" and after in _PHRASE_END and self._language_noun(folded, start))
        )

    def _language_noun(self, folded: str, start: int) -> bool:
        """A demonym that ends its phrase (checked by the caller), with a language word
        among the four words before it and no article right before it, names a language:
        "the teaching of Swahili and Portuguese.", "translated into French," (not "spoke
        to the French.")."""
        words = _WORDS_BEFORE.findall(folded, max(0, start - _LANGUAGE_REACH), start)
        if not words or words[-1] in _ARTICLES:
            return False
        return any(w in self._language_cues for w in words[-_LANGUAGE_WORDS:])

    def _accept(
        self,
        doc: Document,
        folded: str,
        entry: _Entry,
        span: tuple[int, int, str],
        persons: set[str],
        cache: dict[str, list[int]],
    ) -> bool:
        """Does ``span`` (start, end, normalized text) stand for ``entry`` here (case and
        context)?"""
        if entry.cat == "blocked":
            return True
        start, end, written = span
        if written != entry.form and not _case_ok(entry.form, entry.exact, written):
            return False
        if entry.cat == "country" and self._names_other(doc, folded, start, end, entry.kind):
            return False
        if entry.cat == "count":
            return self._group_start(doc, start) is not None
        if entry.exact:
            if entry.form in self._caps_forms and self._all_caps_line(doc, start):
                before = doc.norm[start - 1 : start]
                after = doc.norm[end : end + 1]
                if before not in ("-", "/") and after not in ("-", "/"):
                    return False
            if doc.norm[end : end + 1] == "$":  # "US$ 5 million"
                return False
        if not entry.context:
            return True
        if entry.context == "given_name":
            person = self._person_name(doc, start, end)
            if person == "surname":
                # "Neil Jordan" once makes every bare "Jordan" of the text the person
                # (but "Israel Katz" leaves a later bare "Israel" the country).
                persons.add(folded[start:end])
            return not person
        if entry.context == "prefix":  # "Sino-Japanese", not the surname "Russo"
            return doc.norm[end : end + 1] == "-"
        if entry.context == "common_noun":
            nxt = _ANY_NEXT_WORD.match(doc.norm, end)
            return nxt is None or fold(nxt.group("word")) not in self._noun_words
        if entry.context == "us_state":
            return not self._us_state(doc, folded, start, end, cache)
        if entry.context == "issue":
            return not self._as_issue(doc.norm, start, end)
        if entry.context == "generic":
            return self._generic_ok(doc, start, end)
        if entry.context == "family":  # a short form may also open a sentence
            return self._generic_ok(doc, start, end) or (
                doc.sentence_index(start) != doc.sentence_index(max(0, start - 2))
                and _OF_AFTER.match(doc.norm, end) is None
            )
        return True

    # --- the stage -------------------------------------------------------------------

    def __call__(self, doc: Document) -> PlaceResult:
        """Countries, organizations and places of ``doc``."""
        folded = doc.folded
        country_hits: list[CountryHit] = []
        org_spans: list[tuple[int, int, str, str]] = []  # start, end, org id, form kind
        place_hits: list[PlaceHit] = []
        pattern = self._pattern
        entries = self._entries
        norm = doc.norm
        persons: set[str] = set()
        cache: dict[str, list[int]] = {}
        named: list[tuple[int, str]] = []  # country hits of given-name forms: (index, key)
        groups: list[tuple[int, int]] = []  # groupings named by a number: (start, end)
        family_at: set[int] = set()  # org spans of short forms (see _with_family): indexes
        plain = self._plain
        # The keys are matched in the text behind a blank (see _build_index), each with
        # the character before it: a match's offsets there are its key's span, but one
        # more at the end.
        scan = " " + folded
        matches = pattern.finditer(scan)
        m = next(matches, None)
        while m is not None:
            start, end = m.start(), m.end() - 1
            # The match is folded already: its key is the match itself, blanks collapsed.
            key = folded[start:end]
            written = norm[start:end]
            entry = plain.get(key)
            if (
                entry is not None
                and written == entry.form
                and not (entry.exact and norm[end : end + 1] == "$")
            ):
                # the common case, accepted as _accept would, with no list of entries
                cat = entry.cat
                if cat == "country" and self._names_other(doc, folded, start, end, entry.kind):
                    matches = pattern.finditer(scan, start + 1)
                    m = next(matches, None)
                    continue
                m = next(matches, None)
                if cat == "country":
                    country_hits.append(CountryHit(start, end, entry.ref, entry.kind))
                elif cat == "org":
                    org_spans.append((start, end, entry.ref, entry.kind))
                else:
                    place_hits.append(PlaceHit(start, end, entry.ref, entry.kind))
                continue
            span = (start, end, written)
            accepted = [
                e
                for e in entries.get(key) or entries[" ".join(key.split())]
                if self._accept(doc, folded, e, span, persons, cache)
            ]
            if not accepted:
                # Retried one character later: "republic of Azerbaijan" yields Azerbaijan.
                matches = pattern.finditer(scan, start + 1)
                m = next(matches, None)
                continue
            m = next(matches, None)
            # The first accepted entry of each kind: a span may name a state and a city.
            first: dict[str, _Entry] = {}
            for e in accepted:
                first.setdefault(e.cat, e)
            if (country := first.get("country")) is not None:
                if country.context == "given_name":
                    named.append((len(country_hits), key))
                country_hits.append(CountryHit(start, end, country.ref, country.kind))
            if (org := first.get("org")) is not None:
                if org.context == "family":
                    family_at.add(len(org_spans))
                org_spans.append((start, end, org.ref, org.kind))
            if (place := first.get("place")) is not None:
                place_hits.append(PlaceHit(start, end, place.ref, place.kind))
            if "count" in first and (group_start := self._group_start(doc, start)) is not None:
                groups.append((group_start, end))
        if persons and named:
            dropped = {i for i, key in named if key in persons}
            country_hits = [h for i, h in enumerate(country_hits) if i not in dropped]
        if self._namesake_capitals and country_hits:
            place_hits = self._namesake_datelines(norm, country_hits, place_hits)
        country_hits = self._resolve_short_refs(folded, country_hits)
        if family_at:
            org_spans = self._with_family(norm, org_spans, family_at)
        org_spans = self._session_acronym_spans(doc, org_spans)
        if org_spans:
            org_spans = [
                o
                for o in org_spans
                if not self._opens_document(doc.norm, o[1])
                and not _in_initials_line(doc.norm, o[0], o[1])
            ]
        # The gazetteer's bodies, with this text's new ones on top (no copy per text).
        specs: MutableMapping[str, OrgSpec] = ChainMap({}, self._orgs)  # type: ignore[arg-type]
        if groups:
            org_spans, country_hits, place_hits = self._groups(
                doc, specs, groups, org_spans, country_hits, place_hits
            )
        org_spans, country_hits = self._inline(doc, specs, org_spans, country_hits)
        if org_spans:
            org_spans = self._short_forms(doc, org_spans)
        return self._build(doc, specs, country_hits, org_spans, place_hits)

    def _with_family(
        self, norm: str, org_spans: list[tuple[int, int, str, str]], family_at: set[int]
    ) -> list[tuple[int, int, str, str]]:
        """Keep a body's short form ("the Commission" of the European
        Commission) only where the text names a sibling of that body in full (the EU or
        another of its institutions; for a body outside the EU and UN families, the body
        itself), and no other capitalized name ends with that word ("the Joint
        Commission": "the Commission" may be that one)."""
        others = [o for i, o in enumerate(org_spans) if i not in family_at]
        present = {self._family(o[2]) for o in others}
        kept = []
        for i, span in enumerate(org_spans):
            if i in family_at:
                word = norm[span[0] : span[1]]
                if self._family(span[2]) not in present:
                    continue
                own = [(s, e) for s, e, oid, _ in others if oid == span[2]]
                if any(
                    not any(s <= m.start() < e for s, e in own)
                    for m in self._namesakes[word].finditer(norm)
                ):
                    continue
            kept.append(span)
        return kept

    def _family(self, oid: str) -> str:
        """The family a body belongs to: "eu" (the union and its institutions), "un"
        (the UN, its organs and agencies), else the body's own id."""
        spec = self._orgs.get(oid)
        return oid if spec is None else _FAMILIES.get(spec.kind, oid)

    def _namesake_datelines(
        self, norm: str, country_hits: list[CountryHit], place_hits: list[PlaceHit]
    ) -> list[PlaceHit]:
        """``place_hits`` with the capital of a state named in capitals at the head of a
        line near the top, before a dateline's mark: "KUWAIT: The minister ...", "PANAMA,
        May 3 (EFE) -" stand for Kuwait City and Panama City (wire style)."""
        added: list[PlaceHit] = []
        for h in country_hits:
            if h.start > _NAMESAKE_REACH:
                break
            capital = self._namesake_capitals.get(h.alpha2)
            if (
                capital is not None
                and (h.start == 0 or norm[h.start - 1] == "\n")
                and norm[h.start : h.end].isupper()
                and _CAPS_DATELINE_MARK.match(norm, h.end) is not None
            ):
                added.append(PlaceHit(h.start, h.end, capital, h.alpha2))
        if not added:
            return place_hits
        return sorted([*place_hits, *added], key=lambda p: p.start)

    @staticmethod
    def _groups(
        doc: Document,
        specs: MutableMapping[str, OrgSpec],
        groups: list[tuple[int, int]],
        org_spans: list[tuple[int, int, str, str]],
        country_hits: list[CountryHit],
        place_hits: list[PlaceHit],
    ) -> tuple[list[tuple[int, int, str, str]], list[CountryHit], list[PlaceHit]]:
        """Add the groupings named by a number ("the Bucharest Nine"): a body each, whose
        name's states and places are no mentions of their own."""
        for s, e in groups:
            name = " ".join(doc.norm[s:e].split())
            oid = "group:" + fold(name)
            if oid not in specs:
                specs[oid] = OrgSpec(oid, name, None, (), "grouping", ())
        org_spans = sorted(
            [t for t in org_spans if not any(s <= t[0] and t[1] <= e for s, e in groups)]
            + [(s, e, "group:" + fold(" ".join(doc.norm[s:e].split())), "name") for s, e in groups]
        )
        country_hits = [
            h for h in country_hits if not any(s <= h.start and h.end <= e for s, e in groups)
        ]
        place_hits = [
            h for h in place_hits if not any(s <= h.start and h.end <= e for s, e in groups)
        ]
        return org_spans, country_hits, place_hits

    def _session_acronym_spans(
        self, doc: Document, org_spans: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """Add "UNGA" of "UNGA78" (a session number glued to a body's acronym)."""
        # A hit inside a word ("XUNGA78") is no mention; it cannot hide one either (the
        # acronym is letters only, so it ends where a mention starting before it would).
        found = [
            (m.start("acr"), m.end("acr"), self._session_acronyms[m.group("acr")], "acronym")
            for m in self._session_pattern.finditer(doc.norm)
            if _WORD_START.match(doc.norm, m.start())
        ]
        if not found:
            return org_spans
        return sorted(org_spans + found)

    def _inline(
        self,
        doc: Document,
        specs: MutableMapping[str, OrgSpec],
        org_spans: list[tuple[int, int, str, str]],
        country_hits: list[CountryHit],
    ) -> tuple[list[tuple[int, int, str, str]], list[CountryHit]]:
        """Link "Full Name (ACR)" definitions; new bodies for names not in the gazetteer.

        After a definition, a bare "the Alliance" (the name's head word, capitalized)
        refers back to the body, unless two defined bodies share that head.
        """
        by_span = {(s, e): oid for s, e, oid, _ in org_spans}
        starts_at = {s: (e, oid) for s, e, oid, _ in org_spans}
        known_acronyms = self._known_acronyms
        new_acronyms: dict[str, str] = {}  # acronym -> org id
        extra_spans: list[tuple[int, int, str, str]] = []
        drop: list[tuple[int, int]] = []
        heads: dict[str, tuple[str, int] | None] = {}  # head word -> (org id, defined at)
        # Acronyms the text itself spells out as something else than the gazetteer's body:
        # "the Rapid Support Forces (RSF)" is no "Reporters Without Borders (RSF)".
        redefined: set[str] = set()
        places_named: list[tuple[int, int]] = []
        # body mentions that open the name of an agreement (start, end)
        in_title: set[tuple[int, int]] = set()
        for d in inline_definitions(doc.norm):
            if self._is_format(d.name):
                # "Foreign Office Consultations (FOC)": a meeting format, no body.
                redefined.add(d.acronym)
                continue
            oid = by_span.get((d.name_start, d.name_end))
            if oid is not None:
                if d.acronym not in known_acronyms and (d.acr_start, d.acr_end) not in by_span:
                    new_acronyms.setdefault(d.acronym, oid)
                    if specs[oid].acronym is None:
                        specs[oid] = specs[oid]._replace(acronym=d.acronym)
                    extra_spans.append((d.acr_start, d.acr_end, oid, "acronym"))
                self._note_head(heads, d.name, oid, d.acr_end)
                continue
            if d.acronym in new_acronyms:
                continue
            if not d.fitted and (d.acronym in known_acronyms or not self._ends_in_head(d.name)):
                # an acronym from the body's name in another language: only after a name
                # that ends in a body's head word ("... Development Organization (OMVS)")
                continue
            # A name that starts with a known body's mention is one of its organs or
            # missions: "AU Support and Stabilization Mission in Somalia (AUSSOM)".
            inner = starts_at.get(d.name_start)
            of_body = inner is not None and inner[0] < d.name_end
            if d.acronym in known_acronyms:
                if self._same_body(d.acronym, d.name, d.name_start, starts_at):
                    continue
                # The text defines a known acronym as something else: its own
                # definition wins over the gazetteer.
                redefined.add(d.acronym)
            if self._is_instrument(d.name):
                # An agreement or convention, no body. A body's name that opens it and
                # qualifies it ("United Nations Convention on the Law of the Sea (UNCLOS)")
                # is part of the document's name; a party joined by a hyphen
                # ("EU-Chile Advanced Framework Agreement (AFA)") is still named.
                if of_body and inner is not None and doc.norm[inner[0] : inner[0] + 1] == " ":
                    in_title.add((d.name_start, inner[0]))
                continue
            if not self._international(d.name, of_body=of_body):
                continue
            oid = "inline:" + d.acronym
            specs[oid] = OrgSpec(oid, d.name, d.acronym, (), "other", ())
            new_acronyms[d.acronym] = oid
            extra_spans.append((d.name_start, d.name_end, oid, "name"))
            extra_spans.append((d.acr_start, d.acr_end, oid, "acronym"))
            drop.append((d.name_start, d.name_end))
            if of_body:
                # "... Mission in Somalia": the state a body's mission serves is named.
                places_named.append((d.name_start, d.name_end))
            self._note_head(heads, d.name, oid, d.acr_end)
        redefined |= self._spelled_out(doc, org_spans, known_acronyms)
        if redefined or in_title:
            org_spans = [
                t
                for t in org_spans
                if not (t[3] == "acronym" and doc.norm[t[0] : t[1]] in redefined)
                and (t[0], t[1]) not in in_title
            ]
        organs = self._organs(doc, specs, org_spans)
        if organs:
            extra_spans.extend(organs)
            drop.extend((s, e) for s, e, _, _ in organs)
        if not extra_spans and not heads:
            return org_spans, country_hits
        taken = {(s, e) for s, e, _, _ in extra_spans}
        if new_acronyms:
            # Later bare uses of the new acronyms: one pattern for this text's few acronyms.
            alternation = "|".join(
                regex.escape(a) for a in sorted(new_acronyms, key=len, reverse=True)
            )
            bare: list[tuple[int, int, str, str]] = []
            for m in regex.finditer(r"(?<![\w])(?:" + alternation + r")(?![\w])", doc.norm):
                if m.span() not in taken:
                    bare.append((m.start(), m.end(), new_acronyms[m.group()], "acronym"))
            # "the Indian Ocean Commission (IOC) ... the IOC Council of Ministers": a body
            # the text defined has organs too
            later = self._organs(doc, specs, bare)
            if later:
                extra_spans.extend(later)
                drop.extend((s, e) for s, e, _, _ in later)
                bare = [t for t in bare if not any(s <= t[0] < e for s, e, _, _ in later)]
            extra_spans.extend(bare)
        usable = {h: v for h, v in heads.items() if v is not None}
        if usable:
            # "the Alliance": a capitalised word after "the" that is one of this text's head
            # words (case as written)
            for m in _THE_CAPITAL.finditer(doc.norm):
                found = usable.get(m.group())
                if found is None:
                    continue
                oid, after = found
                if m.start() > after and m.span() not in taken:
                    extra_spans.append((m.start(), m.end(), oid, "alias"))
        drop.sort()
        drop_starts = [d[0] for d in drop]

        def inside(s: int, e: int) -> bool:
            i = bisect.bisect_right(drop_starts, s) - 1
            return i >= 0 and e <= drop[i][1] and (s, e) != drop[i]

        kept = sorted(t for t in org_spans if not inside(t[0], t[1]))
        starts = [t[0] for t in kept]
        for t in sorted(extra_spans):
            i = bisect.bisect_left(starts, t[0])
            if i > 0 and kept[i - 1][1] > t[0]:
                continue
            if i < len(kept) and kept[i][0] < t[1]:
                continue
            kept.insert(i, t)
            starts.insert(i, t[0])
        countries = [
            h
            for h in country_hits
            if not inside(h.start, h.end)
            or any(s <= h.start and h.end <= e for s, e in places_named)
        ]
        return kept, countries

    def _name_head(self, name: str) -> str | None:
        """The head word of a body's name as written: the last capitalized head word
        before the name's first "of", "for", "on" or "in" ("Forum" of "Pacific Islands
        Forum", "Organization" of "Organization of Islamic Cooperation"), or None."""
        head = None
        for word in name.split():
            if word in _HEAD_STOPS:
                break
            if word[:1].isupper() and fold(word) in self._org_any_heads:
                head = word
        return head

    def _short_forms(
        self, doc: Document, org_spans: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """Short forms, "the Forum" after "the Pacific Islands Forum": the capitalized head
        word of a body's name, right after "the", refers to the body named last with that
        head, in the same sentence or up to :data:`_SHORT_FORM_SENTENCES` sentences before
        (each such short form carries the reach on), unless another body with that head
        is named within that reach too. Not before "of" or "for" ("the Council of
        Ministers" is another body's name), nor inside another mention."""
        text = doc.norm
        # head word -> [(end, org id)] of the bodies' written names, in text order
        antecedents: dict[str, list[tuple[int, str]]] = {}
        for s, e, oid, kind in org_spans:
            if kind != "acronym" and (word := self._name_head(text[s:e])) is not None:
                antecedents.setdefault(word, []).append((e, oid))
        if not antecedents:
            return org_spans
        found: list[tuple[int, int, str, str]] = []
        for word, ants in antecedents.items():
            for i, (end, oid) in enumerate(ants):
                stop = ants[i + 1][0] if i + 1 < len(ants) else len(text)
                # the last other body with this head named before: within reach too, the
                # short form is ambiguous ("the Forum" after two "... Forum"s)
                rival = next((e for e, o in reversed(ants[:i]) if o != oid), None)
                rival_at = None if rival is None else doc.sentence_index(rival - 1)
                pos = end
                while (at := self._short_form_at(doc, word, pos, stop)) is not None:
                    k = doc.sentence_index(at)
                    if rival_at is None or k is None or k - rival_at > _SHORT_FORM_SENTENCES:
                        found.append((at, at + len(word), oid, "alias"))
                    pos = at + len(word)
        if not found:
            return org_spans
        taken = sorted(org_spans)
        starts = [t[0] for t in taken]
        for t in sorted(set(found)):
            i = bisect.bisect_right(starts, t[0])
            if (i > 0 and taken[i - 1][1] > t[0]) or (i < len(taken) and taken[i][0] < t[1]):
                continue  # inside (or across) another mention
            taken.insert(i, t)
            starts.insert(i, t[0])
        return taken

    def _short_form_at(self, doc: Document, word: str, pos: int, stop: int) -> int | None:
        """Where "the ``word``" next stands after ``pos``, before ``stop`` and within
        reach of the sentence holding ``text[pos - 1]`` (see :meth:`_short_forms`); not
        before a national body's word ("the Union Minister", India's)."""
        k = doc.sentence_index(pos - 1)
        if k is None:
            return None
        last = min(k + _SHORT_FORM_SENTENCES, len(doc.sentences) - 1)
        limit = min(stop, doc.sentences[last].end)
        text = doc.norm
        at = text.find(word, pos, limit)
        while at >= 0:
            end = at + len(word)
            if (
                text[at - 4 : at] in ("the ", "The ")
                and not text[end : end + 1].isalnum()
                and text[end : end + 1] != "-"
                and _OF_FOR_AFTER.match(text, end) is None
                and not self._national_after(text, end)
            ):
                return at
            at = text.find(word, end, limit)
        return None

    def _national_after(self, text: str, end: int) -> bool:
        """A capitalized word of a national body's name right after ``text[:end]``
        ("Minister" of "the Union Minister of External Affairs")."""
        nxt = _NEXT_WORD.match(text, end)
        return nxt is not None and fold(nxt.group("word")) in self._org_national

    def _note_head(
        self, heads: dict[str, tuple[str, int] | None], name: str, oid: str, after: int
    ) -> None:
        """Remember the head word of a defined body ("Alliance" of "UN Alliance of ...")."""
        for word in name.split():
            if word[:1].isupper() and fold(word) in self._org_any_heads:
                prev = heads.get(word, (oid, after))
                heads[word] = (oid, after) if prev is not None and prev[0] == oid else None
                return

    def _is_format(self, name: str) -> bool:
        """A name ending in a meeting word names a format, no body ("... Consultations")."""
        words = _NAME_WORD.findall(name)
        return bool(words) and fold(words[-1]) in self._org_formats

    def _opens_document(self, norm: str, end: int) -> bool:
        """True when a body's mention ending at ``end`` opens a document's name: "United
        Nations Convention on the Law of the Sea", "UN Framework Convention on Climate
        Change" (a convention, no mention of the body itself)."""
        run = _NEXT_CAPITALS.match(norm, end)
        if run is None:
            return False
        return any(fold(w) in self._body_documents for w in run.group().split())

    def _is_instrument(self, name: str) -> bool:
        """A name with an agreement word and no body's head word after it names a document
        ("Comprehensive Economic Partnership Agreement"), not a body ("Collective
        Security Treaty Organization")."""
        words = [fold(w) for w in _NAME_WORD.findall(name)]
        last = max((i for i, w in enumerate(words) if w in self._org_instruments), default=-1)
        return last >= 0 and not any(w in self._org_heads for w in words[last + 1 :])

    def _same_body(
        self, acronym: str, name: str, name_start: int, starts_at: Mapping[int, tuple[int, str]]
    ) -> bool:
        """Does "name (ACR)" define the gazetteer's own body of that acronym? Yes when the
        name is one of its forms, or a mention of it ends the name ("Council of ... of
        the Shanghai Cooperation Organization (SCO)" is read as the SCO too)."""
        key = fold(" ".join(name.split()))
        forms = self._acronym_forms.get(acronym, frozenset())
        if key in forms or any(key.endswith(" " + f) for f in forms):
            return True
        inner = starts_at.get(name_start)
        return inner is not None and inner[1] in self._acronym_ids.get(acronym, frozenset())

    def _names_body(self, org_spans: list[tuple[int, int, str, str]], acronym: str) -> bool:
        """Does the text name the gazetteer body of ``acronym`` by a full name too?"""
        ids = self._acronym_ids.get(acronym, frozenset())
        return any(oid in ids and kind != "acronym" for _, _, oid, kind in org_spans)

    def _spelled_out(
        self,
        doc: Document,
        org_spans: list[tuple[int, int, str, str]],
        known_acronyms: frozenset[str],
    ) -> set[str]:
        """Known acronyms the text spells out as another name, without parentheses.

        "the paramilitary Rapid Support Forces ... The RSF said": a capitalized name
        whose words' initials are exactly the acronym, and no full name of the
        gazetteer's body in the text, make the acronym that name's.
        """
        acronyms = {
            doc.norm[s:e]
            for s, e, _, kind in org_spans
            if kind == "acronym" and doc.norm[s:e] in known_acronyms
        }
        # Three letters at least: a two-letter pair of initials is too often chance
        # ("Upper Nile" is no spelling-out of "UN").
        acronyms = {
            a
            for a in acronyms
            if len(a) >= 3 and a.isupper() and not self._names_body(org_spans, a)
        }
        if not acronyms:
            return set()
        starts_at = {s: (e, oid) for s, e, oid, _ in org_spans}
        found: set[str] = set()
        for m in _CAPITALIZED_RUN.finditer(doc.norm):
            words = [w for w in m.group().split() if w[:1].isupper()]
            initials = "".join(w[0] for w in words)
            if initials in acronyms and not self._same_body(
                initials, m.group(), m.start(), starts_at
            ):
                found.add(initials)
        return found

    def _organs(
        self,
        doc: Document,
        specs: MutableMapping[str, OrgSpec],
        org_spans: list[tuple[int, int, str, str]],
    ) -> list[tuple[int, int, str, str]]:
        """A known body's mention followed by a capitalized organ name: "the GCC Ministerial
        Council", "the OSCE Permanent Council" (a body of its own, named as written)."""
        out: list[tuple[int, int, str, str]] = []
        text = doc.norm
        seen: set[int] = set()  # the starts of organs named after a head noun
        for s, e, body, _ in org_spans:
            if text[s - 1 : s] in _HYPHENS:
                # "the Armenia-EU Partnership Council": a body of the EU and one partner, not
                # an organ of the EU
                continue
            # ("... of the Collective Security Treaty Organization (CSTO)": an acronym defined
            # right after names the inner body, the one the text speaks of)
            before = None if _DEFINED_AFTER.match(text, e) else self._organ_before(text, s)
            if before is not None:
                name = " ".join(text[before:e].split())
                oid = "organ:" + fold(name)
                if oid not in specs:
                    specs[oid] = OrgSpec(oid, name, None, (), "other", ())
                out.append((before, e, oid, "name"))
                continue
            end = self._organ_name_end(text, e)
            if end is not None:
                name = " ".join(text[s:end].split())
                oid = "organ:" + fold(name)
                if oid not in specs:
                    specs[oid] = OrgSpec(oid, name, None, (), "other", ())
                out.append((s, end, oid, "name"))
            anaphor = self._organ_anaphor(text, e, body, specs)
            if anaphor is not None and anaphor[0] not in seen:
                seen.add(anaphor[0])
                out.append(anaphor)
        return out

    def _organ_anaphor(
        self, text: str, e: int, body: str, specs: MutableMapping[str, OrgSpec]
    ) -> tuple[int, int, str, str] | None:
        """An organ named after the body's own head noun, shortly after the body's mention
        ending at ``e``: "the International Energy Agency ... the agency's Governing Board"
        (the organ as written, its acronym form an alias), or None."""
        spec = specs.get(body)
        if spec is None:
            return None
        m = _ORGAN_ANAPHOR.search(text, e, min(len(text), e + _ANAPHOR_REACH))
        if m is None or _head_noun(m.group(1)) != _head_noun(spec.name.rsplit(None, 1)[-1]):
            return None
        end = self._organ_name_end(text, m.end())
        if end is None:
            return None
        name = " ".join(text[m.end() + 1 : end].split())
        oid = "organ:" + fold(spec.name + " " + name)
        aliases = () if spec.acronym is None else (f"{spec.acronym} {name}",)
        if oid not in specs:
            specs[oid] = OrgSpec(oid, name, None, aliases, "other", ())
        return (m.end() + 1, end, oid, "name")

    def _organ_name_end(self, text: str, e: int) -> int | None:
        """The end of a capitalized organ name right after ``text[:e]`` ("... Ministerial
        Council", "... Council of Foreign Ministers", "... Programme Office in Bishkek"), or
        None when no organ name we can read stands there."""
        m = _ORGAN_AFTER.match(text, e) if _ORGAN_START.match(text, e) else None
        if m is None:
            return None
        words = _NAME_WORD.findall(m.group())
        # End at the last organ word ("Ministerial Council", not "... Council Meeting").
        last = max((i for i, w in enumerate(words) if fold(w) in self._organs_after), default=-1)
        if last < 0:
            return None
        seat_end = None
        if fold(words[last]) in self._organ_seats:
            # an office is named by its seat ("the OSCE Programme Office in Bishkek"); one
            # "for/of the ..." goes on with its remit, a name we cannot read
            if last + 1 < len(words):
                return None
            seat = _SEAT_AFTER.match(text, e + len(m.group()))
            if seat is None and _REMIT_AFTER.match(text, e + len(m.group())):
                return None
            seat_end = seat.end() if seat is not None else None
        # "... Council of Foreign Ministers": an "of" tail naming the members (its
        # words may be a state's: "... Authority of Heads of State and Government").
        organ = last
        if last + 1 < len(words) and words[last + 1] == "of":
            tail = [i for i in range(last + 2, len(words)) if fold(words[i]) in self._organ_tails]
            if tail:
                last = tail[-1]
        # The name must end there, or go on with a title or a gathering ("... Council
        # Chairman", "... Council Meeting"); a longer name we cannot read is left alone
        # ("UN Committee Against Torture" is no "UN Committee").
        if last + 1 < len(words) and fold(words[last + 1]) not in self._organ_stops:
            return None
        if any(fold(w) in self._org_national for w in words[: organ + 1]):
            return None
        # A title and then "and" before the organ word: two people's posts, not one name
        # ("the European Council President X and Commission President Y").
        titled = [i for i, w in enumerate(words[:organ]) if fold(w) in self._organ_stops]
        if titled and "and" in words[titled[0] + 1 : organ]:
            return None
        if seat_end is None and last == organ and last + 1 == len(words):
            remit = _remit_end(text, e + len(m.group()), self._date_words)
            if remit is not None:
                return remit  # "the UN Commission on Human Rights", not "the UN Commission"
        return seat_end or e + _organ_end(m.group(), last)

    def _organ_before(self, text: str, start: int) -> int | None:
        """The start of a capitalized organ name joined by "of (the)" to the body's mention
        at ``start``: "the Joint Assembly of the Organization of American States", "the
        Permanent Council of the OSCE" (an organ of its own); None when there is none.

        >>> stage = PlaceStage({})
        >>> text = "He addressed the Permanent Council of the OSCE."
        >>> text[stage._organ_before(text, text.index("OSCE")):]
        'Permanent Council of the OSCE.'
        """
        if not (text.endswith(" of ", 0, start) or text.endswith(" of the ", 0, start)):
            return None  # most mentions: no "of" right before, nothing to read
        window = text[max(0, start - _ORGAN_REACH) : start]
        m = _OF_BEFORE.search(window)
        if m is None:
            return None
        words = list(_NAME_WORD.finditer(window, 0, m.start()))
        if not words or fold(words[-1].group()) not in self._org_organs:
            return None
        first = len(words)
        # the capitalized words before "of", up to four, each right after the one before
        while (
            first > 0
            and len(words) - first < _ORGAN_WORDS
            and words[first - 1].group()[:1].isupper()
            and (
                first == len(words) or window[words[first - 1].end() : words[first].start()] == " "
            )
        ):
            first -= 1
        name = [w.group() for w in words[first:]]
        if name and name[0] in ("The", "THE"):
            name, first = name[1:], first + 1
        if not name or any(fold(w) in self._org_national for w in name):
            return None  # "the Grand National Assembly of ...": a state's own body
        if window[words[-1].end() : m.start()].strip():
            return None
        return max(0, start - _ORGAN_REACH) + words[first].start()

    def _ends_in_head(self, name: str) -> bool:
        """True when the last word of ``name`` is a body's head word ("... Organization")."""
        words = _NAME_WORD.findall(name)
        return bool(words) and fold(words[-1]) in self._org_heads

    def _international(self, name: str, *, of_body: bool = False) -> bool:
        """Does an inline-defined name read as an international body?

        ``of_body``: the name starts with a known international body's mention (an
        organ or mission of it): a head word is enough, country words do not matter.
        """
        words = [fold(w) for w in _NAME_WORD.findall(name)]
        strong = any(w in self._org_heads for w in words)
        if not strong and not any(w in self._org_weak_heads for w in words):
            return False
        international = any(w in self._org_international for w in words)
        if any(w in self._org_national for w in words):
            return False
        if (
            not of_body
            and words
            and any(e.cat == "country" for e in self._entries.get(words[0], ()))
            # "Niger Basin Authority": a river or basin named after the state, shared
            and not (len(words) > 1 and words[1] in self._org_features)
        ):
            # a name that opens with a state ("Korea International Cooperation Agency",
            # "Swiss Agency for Development"): that state's own body
            return False
        if international or of_body:
            return True
        if not strong or any(w in self._org_neighbour for w in words):
            # "General Border Committee (GBC)": a body of two neighbours, not international
            return False
        # A country word makes it national ("Azerbaijan Investment Holding").
        return not any(w in self._entries for w in words)

    def _build(
        self,
        doc: Document,
        specs: Mapping[str, OrgSpec],
        country_hits: list[CountryHit],
        org_spans: list[tuple[int, int, str, str]],
        place_hits: list[PlaceHit],
    ) -> PlaceResult:
        text = doc.text
        # Countries in order of first mention.
        mentions: dict[str, list[Mention]] = {}
        for start, end, alpha2, form in country_hits:
            mentions.setdefault(alpha2, []).append(Mention(text[start:end], start, end, form))
        states = self._countries.states
        countries = tuple(
            Country(a2, states[a2].alpha3, states[a2].name, ms) for a2, ms in mentions.items()
        )
        # Organizations in order of first mention.
        order: dict[str, int] = {}
        org_mentions: dict[str, list[Mention]] = {}
        org_hits: list[OrgHit] = []
        for s, e, oid, kind in org_spans:
            idx = order.setdefault(oid, len(order))
            org_mentions.setdefault(oid, []).append(Mention(text[s:e], s, e, kind))
            org_hits.append(OrgHit(s, e, idx, kind))
        organizations = tuple(self._organization(specs[oid], org_mentions[oid]) for oid in order)
        return PlaceResult(
            countries, organizations, tuple(country_hits), tuple(org_hits), tuple(place_hits)
        )

    @staticmethod
    def _organization(spec: OrgSpec, mentions: list[Mention]) -> Organization:
        """Name = fullest form in the text (else the canonical name); aliases = the rest."""
        seen: dict[str, str] = {}
        for written in dict.fromkeys(m.text for m in mentions):  # each spelling once, in order
            form = " ".join(written.split())
            seen.setdefault(fold(form), form)
        names = [f for f in seen.values() if not is_exact_form(f)]
        name = max(names, key=len) if names else spec.name
        aliases: list[str] = []
        keys = {fold(name)}
        acronym = spec.acronym
        for f in [*seen.values(), spec.name, *([acronym] if acronym else [])]:
            k = fold(f)
            if k not in keys:
                keys.add(k)
                aliases.append(f)
        return Organization(name, acronym, tuple(aliases), tuple(mentions))
