"""Start-up work deferred to first use gives the same results as building it all at once.

No timings here: these check that what is compiled lazily (date rule subsets, the whole
date grammar, the regex copies of the topic and event tries) matches what the eager
versions matched, across threads and through pickling.
"""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor

import pytest

import diplotext
from diplotext.events.event_grammar import EventGrammar
from diplotext.events.topics import TopicStage
from diplotext.grammar.date_grammar import DateGrammar
from diplotext.grammar.wordlist import WordList
from diplotext.resources.loader import Table

TEXTS = [
    "On 3 March 2025 Foreign Minister Penny Wong met her Indonesian counterpart in Jakarta "
    "to discuss maritime security and trade, a year after their last talks.",
    "WASHINGTON, Jan. 14 (Reuters) - Secretary of State Antony Blinken will visit Beijing "
    "next week for talks on climate change, officials said on Tuesday.",
    "The 2024-05-06 summit of NATO leaders in Vilnius followed the 12/07/2023 meeting; "
    "ministers will meet again in late 2026 or early 2027.",
    "Le 5 mai, ｆｕｌｌｗｉｄｔｈ ２０２４ and ſeptember 2019 are unusual spellings.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_fast_scan_finds_what_the_whole_grammar_finds(text: str) -> None:
    grammar = DateGrammar()
    fast = [(m.span(), grammar.rule(m)) for m in grammar.finditer(text)]
    full = [(m.span(), grammar.rule(m)) for m in grammar.full_finditer(text)]
    assert fast == full


def test_a_fresh_grammar_compiles_no_rule_subset_until_asked() -> None:
    grammar = DateGrammar()
    assert grammar._by_rules == {(): None}
    list(grammar.finditer("Talks were held on 4 July 2024."))
    compiled = [names for names, p in grammar._by_rules.items() if p is not None]
    assert compiled
    # asking again returns the pattern already kept
    for names in compiled:
        assert grammar._rules_pattern(names) is grammar._by_rules[names]


def test_rule_subsets_compiled_from_many_threads_are_one_pattern_each() -> None:
    grammar = DateGrammar()
    text = " ".join(TEXTS)
    expected = [m.span() for m in DateGrammar().finditer(text)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: [m.span() for m in grammar.finditer(text)], range(16)))
    assert all(r == expected for r in results)
    for names, pattern in grammar._by_rules.items():
        if pattern is not None:
            assert grammar._rules_pattern(names) is pattern


def test_a_fresh_parser_from_many_threads_gives_the_sequential_output() -> None:
    expected = [diplotext.Parser().parse(t).to_json() for t in TEXTS]
    parser = diplotext.Parser()
    with ThreadPoolExecutor(max_workers=5) as pool:
        got = list(pool.map(lambda t: parser.parse(t).to_json(), TEXTS))
    assert got == expected


def test_parser_pickles_before_and_after_first_use() -> None:
    parser = diplotext.Parser()
    before = pickle.loads(pickle.dumps(parser))
    first = parser.parse(TEXTS[0]).to_json()
    after = pickle.loads(pickle.dumps(parser))
    assert before.parse(TEXTS[0]).to_json() == first
    assert after.parse(TEXTS[1]).to_json() == parser.parse(TEXTS[1]).to_json()


def _topic_table() -> Table:
    return diplotext.parser._table_from_rows(
        "topics",
        [{"cue": "Lithium  Supply", "label": "trade_economy", "weight": "1"}],
    )


@pytest.mark.parametrize("extra", [False, True])
def test_topic_scanners_read_the_wordlist_patterns(extra: bool) -> None:
    stage = TopicStage({"topics": _topic_table()} if extra else {})
    assert stage._cue_scan.pattern == stage._cues.pattern.pattern
    assert stage._mark_scan.pattern == stage._marks.pattern.pattern
    if extra:
        assert "lithium supply" in stage._cues


def test_event_trigger_lookup_folds_like_a_wordlist() -> None:
    grammar = EventGrammar.default()
    wordlist = WordList(grammar.trigger_rows)
    for phrase in ("met with", "MET   WITH", "Held  Talks", "no such trigger"):
        assert grammar.trigger(phrase) == wordlist.get(phrase)
    assert grammar._union.pattern == grammar._scanner.pattern
    assert grammar._union is grammar._union
