"""Any text in, sound records out: property tests, hostile inputs, determinism.

Timing of hostile inputs is measured by the benchmark (``bench/``), never
asserted here: these tests check that parsing completes and that every record
is sound.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplotext import Article, Parser

PARSER = Parser()
FUZZ_CORPUS = Path(__file__).parent / "fuzz" / "corpus"

ARTICLE = """Example Wire

Ministers meet in Vienna

12 May 2025 09:30 (UTC+02:00)

By Staff Writer

Austrian Foreign Minister Beate Meinl-Reisinger met with her Slovak counterpart Juraj Blanar in Vienna on May 11. The ministers discussed energy security, the war in Ukraine and cooperation within the OSCE.

Blanar will visit Brussels next week, the Slovak Foreign Ministry said.
"""


def spans_of(d: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if d["published"]:
        out.append(d["published"])
    out += d["dates"]
    for key in ("countries", "organizations", "officials"):
        for rec in d[key]:
            out += rec["mentions"]
    for t in d["topics"]:
        out += t["evidence"]
    return out


def check_sound(text: str, art: Article) -> None:
    """Every span indexes the text; JSON always serializes; events are in bounds."""
    d = art.to_dict()
    json.loads(art.to_json())
    for s in spans_of(d):
        assert 0 <= s["start"] <= s["end"] <= len(text)
        assert text[s["start"] : s["end"]] == s["text"], s
    for e in d["events"]:
        assert 0 <= e["start"] <= e["end"] <= len(text)
        assert len(e["participants"]) >= 2
    names = {o["name"] for o in d["officials"]}
    for e in d["events"]:
        assert set(e["participants"]) <= names


UNICODE = st.text(
    alphabet=st.characters(blacklist_categories=()),  # everything, surrogates included
    max_size=400,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(UNICODE)
def test_arbitrary_unicode_never_breaks_parse(text: str) -> None:
    check_sound(text, PARSER.parse(text))


WORDS = st.sampled_from(
    [
        "Foreign",
        "Minister",
        "President",
        "met",
        "with",
        "his",
        "counterpart",
        "in",
        "on",
        "Baku",
        "Paris",
        "May",
        "4",
        "2024",
        "the",
        "of",
        "UN",
        "U.S.",
        "Dr.",
        "J.",
        "-",
        ",",
        ".",
        "\n",
        "\n\n",
        "(",
        ")",
        "Azerbaijani",
        "French",
        "talks",
        "discussed",
        "energy",
        "will",
        "visit",
        "Monday",
        "12-13",
        "1990s",
        "\u200b",
        "\u00a0",
        "\u202e",
        "👍",
        "é",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=120))
def test_word_salad_of_diplomatic_vocabulary(words: list[str]) -> None:
    text = " ".join(words)
    check_sound(text, PARSER.parse(text))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutations_of_a_real_looking_article(data: st.DataObject) -> None:
    text = ARTICLE
    for _ in range(data.draw(st.integers(1, 6))):
        i = data.draw(st.integers(0, len(text)))
        j = data.draw(st.integers(i, min(len(text), i + 40)))
        action = data.draw(st.sampled_from(["delete", "insert", "duplicate", "upper"]))
        if action == "delete":
            text = text[:i] + text[j:]
        elif action == "insert":
            text = text[:i] + data.draw(st.text(max_size=20)) + text[i:]
        elif action == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        else:
            text = text[:i] + text[i:j].upper() + text[j:]
    check_sound(text, PARSER.parse(text))


HOSTILE = {
    "capitalized_words": " ".join(["Abcdef"] * 20_000),
    "of_the_chain": "Minister " + "of the " * 20_000 + "Republic",
    "initials": "J. " * 30_000 + "Bayramov met",
    "digits": "1" * 100_000,
    "digit_dash": "12-" * 30_000,
    "dashes": "-" * 100_000,
    "titles": "Foreign Minister " * 10_000,
    "one_long_line": (
        "Azerbaijani Foreign Minister Jeyhun Bayramov met with his counterpart "
        "in Baku on 4 May 2024, "
    )
    * 2_000,
    "parentheses": "(" * 50_000 + "UN" + ")" * 50_000,
    "no_whitespace": "AzerbaijanBelgiumMinisterMay2024" * 3_000,
    "dots": ". " * 50_000,
    "quotes": "\u201c" * 50_000,
    "newlines": "\n" * 100_000,
    "date_soup": "May 4-5, 2024 / 04.05.2024 / 2024-05-04 " * 3_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_inputs_complete_with_sound_records(name: str) -> None:
    text = HOSTILE[name]
    check_sound(text, PARSER.parse(text))


def test_fuzz_corpus_regressions() -> None:
    """Inputs the fuzzer found interesting stay sound."""
    files = sorted(p for p in FUZZ_CORPUS.iterdir() if p.is_file()) if FUZZ_CORPUS.is_dir() else []
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        check_sound(text, PARSER.parse(text))


def test_same_input_same_json_in_process() -> None:
    assert PARSER.parse(ARTICLE).to_json() == PARSER.parse(ARTICLE).to_json()
    assert Parser().parse(ARTICLE).to_json() == PARSER.parse(ARTICLE).to_json()


def test_same_json_across_hash_seeds(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        r = subprocess.run(
            [sys.executable, "-m", "diplotext", "parse", str(src)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=True,
        )
        outputs.add(r.stdout)
    assert len(outputs) == 1
