"""Officials stage: constructions, naming traditions, coreference and exclusions.

The cases are our own sentences (tests/cases/officials*.tsv|txt) about real public
figures; each row names one official the stage must find and what it must carry.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotext import parse_article
from diplotext.recognize.officials import OfficialStage
from diplotext.recognize.places import PlaceStage
from diplotext.records import Official
from diplotext.resources.loader import parse_table
from diplotext.text.segment import segment

CASES = Path(__file__).parent / "cases"
PLACES = PlaceStage({})
OFFICIALS = OfficialStage({})


def run(text: str) -> tuple[Official, ...]:
    doc = segment(text)
    places = PLACES(doc)
    return OFFICIALS(doc, places).officials


def _unescape(cell: str) -> str:
    return cell.replace("\\n", "\n")


POSITIVE = parse_table(
    "officials.tsv", (CASES / "officials.tsv").read_text(encoding="utf-8").splitlines()
).rows
NEGATIVE = [
    _unescape(line)
    for line in (CASES / "officials_negative.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


@pytest.mark.parametrize("row", POSITIVE, ids=lambda r: f"{r['name']}")
def test_official_case(row: dict[str, str]) -> None:
    text = _unescape(row["text"])
    officials = run(text)
    found = {o.name: o for o in officials}
    assert row["name"] in found, f"missing {row['name']!r}; found {sorted(found)}"
    o = found[row["name"]]
    assert o.role == row["role"], o
    country = None if row["country"] == "-" else row["country"]
    assert o.country == country, o
    organization = None if row["organization"] == "-" else row["organization"]
    assert o.organization == organization, o
    for alias in filter(None, row["aliases"].split("|")):
        assert alias in o.aliases, o
    for m in o.mentions:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_official(text: str) -> None:
    officials = run(text)
    assert officials == (), [o.name for o in officials]


def test_every_mention_in_text_order_with_hits() -> None:
    text = (
        "Chilean Foreign Minister Lena Varga met his Belgian counterpart Els "
        "Holm in New York. Varga briefed Holm. The minister thanked her. "
        "Minister Varga later met Hungarian Foreign Minister Peter Szijjarto."
    )
    doc = segment(text)
    result = OFFICIALS(doc, PLACES(doc))
    names = [o.name for o in result.officials]
    assert names == ["Lena Varga", "Els Holm", "Peter Szijjarto"]
    bayramov = result.officials[0]
    assert [m.text for m in bayramov.mentions] == ["Lena Varga", "Varga", "Varga"]
    assert bayramov.title == "Foreign Minister"
    assert result.officials[1].role == "foreign_minister"
    assert result.officials[1].country == "BE"
    starts = [h.start for h in result.hits]
    assert starts == sorted(starts)
    assert len(result.hits) == sum(len(o.mentions) for o in result.officials)
    for h in result.hits:
        o = result.officials[h.official]
        assert any(m.start == h.start and m.end == h.end for m in o.mentions)


def test_two_people_sharing_a_family_name_stay_apart() -> None:
    text = (
        "Sheikh Faisal bin Salem Al Harthy, Minister of Foreign Affairs, praised "
        "President Sheikh Nasser bin Salem Al Harthy. Sheikh Faisal spoke first."
    )
    officials = run(text)
    names = [o.name for o in officials]
    assert names == ["Faisal bin Salem Al Harthy", "Nasser bin Salem Al Harthy"]
    assert officials[0].role == "foreign_minister"
    assert officials[1].role == "head_of_state"
    assert "Faisal" in officials[0].aliases


def test_line_break_inside_a_name_keeps_offsets() -> None:
    text = "The envoy met Brigadier General Paul R.\nHart, Senior Director for Trade Affairs."
    officials = run(text)
    assert [o.name for o in officials] == ["Paul R. Hart"]
    m = officials[0].mentions[0]
    assert m.text == "Paul R.\nHart" == text[m.start : m.end]
    assert officials[0].role == "senior_diplomat"


def test_user_titles_extend_the_gazetteer() -> None:
    table = parse_table("user", ["title\trole\tcountry", "grand vizier\thead_of_government\tXK"])
    stage = OfficialStage({"titles": table})
    doc = segment("Grand Vizier Ahmet Pasha received the envoys.")
    result = stage(doc, PLACES(doc))
    assert [(o.name, o.role) for o in result.officials] == [("Ahmet Pasha", "head_of_government")]


def test_title_data_files_are_sound() -> None:
    from diplotext.grammar.wordlist import WordList
    from diplotext.recognize.titles import ROLES
    from diplotext.resources.loader import load_table

    seen: set[str] = set()
    for line, row in load_table("titles").located():
        key = WordList.key(row["title"])
        assert key not in seen, f"titles.tsv:{line}: duplicate {row['title']!r}"
        seen.add(key)
        assert row["role"] in (*ROLES, "none"), f"titles.tsv:{line}"
        assert row["portfolio_role"] in ("", *ROLES), f"titles.tsv:{line}"
        assert row["needs"] in ("", "body", "never"), f"titles.tsv:{line}"
        assert row["specificity"].isdigit(), f"titles.tsv:{line}"
        assert row["country"] == "" or len(row["country"]) == 2, f"titles.tsv:{line}"
    for line, row in load_table("title_modifiers").located():
        assert row["from_role"] in (*ROLES, "*"), f"title_modifiers.tsv:{line}"
        assert row["to_role"] in (*ROLES, "="), f"title_modifiers.tsv:{line}"
    kinds = {row["kind"] for row in load_table("honorifics")}
    assert kinds <= {"courtesy", "royal", "nobility", "rank", "pilgrim"}


def test_bad_user_title_row_names_the_line() -> None:
    from diplotext.errors import GazetteerError

    table = parse_table("mine.tsv", ["title\trole", "vizier\tgrand_poobah"])
    with pytest.raises(GazetteerError, match=r"mine.tsv:2: unknown role 'grand_poobah'"):
        OfficialStage({"titles": table})


def test_a_name_read_with_and_without_its_honorific_does_not_crash() -> None:
    """One span found twice, once keeping "His Excellency" and once not (a regression: the two
    readings were sorted as tuples, comparing None with a string)."""
    text = (
        "At the invitation of His Royal Highness Crown Prince and Prime Minister of the Kingdom "
        "of Bahrain, His Excellency Anwar Ibrahim, Prime Minister of Malaysia, paid an official "
        "visit to Manama on 3 March 2025."
    )
    article = parse_article(text)
    anwar = [o for o in article.officials if o.name == "Anwar Ibrahim"]
    assert len(anwar) == 1 and anwar[0].role == "head_of_government"
    # the title right after the name is his; the one before the honorific is the host's
    assert anwar[0].country == "MY"
