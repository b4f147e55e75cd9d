"""The organizations gazetteer and inline acronym definitions.

``data/organizations.tsv`` lists international bodies with a canonical name,
an acronym and aliases; users add rows with ``extra_gazetteers["organizations"]``.
:func:`inline_definitions` finds "Full Name (ACRONYM)" in a text, so that an
acronym is linked to its body even when the body is not in the gazetteer.

>>> gaz = organization_gazetteer()
>>> spec = gaz["osce"]
>>> spec.acronym, "Organization for Security and Cooperation in Europe" in spec.aliases
('OSCE', True)
>>> [(d.name, d.acronym) for d in inline_definitions(
...     "He spoke at the Caspian Green Energy Forum (CGEF) on Monday.")]
[('Caspian Green Energy Forum', 'CGEF')]
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Mapping
from typing import NamedTuple

import regex

from diplotext.errors import GazetteerError
from diplotext.resources.loader import Table, load_table

__all__ = [
    "ORG_KINDS",
    "Definition",
    "OrgAlias",
    "OrgSpec",
    "build_organization_gazetteer",
    "inline_definitions",
    "organization_gazetteer",
]

ORG_KINDS = (
    "un",
    "un_organ",
    "un_agency",
    "eu",
    "eu_institution",
    "regional",
    "security",
    "grouping",
    "financial",
    "court",
    "ngo",
    "other",
)

#: Marks a generic alias in the data ("~Security Council").
GENERIC_MARK = "~"
#: Marks a short form in the data ("@Commission"): generic, and it also needs a sibling
#: body named in the text (the EU for the European Commission).
SIBLING_MARK = "@"


class OrgAlias(NamedTuple):
    """One written form of a body: ``generic`` forms need a free-standing context,
    ``sibling`` forms also a sibling body named in the same text."""

    form: str
    generic: bool
    sibling: bool = False


class OrgSpec(NamedTuple):
    """An international body of the gazetteer."""

    id: str
    name: str
    acronym: str | None
    #: Every other name and acronym (without the generic mark).
    aliases: tuple[str, ...]
    kind: str
    #: All forms to look for in texts: name, acronym, aliases.
    forms: tuple[OrgAlias, ...]


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def _slug(name: str) -> str:
    return "user:" + "_".join(regex.findall(r"\w+", name.lower()))


def _specs(table: Table, *, user: bool) -> Iterator[tuple[int, OrgSpec]]:
    if "name" not in table.columns:
        raise GazetteerError(table.name, None, "missing column 'name'")
    for line, row in table.located():
        name = (row.get("name") or "").strip()
        if not name:
            raise GazetteerError(table.name, line, "empty name")
        oid = (row.get("id") or "").strip() or _slug(name)
        acronym = (row.get("acronym") or "").strip() or None
        kind = (row.get("kind") or "other").strip()
        if kind not in ORG_KINDS:
            raise GazetteerError(
                table.name, line, f"unknown kind {kind!r}; expected one of {', '.join(ORG_KINDS)}"
            )
        raw = _split(row.get("aliases") or "")
        marks = GENERIC_MARK + SIBLING_MARK
        for form in (name, acronym or "x", *(a.lstrip(marks).strip() or "x" for a in raw)):
            if not form[0].isalnum():
                raise GazetteerError(
                    table.name, line, f"form {form!r} must start with a letter or digit"
                )
        forms = [OrgAlias(name, False)]
        if acronym:
            if any(c.isspace() for c in acronym.strip()) and len(acronym.split()) > 3:
                raise GazetteerError(table.name, line, f"acronym {acronym!r} looks like a name")
            forms.append(OrgAlias(acronym, False))
        aliases: list[str] = []
        for alias in raw:
            sibling = alias.startswith(SIBLING_MARK)
            generic = sibling or alias.startswith(GENERIC_MARK)
            alias = alias.lstrip(marks).strip()
            if not alias:
                raise GazetteerError(table.name, line, "empty alias")
            forms.append(OrgAlias(alias, generic, sibling))
            if alias not in aliases and alias not in (name, acronym):
                aliases.append(alias)
        yield line, OrgSpec(oid, name, acronym, tuple(aliases), kind, tuple(forms))


def build_organization_gazetteer(extra: Table | None = None) -> dict[str, OrgSpec]:
    """Bodies by id: the package data, then the user's rows (a user row may replace an id)."""
    table = load_table("organizations", ("id", "name", "acronym", "aliases", "kind"))
    out: dict[str, OrgSpec] = {}
    for line, spec in _specs(table, user=False):
        if spec.id in out:
            raise GazetteerError(table.name, line, f"duplicate id {spec.id!r}")
        out[spec.id] = spec
    if extra is not None:
        for _line, spec in _specs(extra, user=True):
            out[spec.id] = spec
    return out


@functools.cache
def organization_gazetteer() -> Mapping[str, OrgSpec]:
    """The package's own organizations (no user rows), built once per process."""
    return build_organization_gazetteer(None)


# --- inline definitions: "Full Name (ACR)" -----------------------------------------

#: An acronym in parentheses: "(UNAOC)", "(C5+1)", "(CoE)"; 2-12 characters, starts with
#: a capital and holds at least two capitals. No \w inside: the stdlib engine reads it
#: as ``regex`` does, and finds each "(" by a fast literal search.
_PAREN_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&+./-]{1,11})\)")

#: One word of a name read backwards from the parenthesis: a capitalized word or a connector.
#: Matched backwards (REVERSE): the words nearest the parenthesis come first, and the
#: runs of word characters are the same read in either direction.
_WORD = regex.compile(r"(?r)[\w'&.+-]+")

#: Lower-case words allowed inside a name ("Organization *for* Security *and* ...").
_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "in", "to", "de", "la", "du", "des", "&"})


class Definition(NamedTuple):
    """ "Full Name (ACR)": offsets of the name and of the acronym in the text."""

    name: str
    name_start: int
    name_end: int
    acronym: str
    acr_start: int
    acr_end: int
    #: False when the acronym does not fit the name's initials (an acronym of the body's
    #: name in another language: "Senegal River Basin Development Organization (OMVS)");
    #: the name is then the whole capitalized run before the parenthesis.
    fitted: bool = True


#: An acronym that does not fit its name is read only after a name of this many words
#: at least, all capitalized (no connector), and with this many capitals at least.
_UNFITTED_WORDS = 3
_UNFITTED_CAPS = 3


def _unfitted(chosen: list[regex.Match[str]], acr: str) -> bool:
    """True when ``chosen`` (the capitalized run before "(ACR)") may still be named by an
    acronym that does not fit it: a run of capitalized words only, and an all-caps acronym
    ("Mekong Basin Water Authority (AEM)")."""
    return (
        len(chosen) >= _UNFITTED_WORDS
        and acr.isupper()
        and acr.isalpha()
        and len(acr) >= _UNFITTED_CAPS
        and all(w.group()[:1].isupper() and w.group().isalpha() for w in chosen)
    )


def _initials_fit(acronym: str, words: list[str]) -> bool:
    """The acronym's capitals appear, in order, among the initials of the name's words."""
    caps = [c for c in acronym if c.isupper()]
    if len(caps) < 2:
        return False
    # An all-caps word gives all its letters ("UN Alliance of Civilizations" -> UNAOC).
    initials = "".join(
        (w if w.isupper() and len(w) <= 4 else w[0]).upper() for w in words if w and w[0].isalpha()
    )
    # Hyphenated words contribute their parts' initials too ("Co-operation" -> CO).
    parts = "".join(p[0].upper() for w in words for p in w.split("-") if p and p[0].isalpha())
    for pool in (initials, parts):
        i = 0
        for c in caps:
            j = pool.find(c, i)
            if j < 0:
                break
            i = j + 1
        else:
            return caps[0] == pool[0] or caps[0] in pool[:2]
    # Acronyms also take inner letters ("AU Support and Stabilization Mission in Somalia"
    # -> AUSSOM): the capitals must appear in order among the name's letters, start at
    # its first letter, and at least two thirds of them must be initials.
    letters = "".join(c.upper() for w in words for c in w if c.isalpha())
    if not letters or caps[0] != letters[0]:
        return False
    i = 0
    for c in caps:
        j = letters.find(c, i)
        if j < 0:
            return False
        i = j + 1
    left = list(initials)
    hits = 0
    for c in caps:
        if c in left:
            left.remove(c)
            hits += 1
    return 3 * hits >= 2 * len(caps) and len(caps) >= 3


def inline_definitions(text: str) -> Iterator[Definition]:
    """Every "Capitalized Name Words (ACR)" whose acronym fits the name's initials.

    Reads at most 14 words back from each parenthesis, so the cost is linear.
    """
    for m in _PAREN_ACRONYM.finditer(text):
        acr = m.group("acr")
        if sum(c.isupper() for c in acr) < 2:
            continue
        # Read words backwards on the same line.
        window_start = max(0, m.start() - 200)
        window_start = text.rfind("\n", window_start, m.start()) + 1 or window_start
        window = text[window_start : m.start()]
        chosen: list[regex.Match[str]] = []
        for w in itertools.islice(_WORD.finditer(window), 14):
            # Words must be separated by spaces only.
            nxt = chosen[0].start() if chosen else len(window.rstrip())
            gap = window[w.end() : nxt]
            if gap.strip():
                break
            token = w.group()
            if token[0].isupper() or token[0].isdigit() or token.lower() in _CONNECTORS:
                chosen.insert(0, w)
            else:
                break
        while chosen and chosen[0].group().lower() in _CONNECTORS:
            chosen.pop(0)
        if len(chosen) < 2:
            continue
        run = list(chosen)
        # Shrink from the left until the initials fit (drops "the Heads of ... ").
        while len(chosen) >= 2 and not _initials_fit(acr, [w.group() for w in chosen]):
            chosen.pop(0)
            while chosen and chosen[0].group().lower() in _CONNECTORS:
                chosen.pop(0)
        if len(chosen) < 2:
            if _unfitted(run, acr):
                start, end = window_start + run[0].start(), window_start + run[-1].end()
                yield Definition(
                    text[start:end], start, end, acr, m.start("acr"), m.end("acr"), False
                )
            continue
        # Start at the word whose initial is the acronym's first capital.
        first = acr[0]
        while len(chosen) > 2 and (
            chosen[0].group().lower() in _CONNECTORS or chosen[0].group()[0].upper() != first
        ):
            chosen.pop(0)
        if not _initials_fit(acr, [w.group() for w in chosen]):
            continue
        start = window_start + chosen[0].start()
        end = window_start + chosen[-1].end()
        yield Definition(text[start:end], start, end, acr, m.start("acr"), m.end("acr"))
