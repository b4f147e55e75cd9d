"""The team-written golden set: articles no rule was tuned on, scored with the guidelines' rules.

``tests/golden`` holds ``<id>.txt`` + ``<id>.json`` pairs written by the team in
the styles of many outlets (wires, ministry readouts, scraped news sites,
round-ups, negative articles). The floors below are today's scores rounded
down: they only ever go up, so a change that generalizes worse fails here even
when the dev corpus does not notice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotext.evaluate import Scores, evaluate

GOLDEN = Path(__file__).parent / "golden"

# field -> minimum F1 on the golden set
FLOORS = {
    "published": 0.97,
    "dates": 0.95,
    "countries": 0.98,
    "organizations": 0.95,
    "officials": 0.97,
    "events": 0.95,
    "topics": 0.95,
}


@pytest.fixture(scope="module")
def scores() -> Scores:
    return evaluate(GOLDEN)


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_golden_f1_floor(scores: Scores, field: str) -> None:
    got = scores[field].f1
    assert got >= FLOORS[field], f"{field} F1 {got:.3f} fell below {FLOORS[field]}"


def test_golden_set_is_well_formed() -> None:
    texts = sorted(p.stem for p in GOLDEN.glob("*.txt"))
    golds = sorted(p.stem for p in GOLDEN.glob("*.json"))
    assert texts == golds
    assert len(texts) >= 30
