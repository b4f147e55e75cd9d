"""The temporal grammar table: every part and rule matches its own example; errors name the line."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotext.errors import GazetteerError
from diplotext.grammar.date_grammar import RULES, DateGrammar, _expand

GRAMMAR = DateGrammar()


@pytest.mark.parametrize("name", sorted(GRAMMAR.fragments))
def test_example_matches(name: str) -> None:
    source, example = GRAMMAR.fragments[name]
    if not example:
        return
    source = source.replace("(?P<@>", "(?P<g>")
    assert regex.fullmatch(source, example), f"{name} does not match its example {example!r}"


@pytest.mark.parametrize("name", RULES)
def test_rule_example_is_found_by_that_rule(name: str) -> None:
    example = GRAMMAR.fragments[name][1]
    match = GRAMMAR.pattern.fullmatch(example)
    assert match is not None
    assert GRAMMAR.rule(match) == name


def test_unknown_part_is_reported_with_its_line() -> None:
    with pytest.raises(GazetteerError, match="unknown part"):
        _expand("{nope}", {}, {}, 7)


def test_capturing_part_needs_a_group() -> None:
    with pytest.raises(GazetteerError, match="needs a group"):
        _expand("{day}", {"day": ("(?P<@>1)", "")}, {}, 3)


def test_quantifiers_are_not_placeholders() -> None:
    assert _expand("[0-9]{2}x{1,3}", {}, {}, 1) == "[0-9]{2}x{1,3}"


TOKENS = st.sampled_from(
    [
        "May", "MAY", "may", "Sept.", "sept", "Monday", "Fri.", "mid-", "mid", "early", "late",
        "the", "end", "of", "this", "last", "next", "year", "month", "today", "Today", "a",
        "two", "days", "ago", "nearly", "between", "and", "to", "-", "2020", "2021", "12",
        "1st", "24.09.2022", "2022-09-24", "fiscal", "earlier", "later", "that", "day", ",",
        ".", "\n", "Baku", "x2020", "previous", "following", "coming", "past",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(TOKENS, max_size=30), st.sampled_from([" ", "", "  "]))
def test_fast_path_finds_what_the_full_pattern_finds(tokens: list[str], glue: str) -> None:
    text = glue.join(tokens)
    full = [m.span() for m in GRAMMAR.pattern.finditer(text)]
    fast = [m.span() for m in GRAMMAR.finditer(text)]
    assert fast == full
