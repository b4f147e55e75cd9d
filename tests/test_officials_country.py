"""Officials stage: the state of an official whose title names none.

Each row of tests/cases/officials_country.tsv is our own sentence and says which state a
careful reader gives the official, or none when nothing ties the person to one state.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotext.recognize.officials import OfficialStage
from diplotext.recognize.places import PlaceStage
from diplotext.resources.loader import parse_table
from diplotext.text.segment import segment

CASES = Path(__file__).parent / "cases"
PLACES = PlaceStage({})
OFFICIALS = OfficialStage({})
ROWS = parse_table(
    "officials_country.tsv",
    (CASES / "officials_country.tsv").read_text(encoding="utf-8").splitlines(),
).rows


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['name']}: {r['why']}")
def test_official_country(row: dict[str, str]) -> None:
    text = row["text"].replace("\\n", "\n")
    doc = segment(text)
    officials = OFFICIALS(doc, PLACES(doc)).officials
    found = {o.name: o for o in officials}
    assert row["name"] in found, sorted(found)
    expected = None if row["country"] == "-" else row["country"]
    assert found[row["name"]].country == expected, found[row["name"]]
