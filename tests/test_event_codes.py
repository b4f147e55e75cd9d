"""CAMEO and PLOVER codes of events, from real parses of team-written sentences."""

from __future__ import annotations

import pytest

from diplotext import parse_article
from diplotext.resources.loader import load_table

CASES = [
    (
        "Hungarian Foreign Minister Peter Szijjarto and his Turkish counterpart Hakan Fidan "
        "held a telephone conversation on Monday.",
        "phone_call",
        "041",
        ("CONSULT", "phone"),
    ),
    (
        "Hungarian Foreign Minister Peter Szijjarto met with his Turkish counterpart Hakan Fidan "
        "in Geneva on Monday.",
        "meeting",
        "044",
        ("CONSULT", "third-party"),
    ),
    (
        "Hungarian Foreign Minister Peter Szijjarto will meet his Turkish counterpart Hakan Fidan "
        "next week.",
        "meeting",
        "036",
        ("CONSULT", "meet"),
    ),
]


@pytest.mark.parametrize(("text", "type_", "cameo", "plover"), CASES)
def test_codes_follow_the_kind_of_contact(
    text: str, type_: str, cameo: str, plover: tuple[str, str]
) -> None:
    (event,) = parse_article(text, published="2025-02-10").events
    assert event.type == type_
    assert event.cameo == cameo
    assert (event.plover, event.plover_mode) == plover
    d = event.to_dict()
    assert list(d)[6:9] == ["cameo", "plover", "plover_mode"]


def test_code_table_examples_and_kinds() -> None:
    kinds = {row["kind"] for row in load_table("event_codes").rows}
    assert kinds == {
        "phone_call",
        "signing",
        "visit",
        "host",
        "third_place",
        "multilateral",
        "default",
    }
