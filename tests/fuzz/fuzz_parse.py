"""Coverage-guided fuzz target for ``Parser.parse`` (atheris).

Run (not part of the test suite)::

    pip install atheris
    mkdir -p tests/fuzz/work
    python tests/fuzz/fuzz_parse.py tests/fuzz/work tests/fuzz/corpus -max_total_time=600

Inputs are decoded as UTF-8 (invalid bytes replaced). The target fails on any
exception from ``parse`` or ``to_json``, and on any mention whose offsets do
not give back its text. New inputs go to ``tests/fuzz/work`` (git-ignored); the
seeds and every input that once failed are kept in ``tests/fuzz/corpus``, and
``tests/test_robustness.py`` replays them on every test run.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import diplotext

PARSER = diplotext.Parser()


def check(text: str) -> None:
    article = PARSER.parse(text)
    article.to_json()
    for record in (*article.countries, *article.organizations, *article.officials):
        for m in record.mentions:
            assert text[m.start : m.end] == m.text, (m, record)
    for d in article.dates:
        assert text[d.start : d.end] == d.text, d
    for t in article.topics:
        for m in t.evidence:
            assert text[m.start : m.end] == m.text, m


def test_one_input(data: bytes) -> None:
    check(data.decode("utf-8", errors="replace"))


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
