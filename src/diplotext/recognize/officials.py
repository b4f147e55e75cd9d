"""Officials stage: named office-holders with title, role and affiliation.

A person becomes an official only when the text gives them a position:

- a title before the name: "Chilean Foreign Minister Lena Varga",
  "President of the ICRC Hans Keller", "FM of Peru Marco Salas",
  "Presidents of Chile and Peru Ana Ruiz and Luis Vega";
- a title after it: "Omar Haddad, the country's Deputy Minister of Foreign Affairs",
  "Pieter Claes (Director-General ...)";
- a counterpart: "his Danish counterpart Els Holm" (role of the subject);
- a predecessor or successor: "his predecessor Ban Ki-moon", "Merkel's successor"
  (the subject's post).

Every other mention of the same person ("Varga", "L. Varga", "Mr Rao",
"Sheikh Nasser", a one-letter typo) joins that official (see
:mod:`diplotext.link.coref`); "the minister" or "the sides" make no official.
Bylines, boilerplate, handles, countries and organizations are never names.

>>> from diplotext.found import EMPTY_PLACES
>>> from diplotext.text.segment import segment
>>> stage = OfficialStage({})
>>> doc = segment("Foreign Minister Lena Varga met Prime Minister Tomas Berg. Varga left.")
>>> result = stage(doc, EMPTY_PLACES)
>>> [(o.name, o.role, [m.text for m in o.mentions]) for o in result.officials]
...                                                  # doctest: +NORMALIZE_WHITESPACE
[('Lena Varga', 'foreign_minister', ['Lena Varga', 'Varga']),
 ('Tomas Berg', 'head_of_government', ['Tomas Berg'])]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterator, Mapping, Sequence
from itertools import compress, islice
from typing import NamedTuple, overload

import attrs
import regex

from diplotext.found import OfficialHit, OfficialResult, PlaceResult
from diplotext.grammar.anchored import anchored
from diplotext.link.affiliation import AffiliationResolver
from diplotext.link.coref import alias_forms, same_person, word_matches
from diplotext.recognize.names import (
    NameGrammar,
    TokenSpan,
    name_words,
    plain_text,
    similar_words,
    token_table,
)
from diplotext.recognize.titles import ROLES, PlaceIndex, TitleGrammar, TitleHit
from diplotext.records import Mention, Official
from diplotext.resources.loader import Table, load_table
from diplotext.text.normalize import fold
from diplotext.text.segment import Document

#: How far a small grammar may look from where it starts (keeps matching local).
_WINDOW = 300
__all__ = ["OfficialStage"]

# Between a title and the name after it: "(UNAOC), ", ": ", a line break.
_AFTER_TITLE = regex.compile(r"[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*(?:,[ \t]*)?(?:\n[ \t]*)?")
# Before a title that follows its holder: "Ana Ruiz, the ..." / "Haddad (".
_BEFORE_TITLE = regex.compile(
    # a relative clause: "Ana Ruiz, who is also the ...", "Ana Ruiz, who also serves as ...";
    # a post held now after one held before: "Former Minister Ana Ruiz, now the ..."
    r"(?:(?P<sep>,|\()[ \t]*(?:as[ \t]+|now[ \t]+|who[ \t]+(?:(?:is|was)[ \t]+)?(?:also[ \t]+)?"
    r"(?:serves[ \t]+as[ \t]+)?)?|[ \t]+(?P<sep2>is|was|remains|becomes)[ \t]+)"
    # "the ", "a ", "the country's new " before the title: "Lin Jian, a spokesperson of ..."
    r"(?:(?:the|a|an)[ \t]+)?(?:country's[ \t]+)?"
    r"(?:(?:new|current|former|incoming|outgoing)[ \t]+)?$"
)
# A state body's leader given by a participle after its name: ", chaired by ", ", headed by ".
_CHAIRED_BY = regex.compile(r"(?<=\p{L}),[ \t]+(?:chaired|headed)[ \t]+by[ \t]+(?=\p{Lu})")


def _chair_cued(folded: str) -> bool:
    """True when the folded text may name a body's leader by a participle (a plain test
    before :data:`_CHAIRED_BY` is searched)."""
    return "chaired by" in folded or "headed by" in folded


# A meeting's other party before a title and name: "met with Prime Minister ", "held talks
# with the ", up to four capitalized words of the title ("[A-Z]" words only: no verb).
_MET_WITH_BEFORE = regex.compile(
    r"\b(?:met|meets|held[ \t]+talks|talked|spoke)[ \t]+with[ \t]+(?:the[ \t]+)?"
    r"(?:\p{Lu}[\p{L}\-]*[ \t]+){0,4}$"
)
# Between a subject's name and its "met with": blanks and at most three lower-case words
# ("also", "later today").
_MET_GAP = regex.compile(r"[ \t]+(?:\p{Ll}+[ \t]+){0,3}")
# A name's own country before an apposition: "Edi Rama of Albania, ...".
_OF_COUNTRY = anchored(r"[ \t]+of[ \t]+(?:the[ \t]+)?$")
# What a name after a comma must be followed by: "the envoy, Ana Ruiz, met", also after
# post-nominal letters in capitals: "the Premier, Ana Ruiz TD, met", "Tom Rook MP KC."
_POST_NOMINALS = r"(?:[ \t]+\p{Lu}{2,5}(?![\w'-])){0,3}"
_APPOSITION_END = regex.compile(_POST_NOMINALS + r"[ \t]*(?:[,;.(:]|\n|$)")
# What ends a title in apposition after a comma: "Ana Ruiz, the Ambassador of Chile, said" (but
# not "Ana Ruiz, the President also visited": there the title starts a new clause).
# Nor one serving the holder of another title: "Ana Ruiz, Spokesperson for the Minister of
# Trade", "Ana Ruiz, adviser to the President".
_APPOSITION_CLOSE = regex.compile(
    r"[ \t]*(?:[,;.():]|\n|$|and(?!\w)|who(?!\w)|(?:for|to)[ \t]+the[ \t]+\p{Lu})"
)
# A topic, post or place between a title and its holder, closed by a comma:
# "special envoy on regional peace, Ana Ruiz", "Ambassador of Chile to the Kingdom, Ana Ruiz",
# "Minister of Indigenous Peoples, Ana Ruiz" (the name must then end the apposition).
# A post or place must be a name ("of Indigenous Peoples", "to the Kingdom"), not "of the party".
# A remit in lower case counts too when it is "... affairs": "adviser to the presidency for
# international affairs, Ana Ruiz".
_TITLE_TOPIC = anchored(
    r"[ \t]+(?:on[ \t]+|(?:of|to|for|in)[ \t]+(?:the[ \t]+)?(?=\p{Lu})"
    r"|for[ \t]+(?=(?:\p{Ll}+[ \t]+){0,3}affairs,))[^,.;()\n]{1,80},[ \t]*"
)
# A lower-case remit going on after a one-word "name": " and the crisis in ..." (the word was
# a place of the title's remit, "for the South Caucasus and the crisis in ...").
_TOPIC_GOES_ON = anchored(r"[ \t]+and[ \t]+(?:the[ \t]+)?\p{Ll}")
# A title's remit that the title grammar did not read, up to the comma or full stop that closes
# it after the holder's name: " of the Union for Foreign Affairs and Security Policy Ana Ruiz"
# (from "of", "for" or "on"; no line break, no bracket).
_REMIT = anchored(r"[ \t]+(?:of|for|on)[ \t]+[^,.;:()\n\"]{3,150}?(?=[ \t]*(?:[,.;:(]|\n|$))")
# The same stretch once the remit has begun: " Andes and the crisis in Peru Ana Ruiz".
_REMIT_ON = anchored(r"[ \t]+[^,.;:()\n\"]{3,150}?(?=[ \t]*(?:[,.;:(]|\n|$))")
# A verb or clause word in such a stretch: then the name belongs to another clause.
_REMIT_VERB = regex.compile(
    r"\b(?:\p{Ll}+ed|said|says|met|meets|held|holds|is|was|are|were|will|would|has|have|had"
    r"|who|which|that|told|spoke|with)\b"
)
# A peer's territorial designation closing an apposition: "Lord Hale of Kirkby," (the
# place is not part of what the name is matched by).
_TERRITORIAL = anchored(r"[ \t]+of[ \t]+\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*)?[ \t]*[,;.()]")
# "between" before the first of two titled names: the two sides of a meeting.
_BETWEEN = regex.compile(r"\bbetween[ \t]+(?:the[ \t]+)?$")
# Between one titled name and the next title of the same state: " and ", ", and ".
_TITLES_JOINED = anchored(r"[ \t]*,?[ \t]+and[ \t]+(?:the[ \t]+)?")
# Between two names of a plural title: "Ana Ruiz and Luis Vega".
# A post's ordinal numeral written after the title, before the holder's name: "Minister of
# Foreign Affairs II Lim Ko" (Brunei's second minister). "I" (a pronoun, an initial) is left out.
_POST_NUMERAL = frozenset({"II", "III", "IV"})
_NAME_AND = regex.compile(r"[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?")
# The word that makes a counterpart: "his Danish counterpart", or "peer" after a possessive
# and at most two capitalized words ("her Chilean peer"; not "a Labour peer", a lord).
# A visitor's host named like a counterpart: "held talks with his host, Ana Ruiz" (the host
# holds the visitor's rank in the state visited).
# A person met, named as an object ("spent two hours with Tebboune", "met President X"):
# not the subject that a later "his counterpart" in the sentence refers to.
_MET_OBJECT = regex.compile(
    r"\b(?:with|met|meeting|received|hosted)[ \t]+(?:\p{Lu}[\p{L}.\-]*[ \t]+){0,4}$"
)
# A sentence opening up to its subject's name: "" or a title, "Foreign Minister ".
_OPENS_WITH_NAME = regex.compile(r"(?:\p{Lu}[\p{L}.\-]*[ \t]+){0,4}")
_COUNTERPART = regex.compile(
    r"\bcounterparts?(?!\w)|(?<=\b(?:his|her|their)[ \t]+)host(?=[ \t]*,[ \t]*\p{Lu})"
    r"|(?<=\b(?:his|her|their)[ \t]+(?:\p{Lu}[\p{L}\-]*[ \t]+){0,2})peers?(?!\w)",
    regex.I,
)
# A host's verb right after a foreign minister's name, before a guest named by state:
# "Minister Ana Ruiz hosted Peru's Luis Soto", "... welcomed Chile's ...", "... met Peru's".
_HOSTS_GUEST = regex.compile(
    r"[ \t]+(?:receiv|host|welcom)(?:ed|es|s)[ \t]+|[ \t]+(?:met|meets)(?:[ \t]+with)?[ \t]+"
)
# "his predecessor Clara Weiss" / "Weiss's successor": same post as the subject.
_SUCCESSION_AFTER = regex.compile(
    r"\b(?:(?:his|her|their)\s+(?:predecessor|successor)|succeed(?:ed|s|ing)|replac(?:ed|ing))"
    r"(?!\w)",
    regex.I,
)
_SUCCESSION_POSS = regex.compile(r"'s?\s+(?:predecessor|successor)(?!\w)", regex.I)
# How far after an unnamed counterpart its name may come (sentences, characters).
_CP_MET_SENTENCES = 2
_CP_MET_REACH = 600
# How many mentions a counterpart's subject may lie back when nearer ones serve its state.
_SUBJECT_STEPS = 8
# Between two states of a list before "counterparts": "French and German", "Czech, Slovak".
_LIST_GAP = regex.compile(r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)$")
# What a person conveys on behalf of the official named right after: "conveyed the greetings
# of President ", "handed over a message from His Majesty King " (a title and honorifics).
_SENT_BY = regex.compile(
    r"\b(?:greetings|message|letter|invitation|wishes|regards)[ \t]+(?:of|from)[ \t]+"
    r"(?:the[ \t]+)?(?:\p{Lu}[\p{L}.\-]*[ \t]+){0,5}$"
)
# An appointment by the leader named next: "who was appointed to the post in May by
# President " (a few words between, no clause break; the leader's title may hold a few words).
_APPOINTED_BY = regex.compile(
    r"\b(?:appointed|nominated)\b[^.;:,\n]{0,60}?[ \t]by[ \t]+(?:the[ \t]+)?"
    r"(?:\p{Lu}[\p{L}.\-]*[ \t]+){0,5}$"
)
# A title in the possessive of a pronoun: "her chief spokesperson ", "his adviser ".
_PRONOUN_BEFORE = regex.compile(r"\b(?:his|her)[ \t]+$", regex.I)
# Membership of the government the leader named next heads: "took office in the cabinet of
# Prime Minister ", "serves in the administration of President " (a title of a few words).
_MEMBER_OF = regex.compile(
    r"\bin[ \t]+(?:the[ \t]+)?(?:cabinet|government|administration)[ \t]+of[ \t]+"
    r"(?:\p{Lu}[\p{L}.\-]*[ \t]+){0,5}$"
)
# A full stop and blanks closing a sentence inside a paragraph.
_NEXT_SENTENCE = anchored(r"\.[ \t]+(?=\p{Lu})")
# A guest's courtesy call on a leader, before the leader's title: "will call on President ",
# "had an audience with King " (the title may hold a few words, no full stop).
_CALLED_ON = regex.compile(
    r"\b(?:call(?:s|ed|ing)?[ \t]+on|(?:an|in)[ \t]+audience[ \t]+with)[ \t]+[^.;\n]{0,40}$",
    regex.I,
)
# A meeting verb or "with" before a title met: "held talks with (the) ", "met ", "received ".
_MET_TITLE_BEFORE = regex.compile(
    r"\b(?:with|met|meet(?:s|ing)?|receiv(?:ed|es|ing)|host(?:ed|s|ing)|welcom(?:ed|es|ing)"
    r"|call(?:ed|s)?[ \t]+on)[ \t]+(?:the[ \t]+)?$"
)
# A relative clause right after a name: "Ana Ruiz, who ...".
_WHO_AFTER = anchored(r"[ \t]*,[ \t]*who(?!\w)")
# A relative clause with its own subject: "Y, who conveyed ...".
_WHO = regex.compile(r"\bwho\b")
# A meeting verb right before the name of a counterpart met: "after meeting ", "talks with ".
_MET_VERB = regex.compile(
    r"\b(?:meet(?:ing|s)?|met|(?:talks|call|conversation)[ \t]+with|receiv(?:ed|ing)"
    r"|host(?:ed|ing)|welcom(?:ed|ing))[ \t]+"
)
# "counterpart from Ghana", "counterpart of Serbia", "counterpart in the UAE".
_CP_FROM = regex.compile(r"[ \t]+(?:from|of|in)[ \t]+(?:the[ \t]+)?", regex.I)
# A country right before "counterpart": "his Danish counterpart", "his Kenya counterpart".
_CP_GAP = regex.compile(r"[ \t]+$")
# How many forms / clusters a name is compared with (bounds the work on hostile input).
_MAX_COMPARED = 16
# Roles whose holders are met at home: the visited city gives their state.
_LEADERS = frozenset({"head_of_state", "head_of_government"})
# Roles whose holders usually meet their peers of another state (host and guest).
_PAIRED = _LEADERS | {"foreign_minister"}
# The first letter of a capitalized word ("\b" first: the engine skips inside words fast).
_CAPITAL = regex.compile(r"\b\p{Lu}")
# After a style that opens a name: blanks, then a capital ("Lyonpo Tashi", "Lyonpo Dr").
_STYLE_NEXT = anchored(r"[ \t]+\p{Lu}")
# How far after a style its bearer's mention may start (other honorifics between), characters.
_STYLE_REACH = 24
# An Arabic surname's lower-case article before its capitalized rest: "al-" of "al-Sharif".
_ARTICLE_SURNAME = regex.compile(r"(?<![\w-])(?:al|el)-(?=\p{Lu})")
# The same by the stdlib engine, for plain text (see :func:`~diplotext.recognize.names.plain_text`):
# an upper-case letter first (the engine then skips from one to the next fast), then no word
# character before it. Its letters are those ``regex`` calls upper-case up to U+024F, the last
# letter plain text holds.
_UPPER_LATIN = "".join(c for c in map(chr, range(0x250)) if regex.match(r"\p{Lu}", c))
_CAPITAL_PLAIN = re.compile(f"[{re.escape(_UPPER_LATIN)}](?<!\\w.)")
# Honorific kinds whose form with the style is kept as an alias: "Lord Green", "Haji Omar Zain".
_KEPT_STYLES = frozenset({"nobility", "pilgrim"})

# Segments whose names are never officials.
_EXCLUDED_ROLES = frozenset({"byline", "boilerplate"})
# A definite description opening its clause: "The High Representative stressed",
# '"...," the UN envoy said' (the sentence start or a closing quote's comma before "the"); a
# state's post in the possessive opens a sentence bare: "Peru's foreign minister added".
_DESC_OPENS = anchored(r"[ \t\"']*(?:[Tt]he[ \t]+)?")
_DESC_OPEN_MAX = 16
_DESC_LEAD = regex.compile(r"(?:[,;]\"?|\")[ \t]+the[ \t]+$")
# What follows such a description: a verb ("said", "stressed", "added", "told", "spoke"),
# perhaps after an adverb ("warmly thanked", "also said").
_DESC_VERB = regex.compile(
    r"[ \t]+(?:(?:also|\p{Ll}+ly)[ \t]+)?"
    r"(?:\p{Ll}+(?:ed|s)|said|told|spoke|met|left|made|gave|took)(?!\w)"
)
# Roles a later description may carry (a bare "the official" names no post worth a guess).
_DESC_ROLES = frozenset(ROLES) - {"legislator", "other_official"}
# Roles a generic description may stand for: "the minister" may be a foreign minister.
_DESC_COVERS = {
    "minister": frozenset(
        {"minister", "foreign_minister", "deputy_minister", "deputy_foreign_minister"}
    ),
    "deputy_minister": frozenset({"deputy_minister", "deputy_foreign_minister"}),
}
# How many sentences, and characters, back a later description looks for its holder.
_DESC_SENTENCES = 8
_DESC_REACH = 2000


#: Words after which the next name word is a father's or a family's, not a given name.
_NOT_GIVEN_AFTER = frozenset({"bin", "bint", "ibn", "ben", "binti", "ould", "al", "el"})


def _note_given(
    words: Sequence[str],
    c: int,
    given: dict[tuple[str, ...], set[int]],
    word_owners: dict[str, set[int]],
) -> None:
    """Record the opening given name(s) of a full name of cluster ``c`` of three words or more:
    "Lena" and "Lena Maria" of "Lena Maria Varga" (not "Omar bin" of "Omar bin Ali"). The
    first word of a two-word name stands alone only after an honorific or a title (see
    :func:`~diplotext.link.coref.alias_forms`): it is as often a family name written first."""
    for word in words:
        word_owners.setdefault(word, set()).add(c)
    if len(words) < 3:
        return
    given.setdefault(tuple(words[:1]), set()).add(c)
    if words[0] not in _NOT_GIVEN_AFTER and words[1] not in _NOT_GIVEN_AFTER:
        given.setdefault(tuple(words[:2]), set()).add(c)


#: Marks that open a list item ("- Lena, Ivo discuss trade" in a list of related stories).
_LIST_MARKS = ("-", "\u2022", "*", "\u2013")


def _list_item(norm: str, at: int) -> bool:
    """True when the line holding ``at`` is a list item: a bare given name there is a
    headline's shorthand in a list of links, not a mention in the story."""
    line = norm.rfind("\n", 0, at) + 1
    return norm[line:at].lstrip().startswith(_LIST_MARKS)


def _mention_order(mention: tuple[int, int, int, str | None]) -> tuple[int, int, int, bool, str]:
    """Sort key of a (start, end, cluster, honorific) mention: by place, then cluster; of two
    readings of one span, the one that kept an honorific first ("Mr", None cannot be compared)."""
    start, end, cluster, honorific = mention
    return start, end, cluster, honorific is None, honorific or ""


def _list_goes_on(norm: str, pos: int) -> int | None:
    """Where the next item of a list starts when ", " or " and " stands right at ``pos``
    (", Jan Vogt", " and Eva Berg"), else None."""
    m = _NAME_AND.match(norm, pos, pos + _WINDOW)
    if m is None or ("and" not in m.group() and "," not in m.group()):
        return None
    return m.end()


class _Cand(NamedTuple):
    """A mention of a person, while matching (plain tuple; records come at the end)."""

    start: int
    end: int
    kind: str  # "title" | "counterpart" | "alias" | "later" | "refined" (see _later_titles)
    spec: float
    role: str | None
    title: TitleHit | None
    countries: tuple[str, ...]
    org: int | None
    honorific: str | None


class _Unblocked(Sequence[bool]):
    """``blocked`` with one token let through (a view: no copy of the whole table)."""

    def __init__(self, blocked: Sequence[bool], free: int) -> None:
        self._blocked = blocked
        self._free = free

    def __len__(self) -> int:
        return len(self._blocked)

    @overload
    def __getitem__(self, k: int) -> bool: ...
    @overload
    def __getitem__(self, k: slice) -> Sequence[bool]: ...
    def __getitem__(self, k: int | slice) -> bool | Sequence[bool]:
        if isinstance(k, slice):
            return [self[j] for j in range(*k.indices(len(self)))]
        return k != self._free and self._blocked[k]


class _Memo(NamedTuple):
    """What :meth:`OfficialStage._aliases` learns about one article, kept for its next call
    (it runs again when counterparts or later titles add candidates)."""

    # a name as written -> (form key, needs a cue) of each of its alias forms
    forms: dict[str, list[tuple[tuple[str, ...], bool]]]
    # a folded first word -> the token indices of the capitalized words it begins
    heads: dict[str, list[int]]


class OfficialStage:
    """Finds officials. Built once per Parser."""

    def __init__(self, extra: dict[str, Table]) -> None:
        self._extra = extra
        self.titles = TitleGrammar(extra)
        self.names = NameGrammar(self.titles.title_words)
        # styles that alone stand for their one bearer ("Lyonpo said"): honorifics.tsv "alone"
        styles = [row["honorific"] for row in load_table("honorifics") if row["alone"] == "yes"]
        self._styles = tuple(styles)
        self._style_word = (
            regex.compile(r"\b(?:" + "|".join(map(regex.escape, styles)) + r")\b")
            if styles
            else None
        )

    # -- the pieces ------------------------------------------------------------
    @staticmethod
    def _blocked(
        toks: Sequence[TokenSpan], starts: Sequence[int], spans: Sequence[tuple[int, int]]
    ) -> list[bool]:
        """Tokens that fall inside a country, organization or city span."""
        out = [False] * len(toks)
        for s, e in spans:
            i = bisect.bisect_left(starts, s)
            # a token that began before the span but runs into it
            if i > 0 and toks[i - 1][1] > s:
                out[i - 1] = True
            # the tokens that start inside it, in one slice
            j = bisect.bisect_left(starts, e, i)
            out[i:j] = [True] * (j - i)
        return out

    def _names_after(
        self,
        norm: str,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        pos: int,
        blocked: Sequence[bool],
        plural: bool,
        cities: Mapping[int, tuple[int, str]] | None = None,
    ) -> list[tuple[int, int, str | None]]:
        """Names right after a title (several after a plural title); ``cities`` maps the
        start of each city span to its end (and state)."""
        out: list[tuple[int, int, str | None]] = []
        topic = _TITLE_TOPIC.match(norm, pos, pos + _WINDOW)
        for _ in range(6 if plural else 1):
            m = (_AFTER_TITLE if not out else _NAME_AND).match(norm, pos, pos + _WINDOW)
            if topic is not None and not out:
                m = topic
            at = m.end() if m is not None else pos
            if out and (m is None or ("and" not in m.group() and "," not in m.group())):
                break
            i = bisect.bisect_left(starts, at)
            if i >= len(toks) or starts[i] != at:
                break
            i, honorific = self.names.skip_honorifics(norm, toks, i)
            if (
                i + 1 < len(toks)
                and norm[toks[i][0] : toks[i][1]] in _POST_NUMERAL
                and norm[toks[i][1] : toks[i + 1][0]] == " "
            ):
                # "Minister of Foreign Affairs II Dato Lim Ko": the numeral is the post's
                i, honorific = self.names.skip_honorifics(norm, toks, i + 1)
            span = self.names.read_forward(norm, toks, i, blocked)
            if span is None and cities and i < len(toks) and blocked[i]:
                # "President Santiago Peña": a one-word city name opening a name right after
                # a title, when a name word follows it
                span = self._city_first_name(norm, toks, i, blocked, cities)
            if span is None and not out and i < len(toks):
                # "Party General Secretary To Lam said": a surname spelled like a capitalized
                # English function word opens the name right after a title
                span = self._function_word_first_name(norm, toks, i, blocked)
            if span is None:
                break
            if (
                m is not None
                and not out
                and "," in m.group()
                and not _APPOSITION_END.match(norm, span[1], span[1] + _WINDOW)
                and not (honorific == "nobility" and _TERRITORIAL.match(norm, span[1]))
            ):
                break  # "Senior Director, Middle Eastern Affairs Directorate": no name
            if "\n" in norm[pos : span[0]] and norm[span[1] : span[1] + 1] in ("\n", ""):
                break  # a title ending a line, then a short line ("Related Stories")
            out.append((span[0], span[1], honorific))
            pos = span[1]
        return out

    def _chaired_by(
        self,
        norm: str,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        blocked: Sequence[bool],
        cands: Sequence[_Cand],
    ) -> list[_Cand]:
        """The leaders of state bodies named with a participle: "the Saeima Foreign Affairs
        Committee, chaired by Ana Ruiz" (a legislator), "the Space Agency, headed by Ana Ruiz"
        (an official): a full name right after, that no title gave already."""
        taken = {c.start for c in cands}
        out: list[_Cand] = []
        for m in _CHAIRED_BY.finditer(norm):
            role = self.titles.leader_before(norm, m.start())
            if role is None:
                continue
            read = self.names.read_at(norm, toks, starts, m.end(), blocked)
            if read is None:
                continue
            span, honorific = read
            if span is None or span[0] in taken or len(name_words(norm[span[0] : span[1]])) < 2:
                continue
            if not _APPOSITION_END.match(norm, span[1], span[1] + _WINDOW):
                continue
            out.append(_Cand(span[0], span[1], "title", 1.0, role, None, (), None, honorific))
        return out

    def _city_first_name(
        self,
        norm: str,
        toks: Sequence[TokenSpan],
        i: int,
        blocked: Sequence[bool],
        cities: Mapping[int, tuple[int, str]],
    ) -> tuple[int, int, int] | None:
        """The name read from token ``i`` when it is a one-word city ("Santiago", "Victoria")
        followed by an unblocked capitalized word: the city is a first name there."""
        start, end, _ = toks[i]
        city = cities.get(start)
        if city is None or city[0] != end or i + 1 >= len(toks) or blocked[i + 1]:
            return None
        nxt = toks[i + 1][0]
        if norm[end:nxt] != " " or not norm[nxt].isupper():
            return None
        return self.names.read_forward(norm, toks, i, _Unblocked(blocked, i))

    def _function_word_first_name(
        self, norm: str, toks: Sequence[TokenSpan], i: int, blocked: Sequence[bool]
    ) -> tuple[int, int, int] | None:
        """The name read from token ``i`` right after a title when it is a capitalized
        function word ("To" of "To Lam", a Vietnamese surname) followed by one or two name
        words and then lower-case text or a stop (mid-sentence, "to" is never capitalized;
        a Title-Case headline, "Minister To Visit Hanoi Today", goes on in capitals)."""
        start, end, is_word = toks[i]
        word = norm[start:end]
        if (
            not is_word
            or blocked[i]
            or len(word) > 3
            or not word.istitle()
            or word.lower() not in self.names.not_names
            or i + 1 >= len(toks)
            or norm[end : toks[i + 1][0]] != " "
        ):
            return None
        rest = self.names.read_forward(norm, toks, i + 1, blocked)
        if rest is None or not 1 <= len(name_words(norm[rest[0] : rest[1]])) <= 2:
            return None
        k = rest[2]
        if k >= len(toks):
            return None
        nxt = norm[toks[k][0] : toks[k][1]]
        if (toks[k][2] and not nxt.islower()) or (not toks[k][2] and nxt not in ",.;:"):
            return None
        return start, rest[1], rest[2]

    def _name_next_sentence(
        self,
        norm: str,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        hit: TitleHit,
        blocked: Sequence[bool],
    ) -> tuple[int, int, str | None] | None:
        """The holder of a title met at the end of a sentence, named as the subject of the
        next: "... held talks with Peru's top diplomat. Ana Ruiz, who ..., welcomed" (a full
        name, then ", who" or a verb)."""
        if not norm.startswith(".", hit.span_end):
            return None
        gap = _NEXT_SENTENCE.match(norm, hit.span_end)
        if gap is None or _MET_TITLE_BEFORE.search(norm, max(0, hit.left - 40), hit.left) is None:
            return None
        read = self.names.read_at(norm, toks, starts, gap.end(), blocked)
        if read is None:
            return None
        span, honorific = read
        if span is None or len(name_words(norm[span[0] : span[1]])) < 2:
            return None
        if not (_WHO_AFTER.match(norm, span[1]) or _DESC_VERB.match(norm, span[1])):
            return None
        return span[0], span[1], honorific

    def _name_closing(
        self,
        norm: str,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        pos: int,
        blocked: Sequence[bool],
        title_starts: Sequence[int],
        remit_read: bool = False,
    ) -> tuple[int, int, str | None] | None:
        """The name closing a remit the title grammar did not read, right before a comma or a
        full stop: "High Representative of the Union for Foreign Affairs and Security Policy
        Kaja Ruiz, ...", "Special Representative for the Andes and the crisis in Peru Ana
        Ruiz." (no verb and no other title in between; the portfolio words before the name
        are not part of it). ``remit_read``: the remit has begun before ``pos`` (no "of",
        "for" or "on" then)."""
        m = (_REMIT_ON if remit_read else _REMIT).match(norm, pos, pos + _WINDOW)
        if m is None or _REMIT_VERB.search(norm, pos, m.end()):
            return None
        k = bisect.bisect_left(title_starts, pos)
        if k < len(title_starts) and title_starts[k] < m.end():
            return None  # another title in the stretch: the name is that title's
        j = bisect.bisect_left(starts, m.end()) - 1
        if j < 0 or toks[j][1] != m.end():
            return None
        span = self.names.read_backward(norm, toks, j, blocked)
        if span is None:
            return None
        first = span[2]
        portfolio = self.titles.portfolio
        while first < j and (
            fold(norm[toks[first][0] : toks[first][1]]) in portfolio
            or fold(norm[toks[first][0] : toks[first][1]]) in self.titles.title_words
        ):
            first += 1
        start = toks[first][0]
        if start <= pos or len(name_words(norm[start : span[1]])) < 2:
            return None
        return start, span[1], None

    def _name_before(
        self,
        norm: str,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        left: int,
        blocked: Sequence[bool],
        index: PlaceIndex,
        span_end: int,
    ) -> tuple[int, int, str | None] | None:
        """The name a title follows as an apposition: "Ana Ruiz, Ambassador of Chile",
        "Edi Rama of Albania, as OSCE chairman"."""
        before = norm[max(0, left - 40) : left]
        m = _BEFORE_TITLE.search(before)
        if m is None:
            return None
        if m.group("sep") == "," and not _APPOSITION_CLOSE.match(norm, span_end, span_end + 16):
            return None
        sep = left - len(before) + (m.start("sep") if m.group("sep") else m.start())
        end = sep
        hit = index.country_end.get(end)
        if hit is not None:
            # "Edi Rama of Albania, as ...": step over the name's own "of <country>"
            of = _OF_COUNTRY.search(norm, max(0, hit[0] - 12), hit[0])
            if of is not None:
                end = of.start()
        j = bisect.bisect_left(starts, end) - 1
        if j < 0 or norm[toks[j][1] : end].strip(" \t"):
            return None
        span = self.names.read_backward(norm, toks, j, blocked)
        if span is None and j > 0 and blocked[j] and not blocked[j - 1]:
            # "Jon Rome, chairman of ...": a one-word city name ending a name before its title,
            # right after a capitalized name word; the city is a family name there
            city = index.place_start.get(toks[j][0])
            p_start, p_end, p_word = toks[j - 1]
            if (
                city is not None
                and city[0] == toks[j][1]
                and p_word
                and norm[p_end : toks[j][0]] == " "
                and norm[p_start].isupper()
            ):
                span = self.names.read_backward(norm, toks, j, _Unblocked(blocked, j))
                if span is not None and span[0] < toks[j][0]:
                    index.drop_place(toks[j][0])
                else:
                    span = None
        if span is None:
            return None
        return span[0], span[1], self.names.honorific_before(norm, toks, span[2])

    # -- the stage ---------------------------------------------------------------
    def __call__(self, doc: Document, places: PlaceResult) -> OfficialResult:
        """Officials of ``doc``; ``places`` gives countries and organizations for affiliation."""
        norm = doc.norm
        folded = doc.folded
        index = PlaceIndex(places)
        titles = self.titles.find(norm, index, folded)
        if (
            not titles
            and not _counterpart_cued(folded)
            and not _succession_cued(folded)
            and not _chair_cued(folded)
        ):
            # no title, no counterpart, no successor, no body's chair: no official
            return OfficialResult((), ())
        plain = plain_text(norm)
        toks, starts = token_table(norm, plain)
        blocked = self._blocked(toks, starts, index.spans)

        def excluded(offset: int) -> bool:
            return doc.role_at(offset) in _EXCLUDED_ROLES

        title_ends = {hit.end for hit in titles}
        # the first letters of capitalized words: where a known form of a name may start
        # (map() over the stdlib's matches takes no Python step per capital)
        caps = (
            list(map(re.Match.start, _CAPITAL_PLAIN.finditer(norm)))
            if plain
            else [m.start() for m in _CAPITAL.finditer(norm)]
        )
        if "al-" in norm or "el-" in norm:
            # a surname with its article in lower case may stand alone ("al-Sharif said"):
            # its article's first letter is where the form starts (a plain test gates the scan)
            caps = sorted(caps + [m.start() for m in _ARTICLE_SURNAME.finditer(norm)])
        unsure: set[int] = set()  # name starts whose state no context should guess
        used: set[int] = set()
        cands: list[_Cand] = []
        title_at: dict[int, TitleHit] = {}
        name_end = -1
        unnamed: list[TitleHit] = []  # titles with no name: candidate later descriptions
        title_lefts = frozenset(h.left for h in titles)
        title_starts = [hit.start for hit in titles]
        for hit in titles:
            title_at[hit.left] = hit
            title_at.setdefault(hit.start, hit)
            used.update(hit.countries_used)
            if excluded(hit.start):
                continue  # boilerplate
            if hit.start < name_end:
                # a title word inside a name just read ("Amir Levi"), or a legislator's style
                # read as the honorific of a spokesperson's name: "Opposition spokesman on
                # trade, Senator Ana Ruiz" (a legislator too: the more specific post wins)
                last = cands[-1] if cands else None
                if (
                    last is not None
                    and last.title is not None
                    and last.role == "other_official"
                    and hit.role == "legislator"
                    and last.title.span_end <= hit.start
                    and hit.span_end <= last.start
                ):
                    cands.append(
                        last._replace(spec=float(hit.specificity), role=hit.role, title=hit)
                    )
                continue
            names = self._names_after(
                norm, toks, starts, hit.span_end, blocked, hit.plural, index.place_start
            )
            for s, _, _ in names:
                if s in index.place_start:
                    index.drop_place(s)  # "President Santiago Peña": the city is a first name
            if len(names) == 1 and _apposed_between(norm, hit.span_end, names[0], title_lefts):
                # "Prince X, Crown Prince of Y, His Excellency Z, Prime Minister of W": the
                # title after Z's honorific is X's; Z has his own after his name
                names = []
            dropped = False
            if (
                len(names) == 1
                and _TOPIC_GOES_ON.match(norm, names[0][1], names[0][1] + 16)
                and len(name_words(norm[names[0][0] : names[0][1]])) == 1
            ):
                # "Special Representative for the South Caucasus and the crisis in ...": a
                # place of the post's remit, not its holder
                names = []
                dropped = True
            if not names:
                before = self._name_before(
                    norm, toks, starts, hit.left, blocked, index, hit.span_end
                )
                names = [before] if before is not None else []
            if not names:
                following = self._name_next_sentence(norm, toks, starts, hit, blocked)
                names = [following] if following is not None else []
            if not names:
                closing = self._name_closing(
                    norm, toks, starts, hit.span_end, blocked, title_starts, remit_read=dropped
                )
                names = [closing] if closing is not None else []
            possessed: dict[int, str] = {}  # name start -> "<State>'s" written before it
            if hit.plural and len(names) == 1:
                # "the foreign ministers ... - Greece's A, Turkey's B and Britain's C"
                own = _possessive_state(norm, index, names[0][0])
                if own is not None:
                    possessed[names[0][0]] = own
                    for ps, pe, ph, alpha2 in self._possessive_list(
                        norm, toks, starts, names[0][1], blocked, index
                    ):
                        possessed[ps] = alpha2
                        names.append((ps, pe, ph))
            elif (
                len(names) == 1
                and len(hit.countries) == 1
                and "'s " in norm[names[0][1] : names[0][1] + _WINDOW]
                and _possessive_state(norm, index, hit.start) == hit.countries[0]
            ):
                # "Egypt's Foreign Minister Ana Ruiz and Turkey's Ali Demir": the title
                # holds for each full name after its own state's possessive
                prev = names[0][1]
                for ps, pe, ph, alpha2 in self._possessive_list(
                    norm, toks, starts, prev, blocked, index
                ):
                    k = bisect.bisect_left(title_starts, prev)
                    if (
                        alpha2 == hit.countries[0]
                        or len(name_words(norm[ps:pe])) < 2
                        or (k < len(title_starts) and title_starts[k] < pe)
                    ):
                        break  # (a name with its own title: "and Peru's Ambassador X")
                    possessed[ps] = alpha2
                    names.append((ps, pe, ph))
                    prev = pe
            if not names:
                unnamed.append(hit)
            for n, (s, e, honorific) in enumerate(names):
                if excluded(s) or (hit.start <= s < hit.span_end):
                    continue
                countries = hit.countries
                if (
                    not countries
                    and hit.org is None
                    and not hit.body
                    and cands
                    and cands[-1].countries
                    and cands[-1].title is not None
                    and cands[-1].role != hit.role
                    and hit.role not in _LEADERS
                    and _TITLES_JOINED.fullmatch(norm, cands[-1].end, hit.left)
                    and not _BETWEEN.search(
                        norm, max(0, cands[-1].title.left - 12), cands[-1].title.left
                    )
                ):
                    # "Ethiopian Prime Minister Abiy Ahmed and Foreign Minister X": the state
                    # of the first title holds for the second (not "between Chinese President X
                    # and President Y", nor a second leader: two sides)
                    countries = cands[-1].countries[:1]
                if hit.plural and len(countries) > 1:
                    countries = (countries[n],) if len(countries) == len(names) else ()
                if s in possessed:
                    countries = (possessed[s],)
                if hit.plural and n > 0 and not countries:
                    unsure.add(s)  # "Presidents A, B and C": B and C serve other states
                name_end = max(name_end, e)
                cands.append(
                    _Cand(
                        s,
                        e,
                        "title",
                        float(hit.specificity),
                        hit.role,
                        hit,
                        countries,
                        hit.org,
                        honorific,
                    )
                )

        if _chair_cued(folded):
            cands.extend(self._chaired_by(norm, toks, starts, blocked, cands))
        clusters = self._cluster(folded, cands)
        memo = _Memo({}, {})
        mentions = self._aliases(
            doc, folded, toks, starts, caps, title_ends, cands, clusters, memo, blocked
        )
        # counterparts take the role of the person they are the counterpart of
        subjects: dict[int, int] = {}  # counterpart's start -> start of its subject's mention
        extra = self._counterparts(
            doc,
            toks,
            starts,
            blocked,
            index,
            title_at,
            cands,
            clusters,
            mentions,
            used,
            subjects,
            unnamed,
        )
        if extra:
            cands = cands + extra
            clusters = self._cluster(folded, cands)
            mentions = self._aliases(
                doc, folded, toks, starts, caps, title_ends, cands, clusters, memo, blocked
            )
        later = self._later_titles(doc, toks, starts, blocked, unnamed, cands, clusters, mentions)
        if later:
            for cand in later:
                if not cand.countries and cand.org is None:
                    unsure.add(cand.start)  # no state from a context far from the name
            cands = cands + later
            clusters = self._cluster(folded, cands)
            mentions = self._aliases(
                doc, folded, toks, starts, caps, title_ends, cands, clusters, memo, blocked
            )
            if subjects and any(cand.kind == "refined" for cand in later):
                cands = _refine_counterparts(cands, clusters, mentions, subjects)
        if self._style_word is not None and any(w in folded for w in self._styles):
            mentions = self._style_mentions(doc.norm, folded, mentions)
        described = [h for h in unnamed if len(h.countries) == 1 and _description_opens(doc, h)]
        return self._build(
            doc,
            places,
            index,
            used,
            cands,
            clusters,
            mentions,
            title_starts,
            unsure,
            subjects,
            described,
        )

    def _style_mentions(
        self, norm: str, folded: str, mentions: list[tuple[int, int, int, str | None]]
    ) -> list[tuple[int, int, int, str | None]]:
        """``mentions`` with each style written alone ("On Tuesday, Lyonpo called on ...") as
        a mention of the one person the article names after that style ("Lyonpo Tashi")."""
        assert self._style_word is not None
        starts = [m[0] for m in mentions]
        bearers: dict[str, set[int]] = {}
        alone: list[tuple[int, int, str]] = []
        for m in self._style_word.finditer(folded):
            style = m.group()
            nxt = _STYLE_NEXT.match(norm, m.end())
            if nxt is not None:
                # "Lyonpo Dr Tashi Wangmo": the style opens the mention right after it
                k = bisect.bisect_left(starts, m.end())
                if k < len(mentions) and mentions[k][0] - m.end() <= _STYLE_REACH:
                    bearers.setdefault(style, set()).add(mentions[k][2])
            elif norm[m.start()].isupper():
                alone.append((m.start(), m.end(), style))
        added: list[tuple[int, int, int, str | None]] = [
            (s, e, next(iter(bearers[style])), None)
            for s, e, style in alone
            if len(bearers.get(style, ())) == 1
        ]
        if not added:
            return mentions
        return sorted(mentions + added, key=_mention_order)

    @staticmethod
    def _at_heads(
        folded: str,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        caps: Sequence[int],
        heads: set[str],
        known: dict[str, list[int]],
    ) -> list[int]:
        """Token indices of the capitalized words (first letters at ``caps``) whose folded first
        word is one of ``heads`` ("varga" of "Varga's", "al" of "Al-Sabah"), in text order.

        ``known`` holds the indices of heads looked for before (in this article): only the
        new ones are looked for, and added to it."""
        new = {head for head in heads if head not in known}
        if new:
            for head in new:
                known[head] = []
            letters = {head[0] for head in new}
            # a test of the first letter, with no Python step per capital, rules out most
            maybe = compress(caps, map(letters.__contains__, map(folded.__getitem__, caps)))
            for at in maybe:
                t = bisect.bisect_left(starts, at)
                if t == len(starts) or starts[t] != at:
                    continue  # inside a word ("O'Brien")
                head = folded[at : toks[t][1]]
                if head.endswith("'s"):
                    head = head[:-2]
                head = head.partition("-")[0]
                if head in new:
                    known[head].append(t)
        # a capitalized word has one head: the lists are disjoint
        return sorted(t for head in heads for t in known[head])

    # -- coreference -------------------------------------------------------------
    def _cluster(self, folded: str, cands: Sequence[_Cand]) -> list[int]:
        """Cluster number of every candidate (same person, same number).

        Full names are placed first, in text order; single words then join the person
        whose name holds them. Each cluster keeps its distinct forms only, and at most
        :data:`_MAX_COMPARED` clusters are compared per word, so the work stays linear.
        """
        # name_words() of each mention, from the text folded once
        words = [
            tuple(folded[c.start : c.end].replace("-", " ").replace(".", " ").split())
            for c in cands
        ]
        order = sorted(range(len(cands)), key=lambda k: (len(words[k]) < 2, cands[k].start))
        cluster_of = [-1] * len(cands)
        forms: list[dict[tuple[str, ...], None]] = []
        starts: list[list[int]] = []
        roles: list[set[str]] = []  # the roles each cluster's titles give
        by_word: dict[str, dict[int, None]] = {}
        by_form: dict[tuple[str, ...], int] = {}
        for k in order:
            w = words[k]
            if not w:
                continue
            best = -1
            if w in by_form:
                best = by_form[w]
            elif len(w) >= 2:
                seen: set[int] = set()
                for word in (w[0], w[-1], *w):
                    for c in islice(reversed(by_word.get(word, {})), _MAX_COMPARED):
                        if c in seen:
                            continue
                        seen.add(c)
                        if any(same_person(f, w) for f in forms[c]):
                            best = c
                            break
                    if best >= 0:
                        break
            else:
                score_best = (0, False, -(10**12))
                role = cands[k].role
                for c in islice(reversed(by_word.get(w[0], {})), _MAX_COMPARED):
                    score = max(word_matches(w[0], f) for f in forms[c])
                    if score == 0:
                        continue
                    i = bisect.bisect_left(starts[c], cands[k].start)
                    near = starts[c][i - 1] if i > 0 else -(10**11)
                    # "FM Georgiev" after a foreign and a justice minister Georgiev: the one
                    # whose title gives that role, else the nearest before
                    agree = role is not None and role in roles[c]
                    if (score, agree, near) > score_best:
                        score_best = (score, agree, near)
                        best = c
            if best < 0:
                best = len(forms)
                forms.append({})
                starts.append([])
                roles.append(set())
            role = cands[k].role
            if role is not None:
                roles[best].add(role)
            if w not in forms[best] and len(forms[best]) < _MAX_COMPARED:
                forms[best][w] = None
            if len(w) >= 2:
                by_form.setdefault(w, best)
            bisect.insort(starts[best], cands[k].start)
            cluster_of[k] = best
            for word in w:
                by_word.setdefault(word, {})[best] = None
        return cluster_of

    def _aliases(
        self,
        doc: Document,
        folded: str,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        caps: Sequence[int],
        title_ends: Container[int],
        cands: Sequence[_Cand],
        clusters: Sequence[int],
        memo: _Memo,
        blocked: Sequence[bool],
    ) -> list[tuple[int, int, int, str | None]]:
        """Every mention ``(start, end, cluster, honorific)``: the anchored ones and the others
        found by the alias forms of each cluster (``memo``: see :class:`_Memo`).

        Forms are looked up token by token in a dict keyed by their words (no pattern is
        compiled per document): the longest form starting at a capitalized word wins.
        """
        norm = doc.norm
        taken: list[tuple[int, int, int, str | None]] = []
        forms: dict[tuple[str, ...], list[tuple[int, bool]]] = {}
        done: set[tuple[int, str]] = set()
        cluster_starts: dict[int, list[int]] = {}
        first_word: dict[int, str] = {}
        # the opening given name(s) of each full name ("Lena" or "Lena Maria" of "Lena Maria
        # Varga") and the clusters whose names hold each word: a bare given name later on
        # stands for the one person who carries it
        givens: dict[tuple[str, ...], set[int]] = {}
        word_owners: dict[str, set[int]] = {}
        for c, k in sorted(
            ((c, k) for k, c in enumerate(clusters) if c >= 0), key=lambda x: cands[x[1]].start
        ):
            cand = cands[k]
            taken.append((cand.start, cand.end, c, cand.honorific))
            cluster_starts.setdefault(c, []).append(cand.start)
            if c not in first_word:
                words_of = name_words(doc.norm[cand.start : cand.end])
                if len(words_of) > 1:
                    first_word[c] = words_of[0]
            name = " ".join(doc.text[cand.start : cand.end].split())
            if (c, name) in done:
                continue
            done.add((c, name))
            _note_given(name_words(name), c, givens, word_owners)
            keys = memo.forms.get(name)
            if keys is None:
                keys = [
                    (tuple(name_words(form)), needs)
                    for form, needs in alias_forms(name, name_words(name), self.names.particles)
                ]
                memo.forms[name] = keys
            for key, needs in keys:
                lst = forms.setdefault(key, [])
                if (c, needs) not in lst:
                    lst.append((c, needs))
        if not forms:
            return []
        for key in givens:
            lst = forms.setdefault(key, [])
            for c in givens[key]:
                if (c, True) not in lst and (c, False) not in lst:
                    lst.append((c, True))
        longest = max(len(key) for key in forms)
        # the capitalized words that begin like a form ("Varga" for "Varga", "Lena Varga")
        heads = {key[0] for key in forms}
        at_heads = self._at_heads(folded, toks, starts, caps, heads, memo.heads)
        taken.sort(key=_mention_order)
        spans = sorted((s, e) for s, e, _, _ in taken)
        span_starts = [s for s, _ in spans]
        found: list[tuple[int, int, int, str | None]] = []
        last_found: dict[int, int] = {}
        floor = 0  # the first token a new mention may start at
        for t in at_heads:
            if t < floor:
                continue
            s = starts[t]
            i = bisect.bisect_right(span_starts, s) - 1
            if i >= 0 and spans[i][1] > s and doc.role_at(s) not in _EXCLUDED_ROLES:
                # inside a mention already anchored: the overlap test below, made before the
                # form lookup (in boilerplate the lookup still runs: it moves the floor)
                continue
            match = self._form_at(norm, folded, toks, t, forms, longest)
            if match is None:
                continue
            last_tok, e, key = match
            nxt = last_tok + 1
            if doc.role_at(s) in _EXCLUDED_ROLES:
                floor = nxt
                continue
            # (``i``: the anchored mention at or before ``s``, found above)
            if (i >= 0 and spans[i][1] > s) or (i + 1 < len(spans) and spans[i + 1][0] < e):
                continue
            if s > 0 and norm[s - 1] in "@#":
                floor = nxt
                continue
            options = forms[key]
            at = t
            if not self._alone(norm, toks, t, starts, e):
                # "Kmaoliddin Rasulov": a misspelt given name before a known surname
                prev_start, prev_end, prev_word = toks[t - 1] if t > 0 else toks[t]
                given = folded[prev_start:prev_end]
                if (
                    prev_start == s
                    or not prev_word
                    or not any(similar_words(given, first_word.get(c, "")) for c, _ in options)
                ):
                    t = nxt
                    continue
                s, at = prev_start, t - 1
            honorific = self.names.honorific_before(norm, toks, at)
            # a given name (or a family name written first, "Premier Li") stands alone
            # only after an honorific or a title
            titled = at > 0 and toks[at - 1][1] in title_ends and toks[at - 1][2]
            cued = honorific is not None or titled
            bare = (
                not cued
                and self._bare_given(key, options, givens, word_owners, blocked, at)
                and not _list_item(norm, s)
            )
            options = [(c, needs) for c, needs in options if not needs or cued or bare]
            if not options:
                floor = nxt
                continue
            chosen = options[0][0]
            if honorific is not None and len({c for c, _ in options}) > 1:
                # "Sheikh Nasser" is the Nasser introduced as "Sheikh Nasser bin ..."
                styled = {c for c, _ in options} & {
                    c for _, _, c, h in taken if h is not None and h.lower() == honorific.lower()
                }
                if len(styled) == 1:
                    options = [(c, needs) for c, needs in options if c in styled]
            if len({c for c, _ in options}) > 1:
                # the most recently mentioned of them
                best_pos = -1
                for c, _ in options:
                    own = cluster_starts.get(c, [])
                    j = bisect.bisect_left(own, s)
                    pos = max(own[j - 1] if j > 0 else -1, last_found.get(c, -1))
                    if pos > best_pos:
                        best_pos, chosen = pos, c
            found.append((s, e, chosen, honorific))
            last_found[chosen] = s
            floor = nxt
        out = taken + found
        out.sort(key=_mention_order)
        # one mention per span (a name may be both titled and a counterpart)
        return [m for n, m in enumerate(out) if n == 0 or out[n - 1][:2] != m[:2]]

    def _bare_given(
        self,
        key: tuple[str, ...],
        options: Sequence[tuple[int, bool]],
        given: dict[tuple[str, ...], set[int]],
        word_owners: dict[str, set[int]],
        blocked: Sequence[bool],
        at: int,
    ) -> bool:
        """True when ``key``, a bare given name ("Lena" of "Lena Maria Varga") with no honorific
        or title before it, may stand for a person: it opens the name of exactly one person,
        no other person's name holds its words, and it is no common word, title or place."""
        owners = given.get(key)
        if owners is None or len(owners) != 1 or {c for c, _ in options} != owners:
            return False
        if any(len(word) < 3 or word in self.names.not_names for word in key):
            return False
        if at < len(blocked) and blocked[at]:
            return False
        return all(word_owners.get(word, owners) == owners for word in key)

    def _form_at(
        self,
        norm: str,
        folded: str,
        toks: Sequence[TokenSpan],
        t: int,
        forms: dict[tuple[str, ...], list[tuple[int, bool]]],
        longest: int,
    ) -> tuple[int, int, tuple[str, ...]] | None:
        """The longest known form starting at token ``t``: (last token, end offset, key)."""
        first_start, _, first_word = toks[t]
        if not first_word or not (
            norm[first_start].isupper() or _ARTICLE_SURNAME.match(norm, first_start)
        ):
            return None
        key: list[str] = []
        best: tuple[int, int, tuple[str, ...]] | None = None
        prev_end = -1
        j = t
        while j < len(toks) and len(key) < longest:
            start, tok_end, word = toks[j]
            if not word:
                # the dot of an initial: "L. Varga"
                initial = toks[j - 1][1] - toks[j - 1][0] == 1
                if norm[start] == "." and prev_end == start and j > t and initial:
                    prev_end = tok_end
                    j += 1
                    continue
                break
            if prev_end >= 0 and not self.names.gap_ok(norm, prev_end, start):
                break
            end = tok_end
            possessive = norm.startswith("'s", end - 2)
            if possessive:
                end -= 2
            key.extend(folded[start:end].replace("-", " ").split())
            k = tuple(key)
            if k in forms:
                best = (j, end, k)
            if possessive:
                break
            prev_end = tok_end
            j += 1
        return best

    def _alone(
        self, norm: str, toks: Sequence[TokenSpan], t: int, starts: Sequence[int], end: int
    ) -> bool:
        """False when the matched form is part of a longer, different name ("Ruslan Varga")."""
        if t > 0:
            prev_start, prev_end, prev_word = toks[t - 1]
            if prev_word and norm[prev_end : starts[t]] == " ":
                word = norm[prev_start:prev_end]
                if word[0].isupper() and self.names.is_capital_word(word) and len(word) > 1:
                    return False
        n = bisect.bisect_left(starts, end)
        if n < len(toks):
            next_start, next_end, next_word = toks[n]
            if next_word and norm[end:next_start] == " ":
                word = norm[next_start:next_end]
                if word[0].isupper() and self.names.is_capital_word(word):
                    return False
        return True

    def _counterparts(
        self,
        doc: Document,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        blocked: Sequence[bool],
        index: PlaceIndex,
        title_at: dict[int, TitleHit],
        cands: Sequence[_Cand],
        clusters: Sequence[int],
        mentions: Sequence[tuple[int, int, int, str | None]],
        used: set[int],
        subjects: dict[int, int],
        unnamed: Sequence[TitleHit],
    ) -> list[_Cand]:
        """Candidates from "his Danish counterpart Els Holm": role from the subject.

        ``subjects`` receives, for each counterpart, the start of its subject's mention (a
        counterpart never serves the subject's own state).
        """
        norm = doc.norm
        out: list[_Cand] = []
        # a plain substring test first: most articles have no counterpart at all
        cued = _counterpart_cued(doc.folded)
        found = _COUNTERPART.finditer(norm) if cued else ()
        roles: dict[int, str] | None = None  # the subjects' roles, read at the first counterpart
        state_roles: dict[str, set[str]] | None = None  # likewise, the roles of each state
        mention_starts = [m[0] for m in mentions] if cued else []
        for m in found:
            if doc.role_at(m.start()) in _EXCLUDED_ROLES:
                continue
            countries: tuple[str, ...] = ()
            gap = _CP_GAP.search(norm, max(0, m.start() - 4), m.start())
            edge = gap.start() if gap is not None else m.start()
            if edge in index.country_end:
                c_start, alpha2, ci = index.country_end[edge]
                countries = (alpha2,)
                used.add(ci)
                if m.group().endswith("s"):
                    # "his French and German counterparts": one state per counterpart
                    countries = _states_before(norm, index, c_start, used) + countries
            pos = m.end()
            f = _CP_FROM.match(norm, pos, pos + _WINDOW)
            if f is not None and f.end() in index.country_start:
                c_end, alpha2, ci = index.country_start[f.end()]
                countries = countries or (alpha2,)
                used.add(ci)
                pos = c_end
            a = _AFTER_TITLE.match(norm, pos, pos + _WINDOW)
            at = a.end() if a is not None else pos
            if norm.startswith("the ", at):
                at += 4
            org: int | None = None
            hit = title_at.get(at)
            if hit is not None:
                org = hit.org
                a = _AFTER_TITLE.match(norm, hit.span_end, hit.span_end + _WINDOW)
                at = a.end() if a is not None else hit.span_end
            read = self.names.read_at(norm, toks, starts, at, blocked)
            if read is None:
                continue
            span, honorific = read
            if span is None and honorific is None:
                # "his Paraguayan peer Santiago Peña": a one-word city opening the name
                i = bisect.bisect_left(starts, at)
                if blocked[i]:
                    span = self._city_first_name(norm, toks, i, blocked, index.place_start)
                    if span is not None:
                        index.drop_place(at)
            if span is None and m.group().lower() == "host":
                continue  # a host is named right after the word, or not at all
            if span is None:
                # "talks with his Danish counterpart on Monday. ... after meeting Els Holm"
                met = self._counterpart_met(doc, toks, starts, blocked, m.end(), mention_starts)
                if met is None:
                    continue
                span, honorific = (met[0], met[1], -1), met[2]
            spans = [(span[0], span[1], honorific)]
            if not countries and hit is None and m.group().lower().endswith("s"):
                # "her counterparts Ana Roux of France, Jan Vogt of Germany and Eva Berg of
                # Sweden": each name listed with its own state
                listed = self._names_of_states(norm, toks, starts, span[1], blocked, index, used)
                if listed:
                    spans += [(s, e, h) for s, e, h, _ in listed[1:]]
                    countries = tuple(c for *_, c in listed)
            if len(countries) > 1 and hit is None:
                # "his French and German counterparts, Ana Roux and Jan Vogt": one name each
                spans += self._names_listed(norm, toks, starts, span[1], blocked)
                if len(spans) != len(countries):
                    spans = spans[:1]
            # the subject: the nearest person before, in this sentence if possible
            j = bisect.bisect_left(mention_starts, m.start()) - 1
            role = None
            if j >= 0 and roles is None:
                roles = self._roles(cands, clusters)
            if j > 0:
                j = self._clause_subject(doc, mentions, j, m.start())
            if j >= 0 and len(countries) == 1:
                # "the President of Angola ... held talks with his Angolan counterpart": a
                # counterpart never serves the subject's state, so its subject is further back
                j = self._subject_not_of(cands, clusters, mentions, j, countries[0])
            if j >= 0 and roles is not None:
                role = roles.get(mentions[j][2])
            if state_roles is None:
                # the roles each state's titled people hold ("TH" -> {"foreign_minister"})
                state_roles = {}
                for cand in cands:
                    if cand.role is not None and len(cand.countries) == 1:
                        state_roles.setdefault(cand.countries[0], set()).add(cand.role)
            unnamed_role = _unnamed_subject(
                doc, unnamed, mentions, j, m.start(), countries, state_roles
            )
            if unnamed_role is not None:
                # "On Monday, the Foreign Minister travelled to X, where she was received by
                # her Panamanian counterpart": the title nearer than any named person
                role = unnamed_role
            for n, (s, e, h) in enumerate(spans):
                if j >= 0:
                    subjects[s] = mentions[j][0]
                own = countries
                if len(countries) > 1:
                    own = (countries[n],) if len(countries) == len(spans) else ()
                out.append(
                    _Cand(s, e, "counterpart", 2.5, role or "foreign_minister", None, own, org, h)
                )
        out.extend(
            self._successions(doc, toks, starts, blocked, cands, clusters, mentions, subjects)
        )
        if "'s " in norm:
            out.extend(self._possessive_guests(doc, toks, starts, blocked, index, cands, subjects))
        return out

    @staticmethod
    def _clause_subject(
        doc: Document, mentions: Sequence[tuple[int, int, int, str | None]], j: int, cue: int
    ) -> int:
        """The subject of "his counterpart" at ``cue``, whose nearest person before is mention
        ``j``: the person who opens the sentence when ``j`` is one met there, as an object
        ("Barrot spent two hours with Tebboune, after a lunch with his counterpart X": Barrot's
        counterpart); else ``j``."""
        sentence = doc.sentence_at(cue)
        if sentence is None or mentions[j][0] <= sentence.start:
            return j
        norm = doc.norm
        if not _MET_OBJECT.search(norm, max(sentence.start, mentions[j][0] - 60), mentions[j][0]):
            return j
        k = bisect.bisect_left([m[0] for m in mentions[:j]], sentence.start)
        if k >= j or mentions[k][2] == mentions[j][2]:
            return j
        if _OPENS_WITH_NAME.fullmatch(norm, sentence.start, mentions[k][0]) is None:
            return j
        return k

    def _possessive_guests(
        self,
        doc: Document,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        blocked: Sequence[bool],
        index: PlaceIndex,
        cands: Sequence[_Cand],
        subjects: dict[int, int],
    ) -> list[_Cand]:
        """Guests named by their state's possessive right after a foreign minister hosts them:
        "Foreign Minister Ana Ruiz received Peru's Luis Soto" (Soto is her counterpart: a
        foreign minister of Peru). Read only after each titled foreign minister's name."""
        norm = doc.norm
        out: list[_Cand] = []
        for cand in cands:
            if cand.kind != "title" or cand.role != "foreign_minister":
                continue
            m = _HOSTS_GUEST.match(norm, cand.end, cand.end + 24)
            if m is None:
                continue
            hit = index.country_start.get(m.end())
            if hit is None or not hit[1] or not norm.startswith(_POSSESSIVE_S, hit[0]):
                continue
            if hit[1] in cand.countries:
                continue  # "received Peru's ..." by Peru's own minister: a compatriot
            at = hit[0] + len(_POSSESSIVE_S)
            read = self.names.read_at(norm, toks, starts, at, blocked)
            if read is None:
                continue
            span, honorific = read
            if span is None or len(name_words(norm[span[0] : span[1]])) < 2:
                continue
            subjects[span[0]] = cand.start
            out.append(
                _Cand(
                    span[0],
                    span[1],
                    "counterpart",
                    2.5,
                    "foreign_minister",
                    None,
                    (hit[1],),
                    None,
                    honorific,
                )
            )
        return out

    @staticmethod
    def _subject_not_of(
        cands: Sequence[_Cand],
        clusters: Sequence[int],
        mentions: Sequence[tuple[int, int, int, str | None]],
        j: int,
        state: str,
    ) -> int:
        """The index of the nearest mention at or before ``j`` of a person not known to serve
        ``state`` alone (the state of the counterpart), -1 when none."""
        for _ in range(_SUBJECT_STEPS):
            if j < 0:
                return j
            cluster = mentions[j][2]
            own = {
                c for k, cand in enumerate(cands) if clusters[k] == cluster for c in cand.countries
            }
            if own != {state}:
                return j
            j -= 1
        return j

    def _possessive_list(
        self,
        norm: str,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        pos: int,
        blocked: Sequence[bool],
        index: PlaceIndex,
    ) -> list[tuple[int, int, str | None, str]]:
        """The names listed after ``pos``, each after its state's possessive: ", Turkey's Ali
        Demir and Britain's John Smith" -> (start, end, honorific, state) of each."""
        out: list[tuple[int, int, str | None, str]] = []
        for _ in range(6):
            joint = _list_goes_on(norm, pos)
            if joint is None:
                break
            hit = index.country_start.get(joint)
            if hit is None or not norm.startswith(_POSSESSIVE_S, hit[0]):
                break
            read = self.names.read_at(norm, toks, starts, hit[0] + len(_POSSESSIVE_S), blocked)
            if read is None:
                break
            span, honorific = read
            if span is None:
                break
            out.append((span[0], span[1], honorific, hit[1]))
            pos = span[1]
        return out

    def _names_of_states(
        self,
        norm: str,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        pos: int,
        blocked: Sequence[bool],
        index: PlaceIndex,
        used: set[int],
    ) -> list[tuple[int, int, str | None, str]]:
        """The names listed each with its state ("of France") from the first name's end at
        ``pos`` on: " of France, Jan Vogt of Germany and Eva Berg of Sweden" gives the states
        of the first name and of each name after it (the first name's span is left empty);
        [] when the first name has no "of <state>" right after it."""
        out: list[tuple[int, int, str | None, str]] = []
        span_start, honorific = -1, None
        for _ in range(8):
            f = _CP_FROM.match(norm, pos, pos + _WINDOW)
            if f is None or not f.group().lstrip().lower().startswith("of"):
                break
            hit = index.country_start.get(f.end())
            if hit is None or not hit[1]:
                break
            used.add(hit[2])
            out.append((span_start, pos, honorific, hit[1]))
            listed = self._next_listed(norm, toks, starts, hit[0], blocked)
            if listed is None:
                break
            span, honorific = listed
            span_start, pos = span[0], span[1]
        return out

    def _next_listed(
        self,
        norm: str,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        pos: int,
        blocked: Sequence[bool],
    ) -> tuple[tuple[int, int, int], str | None] | None:
        """The next name of a list, after ", " or " and " right at ``pos`` (", Jan Vogt"):
        its span and honorific, or None when no list goes on there."""
        joint = _list_goes_on(norm, pos)
        if joint is None:
            return None
        read = self.names.read_at(norm, toks, starts, joint, blocked)
        if read is None or read[0] is None:
            return None
        return read[0], read[1]

    def _names_listed(
        self,
        norm: str,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        pos: int,
        blocked: Sequence[bool],
    ) -> list[tuple[int, int, str | None]]:
        """The names listed after a name ending at ``pos``: ", Jan Vogt and Eva Berg"."""
        out: list[tuple[int, int, str | None]] = []
        for _ in range(6):
            listed = self._next_listed(norm, toks, starts, pos, blocked)
            if listed is None:
                break
            span, honorific = listed
            out.append((span[0], span[1], honorific))
            pos = span[1]
        return out

    def _counterpart_met(
        self,
        doc: Document,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        blocked: Sequence[bool],
        pos: int,
        mention_starts: Sequence[int],
    ) -> tuple[int, int, str | None] | None:
        """The name of a counterpart given with no name ("talks with his Danish counterpart on
        Monday"): the one untitled full name met right after, in its sentence or the next two
        ("... after meeting Els Holm at the ministry"), that no title names; else an untitled
        full name opening the next sentence as its subject ("Els Holm, who ...")."""
        index = doc.sentence_index(pos)
        if index is None:
            return None
        last = doc.sentences[min(len(doc.sentences) - 1, index + _CP_MET_SENTENCES)]
        end = min(last.end, pos + _CP_MET_REACH)
        norm = doc.norm
        found: list[tuple[int, int, str | None]] = []
        # only the names right after a meeting verb are read
        for verb in _MET_VERB.finditer(norm, pos, end):
            read = self.names.read_at(norm, toks, starts, verb.end(), blocked)
            if read is None:
                continue
            span, honorific = read
            if span is None or span[1] > end:
                continue
            k = bisect.bisect_left(mention_starts, span[0])
            if k < len(mention_starts) and mention_starts[k] < span[1]:
                continue  # a titled official's name
            if len(name_words(norm[span[0] : span[1]])) < 2:
                continue
            found.append((span[0], span[1], honorific))
        if not found and index + 1 < len(doc.sentences):
            # "... hosting his Polish counterpart in Tallinn. Jan Nowak, who ..., said": the
            # next sentence opens with an untitled full name as its subject
            nxt = doc.sentences[index + 1].start
            i = bisect.bisect_left(starts, nxt)
            if i < len(toks) and starts[i] == nxt:
                i, honorific = self.names.skip_honorifics(norm, toks, i)
                span = self.names.read_forward(norm, toks, i, blocked)
                k = bisect.bisect_left(mention_starts, span[0]) if span is not None else 0
                if (
                    span is not None
                    and not (k < len(mention_starts) and mention_starts[k] < span[1])
                    and len(name_words(norm[span[0] : span[1]])) >= 2
                    and (_WHO_AFTER.match(norm, span[1]) or _DESC_VERB.match(norm, span[1]))
                ):
                    found.append((span[0], span[1], honorific))
        return found[0] if len(found) == 1 else None

    def _successions(
        self,
        doc: Document,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        blocked: Sequence[bool],
        cands: Sequence[_Cand],
        clusters: Sequence[int],
        mentions: Sequence[tuple[int, int, int, str | None]],
        subjects: dict[int, int],
    ) -> list[_Cand]:
        """Candidates from "his predecessor X" / "X's successor": the subject's post.
        ``subjects`` receives, for each, the start of its subject's mention (whose state it
        takes at the end when nothing else places it)."""
        norm = doc.norm
        if not _succession_cued(doc.folded):
            return []  # plain substring tests first: most articles name no predecessor
        spans: list[tuple[int, int, str | None]] = []
        for m in _SUCCESSION_AFTER.finditer(norm):
            a = _AFTER_TITLE.match(norm, m.end(), m.end() + _WINDOW)
            at = a.end() if a is not None else m.end()
            i = bisect.bisect_left(starts, at)
            if i < len(toks) and starts[i] == at:
                i, honorific = self.names.skip_honorifics(norm, toks, i)
                span = self.names.read_forward(norm, toks, i, blocked)
                if span is not None:
                    spans.append((span[0], span[1], honorific))
        for m in _SUCCESSION_POSS.finditer(norm):
            j = bisect.bisect_right(starts, m.start()) - 1
            if j < 0:
                continue
            back = self.names.read_backward(norm, toks, j, blocked)
            if back is not None and back[0] < m.start():
                spans.append((back[0], m.start(), None))
        if not spans:
            return []
        roles = self._roles(cands, clusters)
        posts: dict[int, tuple[tuple[str, ...], int | None]] = {}
        for k, c in enumerate(clusters):
            if c >= 0 and c not in posts and (cands[k].countries or cands[k].org is not None):
                posts[c] = (cands[k].countries, cands[k].org)
        mention_starts = [m[0] for m in mentions]
        out: list[_Cand] = []
        for s, e, honorific in spans:
            if doc.role_at(s) in _EXCLUDED_ROLES:
                continue
            j = bisect.bisect_left(mention_starts, s) - 1
            if j < 0:
                continue
            subject = mentions[j][2]
            role = roles.get(subject)
            if role is None:
                continue
            countries, org = posts.get(subject, ((), None))
            subjects[s] = mentions[j][0]
            out.append(_Cand(s, e, "succession", 2.0, role, None, countries, org, honorific))
        return out

    def _later_titles(
        self,
        doc: Document,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        blocked: Sequence[bool],
        unnamed: Sequence[TitleHit],
        cands: Sequence[_Cand],
        clusters: Sequence[int],
        mentions: Sequence[tuple[int, int, int, str | None]],
    ) -> list[_Cand]:
        """Candidates from a title given later: "Ana Ruiz arrived. The UN envoy said ...".

        A definite description opening its clause ("The Spanish minister added") names
        the one untitled person (two words or more) in an earlier sentence of its
        paragraph or the one before, when no official of the article already holds a
        post the description may stand for and no other person there could take it.
        A post claimed by two people, or a person given two posts, gives nothing.
        An official of another state is neither: "Ana Ruiz called President of Peru Luis
        Vega. The President of Chile congratulated him" gives Ruiz the Chilean presidency.
        """
        norm = doc.norm
        # the states of each person (cluster) a title gives one
        states: dict[int, set[str]] = {}
        for cand, cluster in zip(cands, clusters, strict=True):
            states.setdefault(cluster, set()).update(cand.countries)
        mention_spans = sorted((s, e, c) for s, e, c, _ in mentions)
        mention_starts = [s for s, _, _ in mention_spans]
        # people titled only with a bare "Minister", whose portfolio a description may give
        bare = {
            cluster
            for cand, cluster in zip(cands, clusters, strict=True)
            if cand.title is not None
            and cand.role == "minister"
            and norm[cand.title.start : cand.title.end].lower() == "minister"
        }
        found: list[_Cand] = []
        for hit in unnamed:
            role = hit.role
            if role not in _DESC_ROLES or hit.plural or doc.role_at(hit.left) != "body":
                continue
            # people the description may stand for: all, or those not of another state
            foreign = (
                {c for c, of in states.items() if of and not of.intersection(hit.countries)}
                if hit.countries
                else set()
            )
            covers = _DESC_COVERS.get(role, frozenset({role}))
            if any(
                c.role in covers and cluster not in foreign
                for c, cluster in zip(cands, clusters, strict=True)
            ):
                continue  # "the minister" may be the minister already named
            sd = doc.sentence_index(hit.left)
            if sd is None:
                continue
            sent = doc.sentences[sd]
            # Opening its sentence: only blanks, quotes and "the" before it, so a short
            # stretch; the bound keeps one huge sentence with many titles linear.
            opening = (
                hit.left - sent.start <= _DESC_OPEN_MAX
                and _DESC_OPENS.fullmatch(norm, sent.start, hit.left) is not None
            )
            if (
                not opening
                and _DESC_LEAD.search(norm, max(sent.start, hit.left - 12), hit.left) is None
            ):
                continue
            if not _DESC_VERB.match(norm, hit.span_end):
                continue
            para, section = doc.paragraph_at(hit.left), doc.section_at(hit.left)
            if para is None:
                continue
            people: dict[str, tuple[int, int, str | None]] = {}
            refined: set[str] = set()  # people of ``bare`` among them
            rival = False
            for si in range(sd, max(-1, sd - _DESC_SENTENCES), -1):
                s_sent = doc.sentences[si]
                p = doc.paragraph_at(s_sent.start)
                if p is None or p < para - 1 or doc.section_at(s_sent.start) != section:
                    break
                lo = max(s_sent.start, hit.left - _DESC_REACH)
                if lo >= s_sent.end:
                    break  # too far back (bounds the work on one huge sentence)
                if doc.role_at(s_sent.start) != "body":
                    continue
                # officials named there with a title could be meant too: then it is unclear
                # (not one of another state: "the President of Chile" is not Peru's)
                i = bisect.bisect_left(mention_starts, lo)
                hi = min(s_sent.end, hit.left)
                named: set[int] = set()
                while i < len(mention_starts) and mention_starts[i] < hi:
                    m_start, m_end, m_cluster = mention_spans[i]
                    if (
                        m_cluster in bare
                        and hit.countries
                        and states.get(m_cluster, set()) <= set(hit.countries)
                        and role in _DESC_COVERS["minister"]
                        and si < sd
                    ):
                        # "Minister Ana Ruiz said ... The head of Peruvian diplomacy told
                        # reporters": the description gives the plain minister a portfolio
                        words = name_words(norm[m_start:m_end])
                        people.setdefault(words[-1], (m_start, m_end, None))
                        refined.add(words[-1])
                    elif m_cluster not in foreign:
                        rival = True
                        break
                    named.add(m_start)
                    i += 1
                if rival:
                    break
                for span in self._untitled(norm, toks, starts, blocked, lo, hi):
                    if span[0] >= hit.left or span[0] in named:
                        continue
                    if si == sd:
                        rival = True  # a name in the description's own sentence: unclear
                        break
                    words = name_words(norm[span[0] : span[1]])
                    # a full name stands for the person; a lone word may be another one
                    if len(words) >= 2 or words[-1] not in people:
                        people[words[-1]] = span
                if rival:
                    break
            if rival or len(people) != 1:
                continue
            ((key, (s, e, honorific)),) = people.items()
            if len(name_words(norm[s:e])) < 2:
                continue  # "Ruiz said ...": a full name is needed to give a post
            found.append(
                _Cand(
                    s,
                    e,
                    "refined" if key in refined else "later",
                    # (more than the bare "Minister" it refines, of the lowest specificity)
                    float(hit.specificity) + (0.5 if key in refined else 0.0),
                    role,
                    hit,
                    hit.countries,
                    hit.org,
                    honorific,
                )
            )
        # a post given to two people, or a person given two posts: neither is sure
        by_role: dict[str, set[str]] = {}
        by_person: dict[str, set[str]] = {}
        for cand in found:
            key = name_words(norm[cand.start : cand.end])[-1]
            by_role.setdefault(cand.role or "", set()).add(key)
            by_person.setdefault(key, set()).add(cand.role or "")
        out: list[_Cand] = []
        seen: set[str] = set()
        for cand in found:
            key = name_words(norm[cand.start : cand.end])[-1]
            if len(by_role[cand.role or ""]) > 1 or len(by_person[key]) > 1 or key in seen:
                continue
            seen.add(key)
            out.append(cand)
        return out

    def _untitled(
        self,
        norm: str,
        toks: Sequence[TokenSpan],
        starts: Sequence[int],
        blocked: Sequence[bool],
        lo: int,
        hi: int,
    ) -> Iterator[tuple[int, int, str | None]]:
        """Names in ``[lo, hi)`` ("Ana Ruiz", "Vega"; not "the White House", nor a lone
        capitalized word opening the sentence at ``lo``)."""
        i = bisect.bisect_left(starts, lo)
        while i < len(toks) and starts[i] < hi:
            start, _, word = toks[i]
            if not word or not norm[start].isupper():
                i += 1
                continue
            j, honorific = self.names.skip_honorifics(norm, toks, i)
            span = self.names.read_forward(norm, toks, j, blocked)
            if span is None:
                i = max(i + 1, j)
                continue
            before = norm[max(lo, start - 4) : start]
            words = name_words(norm[span[0] : span[1]])
            opening = start - lo <= 2 and not norm[lo:start].strip(" \t\"'")
            lone = len(words) < 2 and opening
            if not lone and not before.lower().endswith("the ") and span[1] <= hi:
                yield span[0], span[1], honorific
            i = max(span[2], i + 1)

    @staticmethod
    def _roles(cands: Sequence[_Cand], clusters: Sequence[int]) -> dict[int, str]:
        best: dict[int, tuple[float, int, str]] = {}
        for k, c in enumerate(clusters):
            cand = cands[k]
            if c < 0 or cand.role is None:
                continue
            key = (cand.spec, -cand.start, cand.role)
            if c not in best or key[:2] > best[c][:2]:
                best[c] = key
        return {c: v[2] for c, v in best.items()}

    # -- records -----------------------------------------------------------------
    def _build(
        self,
        doc: Document,
        places: PlaceResult,
        index: PlaceIndex,
        used: set[int],
        cands: Sequence[_Cand],
        clusters: Sequence[int],
        mentions: Sequence[tuple[int, int, int, str | None]],
        title_starts: Sequence[int] = (),
        unsure: Container[int] = (),
        subjects: dict[int, int] | None = None,
        described: Sequence[TitleHit] = (),
    ) -> OfficialResult:
        text = doc.text
        resolver = AffiliationResolver(doc, places, index, used)
        resolver.people = sorted({c.start for c in cands} | {m[0] for m in mentions})
        # a trailing "of <country>" belongs to the person only up to the next person or title
        cand_starts = sorted({c.start for c in cands} | set(title_starts))
        by_cluster: dict[int, list[int]] = {}
        for k, c in enumerate(clusters):
            if c >= 0:
                by_cluster.setdefault(c, []).append(k)
        first: dict[int, int] = {}
        grouped: dict[int, list[tuple[int, int, str | None]]] = {}
        for s, e, c, h in mentions:
            first.setdefault(c, s)
            grouped.setdefault(c, []).append((s, e, h))
        order = sorted(by_cluster, key=lambda c: first.get(c, 1 << 62))
        officials: list[Official] = []
        number: dict[int, int] = {}
        # officials with no country anywhere near take the article's: that of its first
        # official whose country is known, else its dateline's or most mentioned country
        pending: list[int] = []
        first_country: tuple[int, str] | None = None
        # officials whose state is that of the city visited (hosts alike, not each other's)
        from_venue: set[int] = set()
        # the states officials are marked with by their titles ("Japanese Foreign Minister")
        marked: set[str] = set()
        # officials placed only by a cue around them (not by their titles)
        from_context: set[int] = set()
        for c in order:
            members = by_cluster[c]
            # a post held now outranks one held before, however specific ("Progressive
            # Slovakia MP Ana Ruiz, a former ambassador to NATO" is a legislator)
            was = {k for k in members if _held_before(text, cands[k].title)}
            if not any(cands[k].title is not None and k not in was for k in members):
                was = set()
            ranked = sorted(
                members,
                key=lambda k: (
                    k in was,
                    -cands[k].spec,
                    -(bool(cands[k].countries) or cands[k].org is not None),
                    cands[k].start,
                ),
            )
            best = cands[ranked[0]]
            role = best.role or "other_official"
            hit = best.title
            elsewhere = (
                hit is not None
                and bool(hit.elsewhere_role)
                and not best.countries
                and hit.default_country not in resolver.mentioned
                and any(
                    self.titles.role_in(text[hit.start : hit.end], state, role)
                    == hit.elsewhere_role
                    for state in resolver.mentioned
                )
            )
            if elsewhere and hit is not None:
                # "Secretary of State X" in a Polish story that never names the US: a state
                # secretary of the ministry (titles_by_country.tsv), not the US foreign minister
                role = hit.elsewhere_role
            own = grouped.get(c, [])
            seen: dict[str, bool] = {}  # form -> written with a nobility title ("Lord Green")
            for s, e, h in own:
                form = " ".join(text[s:e].split())
                seen.setdefault(form, False)
                if h in _KEPT_STYLES:
                    lord = " ".join(text[_honorific_start(doc.norm, s) : e].split())
                    seen.setdefault(lord, True)
            forms = list(seen)
            plain = [(n, f) for n, f in enumerate(forms) if not seen[f]]
            if len(plain) == 1:
                name = plain[0][1]
            else:
                name = max(plain, key=lambda nf: (len(name_words(nf[1])), len(nf[1]), -nf[0]))[1]
            aliases = tuple(f for f in forms if f != name)
            # the body of a post held before is not the person's now
            org_index = next(
                (cands[k].org for k in ranked if cands[k].org is not None and k not in was), None
            )
            org_name = places.organizations[org_index].name if org_index is not None else None
            if org_name is None and not any(cands[k].countries for k in ranked):
                # "Ana Ruiz, the European Commissioner for Trade": the body the title names
                org_name = next(
                    (
                        t.implied_org
                        for k in ranked
                        if (t := cands[k].title) and t.implied_org and k not in was
                    ),
                    None,
                )
            country = next((cands[k].countries[0] for k in ranked if cands[k].countries), None)
            boss = None
            if country is None and org_name is None and hit is not None:
                boss = _served_by(doc, officials, hit)
            if boss is not None and boss.country is None:
                # "President Ana Ruiz of the Commission ..., her spokesperson X said": the
                # body of the official the aide serves
                org_name = boss.organization
            elif boss is not None:
                country = boss.country  # "..., his spokesperson X said": the boss's state
            if country is not None and any(
                cands[k].countries and cands[k].kind != "refined" for k in ranked
            ):
                # (not by a description that refines a plain "Minister": "the head of
                # Serbian diplomacy" is how a Serbian writer too names its own minister)
                marked.add(country)
            guess = not all(cands[k].start in unsure for k in ranked)
            if country is None and guess:
                country, firm = self._context_country(
                    resolver, cands, ranked, cand_starts, elsewhere
                )
                if country is not None and not firm:
                    # (a state the text ties to the person, "of Chile" after the name or "the
                    # Omani side by" before the title, stands; a guess from nearby may not)
                    from_context.add(len(officials))
                if (
                    country is not None
                    and role in _LEADERS
                    and _CALLED_ON.search(doc.norm, max(0, best.start - 60), best.start)
                    and _caller_of(doc, officials, country, best.start)
                ):
                    # "Minister X will call on President Y" on a trip abroad: Y is the host,
                    # of the state visited when the passage names one, not the caller's
                    visited, _ = resolver.other_state(best.start, country)
                    country = visited or resolver.visited_before(best.start, country) or country
            body_post = (best.org is not None and not best.countries) or org_name is not None
            if body_post and best.org is None and role in _PAIRED:
                # "Foreign Minister X, the OSCE Chairperson-in-Office": a state's minister or
                # leader who also holds a body's post still serves the state
                body_post = False
            if org_name is None:
                # "President X took over as Chairman of the regional bloc": a state's leader
                # who also chairs a body (keeps the state: the chair is a second post)
                chaired = (_chaired(doc.norm, places, e) for _, e, _ in own[:_MAX_COMPARED])
                org_name = next((c for c in chaired if c is not None), None)
            if body_post and country is not None:
                # "Head of the ICRC delegation in Chad": the post is in a body; a state only
                # when written right after the name ("Ana Ruiz of Chile")
                after = (resolver.after_name(cands[k].end) for k in ranked[:_MAX_COMPARED])
                if not any(cands[k].countries for k in ranked) and not any(after):
                    country = None
            # (asked only while no state is known: both tests below need none)
            royal = (
                country is None
                and best.title is not None
                and _royal(fold(doc.norm[best.title.start : best.title.end]))
            )
            if country is None and (role in _LEADERS or royal):
                # a leader met in the city just visited: "travelled to Kyiv to meet President X"
                visitor = any(
                    resolver.visit_of(cands[k].start) or _accompanied(doc.norm, cands[k].start)
                    for k in ranked[:_MAX_COMPARED]
                )
                # nor the leader whose message a guest delivers there ("... at State House,
                # where she delivered a message from President X"): the guest's own
                # (or who heads the government a guest serves in: "since he took office in
                # the cabinet of Prime Minister X")
                lo = max(0, best.start - _WINDOW // 3)
                sender = _SENT_BY.search(doc.norm, lo, best.start) or _MEMBER_OF.search(
                    doc.norm, lo, best.start
                )
                country = None if visitor or sender else resolver.venue(best.start)
                if country is not None and _host_near(
                    doc, officials, country, best.start, from_venue
                ):
                    # "Prime Minister Ishiba (JP) ... in Tokyo ... President Yoon": the city is
                    # another official's home; this leader is the guest
                    country = None
                elif country is not None:
                    # "travel to Beijing to meet Premier Li and President Xi": two hosts
                    from_venue.add(len(officials))
            if country is None and guess and (role in _PAIRED or royal):
                # a leader or minister met under a place heading ("Seoul, Republic of Korea"
                # over one stop of a trip): the host, unless that state's peer is already known
                country = resolver.heading(best.start)
                if country is not None and any(
                    o.country == country and o.role == role for o in officials
                ):
                    country = None
            if role == "head_of_organization" or (body_post and country is None):
                # officials of an international body serve no state
                country = None
            elif country is None and guess:
                pending.append(len(officials))
            elif country is not None and first_country is None:
                first_country = (len(officials), country)
            title = None
            titled = next((cands[k].title for k in ranked if cands[k].title is not None), None)
            if titled is not None:
                title = " ".join(text[titled.start : titled.end].split())
            number[c] = len(officials)
            officials.append(
                Official(
                    name=name,
                    aliases=aliases,
                    title=title,
                    role=self.titles.role_in(title, country, role),
                    country=country,
                    organization=org_name,
                    mentions=tuple(Mention(text[s:e], s, e) for s, e, _ in own),
                )
            )
        bare = frozenset(pending)  # officials whose titles name no state
        if described and pending:
            # "... his Peruvian counterpart. The Chilean minister said": a state given later
            for i in _described_states(doc, officials, described):
                pending.remove(i)
                if first_country is None or i < first_country[0]:
                    first_country = (i, officials[i].country or "")
        # each official's first mentions by offset (built when a host's guest is looked up)
        guest_at: dict[int, int] | None = None
        named_at: list[int] = []  # its offsets, sorted
        travellers: set[int] = set()  # pending officials who travel (visitors)
        for i in pending:
            # a country the person speaks for: "Minister Ito expressed Japan's intention"
            voiced = (resolver.speaks_for(m.end) for m in officials[i].mentions[:_MAX_COMPARED])
            home = next((v for v in voiced if v is not None), None)
            if home is not None:
                officials[i] = attrs.evolve(officials[i], country=home)
                continue
            home = _sender_state(doc, officials, i)
            if home is not None:
                # "X conveyed the greetings of President Y": Y is X's head of state
                officials[i] = attrs.evolve(officials[i], country=home)
                continue
            role = officials[i].role
            # a visitor: the dateline and the article's state are where they went
            visitor = resolver.travels(
                [m.start for m in officials[i].mentions[:_MAX_COMPARED]], resolver.home
            )
            if visitor:
                travellers.add(i)
            # (a government's own release: its unnamed minister is its state's)
            home = None if visitor else (resolver.publisher or resolver.home_place)
            if (
                home is None
                and first_country is not None
                and first_country[0] < i
                and (role not in _PAIRED or _former(officials[i].title))
                and not resolver.venue_abroad
            ):
                # (a story filed from a venue abroad opens with either side: its writer's
                # own state is the one it leaves unmarked, read below)
                # a spokesperson, envoy or aide speaks for the government the story opens
                # with; leaders and foreign ministers come in pairs (host and guest): a guess
                # from another person's state is too often the other side's
                home = first_country[1]
                if resolver.frame is not None and home in resolver.frame:
                    # "the Norwegian minister will be received by Minister X": the host, of
                    # the story's other side
                    received = (
                        resolver.receiver_state(m.start, resolver.frame)
                        for m in officials[i].mentions[:_MAX_COMPARED]
                    )
                    host = next((r for r in received if r is not None), None)
                    sides = resolver.frame
                    guest = sides[0] if sides[1] == host else sides[1]
                    if host is not None and (officials[i].title or "").lower() == "minister":
                        # a plain "Minister X" who receives a state's minister whose one
                        # minister in the story is its foreign minister: the host's
                        ranks = {o.role for o in officials if o.country == guest}
                        if ranks & _DESC_COVERS["minister"] == {"foreign_minister"}:
                            role = "foreign_minister"
                            officials[i] = attrs.evolve(officials[i], role=role)
                    if host is None:
                        # "the Norwegian minister will sign, together with the Minister of the
                        # Environment, X, ...": X is of the other side
                        partner = (
                            resolver.partner_state(m.start, sides)
                            for m in officials[i].mentions[:_MAX_COMPARED]
                        )
                        host = next((r for r in partner if r is not None), None)
                    home = host or home
            if home is None and not visitor:
                home = resolver.home
            starts = [m.start for m in officials[i].mentions[:_MAX_COMPARED]]
            frame = resolver.frame
            dest = resolver.destination(starts)
            if (home is None and visitor) or (dest is not None and home in (None, dest)):
                # "X will travel to Fiji to advance New Zealand's partnerships": the state
                # the trip serves; never the state the person goes to
                home = resolver.purpose_of_trip(starts)
                if home is None and role in _PAIRED and frame is not None and dest in frame:
                    # "Premier X will travel to Australia" in a China-Australia story: a
                    # leader or minister goes to the other side
                    home = frame[1] if dest == frame[0] else frame[0]
            if guest_at is None and role in _PAIRED:
                guest_at = {
                    m.start: j for j, o in enumerate(officials) for m in o.mentions[:_MAX_COMPARED]
                }
                named_at = sorted(guest_at)
            if home is None and role in _LEADERS:
                # "Premier X would travel to Peru for talks with President Y": the host
                home = _host_of_trip(resolver, officials, i, guest_at or {}, named_at)
            if (
                home is not None
                and role in _PAIRED
                and home in _guest_states(resolver, officials, i, guest_at or {})
            ):
                # "Prime Minister X received Y" (Y Malaysian): the host is not of the
                # guest's state; in a two-state story, of the other side
                guest = home
                home = None
                if frame is not None and guest in frame:
                    home = frame[1] if frame[0] == guest else frame[0]
            lead_at = officials[i].mentions[0].start if officials[i].mentions else -1
            if (
                home is not None
                and role in _LEADERS
                and lead_at >= 0
                and _CALLED_ON.search(doc.norm, max(0, lead_at - 60), lead_at)
                and _caller_of(doc, officials[:i], home, lead_at)
            ):
                # "Minister X will call on President Y" on a trip abroad: Y is the host, of
                # the state visited when the passage names one, not the article's
                visited, _ = resolver.other_state(lead_at, home)
                home = visited or resolver.visited_before(lead_at, home) or home
            elif (
                home is None
                and role in _LEADERS
                and lead_at >= 0
                and _CALLED_ON.search(doc.norm, max(0, lead_at - 60), lead_at)
            ):
                # "Minister X (MU) paid a courtesy call on President Y" with no state guessed
                # for Y: the host, of the state the caller visits (one caller in the sentence)
                callers = {
                    o.country
                    for o in officials[:i]
                    if o.country is not None and _same_sentence(doc, o, lead_at)
                }
                if len(callers) == 1:
                    caller = callers.pop()
                    visited, _ = resolver.other_state(lead_at, caller)
                    home = visited or resolver.visited_before(lead_at, caller)
                    if home is None and frame is not None and caller in frame:
                        # (in a two-state story, the other side)
                        home = frame[1] if frame[0] == caller else frame[0]
            not_of = resolver.counterpart_of(
                [(m.start, m.end) for m in officials[i].mentions[:_MAX_COMPARED]]
            )
            if home is not None and home in not_of:
                # "Son invited his Indonesian counterpart": Son is not Indonesian
                home = None
            if (
                home is not None
                and frame is not None
                and home in frame
                and _cosigner_state(doc, officials, i) == home
            ):
                # "Ms Wong and Deputy Prime Minister X signed" in an Australia-Fiji story: the
                # two signers are the two sides
                home = frame[1] if frame[0] == home else frame[0]
            if home is None and frame is not None and len(not_of) == 1 and set(not_of) < set(frame):
                # "Foreign Secretary X and his Indian counterpart" in an India-Nepal story: the
                # other side
                home = frame[1] if frame[0] in not_of else frame[0]
            # "Foreign Secretary" of India is a senior diplomat, not India's foreign minister
            role = self.titles.role_in(officials[i].title, home, role)
            # a former leader is no side of the talks ("Former president X said ...")
            paired = not _former(officials[i].title) and (
                role in _PAIRED
                or (home is not None and _peer_in_sentence(doc, officials, i, home, role))
            )
            if (
                home is not None
                and paired
                and any(
                    o.country == home and o.role == role and not _former(o.title)
                    for o in officials[:i]
                )
            ):
                # the article's state already has its leader or minister of this rank: this
                # one is most likely the other side ("Energy Minister X (SA) and Y, Minister
                # for Petroleum, signed" in a Saudi-Pakistani story: Y is Pakistani)
                taken = home
                home = None
                if officials[i].mentions:
                    # the other side may be the state visited in its sentence: "will visit
                    # the Republic of Chile at the invitation of Foreign Minister X"
                    home, _ = resolver.other_state(officials[i].mentions[0].start, taken)
            if home is None and paired and resolver.frame is not None:
                # "President X (BR) met with Prime Minister Y": the other side
                home = _met_side(doc, officials, i, resolver.frame)
            if home is None and paired:
                # host and guest: the side of a two-state story that has no peer of this rank
                home = _other_side(resolver.frame, officials, i)
            if home is None and paired and resolver.frame is not None and officials[i].mentions:
                # "the Hungarian minister will be received by Prime Minister X": the host
                # (or by name: "X was received by President Y", X placed already)
                placed = sorted(
                    (m.start, o.country)
                    for o in officials
                    if o.country
                    for m in o.mentions[:_MAX_COMPARED]
                )
                # (at any of the first mentions: a headline names the host bare first)
                received = (
                    resolver.receiver_state(m.start, resolver.frame, placed)
                    for m in officials[i].mentions[:_MAX_COMPARED]
                )
                home = next((r for r in received if r is not None), None)
            if (
                home is None
                and paired
                and not visitor
                and first_country is not None
                and first_country[0] < i
                and first_country[0] in bare
                and first_country[0] not in travellers
                and not any(o.country == first_country[1] and o.role == role for o in officials[:i])
            ):
                # a bare "Prime Minister X" in a story whose first official, titled as bare,
                # was placed: the article's own state, while it has no official of that rank
                # (not a visitor's: "Minister X visits Kingston ... Prime Minister Y")
                home = first_country[1]
            if home is None and not _former(officials[i].title):
                # the state the article leaves unmarked: "Japanese Foreign Minister X ...
                # Foreign Minister Y" in a Korean paper: Y is Korean
                home = self._unmarked_home(resolver, officials, i, marked, role, paired)
                if home is None:
                    # the state of the article's other bare-titled officials, placed by the
                    # cues around them: "President X received a call from the Emir of Qatar
                    # ... Foreign Minister Y received in Cairo ..." (X as Y, Egyptian)
                    bare_homes = {
                        o.country
                        for j, o in enumerate(officials)
                        if j in from_context and j != i and o.country and o.country not in marked
                    }
                    if len(bare_homes) == 1:
                        home = self._fits_home(
                            resolver, officials, i, bare_homes.pop(), role, paired
                        )
                if (
                    home is not None
                    and role in _LEADERS
                    and lead_at >= 0
                    and _CALLED_ON.search(doc.norm, max(0, lead_at - 60), lead_at)
                    and _caller_of(doc, officials[:i], home, lead_at)
                ):
                    # the unmarked state is the caller's: "Minister X (CA) paid a courtesy
                    # call on Prime Minister Y at Jamaica House": Y hosts, of the state visited
                    home = resolver.other_state(lead_at, home)[0] or resolver.visited_before(
                        lead_at, home
                    )
            if home is not None and (first_country is None or i < first_country[0]):
                first_country = (i, home)
            role = self.titles.role_in(officials[i].title, home, officials[i].role)
            officials[i] = attrs.evolve(officials[i], country=home, role=role)
        for i in sorted(from_context):
            o = officials[i]
            if o.country not in marked or _former(o.title):
                continue
            # a bare "Foreign Minister X" placed by a nearby mention of a state that the
            # article marks its foreign officials with ("Japanese Foreign Minister Y"): the
            # writer's own state, the one left unmarked (for a leader or foreign minister:
            # when it has no such official yet)
            paired = o.role in _PAIRED
            home = self._unmarked_home(resolver, officials, i, marked, o.role, paired, True)
            if home is not None and not (
                paired
                and any(
                    p.country == home and p.role == o.role and not _former(p.title)
                    for p in officials[i + 1 :]
                )
            ):
                role = self.titles.role_in(o.title, home, o.role)
                officials[i] = attrs.evolve(o, country=home, role=role)
        if subjects:
            guessed = frozenset(pending)
            pairs = self._counterpart_states(
                resolver, cands, by_cluster, mentions, number, officials, subjects, guessed
            )
            for i, j in pairs.items():
                # "his Sri Lankan counterpart" of India's Foreign Secretary: the subject's
                # title, in the counterpart's state
                o = officials[i]
                if o.title is None:
                    role = self.titles.role_in(officials[j].title, o.country, o.role)
                    officials[i] = attrs.evolve(o, role=role)
        if subjects:
            _successors_states(cands, by_cluster, mentions, number, officials, subjects)
        _deputies_of_foreign_ministers(officials)
        hits = tuple(OfficialHit(s, e, number[c]) for s, e, c, _ in mentions if c in number)
        return OfficialResult(tuple(officials), hits)

    @staticmethod
    def _unmarked_home(
        resolver: AffiliationResolver,
        officials: Sequence[Official],
        i: int,
        marked: Container[str],
        role: str,
        paired: bool,
        principal: bool = False,
    ) -> str | None:
        """The state of official ``i`` whose title names none and whom no nearer cue placed:
        the article's unmarked state (:meth:`AffiliationResolver.unmarked`), unless the
        person travels there, is the counterpart of someone of it, or (a leader or foreign
        minister) that state already has its official of this rank. ``principal``: see
        :meth:`AffiliationResolver.unmarked`."""
        home = resolver.unmarked(marked, principal)
        return OfficialStage._fits_home(resolver, officials, i, home, role, paired)

    @staticmethod
    def _fits_home(
        resolver: AffiliationResolver,
        officials: Sequence[Official],
        i: int,
        home: str | None,
        role: str,
        paired: bool,
    ) -> str | None:
        """``home`` as the state of official ``i`` (placed by no cue of its own), unless the
        person travels there, is the counterpart of someone of it, or (a leader or foreign
        minister) that state already has its official of this rank."""
        o = officials[i]
        if home is None or not o.mentions:
            return None
        starts = [m.start for m in o.mentions[:_MAX_COMPARED]]
        if resolver.travels(starts, home):
            return None
        if home in resolver.counterpart_of([(m.start, m.end) for m in o.mentions[:_MAX_COMPARED]]):
            return None
        if paired and any(
            p.country == home and p.role == role and not _former(p.title) for p in officials[:i]
        ):
            return None
        return home

    @staticmethod
    def _counterpart_states(
        resolver: AffiliationResolver,
        cands: Sequence[_Cand],
        by_cluster: dict[int, list[int]],
        mentions: Sequence[tuple[int, int, int, str | None]],
        number: dict[int, int],
        officials: list[Official],
        subjects: dict[int, int],
        guessed: Container[int],
    ) -> dict[int, int]:
        """The state of each counterpart no title or adjective places: never the subject's
        own; the other state of the sentence's frame (see
        :meth:`~diplotext.link.affiliation.AffiliationResolver.other_state`), else none.
        A subject whose state was only guessed from the article gives it up when the
        counterpart is of that state, and takes the other side of the frame if any.
        Returns each counterpart's subject (official numbers)."""
        pairs: dict[int, int] = {}
        cluster_at = {s: c for s, _, c, _ in mentions}
        for c, members in by_cluster.items():
            cps = [k for k in members if cands[k].kind == "counterpart"]
            if c not in number or not cps:
                continue
            i = number[c]
            start = cands[cps[0]].start
            subject = cluster_at.get(subjects.get(start, -1))
            j = number.get(subject) if subject is not None else None
            if j is not None and j != i:
                pairs[i] = j
            own = officials[j].country if j is not None else None
            sure = j is not None and j not in guessed
            pair: tuple[str, str] | None = None
            explicit = any(cands[k].countries for k in members)
            if explicit or any(cands[k].kind == "title" for k in members):
                state = officials[i].country
            else:
                state, pair = resolver.other_state(start, own if sure else None)
                officials[i] = attrs.evolve(officials[i], country=state)
            if (
                explicit
                and state is not None
                and state == own
                and j not in (None, i)
                and _same_sentence(resolver.doc, officials[j], start)
            ):
                # "PM Wong and his Malaysian counterpart Anwar": the subject is not Malaysian,
                # whatever the context suggested; the other side of the article's frame
                sure = False
                pair = pair or resolver.frame
            if j is None or sure or state is None or officials[j].organization:
                continue
            # the subject's guessed state: never the counterpart's; the frame's other side
            other = own if own != state else None
            if pair is not None and state in pair:
                other = pair[0] if pair[1] == state else pair[1]
            officials[j] = attrs.evolve(officials[j], country=other)
        return pairs

    @staticmethod
    def _context_country(
        resolver: AffiliationResolver,
        cands: Sequence[_Cand],
        ranked: Sequence[int],
        cand_starts: Sequence[int],
        elsewhere: bool = False,
    ) -> tuple[str | None, bool]:
        """The country of a person whose titles name none (:mod:`diplotext.link.affiliation`),
        and whether the text ties it to the person (a trailing "of <country>", the delegation
        or side the person leads or signs for) rather than a guess from around;
        ``elsewhere``: the state the title implies does not hold (see ``TitleHit``)."""
        for k in ranked[:_MAX_COMPARED]:
            cand = cands[k]
            found = resolver.after_name(cand.end)
            if found is not None:
                return found[0], True
        for k in ranked[:_MAX_COMPARED]:
            hit = cands[k].title
            if hit is None:
                continue
            left = min(hit.left, cands[k].start)
            country = resolver.delegation(left)
            if country is not None:
                return country, True
            if country is None and hit.the_country:
                country = resolver.the_country(left)
            if (
                country is None
                and not elsewhere
                and (not hit.shared_default or hit.default_country in resolver.mentioned)
            ):
                # the state a title implies ("Foreign Secretary" -> GB), when the article
                # names that state at all (Mexico and India have Foreign Secretaries too)
                country = hit.default_country
            if country is None:
                # a government's own release ("Ministry of Foreign Affairs, Republic of
                # Chile" over it): a title naming no state is that government's post
                country = resolver.publisher
            if country is None:
                after = max(hit.span_end, cands[k].end)
                nxt = bisect.bisect_right(cand_starts, after)
                limit = cand_starts[nxt] if nxt < len(cand_starts) else None
                country = resolver.trailing(after, limit)
            if country is None:
                country = resolver.host(cands[k].end)
            if country is None:
                country = resolver.clause_of(left)
            if country is None and not resolver.travels([cands[k].start]):
                # (a visitor's sentence names where they go: "KYIV -- Minister X arrived")
                country = resolver.nearby(left)
            if country is None:
                # "Peru rejected the plan. Foreign Ministry spokesman X said"
                country = resolver.previous_subject(left)
            if country is not None:
                return country, False
        return None, False


def _states_before(norm: str, index: PlaceIndex, start: int, used: set[int]) -> tuple[str, ...]:
    """The states listed before the one at ``start``: "French and " / "French, Italian and "
    before "German counterparts" (demonyms or names; at most a few)."""
    out: list[str] = []
    for _ in range(4):
        gap = _LIST_GAP.search(norm, max(0, start - 12), start)
        if gap is None or gap.start() not in index.country_end:
            break
        start, alpha2, ci = index.country_end[gap.start()]
        out.append(alpha2)
        used.add(ci)
    return tuple(reversed(out))


def _who_conveys(norm: str, lo: int, cue: int) -> bool:
    """True when a "who" between ``lo`` and ``cue`` opens the clause of the cue ("Y, who
    conveyed a message from X": Y conveys it, not the subject before); not when a comma
    closes that clause first ("Ana Ruiz, who arrived on Monday, later delivered a message
    from X": Ruiz conveys it)."""
    whos = list(_WHO.finditer(norm, lo, cue))
    return bool(whos) and "," not in norm[whos[-1].end() : cue]


def _sender_state(doc: Document, officials: Sequence[Official], i: int) -> str | None:
    """The state of the official who conveys the greetings, message or invitation of official
    ``i`` in its sentence: "Ruiz (CL) conveyed the greetings of President X to ..." -> CL
    (the sentence's subject: its first official, when their state is known; "was received
    by Y, to whom he delivered a message from X" keeps the subject, "Y, who conveyed" gives
    none); likewise of the official appointed by ``i`` ("Y, who was appointed by President
    X")."""
    norm = doc.norm
    for m in officials[i].mentions[:_MAX_COMPARED]:
        sentence = doc.sentence_at(m.start)
        if sentence is None:
            continue
        lo = max(sentence.start, m.start - _WINDOW // 3)
        cue = _SENT_BY.search(norm, lo, m.start)
        appointed = False
        if cue is None:
            # "Ruiz, who was appointed in May by President X": X is Ruiz's head of state;
            # likewise "since Ruiz took office in the cabinet of Prime Minister X"
            cue = _APPOINTED_BY.search(norm, lo, m.start) or _MEMBER_OF.search(norm, lo, m.start)
            appointed = cue is not None
        if cue is None:
            continue
        best: tuple[int, str | None] = (cue.start(), None)
        for j, o in enumerate(officials):
            if j == i:
                continue
            for n in o.mentions[:_MAX_COMPARED]:
                if sentence.start <= n.start < best[0]:
                    best = (n.start, o.country)
        if best[1] is not None and (appointed or not _who_conveys(norm, best[0], cue.start())):
            return best[1]
    return None


def _served_by(doc: Document, officials: Sequence[Official], hit: TitleHit) -> Official | None:
    """The official whom the holder of ``hit`` serves when the title follows "his"/"her": the
    subject of its sentence, the first official named there ("President X spoke with Y on
    Monday, her spokesperson Z said" -> X); None when the title has no such pronoun or its
    sentence names no official before it, or that official serves no state and no body."""
    norm = doc.norm
    if _PRONOUN_BEFORE.search(norm, max(0, hit.left - 8), hit.left) is None:
        return None
    sentence = doc.sentence_at(hit.left)
    if sentence is None:
        return None
    best: tuple[int, Official | None] = (hit.left, None)
    for o in officials:
        for m in o.mentions[:_MAX_COMPARED]:
            if sentence.start <= m.start < best[0]:
                best = (m.start, o)
    boss = best[1]
    if boss is None or (boss.country is None and boss.organization is None):
        return None
    return boss


def _description_opens(doc: Document, hit: TitleHit) -> bool:
    """True when the title ``hit`` with no name is a definite description opening its clause
    and followed by a verb: "The Chilean minister added", '"...," the Peruvian envoy said'."""
    norm = doc.norm
    sentence = doc.sentence_at(hit.left)
    if sentence is None or doc.role_at(hit.left) != "body":
        return False
    opening = (
        hit.left - sentence.start <= _DESC_OPEN_MAX
        and _DESC_OPENS.fullmatch(norm, sentence.start, hit.left) is not None
    )
    if (
        not opening
        and _DESC_LEAD.search(norm, max(sentence.start, hit.left - 12), hit.left) is None
    ):
        return False
    return _DESC_VERB.match(norm, hit.span_end) is not None


def _described_states(
    doc: Document, officials: list[Official], described: Sequence[TitleHit]
) -> list[int]:
    """States given by a later description with a demonym (see :func:`_description_opens`):
    "Ruiz and his Peruvian counterpart Vega met. The Chilean minister said ..." -> Ruiz is
    Chilean, when Ruiz is the one official named in the sentences before whose post the
    description may stand for and whose state is unknown, and none of them is of that state
    already. Sets them in ``officials``; returns their numbers."""
    out: list[int] = []
    for hit in described:
        if hit.plural or hit.role not in _DESC_ROLES:
            continue
        index = doc.sentence_index(hit.left)
        if index is None:
            continue
        lo = max(doc.sentences[max(0, index - _DESC_SENTENCES)].start, hit.left - _DESC_REACH)
        state = hit.countries[0]
        covers = _DESC_COVERS.get(hit.role, frozenset({hit.role}))
        near = [
            i
            for i, o in enumerate(officials)
            if o.role in covers
            and o.organization is None
            and any(lo <= m.start < hit.left for m in o.mentions[:_MAX_COMPARED])
        ]
        if any(officials[i].country == state for i in near):
            continue  # the description may be the official of that state already named
        free = [i for i in near if officials[i].country is None]
        if len(free) > 1 and index > 0:
            # "Foreign ministers A and B signed ... A told reporters ... Peru's foreign minister
            # also confirmed": the one named in the sentence just before
            prev = doc.sentences[index - 1]
            free = [
                i
                for i in free
                if any(prev.start <= m.start < hit.left for m in officials[i].mentions)
            ]
        if len(free) == 1 and free[0] not in out:
            officials[free[0]] = attrs.evolve(officials[free[0]], country=state)
            out.append(free[0])
    return out


def _successors_states(
    cands: Sequence[_Cand],
    by_cluster: dict[int, list[int]],
    mentions: Sequence[tuple[int, int, int, str | None]],
    number: dict[int, int],
    officials: list[Official],
    subjects: dict[int, int],
) -> None:
    """A predecessor or successor named with no title nor state of their own ("the first
    since Ana Ruiz replaced Luis Vega at the ministry") held the subject's post, so serves
    the subject's state as finally read (not a state guessed from around the name)."""
    cluster_at = {s: c for s, _, c, _ in mentions}
    for c, members in by_cluster.items():
        if c not in number or any(
            cands[k].kind != "succession" or cands[k].countries for k in members
        ):
            continue
        subject = cluster_at.get(subjects.get(cands[members[0]].start, -1))
        j = number.get(subject) if subject is not None else None
        i = number[c]
        if j is None or j == i or officials[j].country is None or officials[i].organization:
            continue
        officials[i] = attrs.evolve(officials[i], country=officials[j].country)


#: A state's possessive before a name: "Greece's" of "Greece's Giorgos Papas".
_POSSESSIVE_S = "'s "


def _possessive_state(norm: str, index: PlaceIndex, start: int) -> str | None:
    """The state whose possessive ends right before ``start`` ("Turkey's Ali Demir"), or None."""
    at = start - len(_POSSESSIVE_S)
    hit = index.country_end.get(at)
    if hit is None or not norm.startswith(_POSSESSIVE_S, at) or not hit[1]:
        return None
    return hit[1]


def _unnamed_subject(
    doc: Document,
    unnamed: Sequence[TitleHit],
    mentions: Sequence[tuple[int, int, int, str | None]],
    j: int,
    pos: int,
    countries: tuple[str, ...],
    state_roles: Mapping[str, set[str]],
) -> str | None:
    """The role of a title given with no name earlier in the sentence of a counterpart at
    ``pos``, nearer than the mention ``j`` ("the Foreign Minister travelled to X, where she was
    received by her Panamanian counterpart"): its subject. A plain "minister" says too little,
    unless of a state (``state_roles``: the roles its titled people hold) whose one minister
    it must be ("The Thai minister will meet his Singaporean counterpart": Thailand's foreign
    minister); a title of the counterpart's own state is not its subject's."""
    index = doc.sentence_index(pos)
    if index is None or not unnamed:
        return None
    floor = max(doc.sentences[index].start, mentions[j][1] if j >= 0 else 0)
    role = None
    for hit in unnamed:
        if hit.start >= pos:
            break
        if hit.start < floor or hit.plural or set(hit.countries) & set(countries):
            continue
        if hit.specificity >= 2:
            role = hit.role
        elif hit.role == "minister" and len(hit.countries) == 1:
            held = state_roles.get(hit.countries[0], set()) & _DESC_COVERS["minister"]
            if len(held) == 1:
                role = next(iter(held))
    return role


def _counterpart_cued(folded: str) -> bool:
    """True when the folded text may hold a counterpart (a plain substring test)."""
    return (
        "counterpart" in folded or "his host" in folded or "her host" in folded or "peer" in folded
    )


def _succession_cued(folded: str) -> bool:
    """True when the folded text may hold a predecessor or successor: "his predecessor",
    "succeeded", "replacing" (plain substring tests)."""
    return any(cue in folded for cue in ("predecessor", "successor", "succeed", "replac"))


def _other_side(frame: tuple[str, str] | None, officials: Sequence[Official], i: int) -> str | None:
    """The side of ``frame`` (the article's two states) that official ``i`` may serve: the
    one with no other official of ``i``'s role when the other side has one ("Thai Prime
    Minister X ... Prime Minister Y" in a Malaysia-Thailand story: Y is Malaysian)."""
    if frame is None:
        return None
    role = officials[i].role
    sides = {
        o.country
        for j, o in enumerate(officials[: i + _MAX_COMPARED * 4])
        if j != i and o.role == role and o.country in frame
    }
    if len(sides) != 1:
        return None
    return frame[1] if frame[0] in sides else frame[0]


def _apposed_between(
    norm: str, end: int, name: tuple[int, int, str | None], title_lefts: Container[int]
) -> bool:
    """True when the name after a title (ending at ``end``) follows a comma and an honorific
    and is itself followed by a comma and another title: ", His Excellency Z, Prime Minister
    of W" (the first title is then an apposition of the name before it)."""
    s, e, honorific = name
    if honorific is None or "," not in norm[end:s]:
        return False
    after = _skip_comma(norm, e)
    return after is not None and after in title_lefts


def _skip_comma(norm: str, pos: int) -> int | None:
    """The offset after ", " at ``pos`` (blanks after the comma), else None."""
    if not norm.startswith(",", pos):
        return None
    pos += 1
    while pos < len(norm) and norm[pos] in " \t":
        pos += 1
    return pos


def _guest_states(
    resolver: AffiliationResolver,
    officials: Sequence[Official],
    i: int,
    at: dict[int, int],
) -> frozenset[str]:
    """The states of the guests official ``i`` hosts: "X received Y", Y placed already
    (``at``: mention offset -> official number)."""
    out: set[str] = set()
    norm = resolver.norm
    for m in officials[i].mentions[:_MAX_COMPARED]:
        start = resolver.guest_after(m.end)
        if start is None:
            continue
        j = at.get(start)
        if j is None:
            # a short form the name grammar left alone: the one official whose name has it
            word = _WORD_AT.match(norm, start)
            folded = fold(word.group()) if word is not None else ""
            named = [
                k
                for k, o in enumerate(officials)
                if folded and word_matches(folded, name_words(o.name))
            ]
            j = named[0] if len(named) == 1 else None
        state = officials[j].country if j is not None and j != i else None
        if state:
            out.add(state)
    return frozenset(out)


def _host_of_trip(
    resolver: AffiliationResolver,
    officials: Sequence[Official],
    i: int,
    at: Mapping[int, int],
    starts: Sequence[int],
) -> str | None:
    """The state of the leader ``i`` whom a placed official travels to meet: "Premier X
    (JP) would travel to Peru for talks with President Y" -> PE (the trip's destination,
    named in the sentence of Y before Y, when it is not the traveller's own state).
    ``at``: mention offset -> official number; ``starts``: its offsets, sorted."""
    doc = resolver.doc
    for m in officials[i].mentions[:_MAX_COMPARED]:
        index = doc.sentence_index(m.start)
        if index is None:
            continue
        lo = bisect.bisect_left(starts, doc.sentences[index].start)
        for start in starts[lo : bisect.bisect_left(starts, m.start)]:
            o = officials[at[start]]
            if at[start] == i or not o.country:
                continue
            dest = resolver.destination([start])
            if dest is not None and dest != o.country:
                return dest
    return None


# A chair taken right after a name (and its apposition): ", took over as Chairman of the ",
# " was elected chair of ", " assumed the rotating chairmanship of ".
_CHAIR_AFTER = anchored(
    r",?[ \t]+(?:took[ \t]+over|takes[ \t]+over|assumed|assumes|was[ \t]+elected|became)[ \t]+"
    r"(?:as[ \t]+)?(?:the[ \t]+)?(?:new[ \t]+)?(?:rotating[ \t]+)?"
    r"(?:chairman|chairperson|chair|chairmanship|presidency)[ \t]+of[ \t]+(?:the[ \t]+)?",
    regex.I,
)
# A body named by its kind after "the": "the regional bloc", "the bloc", "the grouping".
_BODY_BY_KIND = anchored(r"(?:regional[ \t]+)?(?:bloc|grouping|organi[sz]ation|union)\b", regex.I)
# How far back "the bloc" may name a body named before (characters).
_BODY_REACH = 600


def _chaired(norm: str, places: PlaceResult, end: int) -> str | None:
    """The body whose chair the person whose name ends at ``end`` takes: "X took over as
    Chairman of ECOWAS" -> ECOWAS; "... of the regional bloc" -> the one body (organs of
    another aside) named in the :data:`_BODY_REACH` characters before."""
    m = _CHAIR_AFTER.match(norm, end, end + _WINDOW)
    if m is None:
        return None
    at = m.end()
    for hit in places.org_hits:
        if hit.start == at:
            return places.organizations[hit.org].name
    if _BODY_BY_KIND.match(norm, at) is None:
        return None
    named = {h.org for h in places.org_hits if at - _BODY_REACH <= h.start < end}
    orgs = places.organizations
    # a bloc is the body, not one of its organs ("ECOWAS Authority of Heads of State" of ECOWAS)
    organs = {
        i
        for i in named
        for j in named
        if j != i
        and any(f and orgs[i].name.startswith(f + " ") for f in (orgs[j].name, orgs[j].acronym))
    }
    named -= organs
    return orgs[named.pop()].name if len(named) == 1 else None


# A name word at a position: "Mohamad" of "received Mohamad.".
_WORD_AT = anchored(r"\p{Lu}[\p{L}'\-]+")


def _met_side(
    doc: Document, officials: Sequence[Official], i: int, frame: tuple[str, str]
) -> str | None:
    """The side of ``frame`` opposite the placed official whom official ``i`` is met by in
    one clause: "President X (BR) met with Prime Minister Y" -> the other side for Y (the
    official named last before "met with" in the sentence, of a side of the frame)."""
    norm = doc.norm
    for m in officials[i].mentions[:_MAX_COMPARED]:
        sentence = doc.sentence_at(m.start)
        if sentence is None:
            continue
        lo = max(sentence.start, m.start - _WINDOW // 3)
        cue = _MET_WITH_BEFORE.search(norm, max(lo, m.start - 80), m.start)
        if cue is None:
            continue
        best: tuple[int, str | None] = (lo - 1, None)
        for j, o in enumerate(officials):
            if j == i:
                continue
            for n in o.mentions[:_MAX_COMPARED]:
                if best[0] < n.start and n.end <= cue.start():
                    best = (n.start, o.country)
                    # the subject of "met" itself, not one of an earlier clause ("was received
                    # by X, and in the evening he met with Y")
                    if not _MET_GAP.fullmatch(norm, n.end, cue.start()):
                        best = (n.start, None)
        if best[1] in frame:
            return frame[1] if frame[0] == best[1] else frame[0]
    return None


def _peer_in_sentence(
    doc: Document, officials: Sequence[Official], i: int, home: str, role: str
) -> bool:
    """True when an official before ``i`` of ``home`` and of ``i``'s role is named in a
    sentence that names ``i`` too (two ministers who sign or meet: one per side)."""
    sentences = {doc.sentence_index(m.start) for m in officials[i].mentions[:_MAX_COMPARED]}
    sentences.discard(None)
    return any(
        o.country == home
        and o.role == role
        and any(doc.sentence_index(m.start) in sentences for m in o.mentions[:_MAX_COMPARED])
        for o in officials[max(0, i - _MAX_COMPARED * 4) : i]
    )


# Between a signer and the title of the one signing with: " and ", " and the " ("Ms Wong and
# Deputy Prime Minister and Minister for Finance Professor X signed"), the title's words at most.
_COSIGNER_GAP = regex.compile(
    r"[ \t]+and[ \t]+(?:the[ \t]+)?(?:[\p{Lu}][\p{L}'\-]*[ \t]+|(?:and|of|for)[ \t]+){0,12}$"
)
# After the second signer: the verb of both ("... X signed", "... X, who ..., signed").
_COSIGNED = anchored(r"[ \t]+(?:jointly[ \t]+)?(?:signed|initialled|inked)(?!\w)")
_COSIGNER_REACH = 120


def _cosigner_state(doc: Document, officials: Sequence[Official], i: int) -> str | None:
    """The state of the official who signs with official ``i`` as one subject ("Ms Wong and
    Deputy Prime Minister X signed"), when one is named right before "and" and ``i``'s title."""
    norm = doc.norm
    for m in officials[i].mentions[:_MAX_COMPARED]:
        if not _COSIGNED.match(norm, m.end, m.end + 24):
            continue
        gap = _COSIGNER_GAP.search(norm, max(0, m.start - _COSIGNER_REACH), m.start)
        if gap is None:
            continue
        for j, o in enumerate(officials):
            if j != i and o.country and any(n.end == gap.start() for n in o.mentions):
                return o.country
    return None


# Deputy ministers' titles that name no ministry: "Deputy Minister X will act as Minister".
_BARE_DEPUTY = frozenset({"deputy minister", "vice minister", "vice-minister"})


def _deputies_of_foreign_ministers(officials: list[Official]) -> None:
    """Make a deputy minister titled with no ministry ("Deputy Minister X") a deputy foreign
    minister when his state's one minister in the article is its foreign minister (a foreign
    ministry's release: "Minister Y will visit ...; Deputy Minister X will act as Minister")."""
    for i, o in enumerate(officials):
        if o.role != "deputy_minister" or o.country is None or o.title is None:
            continue
        if o.title.lower() not in _BARE_DEPUTY:
            continue
        peers = {p.role for p in officials if p.country == o.country and p is not o}
        if "foreign_minister" in peers and "minister" not in peers:
            officials[i] = attrs.evolve(o, role="deputy_foreign_minister")


def _same_sentence(doc: Document, official: Official, start: int) -> bool:
    """True when ``official`` is named in the sentence of ``start``."""
    index = doc.sentence_index(start)
    return index is not None and any(
        doc.sentence_index(m.start) == index for m in official.mentions[:_MAX_COMPARED]
    )


def _caller_of(doc: Document, officials: Sequence[Official], state: str, start: int) -> bool:
    """True when an official of ``state`` is named in the sentence of ``start``, before it:
    the one who calls on the leader at ``start`` ("Minister X (SG) will call on President Y")."""
    return any(o.country == state and _same_sentence(doc, o, start) for o in officials)


def _host_near(
    doc: Document,
    officials: Sequence[Official],
    state: str,
    start: int,
    hosts: Container[int] = (),
) -> bool:
    """True when a leader of ``state`` is mentioned in the sentence of ``start`` or the one
    before, before ``start`` (the venue's host, not the person at ``start``). Only a leader
    hosts: "Ambassador Li (CN) said ... will travel to Beijing to meet President X" keeps X
    Chinese. ``hosts`` are officials placed by the same venue (two hosts do not exclude each
    other)."""
    index = doc.sentence_index(start)
    if index is None:
        return False
    lo = doc.sentences[max(0, index - 1)].start
    return any(
        o.country == state
        and o.role in _LEADERS
        and i not in hosts
        and any(lo <= m.start < start for m in o.mentions[:_MAX_COMPARED])
        for i, o in enumerate(officials)
    )


# A companion's verb before a title and name: "will travel to Rome to accompany President ",
# "accompanying the Prime Minister " (the person named travels too: no host of the venue).
_ACCOMPANY_BEFORE = regex.compile(
    r"\baccompan(?:y|ies|ied|ying)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}\-]*[ \t]+){0,4}$", regex.I
)


def _accompanied(norm: str, start: int) -> bool:
    """True when the name at ``start`` is accompanied on a trip ("to accompany President X"):
    the city visited is not that person's."""
    return _ACCOMPANY_BEFORE.search(norm, max(0, start - 60), start) is not None


def _royal(title: str) -> bool:
    """A title of a royal house ("Crown Prince", "Emir"): its holder leads at home."""
    return title.rsplit(" ", 1)[-1] in ("prince", "princess", "emir", "amir", "king", "queen")


def _honorific_start(norm: str, start: int) -> int:
    """Start of the word before ``start`` ("Lord" of "Lord Green")."""
    i = start - 1
    while i > 0 and norm[i - 1] == " ":
        i -= 1
    while i > 0 and norm[i - 1].isalpha():
        i -= 1
    return i


# A title of a post held before: "Former President", "ex-Foreign Minister".
_FORMER = regex.compile(r"(?:former|ex-|erstwhile)", regex.I)
# "former" right before a title or the state it opens with: "a former Djiboutian ".
_FORMER_BEFORE = regex.compile(r"\b(?:former|erstwhile)[ \t]+$|\bex-$", regex.I)


def _refine_counterparts(
    cands: list[_Cand],
    clusters: Sequence[int],
    mentions: Sequence[tuple[int, int, int, str | None]],
    subjects: dict[int, int],
) -> list[_Cand]:
    """``cands`` with each counterpart of a plain "Minister" whom a later description made a
    foreign minister ("Minister Ana Ruiz met his Chilean counterpart Jon Vega. ... the head
    of Peruvian diplomacy said") given that role too: a counterpart holds the same post."""
    refined = {clusters[k]: cand.role for k, cand in enumerate(cands) if cand.kind == "refined"}
    cluster_at = {start: cluster for start, _, cluster, _ in mentions}
    out = list(cands)
    for k, cand in enumerate(cands):
        if cand.kind != "counterpart" or cand.role != "minister" or cand.start not in subjects:
            continue
        role = refined.get(cluster_at.get(subjects[cand.start], -1))
        if role is not None:
            out[k] = cand._replace(role=role)
    return out


def _held_before(text: str, hit: TitleHit | None) -> bool:
    """True when the title ``hit`` in ``text`` names a post no longer held ("former
    ambassador"); False for a current title or none."""
    if hit is None:
        return False
    if _former(text[hit.start : hit.end]):
        return True
    # "Youssouf, a former Djiboutian foreign minister": "former" before the title's state
    return _FORMER_BEFORE.search(text, max(0, hit.left - 16), hit.left) is not None


def _former(title: str | None) -> bool:
    """True when ``title`` names a post no longer held ("Former president"): its holder is
    no peer of the one serving now (a state has a former and a current president)."""
    return title is not None and _FORMER.match(title) is not None
