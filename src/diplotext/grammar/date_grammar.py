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

import importlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

import regex

from diplotext.errors import GazetteerError
from diplotext.grammar.wordlist import WordList, trie_pattern
from diplotext.resources.loader import load_table
from diplotext.text.normalize import fold

__all__ = ["RULES", "DateGrammar"]

# Characters the ``regex`` module matches case-insensitively with an ASCII letter that
# ``fold`` does not turn into one ("\u017f" long s ~ "s"); a text holding one is scanned
# the slow way, so the prefilter over folded text never misses a start.
CASE_TRAPS = ("\u017f",)

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


# the letters and digits a word starts with ("year" of "year's")
_ALNUM_HEAD = regex.compile(r"[a-z0-9]*")

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


# The stdlib's regex parser (``re._parser``; ``sre_parse`` before 3.11), used only to read
# which characters a rule can start with (see :func:`first_chars`).
try:
    _SRE_PARSE: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _SRE_PARSE = importlib.import_module("sre_parse")

_ASCII = frozenset(chr(i) for i in range(128))
_IGNORECASE = int(re.IGNORECASE)
# a named group or a reference to one, for the stdlib parser (names may repeat in a rule)
_NAMED = regex.compile(r"\(\?P<[A-Za-z_][A-Za-z0-9_]*>|\(\?P=[A-Za-z_][A-Za-z0-9_]*\)")


def _drop_lookbehinds(source: str, bounds: bool = False) -> str:
    r"""``source`` without its lookbehinds (which the stdlib wants of fixed width), and
    with ``bounds`` without its word boundaries ``\b`` and ``\B`` too.

    >>> _drop_lookbehinds(r"(?<![\w.(])x(?<=(?i:mid|early)-)y[(?<=]")
    'xy[(?<=]'
    >>> _drop_lookbehinds(r"\bx\B[\b]\\b", bounds=True)
    'x[\\b]\\\\b'
    """
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        if source.startswith(("(?<=", "(?<!"), i):
            end = _group_end(source, i)
            i = n if end < 0 else end + 1
            continue
        c = source[i]
        if c == "\\":
            if not (bounds and source[i + 1 : i + 2] in ("b", "B")):
                out.append(source[i : i + 2])
            i += 2
            continue
        if c == "[":
            # copy a character class whole: a "(" in it opens nothing
            j = i + 1
            if source.startswith("^", j):
                j += 1
            if source.startswith("]", j):
                j += 1
            while j < n and source[j] != "]":
                j += 2 if source[j] == "\\" else 1
            out.append(source[i : j + 1])
            i = j + 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def first_chars(source: str) -> frozenset[str] | None:
    r"""The ASCII characters a match of ``source`` (``regex`` syntax) can start with, or
    None when any ASCII character may start it (what non-ASCII characters may start it is
    not said: try the whole pattern at those).

    Read from the stdlib's parse of the pattern, erring on the side of more: lookarounds
    and anchors constrain nothing, a case-insensitive letter may be either case, a part
    that may be empty lets the next one start.

    >>> sorted(first_chars(r"(?<!\d)(?:(?i:ab)|[0-2]c)?d"))
    ['0', '1', '2', 'A', 'a', 'd']
    >>> first_chars(r"[^x]") is None, first_chars("a?") is None, first_chars(r"\s") is None
    (True, True, True)
    """
    try:
        tree = _SRE_PARSE.parse(_NAMED.sub(_unnamed, _drop_lookbehinds(source)))
    except Exception:  # anything the stdlib cannot read: no restriction
        return None
    chars: set[str] = set()
    nullable = _first(list(tree), False, chars)
    if nullable or "" in chars:
        return None
    return frozenset(chars)


_BACKREF = regex.compile(r"\(\?P=([A-Za-z_][A-Za-z0-9_]*)\)")
_GROUP_OPEN = regex.compile(r"\(\?P<([A-Za-z_][A-Za-z0-9_]*)>")
_NEGATIVE_AHEAD = regex.compile(r"(?<!\\)\(\?!")


def loose_source(source: str) -> str | None:
    r"""A stdlib pattern that matches (``re.ASCII``, on ASCII text) wherever ``source``
    (``regex`` syntax, same text) matches, and maybe elsewhere, if the stdlib can read it;
    None when a lookbehind, word boundary or backreference stands in a negative lookahead.

    Lookbehinds and word boundaries are dropped, a backreference becomes the pattern of
    the group(s) it names, and groups lose their names (which may repeat in ``regex``).
    (See :func:`loose_reads_ascii` for texts that are not all ASCII.)

    >>> loose_source(r"(?<![\d])(?P<a>[./])x(?P=a)(?P<w>y)|(?P<w>z)")
    '(?:[./])x(?:[./])(?:y)|(?:z)'
    >>> loose_source(r"a(?!b(?<=c))") is None
    True
    """
    for m in _NEGATIVE_AHEAD.finditer(source):
        inside = source[m.start() : _group_end(source, m.start()) + 1]
        if any(mark in inside for mark in ("(?<=", "(?<!", "(?P=", "\\b", "\\B")):
            return None  # dropping it would make the lookahead refuse more
    kept = _drop_lookbehinds(source, bounds=True)
    bodies: dict[str, list[str]] = {}
    for m in _GROUP_OPEN.finditer(kept):
        end = _group_end(kept, m.start())
        if end < 0:
            return None
        bodies.setdefault(m.group(1), []).append(_NAMED.sub(_unnamed, kept[m.end() : end]))

    def group_of(m: regex.Match[str]) -> str:
        return "(?:" + "|".join(bodies.get(m.group(1), ["(?!)"])) + ")"

    return _NAMED.sub(_unnamed, _BACKREF.sub(group_of, kept))


# what a loose rule may read, anywhere: ASCII characters, classes of them (not negated)
_ASCII_CLASS_ITEMS = ("LITERAL", "RANGE", "CATEGORY")
# what it may read outside a negative lookahead: of the categories, only blanks
_OUTSIDE_CATEGORIES = ("CATEGORY_SPACE",)


def loose_reads_ascii(source: str) -> bool:
    r"""True when the loose ``source`` (see :func:`loose_source`) reads, outside negative
    lookaheads, only ASCII characters and blanks (``\s``), and inside them no negated
    class: then on any text without the non-ASCII characters ``regex`` reads as a blank
    or as an ASCII letter of another case (see :func:`loose_traps`), it still matches
    (``re.ASCII``) wherever the rule matches, at a start of ASCII.

    >>> loose_reads_ascii(r"(?i:last)\s+week(?![\w])"), loose_reads_ascii(r"\w+")
    (True, False)
    >>> loose_reads_ascii(r"x(?![^a])"), loose_reads_ascii(r"x(?!\W)")
    (False, False)
    """
    try:
        tree = _SRE_PARSE.parse(source)
    except Exception:
        return False
    return _reads_ascii(list(tree), outside=True)


def _reads_ascii(items: list[tuple[Any, Any]], outside: bool) -> bool:
    """:func:`loose_reads_ascii` of the sequence ``items``, outside a negative lookahead or
    in one."""
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            ok = av < 128
        elif name == "IN":
            ok = all(_ascii_item(str(iop), iav, outside) for iop, iav in av)
        elif name == "BRANCH":
            ok = all(_reads_ascii(list(branch), outside) for branch in av[1])
        elif name == "SUBPATTERN":
            ok = _reads_ascii(list(av[3]), outside)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            ok = _reads_ascii(list(av[2]), outside)
        elif name == "ATOMIC_GROUP":
            ok = _reads_ascii(list(av), outside)
        elif name == "ASSERT":
            ok = av[0] > 0 and _reads_ascii(list(av[1]), outside)  # no lookbehind
        elif name == "ASSERT_NOT":
            ok = av[0] > 0 and _reads_ascii(list(av[1]), not outside)
        elif name == "AT":
            ok = str(av) not in ("AT_BOUNDARY", "AT_NON_BOUNDARY")
        else:  # ANY, NOT_LITERAL, a backreference...
            ok = False
        if not ok:
            return False
    return True


def _ascii_item(name: str, av: Any, outside: bool) -> bool:
    """True for an item of a class that reads only ASCII characters (blanks outside a
    negative lookahead), or ASCII words, digits and blanks inside one."""
    if name == "LITERAL":
        return bool(av < 128)
    if name == "RANGE":
        return bool(av[1] < 128)
    if name == "CATEGORY":
        if outside:
            return str(av) in _OUTSIDE_CATEGORIES
        return str(av) in ("CATEGORY_WORD", "CATEGORY_DIGIT", "CATEGORY_SPACE")
    return False  # NEGATE and the rest


def loose_traps() -> re.Pattern[str]:
    r"""The non-ASCII characters that ``regex`` reads as a blank (``\s``) or, ignoring
    case, as an ASCII letter ("ſ" ~ "s"), as one stdlib class (every one of them is
    in the Basic Multilingual Plane).

    >>> loose_traps().findall("K a bſK")
    [' ', 'ſ', 'K']
    """
    plane = "".join(map(chr, range(0x80, 0x10000)))
    traps = set(regex.findall(r"\s", plane)) | set(regex.findall(r"(?i)[a-z]", plane))
    return re.compile("[" + "".join(re.escape(c) for c in sorted(traps)) + "]")


def _rule_groups(pattern: regex.Pattern[str], names: Iterable[str]) -> tuple[tuple[int, str], ...]:
    """(group number, rule name) of the rule groups ``k_<name>`` of ``pattern``."""
    return tuple((pattern.groupindex[f"k_{name}"], name) for name in names)


def _guarded(source: str | None, chars: frozenset[str] | None) -> str | None:
    r"""``source`` behind a lookahead for ``chars``, the (ASCII) characters it may start
    with (None: any).

    >>> _guarded("a|b", frozenset("ab")), _guarded("a|b", None)
    ('(?=[ab])(?:a|b)', 'a|b')
    """
    if source is None or chars is None:
        return source
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])(?:" + source + ")"


def _unnamed(m: regex.Match[str]) -> str:
    # a backreference may match anything (or nothing)
    return "(?:" if m.group().startswith("(?P<") else "(?s:.|)"


def _first(items: list[tuple[Any, Any]], ignorecase: bool, chars: set[str]) -> bool:
    """Add to ``chars`` what the sequence ``items`` can start with ("" for anything);
    True when the sequence can match the empty string."""

    def add(code: int) -> None:
        c = chr(code)
        if code < 128:
            chars.update((c, c.lower(), c.upper()) if ignorecase else (c,))
        elif ignorecase:
            chars.add("")  # a non-ASCII letter may match an ASCII one ("\u212a" ~ "k")

    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            add(av)
            return False
        if name == "IN":
            for iop, iav in av:
                iname = str(iop)
                if iname == "LITERAL":
                    add(iav)
                elif iname == "RANGE":
                    for code in range(iav[0], min(iav[1], 128 if ignorecase else 127) + 1):
                        add(code)
                else:  # NEGATE, CATEGORY, a wide range: anything
                    chars.add("")
            return False
        if name == "BRANCH":
            empty = False
            for branch in av[1]:
                empty = _first(list(branch), ignorecase, chars) or empty
            if not empty:
                return False
        elif name == "SUBPATTERN":
            _, add_flags, del_flags, sub = av
            flags = ignorecase or bool(add_flags & _IGNORECASE)
            if not _first(list(sub), flags and not del_flags & _IGNORECASE, chars):
                return False
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, sub = av
            if not _first(list(sub), ignorecase, chars) and low > 0:
                return False
        elif name == "ATOMIC_GROUP":
            if not _first(list(av), ignorecase, chars):
                return False
        elif name not in ("ASSERT", "ASSERT_NOT", "AT"):
            chars.add("")  # ANY, NOT_LITERAL, a backreference...: anything
            return False
    return True


# one alternative of first_word: a word or a group of words, then at most a lookahead
_GUARDED_ALTERNATIVE = regex.compile(
    r"(?:(?P<word>[a-z]+)|\(\?:(?P<words>[a-z]+(?:\|[a-z]+)*)\))(?P<look>\(\?=.*\))?",
    regex.DOTALL,
)


def _group_end(source: str, start: int) -> int:
    """The index of the ")" closing the group opened at ``source[start]``, else -1."""
    depth, i, in_class = 0, start, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if source.startswith(("[]", "[^]"), i):
                i += 2 if source[i + 1] == "]" else 3
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _guarded_words(source: str) -> list[tuple[str, str]] | None:
    r"""The (word, lookahead source) pairs of a group of plain words each with at most a
    lookahead, ``(?:a|b(?=x)|(?:c|d)(?=y))``; None for any other shape.

    >>> _guarded_words(r"(?:this|the(?=[ \t]+end)|(?:some|about)(?=[ \t]+[0-9]))")
    [('this', ''), ('the', '[ \\t]+end'), ('some', '[ \\t]+[0-9]'), ('about', '[ \\t]+[0-9]')]
    >>> _guarded_words(r"(?:this|th[ae]t)") is None
    True
    """
    if not source.startswith("(?:") or _group_end(source, 0) != len(source) - 1:
        return None
    body = source[3:-1]
    alternatives: list[str] = []
    start, i = 0, 0
    while i <= len(body):
        if i == len(body) or body[i] == "|":
            alternatives.append(body[start:i])
            start = i + 1
            i += 1
        elif body[i] == "(":
            end = _group_end(body, i)
            if end < 0:
                return None
            i = end + 1
        elif body[i] in "\\[":
            return None  # an escape or a class outside a group: no plain word
        else:
            i += 1
    out: list[tuple[str, str]] = []
    for alternative in alternatives:
        m = _GUARDED_ALTERNATIVE.fullmatch(alternative)
        if m is None:
            return None
        look = m.group("look") or ""
        if look and _group_end(look, 0) != len(look) - 1:
            return None  # two groups, not one lookahead
        words = [m.group("word")] if m.group("word") else m.group("words").split("|")
        out.extend((word, look[3:-1]) for word in words)
    return out


def _guarded_trie(guards: dict[str, set[str]]) -> str:
    """A trie (stdlib ``re`` syntax) over ``guards``' words, each ending with a lookahead for
    what must follow it (any of its sources; none when one is "").

    >>> _guarded_trie({"late": {""}, "later": {"x"}, "last": {"y", "z"}})
    '(?:la(?:st(?=y|z)|te(?:r(?=x)|)))'
    """
    root: dict[str, Any] = {}
    for word, looks in guards.items():
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = "" if "" in looks else "(?=" + "|".join(sorted(looks)) + ")"

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if "" in node:
            branches.append(node[""])
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return "(?:" + emit(root) + ")"


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
        #: "until 21 June": the end of a span that may still run (the nearest such day)
        self.open_end_before = before("open_end_before")
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
        #: a copyright mark ("©", "(c)", "Copyright") before a year on its line
        self.copyright = anywhere("copyright")
        future_words = trie_pattern(sorted(by_kind.get("future", ())))
        self.future = regex.compile(r"(?<![\w'])" + future_words + r"(?![\w])")
        #: :attr:`future` for the stdlib engine on ASCII text, the character before a cue
        #: taken in (a faster scan: windows start one character before)
        self.future_lead = re.compile(r"[^\w']" + future_words + r"(?![\w])", re.ASCII)
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
            "relative": self.relative.source_text,
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
        # the whole grammar's source; compiled on first use (see :attr:`pattern`)
        self._source = source
        self._pattern: regex.Pattern[str] | None = None
        # The rules that can start with each ASCII character, in their order, as one
        # pattern (None: no rule can): trying only those gives the same first match as the
        # whole pattern, faster. Other characters get the whole pattern.
        starts_with = {name: first_chars(parts[name]) for name in RULES}
        firsts = {name: starts_with[name] or _ASCII for name in RULES}
        self._parts = parts
        # rule subset -> its compiled pattern, compiled on first use (:meth:`_rules_pattern`):
        # most subsets never meet a text, and compiling them all dominated start-up
        self._by_rules: dict[tuple[str, ...], regex.Pattern[str] | None] = {(): None}
        # id of a rule subset's pattern -> its rule groups (a Pattern hashes its whole source)
        self._rule_groups_of: dict[int, tuple[tuple[int, str], ...]] = {}
        #: ASCII character -> the rules that may start with it, in order (empty: none)
        self.rules_at: dict[str, tuple[str, ...]] = {
            char: tuple(n for n in RULES if char in firsts[n]) for char in sorted(_ASCII)
        }
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
        # The prefilter: the same anchors over the FOLDED text with the stdlib engine, which
        # scans a trie of literals about ten times faster. It finds a superset of the
        # starts (lower case, no word-end checks, a trimmed word for "year's"): each
        # position it finds is checked with ``_starts``. Every anchor is letters or
        # digits only, so a match never hides a start inside it.
        guards: dict[str, set[str]] = {}  # word -> lookaheads ("" = none needed)

        def guard(word: str, look: str) -> None:
            # only the letters and digits a word starts with ("year" of "year's"), then
            # with no lookahead
            head = _ALNUM_HEAD.match(word)
            cut = "" if head is None else head.group()
            if cut:
                guards.setdefault(cut, set()).add(look if cut == word else "")

        for name in (*full_months, *abbr_months, *full_days, *abbr_days):
            guard(name.lower(), "")
        for first, following in seconds.items():
            guard(first, "" if "" in following else r"\s+" + trie_pattern(sorted(following)))
        for number in self.number_of:
            guard(number.lower(), r"[ \t]+(?:day|month|year)")
        # first_word is written for a case-insensitive match; over folded (lower case) text
        # the flag changes nothing when its letters are all lower case and it negates no
        # class, and the stdlib engine is faster without it
        first_word = self.fragments["first_word"][0]
        lower = first_word == first_word.lower() and "[^" not in first_word
        if first_word.startswith("(?i:") and lower:
            first_word = "(?:" + first_word[4:]
        branches = [r"[0-9]+"]
        # its words ("this", "the(?=...)") join the trie when they are plain words each with
        # at most a lookahead; otherwise it stays a branch of its own
        first_words = _guarded_words(first_word)
        if first_words is None:
            branches.append(first_word)
        else:
            for word, look in first_words:
                guard(word, look)
        branches.insert(1, _guarded_trie(guards))
        body = "(?:" + "|".join(branches) + ")"
        # a start follows a non-word character: leading with it lets the engine skip fast
        self._pre = re.compile(r"[^a-z0-9]" + body)
        self._pre_head = re.compile(body)
        # On ASCII text, each start is first tried with the stdlib engine against the rules
        # made loose (see :func:`loose_source`): most starts ("the", "2.5", "This") begin no
        # date, and that check is several times cheaper than the grammar's. Where one
        # matches, the rules before the first loose one that matched cannot: the grammar
        # tries only the rules from that one on. Each loose rule is guarded by the
        # characters it may start with, a cheap check.
        loose = [_guarded(loose_source(parts[name]), starts_with[name]) for name in RULES]
        self._loose_source: str | None = None
        if all(source is not None for source in loose):
            self._loose_source = "|".join(
                f"(?P<{name}>{source})" for name, source in zip(RULES, loose, strict=True)
            )
        # (loose rules or None, ``_starts``) for the stdlib engine, compiled on first use
        # (see :meth:`_ascii_checks`)
        self._ascii: tuple[re.Pattern[str] | None, re.Pattern[str]] | None = None
        # The loose rules serve other texts too when they read only ASCII and blanks
        # (:func:`loose_reads_ascii`), on texts without the characters of
        # :func:`loose_traps`, at starts of ASCII (see :meth:`_traps_or_none`).
        self._loose_rules = loose
        self._traps: re.Pattern[str] | bool | None = None

        # clock time and UTC offset after a date: "18:42 (UTC+04:00)", "12:51 GMT+4",
        # "10:15 CET", "2:35 pm", "CET 10:15"
        zones = load_table("date_zones", ("zone", "offset"))
        #: time-zone abbreviation -> "+HH:MM"
        self.zone_offset: dict[str, str] = {r["zone"]: r["offset"] for r in zones.rows}
        zone = trie_pattern(sorted(self.zone_offset))
        #: a time-zone abbreviation right after a number: "1045 GMT" is a clock time, no year
        self.zone_after = regex.compile(r"[ \t]*\(?(?:" + zone + r")(?![\w])")
        self.clock = regex.compile(
            # a zone may also stand before the time, as some sites stamp their pages:
            # "15 March 2027, MVT 09:20"
            r"(?:(?<![\w])(?P<zone>" + zone + r")[ \t]+(?=[0-9]))?"
            r"(?<![\d:.])(?P<hh>[01]?[0-9]|2[0-3])[:.](?P<mi>[0-5][0-9])(?![\d]|[./]\d)"
            r"(?::[0-5][0-9](?:\.[0-9]{1,6})?(?![\d]))?"
            r"(?:[ \t]*(?P<ampm>[AaPp])\.?[Mm]\.?)?"
            # ISO 8601 offset glued to the time: "12:30:00+04:00", "12:30Z"
            r"(?:(?P<sign>[+-])(?P<oh>[01][0-9]):?(?P<om>[0-5][0-9])(?![\d])|(?P<zone>Z)(?![\w])"
            # "GMT+4", "UTC+04:00", "GMT+0530"; "GMT+700" (hours and minutes run together,
            # no digit left over) is +07:00
            r"|[ \t]*\(?[ \t]*(?:(?P<tz>UTC|GMT)[ \t]*(?P<sign>[+-])[ \t]*(?P<oh>[0-9]{1,2})"
            r"(?::?(?P<om>[0-9]{2}))?(?![\d])(?:[ \t]+[A-Z]{2,5}(?![\w]))?|(?P<zone>"
            + zone
            + r")(?![\w]))(?:[ \t]*\))?)?"
        )

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The whole grammar, tried at every word start (see :meth:`finditer` for the fast
        path). Compiled on first use: the fast path needs it only where a date may start
        with a non-ASCII character. Two threads may both compile it; both results are equal.

        >>> DateGrammar().pattern.fullmatch("12 March 2024") is not None
        True
        """
        compiled = self._pattern
        if compiled is None:
            compiled = regex.compile(self._source, regex.V0)
            self._pattern = compiled
        return compiled

    def finditer(self, text: str, folded: str | None = None) -> Iterator[regex.Match[str]]:
        """The matches of :attr:`pattern` in ``text``, trying it only where a date can start.

        The same matches as ``pattern.finditer(text)``, many times faster: a stdlib
        scan of the anchors over ``folded`` (``fold(text)``, computed when not given)
        proposes positions, ``_starts`` confirms each, and the grammar runs there.

        >>> g = DateGrammar()
        >>> [m.group() for m in g.finditer("Talks ran from May 1 to 4, and again last year.")]
        ['May 1 to 4', 'last year']
        """
        if any(trap in text for trap in CASE_TRAPS):
            yield from self.full_finditer(text)
            return
        if folded is None:
            folded = fold(text)
        end = 0
        rules_at = self.rules_at
        by_rules = self._by_rules
        loose: re.Pattern[str] | None = None
        starts: regex.Pattern[str] | re.Pattern[str] = self._starts
        if text.isascii():
            loose, starts = self._ascii_checks()
        elif (traps := self._traps_or_none()) is not None and traps.search(text) is None:
            loose = self._ascii_checks()[0]
        positions = [hit.start() + 1 for hit in self._pre.finditer(folded)]
        if self._pre_head.match(folded) is not None:
            positions.insert(0, 0)
        for pos in positions:
            if pos < end:
                continue
            first = None
            if loose is not None and text[pos] < "\x80":
                lm = loose.match(text, pos)
                if lm is None:
                    continue
                first = lm.lastgroup  # the first rule that may match here
            if starts.match(text, pos) is None:
                continue
            names = rules_at.get(text[pos])
            if first is not None and names:
                names = names[names.index(first) :]
            if names is None:
                rules: regex.Pattern[str] | None = self.pattern
            else:
                rules = by_rules.get(names)
                if rules is None and names:
                    rules = self._rules_pattern(names)
            m = None if rules is None else rules.match(text, pos)
            if m is not None:
                end = m.end()
                yield m

    def _ascii_checks(self) -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
        """(the loose rules, ``_starts``) for the stdlib engine: the same answers on ASCII
        text, faster. Compiled on first use (two threads may both compile them; both
        results are equal); the loose rules are None when the stdlib cannot read them.

        >>> loose, starts = DateGrammar()._ascii_checks()
        >>> loose.match("12 May").lastgroup, starts.match("May") is not None
        ('dmy', True)
        """
        checks = self._ascii
        if checks is None:
            loose = None
            if self._loose_source is not None:
                try:
                    loose = re.compile(self._loose_source, re.ASCII)
                except re.error:  # pragma: no cover - every rule of the table reads
                    loose = None
            checks = (loose, re.compile(self._starts.pattern, re.ASCII))
            self._ascii = checks
        return checks

    def _traps_or_none(self) -> re.Pattern[str] | None:
        """:func:`loose_traps` when the loose rules serve texts that are not all ASCII,
        else None; worked out on first use (two threads may both do it)."""
        traps = self._traps
        if traps is None:
            anywhere = self._loose_source is not None and all(
                rule is not None and loose_reads_ascii(rule) for rule in self._loose_rules
            )
            traps = loose_traps() if anywhere else False
            self._traps = traps
        return traps if isinstance(traps, re.Pattern) else None

    def full_finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """:meth:`finditer` without the prefilter: ``_starts`` scanned with ``regex``.

        >>> g = DateGrammar()
        >>> [m.group() for m in g.full_finditer("Talks ran from May 1 to 4, and again last year.")]
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

    @property
    def pattern_at(self) -> dict[str, regex.Pattern[str] | None]:
        """ASCII character -> the pattern of the rules that may start with it (None: none).

        Compiles every subset not compiled yet (slow; for checks): :meth:`finditer`
        compiles only the subsets its texts need.

        >>> DateGrammar().pattern_at["("] is None
        True
        """
        return {
            char: self._rules_pattern(names) if names else None
            for char, names in self.rules_at.items()
        }

    def _rules_pattern(self, names: tuple[str, ...]) -> regex.Pattern[str]:
        """The pattern of the rules ``names`` (in ``RULES`` order), compiled on first use.

        Thread-safe: two threads may both compile it, but the groups are registered
        before the pattern is published and every caller gets the one that was kept.

        >>> g = DateGrammar()
        >>> g._rules_pattern(("iso", "num")) is g._rules_pattern(("iso", "num"))
        True
        """
        kept = self._by_rules.get(names)
        if kept is not None:
            return kept
        sub = "|".join(f"(?P<k_{name}>{self._parts[name]})" for name in names)
        compiled = regex.compile(rf"(?<![\w])(?=[\w])(?:{sub})", regex.V0)
        self._rule_groups_of[id(compiled)] = _rule_groups(compiled, names)
        kept = self._by_rules.setdefault(names, compiled)
        assert kept is not None
        if kept is not compiled:
            # another thread's copy was kept: forget ours while it is alive, so its id,
            # reused after it is freed, never names these groups for another pattern
            del self._rule_groups_of[id(compiled)]
        return kept

    def rule(self, match: regex.Match[str]) -> str:
        """The name of the rule (``RULES``) that produced ``match``."""
        groups = self._rule_groups_of.get(id(match.re))
        if groups is None:  # the whole grammar
            try:
                groups = _rule_groups(match.re, RULES)
            except KeyError:
                raise ValueError("not a match of the date grammar") from None
        spans = match.regs  # one call for every group's span (-1 when it did not take part)
        for index, name in groups:
            if spans[index][0] >= 0:
                return name
        raise ValueError("not a match of the date grammar")
