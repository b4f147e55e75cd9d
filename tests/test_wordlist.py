"""The trie source of a word list matches exactly its keys, the longest first."""

from __future__ import annotations

import random
import re

import pytest

from diplotext.grammar.wordlist import trie_pattern

# Few letters, so that keys share prefixes and some are prefixes of others.
ALPHABET = "abc-\u00e9\U0010ffff"


def _keys(rng: random.Random) -> list[str]:
    return [
        "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 6)))
        for _ in range(rng.randint(0, 14))
    ]


@pytest.mark.parametrize("seed", range(6))
def test_trie_matches_its_keys_and_takes_the_longest(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(300):
        keys = _keys(rng)
        pattern = re.compile(trie_pattern(keys))
        wanted = {k for k in keys if k}
        for key in wanted:
            assert pattern.fullmatch(key), (keys, key)
        for probe in _keys(rng):
            got = pattern.match(probe)
            longest = max((k for k in wanted if probe.startswith(k)), key=len, default=None)
            assert (None if got is None else got.group()) == longest, (keys, probe)


def test_an_empty_list_matches_nothing() -> None:
    assert re.compile(trie_pattern([])).search("anything") is None
    assert re.compile(trie_pattern(["", ""])).search("anything") is None


def test_shared_runs_optional_tails_and_blanks() -> None:
    source = trie_pattern(["peace talks", "peace", "pact"])
    assert source == r"(?:p(?:act|eace(?:\s+talks)?))"
    pattern = re.compile(source)
    assert pattern.fullmatch("peace \n talks")  # a blank stands for any run of whitespace
    head = pattern.match("peace-talks")
    assert head is not None and head.group() == "peace"
