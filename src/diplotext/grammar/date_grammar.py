"""The temporal grammar: named regex parts composed into one pattern, compiled once.

The grammar is data: ``data/date_grammar.tsv`` lists named *parts* ("month",
"day", "sep"...) and *rules* ("dmy", "mdy", "yrange"...), each a small regex
that inserts the parts above it with ``{name}`` (or ``{name:group}`` for a part
that captures), with an example it must match. The word lists (months,
weekdays, relative phrases) come from their own tables as tries, and the context
cues (``date_cues.tsv``) are compiled here too. This module only expands and
compiles them, once per :class:`DateGrammar`.

Each rule becomes an alternative ``k_<rule>`` of the main pattern, so the
recognizer knows which rule matched; parts use the same group names across
alternatives (``mon``, ``d``, ``y``...), which the ``regex`` module allows.
Every part is linear: no quantifier wraps another quantified group, word lists
are tries (see :func:`~diplotext.grammar.wordlist.trie_pattern`), separators are
``[ \\t]`` runs between literal words, and every match must start a word, so
hostile input (long digit runs, "of the of the ...") cannot make it backtrack.

>>> g = DateGrammar()
>>> m = g.pattern.search("talks on September 12-13, 2022 in Baku")
>>> g.rule(m), m.group("mon"), m.group("d"), m.group("d2"), m.group("y")
('mdy', 'September', '12', '13', '2022')
>>> g.rule(g.pattern.search("the 22nd of September"))
'dmy'
>>> g.pattern.search("the 77th session and COP29") is None
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from diplotext.errors import GazetteerError
from diplotext.grammar.wordlist import WordList, trie_pattern
from diplotext.resources.loader import load_table

__all__ = ["RULES", "DateGrammar"]

#: The rules of the main pattern, in the order they are tried at one position.
RULES = (
    "iso",
    "num",
    "dmy",
    "mdy",
    "my",
    "yrange",
    "monrel",
    "wd",
    "ago",
    "rel",
    "year",
)


def _cased(words: Iterable[str]) -> str:
    """A trie over the Title Case and UPPER CASE forms of ``words`` (never lower case)."""
    forms: set[str] = set()
    for w in words:
        forms.add(w[:1].upper() + w[1:])
        forms.add(w.upper())
    return trie_pattern(sorted(forms))


# "{name}" or "{name:group}" in a grammar pattern; regex quantifiers ("{2}", "{1,3}") never
# start with a letter, so they are left alone.
_PLACEHOLDER = regex.compile(r"\{([a-z][a-z0-9_]*)(?::([a-z][a-z0-9_]*))?\}")


def _expand(
    pattern: str, fragments: dict[str, tuple[str, str]], words: dict[str, str], line: int
) -> str:
    """``pattern`` with its placeholders replaced by the parts defined above it.

    >>> _expand("{a:g}-{b}", {"a": ("(?P<@>x)", ""), "b": ("y", "")}, {}, 1)
    '(?:(?P<g>x))-(?:y)'
    """

    def substitute(m: regex.Match[str]) -> str:
        name, group = m.group(1), m.group(2)
        if name in words:
            return words[name]
        if name not in fragments:
            raise GazetteerError("date_grammar.tsv", line, f"unknown part {{{name}}}")
        source = fragments[name][0]
        if "(?P<@>" in source:
            if group is None:
                raise GazetteerError(
                    "date_grammar.tsv", line, f"part {{{name}}} needs a group: {{{name}:g}}"
                )
            source = source.replace("(?P<@>", f"(?P<{group}>")
        return f"(?:{source})"

    return _PLACEHOLDER.sub(substitute, pattern)


class DateGrammar:
    """The compiled temporal grammar and the lookup tables its matches need."""

    def __init__(self) -> None:
        months = load_table("months", ("name", "month", "form"))
        weekdays = load_table("weekdays", ("name", "weekday", "form"))
        relative = load_table("date_relative", ("phrase", "unit", "offset"))
        cues = load_table("date_cues", ("cue", "kind"))

        #: month word (lower case, no period) -> 1..12
        self.month_of: dict[str, int] = {r["name"]: int(r["month"]) for r in months.rows}
        #: month abbreviations (lower case): "jan", "sept"
        self.month_abbr = frozenset(r["name"] for r in months.rows if r["form"] == "abbr")
        #: weekday word (lower case, no period) -> 0..6
        self.weekday_of: dict[str, int] = {r["name"]: int(r["weekday"]) for r in weekdays.rows}
        #: relative phrase -> (unit, offset, counted from the previous date?)
        self.relative: WordList[tuple[str, int, bool]] = WordList(
            {
                r["phrase"]: (r["unit"], int(r["offset"]), r.get("ref") == "previous")
                for r in relative.rows
            }
        )
        by_kind: dict[str, list[str]] = {}
        for r in cues.rows:
            by_kind.setdefault(r["kind"], []).append(r["cue"])

        def before(kind: str) -> regex.Pattern[str]:
            # the cue ends right before the match: searched in a short folded window
            return regex.compile(
                r"(?<![\w])" + trie_pattern(sorted(by_kind.get(kind, ()))) + r"[ \t]*\Z"
            )

        def after(kind: str) -> regex.Pattern[str]:
            # the cue starts right after the match
            return regex.compile(
                r"[ \t]*" + trie_pattern(sorted(by_kind.get(kind, ()))) + r"(?![\w])"
            )

        #: cue patterns, matched against folded windows of text around a match
        self.year_before = before("year_before")
        self.month_before = before("month_before")
        self.not_before = before("not_before")
        self.past_year_before = before("past_year_before")
        self.not_after = after("not_after")
        self.future_before = before("future_before")
        self.set_before = before("set_before")
        self.name_before = before("name_before")
        self.event_after = after("event_after")
        self.past_verb = frozenset(by_kind.get("past_verb", ()))
        self.past_aux = frozenset(by_kind.get("past_aux", ()))
        self.passive_aux = frozenset(by_kind.get("passive_aux", ()))
        self.report_verb = frozenset(by_kind.get("report_verb", ()))
        self.generic_after = after("generic_after")

        def anywhere(kind: str) -> regex.Pattern[str]:
            # a cue anywhere in a (short, folded) line
            return regex.compile(
                r"(?<![\w])" + trie_pattern(sorted(by_kind.get(kind, ()))) + r"(?![\w])"
            )

        #: "Published", "Posted on" / "Updated", "Last modified" on header lines
        self.published_word = anywhere("published_word")
        self.updated_word = anywhere("updated_word")
        self.future = regex.compile(
            r"(?<![\w'])" + trie_pattern(sorted(by_kind.get("future", ()))) + r"(?![\w])"
        )
        #: text between two dates that makes them one range: "2010 to 2015"
        self.range_join = regex.compile(
            r"[ \t]*(?:-|" + trie_pattern(sorted(by_kind.get("range_to", ()))) + r")[ \t]*"
        )

        full_months = [r["name"] for r in months.rows if r["form"] == "full"]
        abbr_months = [r["name"] for r in months.rows if r["form"] == "abbr"]
        full_days = [r["name"] for r in weekdays.rows if r["form"] == "full"]
        abbr_days = [r["name"] for r in weekdays.rows if r["form"] == "abbr"]
        numbers = load_table("date_numbers", ("word", "value"))
        #: number word -> value ("two" -> 2)
        self.number_of: dict[str, int] = {r["word"]: int(r["value"]) for r in numbers.rows}
        words = {
            "month_full": _cased(full_months),
            "month_abbr": _cased(abbr_months),
            "weekday_full": _cased(full_days),
            "weekday_abbr": _cased(abbr_days),
            "relative": self.relative.pattern.pattern,
            "number_word": trie_pattern(sorted(self.number_of)),
        }
        grammar = load_table("date_grammar", ("kind", "name", "pattern", "example"))
        #: part or rule name -> (expanded pattern, example); parts keep their "@" groups
        self.fragments: dict[str, tuple[str, str]] = {}
        rules: list[str] = []
        for line, row in grammar.located():
            name = row["name"]
            if name in self.fragments or name in words:
                raise GazetteerError("date_grammar.tsv", line, f"{name!r} is defined twice")
            source = _expand(row["pattern"], self.fragments, words, line)
            self.fragments[name] = (source, row["example"])
            if row["kind"] == "rule":
                rules.append(name)
            elif row["kind"] != "part":
                raise GazetteerError(
                    "date_grammar.tsv", line, f"kind {row['kind']!r} is not part|rule"
                )
        if tuple(rules) != RULES:
            raise GazetteerError(
                "date_grammar.tsv", None, f"rules must be {', '.join(RULES)} in this order"
            )
        parts = {name: self.fragments[name][0] for name in RULES}
        source = "|".join(f"(?P<k_{name}>{parts[name]})" for name in RULES)
        # every date starts a word: checking that first skips most positions at once
        source = rf"(?<![\w])(?=[\w])(?:{source})"
        #: the whole grammar, tried at every word start (see :meth:`finditer` for the fast path)
        self.pattern: regex.Pattern[str] = regex.compile(source, regex.V0)
        # Where a date can start: a digit, a month or weekday name, a first word. A phrase's
        # first word is checked with its second ("the" only before "day", "next", ...), so
        # common words do not make the whole grammar run at every "the" and "a".
        seconds: dict[str, set[str]] = {}
        for r in relative.rows:
            first, *rest = r["phrase"].lower().split()
            seconds.setdefault(first, set()).add(rest[0] if rest else "")
        relative_first = "|".join(
            regex.escape(first)
            if "" in after
            else regex.escape(first) + r"(?=\s+" + trie_pattern(sorted(after)) + r"(?![\w]))"
            for first, after in sorted(seconds.items())
        )
        # "two days ago": a number word counts only before a unit
        counted = trie_pattern(sorted(self.number_of)) + r"(?=[ \t]+(?:day|month|year))"
        self._starts = regex.compile(
            r"(?<![\w])(?:[0-9]|"
            + "|".join((words["month_full"], words["month_abbr"]))
            + "|"
            + "|".join((words["weekday_full"], words["weekday_abbr"]))
            + r"|(?:(?i:"
            + relative_first
            + "|"
            + counted
            + ")|"
            + self.fragments["first_word"][0]
            + r")(?![\w]))",
            regex.V0,
        )
        self._rule_groups = tuple(f"k_{name}" for name in RULES)

        # clock time and UTC offset after a date: "18:42 (UTC+04:00)", "12:51 GMT+4",
        # "10:15 CET", "2:35 pm"
        zones = load_table("date_zones", ("zone", "offset"))
        #: time-zone abbreviation -> "+HH:MM"
        self.zone_offset: dict[str, str] = {r["zone"]: r["offset"] for r in zones.rows}
        zone = trie_pattern(sorted(self.zone_offset))
        #: a time-zone abbreviation right after a number: "1045 GMT" is a clock time, no year
        self.zone_after = regex.compile(r"[ \t]*\(?(?:" + zone + r")(?![\w])")
        self.clock = regex.compile(
            r"(?<![\d:.])(?P<hh>[01]?[0-9]|2[0-3])[:.](?P<mi>[0-5][0-9])(?![\d]|[./]\d)"
            r"(?::[0-5][0-9](?:\.[0-9]{1,6})?(?![\d]))?"
            r"(?:[ \t]*(?P<ampm>[AaPp])\.?[Mm]\.?)?"
            # ISO 8601 offset glued to the time: "12:30:00+04:00", "12:30Z"
            r"(?:(?P<sign>[+-])(?P<oh>[01][0-9]):?(?P<om>[0-5][0-9])(?![\d])|(?P<zone>Z)(?![\w])"
            r"|[ \t]*\(?[ \t]*(?:(?P<tz>UTC|GMT)[ \t]*(?P<sign>[+-])[ \t]*(?P<oh>[0-9]{1,2})"
            r"(?::?(?P<om>[0-9]{2}))?(?:[ \t]+[A-Z]{2,5}(?![\w]))?|(?P<zone>"
            + zone
            + r")(?![\w]))[ \t]*\)?)?"
        )

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """The matches of :attr:`pattern` in ``text``, trying it only where a date can start.

        The same matches as ``pattern.finditer(text)``, about three times faster.

        >>> g = DateGrammar()
        >>> [m.group() for m in g.finditer("Talks ran from May 1 to 4, and again last year.")]
        ['May 1 to 4', 'last year']
        """
        end = 0
        pattern = self.pattern
        for start in self._starts.finditer(text):
            pos = start.start()
            if pos < end:
                continue
            m = pattern.match(text, pos)
            if m is not None:
                end = m.end()
                yield m

    def rule(self, match: regex.Match[str]) -> str:
        """The name of the rule (``RULES``) that produced ``match``."""
        for name in self._rule_groups:
            if match.group(name) is not None:
                return name[2:]
        raise ValueError("not a match of the date grammar")
