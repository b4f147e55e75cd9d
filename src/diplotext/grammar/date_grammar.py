"""The temporal grammar: named regex parts composed into one pattern, compiled once.

The word lists (months, weekdays, relative phrases, context cues) live in data
files; this module only composes them. Each alternative of the main pattern is
a named group ``k_<rule>`` so the recognizer knows which rule matched; the
parts inside use the same group names across alternatives (``mon``, ``d``,
``y``...), which the ``regex`` module allows.

Every part is linear: no quantifier wraps another quantified group, the word
lists are tries (see :func:`~diplotext.grammar.wordlist.trie_pattern`), and
separators are ``[ \\t]`` runs bounded by literal words, so hostile input (long
digit runs, "of the of the ...") cannot make the pattern backtrack badly.

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

from collections.abc import Iterable

import regex

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


class DateGrammar:
    """The compiled temporal grammar and the lookup tables its matches need."""

    def __init__(self) -> None:
        months = load_table("months", ("name", "month", "form"))
        weekdays = load_table("weekdays", ("name", "weekday", "form"))
        relative = load_table("date_relative", ("phrase", "unit", "offset"))
        cues = load_table("date_cues", ("cue", "kind"))

        #: month word (lower case, no period) -> 1..12
        self.month_of: dict[str, int] = {r["name"]: int(r["month"]) for r in months.rows}
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
        self.not_after = after("not_after")
        self.future_before = before("future_before")
        self.past_verb = frozenset(by_kind.get("past_verb", ()))
        self.past_aux = frozenset(by_kind.get("past_aux", ()))
        self.passive_aux = frozenset(by_kind.get("passive_aux", ()))
        self.generic_after = after("generic_after")
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

        # -- small named parts ---------------------------------------------------
        sp = r"[ \t]+"
        # "September 24, 2022" / "September 24 2022": a comma or blanks
        sep = r"(?:[ \t]*,[ \t]*|[ \t]+)"
        month_full = _cased(full_months)
        month_abbr = _cased(abbr_months)

        def month(g: str) -> str:
            # "September", "Sept.", "SEP"
            return rf"(?:(?P<{g}>{month_full})|(?P<{g}>{month_abbr})\.?)(?![\w])"

        def day(g: str) -> str:
            # "24", "2nd", "03"; never the start of "2,000" or "14:55"
            return rf"(?<!\d)(?P<{g}>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\w]|[,.:]\d)"

        def year(g: str) -> str:
            # "2022" (1000-2099); not the start of "2022.5" or "2,022"
            return rf"(?<!\d)(?P<{g}>1[0-9][0-9][0-9]|20[0-9][0-9])(?![\w]|[,.]\d)"

        # "Tuesday " / "Fri. " before a date
        weekday_prefix = (
            rf"(?:(?:(?P<wd>{_cased(full_days)})|(?P<wd>{_cased(abbr_days)})\.?)(?![\w]){sep})?"
        )
        # "12-13", "12 to 13", "4 and 6" (the second day of a range)
        day_range = rf"(?:(?:[ \t]*-[ \t]*|{sp}(?i:to|and|through|until|till){sp}){day('d2')})?"
        # "this", "last", "early", "mid-", "the end of" before a month name
        month_mod = (
            r"(?P<rel>(?i:this|last|next|past|coming|early|late|mid|the\ end\ of"
            r"|the\ beginning\ of|the\ start\ of|the\ middle\ of|end\ of|beginning\ of"
            r"|start\ of|middle\ of))(?:[ \t]*-[ \t]*|" + sp + ")"
        )

        parts = {
            # 2022-09-24
            "iso": r"(?<![\d.-])(?P<y>[12][0-9]{3})-(?P<mn>0[1-9]|1[0-2])-"
            r"(?P<d>0[1-9]|[12][0-9]|3[01])(?![\d])",
            # 24.09.2022, 24/09/2022, 09/24/2022
            "num": r"(?<![\d./-])(?P<n1>[0-9]{1,2})(?P<sep>[./])(?P<n2>[0-9]{1,2})(?P=sep)"
            r"(?P<y>1[5-9][0-9][0-9]|20[0-9][0-9])(?![\d]|[./]\d)",
            # Tuesday, 24 September 2022 / 12-13 September / the 22nd of September
            "dmy": weekday_prefix
            + day("d")
            + day_range
            + sp
            + r"(?:of"
            + sp
            + r")?"
            + month("mon")
            + rf"(?:{sep}{year('y')})?",
            # Tuesday November 19 2024 / Sept. 24 / September 12-13, 2022 / May 1 to 4
            "mdy": weekday_prefix
            + month("mon")
            + sp
            + day("d")
            + day_range
            + rf"(?:{sep}{year('y')})?",
            # June 2018 / September, 2022 / early 2021 is the "year" rule
            "my": rf"(?:{month_mod})?" + month("mon") + rf"(?:{sp}of)?{sep}{year('y')}",
            # 2019-2021 / 2010 to 2015 / 2019-21 / (between) 1985 and 1987
            "yrange": r"(?<![\w.,$#/-])"
            + year("y")
            + rf"(?:[ \t]*-[ \t]*|{sp}(?i:to|through|until){sp})"
            + rf"(?:{year('y2')}|(?P<y2s>[0-9]{{2}})(?![\w]|[,.]\d))"
            + r"|(?<=(?i:between)[ \t]{1,3})"
            + year("y")
            + rf"{sp}(?i:and){sp}"
            + year("y2"),
            # this November / last June / mid-November / in July (cue checked in code)
            # / November this year
            "monrel": rf"(?:{month_mod})?"
            + month("mon")
            # "last Oct. 23" is a day: left to "mdy" at the month
            + r"(?![ \t]+[0-9])"
            + rf"(?:{sp}(?P<ry>(?i:this|last|next)){sp}(?i:year)(?![\w]))?",
            # Monday / last Friday / next Tuesday (full weekday names only)
            "wd": r"(?:(?P<wrel>(?i:last|next|this|this\ coming|coming|past|previous|the\ previous"
            r"|the\ following))" + sp + r")?" + rf"(?P<wd>{_cased(full_days)})(?![\w])"
            # "Wednesday night": the part of the day stays in the span, the value is the day
            r"(?:[ \t]+(?i:morning|afternoon|evening|night)(?![\w]))?",
            # 3 days ago / two years ago
            "ago": r"(?<![\w.,])(?:(?i:nearly|almost|about|some|roughly|more\ than)[ \t]+)?"
            r"(?P<n>[0-9]{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight"
            r"|nine|ten|eleven|twelve))"
            + sp
            + r"(?P<unit>(?i:day|month|year))s?"
            + sp
            + r"(?i:ago)(?![\w])",
            # today / earlier this month / a year ago (the phrase list of date_relative.tsv)
            "rel": r"(?<![\w])(?i:" + self.relative.pattern.pattern + r")(?![\w])",
            # 2020 (context checked in code)
            "year": r"(?:(?P<ymod>(?i:early|late|mid|fiscal|the\ end\ of|the\ beginning\ of"
            r"|the\ start\ of|the\ middle\ of))(?:[ \t]*-[ \t]*|[ \t]+))?"
            r"(?:(?<=(?i:mid|early|late)-)|(?<![\w.,$#/+-]|\d[ \t]))"
            + year("y")
            + r"(?!%|-\d|[ \t]+\d)",
        }
        self.parts = parts
        source = "|".join(f"(?P<k_{name}>{parts[name]})" for name in RULES)
        # every date starts a word: checking that first skips most positions at once
        source = rf"(?<![\w])(?=[\w])(?:{source})"
        self.pattern: regex.Pattern[str] = regex.compile(source, regex.V0)
        self._rule_groups = tuple(f"k_{name}" for name in RULES)

        # clock time and UTC offset after a date: "18:42 (UTC+04:00)", "12:51 GMT+4"
        self.clock = regex.compile(
            r"(?<![\d:])(?P<hh>[01]?[0-9]|2[0-3])[:.](?P<mi>[0-5][0-9])(?![\d])"
            r"(?:[ \t]*(?P<ampm>[AaPp])\.?[Mm]\.?)?"
            r"(?:[ \t]*\(?[ \t]*(?P<tz>UTC|GMT)(?:[ \t]*(?P<sign>[+-])[ \t]*(?P<oh>[0-9]{1,2})"
            r"(?::?(?P<om>[0-9]{2}))?)?(?:[ \t]+[A-Z]{2,5}(?![\w]))?[ \t]*\)?)?"
        )

    def rule(self, match: regex.Match[str]) -> str:
        """The name of the rule (``RULES``) that produced ``match``."""
        for name in self._rule_groups:
            if match.group(name) is not None:
                return name[2:]
        raise ValueError("not a match of the date grammar")
