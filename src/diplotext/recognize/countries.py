"""The country gazetteer: every form that names a sovereign state, built once.

Forms come from three places, merged into one table of :class:`Form` rows:

1. ``data/country_states.tsv``: the states diplotext reports (UN members and
   observers, Kosovo, Taiwan) with their record name;
2. pycountry: each state's ISO name, official name and common name;
3. ``data/countries.tsv``: short, alternate and former names, abbreviations,
   demonyms, and "blocked" phrases that contain a country word but name no
   state ("New Mexico", "Northern Ireland");

plus the user's ``extra_gazetteers["countries"]`` rows.

>>> gaz = country_gazetteer()
>>> gaz.states["AZ"]
State(alpha2='AZ', alpha3='AZE', name='Azerbaijan')
>>> sorted({f.alpha2 for f in gaz.forms if f.form == "Azerbaijani"})
['AZ']
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

import pycountry

from diplotext.errors import GazetteerError
from diplotext.resources.loader import Table, load_table

__all__ = [
    "BLOCKED",
    "FORM_KINDS",
    "CountryGazetteer",
    "Form",
    "State",
    "build_country_gazetteer",
    "context_cues",
    "country_gazetteer",
    "is_exact_form",
]

#: alpha2 of a blocked phrase (it names no state).
BLOCKED = "-"

#: The kinds a country form may have (``blocked`` only with alpha2 ``-``).
FORM_KINDS = ("name", "short_name", "official_name", "abbreviation", "demonym", "blocked")

#: Context rules a form may carry (see ``data/country_context.tsv``).
CONTEXT_RULES = ("given_name", "us_state", "common_noun", "prefix", "issue")


class State(NamedTuple):
    """A state diplotext reports: its codes and the name of its record."""

    alpha2: str
    alpha3: str
    name: str


class Form(NamedTuple):
    """One written form of a country (or a blocked phrase)."""

    alpha2: str
    form: str
    kind: str
    #: True when the form must match in exactly this case ("US", not "us").
    exact: bool
    #: A context rule of ``country_context.tsv``, or "".
    context: str


class CountryGazetteer(NamedTuple):
    """States by alpha2 and all their forms, in a stable order."""

    states: Mapping[str, State]
    forms: tuple[Form, ...]


def is_exact_form(form: str) -> bool:
    """True for an abbreviation-like form that must match in its own case.

    A single token with no lower-case letter ("UN", "U.S.", "G7") or with a
    capital after its first character ("CoE", "BiH", "AfDB").

    >>> [is_exact_form(f) for f in ("US", "U.S.", "CoE", "Turkey", "New York", "OSCE PA")]
    [True, True, True, False, False, True]
    """
    # No lower-case character: no letters at all, or no token with a lower-case letter.
    if not any(c.islower() for c in form) or not any(c.isalpha() for c in form):
        return True
    return len(form.split()) == 1 and any(c.isupper() for c in form[1:])


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def _read_states(table: Table) -> dict[str, State]:
    states: dict[str, State] = {}
    for line, row in table.located():
        a2, a3, name = row["alpha2"], row["alpha3"], row["name"]
        if len(a2) != 2 or not a2.isupper() or len(a3) != 3 or not name:
            raise GazetteerError(table.name, line, f"bad state row {a2!r} {a3!r} {name!r}")
        if a2 in states:
            raise GazetteerError(table.name, line, f"duplicate state {a2!r}")
        states[a2] = State(a2, a3, name)
    return states


def _pycountry_forms(states: Mapping[str, State]) -> Iterator[Form]:
    """ISO names of the reported states (names with a comma, "Korea, Republic of", skipped)."""
    for alpha2, state in states.items():
        yield Form(alpha2, state.name, "name", False, "")
        record = pycountry.countries.get(alpha_2=alpha2)
        if record is None:
            continue
        seen = {state.name}
        for attr, kind in (
            ("name", "name"),
            ("common_name", "name"),
            ("official_name", "official_name"),
        ):
            value = getattr(record, attr, None)
            if not value or "," in value or "(" in value:
                continue
            if value.lower().startswith("the "):
                value = value[4:]
            if value not in seen:  # "Hungary" is both name and official name: keep "name"
                seen.add(value)
                yield Form(alpha2, value, kind, False, "")


def _table_forms(
    table: Table, states: Mapping[str, State], *, user: bool = False
) -> Iterator[Form]:
    """Forms of a ``countries.tsv``-shaped table, validated row by row."""
    if "alpha2" not in table.columns:
        raise GazetteerError(table.name, None, "missing column 'alpha2'")
    if "forms" not in table.columns and "form" not in table.columns:
        raise GazetteerError(table.name, None, "missing column 'forms' (or 'form')")
    for line, row in table.located():
        alpha2 = row.get("alpha2", "").strip().upper() if user else row.get("alpha2", "").strip()
        kind = (row.get("kind") or "short_name").strip()
        context = (row.get("context") or "").strip()
        forms = _split(row.get("forms") or row.get("form") or "")
        if not forms:
            raise GazetteerError(table.name, line, "no form given")
        if kind not in FORM_KINDS:
            raise GazetteerError(
                table.name, line, f"unknown kind {kind!r}; expected one of {', '.join(FORM_KINDS)}"
            )
        if alpha2 == BLOCKED:
            if kind != "blocked":
                raise GazetteerError(table.name, line, "alpha2 '-' needs kind 'blocked'")
        elif alpha2 not in states:
            raise GazetteerError(table.name, line, f"unknown country code {alpha2!r}")
        elif kind == "blocked":
            raise GazetteerError(table.name, line, "kind 'blocked' needs alpha2 '-'")
        if context and context not in CONTEXT_RULES:
            raise GazetteerError(
                table.name,
                line,
                f"unknown context {context!r}; expected one of {', '.join(CONTEXT_RULES)}",
            )
        for form in forms:
            if not form[0].isalnum():
                raise GazetteerError(
                    table.name, line, f"form {form!r} must start with a letter or digit"
                )
            exact = kind == "abbreviation" or (kind != "blocked" and is_exact_form(form))
            yield Form(alpha2, form, kind, exact, context)


def _user_states(table: Table, states: dict[str, State]) -> None:
    """Let a user row name a code pycountry knows but the curated list leaves out (e.g. HK)."""
    for line, row in table.located():
        alpha2 = row.get("alpha2", "").strip().upper()
        if not alpha2 or alpha2 == BLOCKED or alpha2 in states:
            continue
        record = pycountry.countries.get(alpha_2=alpha2) if len(alpha2) == 2 else None
        if record is None:
            raise GazetteerError(table.name, line, f"unknown country code {alpha2!r}")
        name = row.get("name") or getattr(record, "common_name", None) or record.name
        states[alpha2] = State(alpha2, record.alpha_3, name)


def build_country_gazetteer(extra: Table | None = None) -> CountryGazetteer:
    """The gazetteer of the package data plus the user's ``extra`` rows."""
    states = _read_states(load_table("country_states", ("alpha2", "alpha3", "name", "status")))
    if extra is not None:
        _user_states(extra, states)
    forms: list[Form] = list(_pycountry_forms(states))
    forms.extend(_table_forms(load_table("countries", ("alpha2", "kind", "forms")), states))
    if extra is not None:
        forms.extend(_table_forms(extra, states, user=True))
    return CountryGazetteer(states, tuple(_dedupe(forms)))


def _dedupe(forms: Iterable[Form]) -> Iterator[Form]:
    """One form per (alpha2, form): a later row (curated, then user) overrides an earlier one."""
    merged: dict[tuple[str, str], Form] = {}
    for f in forms:
        merged[(f.alpha2, f.form)] = f
    return iter(merged.values())


@functools.cache
def country_gazetteer() -> CountryGazetteer:
    """The package's own gazetteer (no user rows), built once per process."""
    return build_country_gazetteer(None)


def context_cues() -> dict[tuple[str, str], tuple[str, ...]]:
    """``(rule, where) -> cues`` from ``data/country_context.tsv``."""
    table = load_table("country_context", ("rule", "where", "cues"))
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for line, row in table.located():
        rule, where = row["rule"], row["where"]
        if rule not in CONTEXT_RULES and rule not in (
            "caps_word",
            "event_name",
            "origin_suffix",
            "us_town",
            "language_noun",
        ):
            raise GazetteerError(table.name, line, f"unknown rule {rule!r}")
        if where not in (
            "sentence",
            "before",
            "after",
            "caps",
            "event",
            "noun",
            "suffix",
            "town",
            "language",
        ):
            raise GazetteerError(table.name, line, f"unknown position {where!r}")
        out[(rule, where)] = out.get((rule, where), ()) + tuple(_split(row["cues"]))
    return out
