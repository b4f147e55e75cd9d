"""Countries: gazetteer coverage, disambiguation rules (tests/cases/countries.tsv), spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotext import Parser, parse_article
from diplotext.errors import GazetteerError
from diplotext.recognize.countries import country_gazetteer
from diplotext.recognize.places import PlaceStage
from diplotext.resources.loader import load_table
from diplotext.text.segment import segment

CASES = Path(__file__).parent / "cases"


def _cases() -> list[tuple[str, str, str]]:
    rows = []
    for raw in (CASES / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith(("#", "rule\t")):
            continue
        cells = raw.split("\t")
        cells += [""] * (3 - len(cells))
        rows.append((cells[0], cells[1].replace("\\n", "\n"), cells[2]))
    return rows


STAGE = PlaceStage({})


def _mentions(text: str) -> list[tuple[str, str]]:
    res = STAGE(segment(text))
    return [(h.alpha2, text[h.start : h.end]) for h in res.country_hits]


@pytest.mark.parametrize(("rule", "text", "expect"), _cases(), ids=[c[0] for c in _cases()])
def test_case(rule: str, text: str, expect: str) -> None:
    want = [tuple(item.split("=", 1)) for item in expect.split("; ") if item]
    got = _mentions(text)
    if not got and want:
        pytest.fail(f"{rule}: nothing found, expected {want}")
    assert got == want, f"{rule}: got {got}, expected {want}"


def _negatives() -> list[str]:
    lines = (CASES / "countries_negative.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("text", _negatives())
def test_negative(text: str) -> None:
    assert _mentions(text) == []


UN_MEMBERS = [row for row in load_table("country_states").rows if row["status"] == "un_member"]

# States whose usual adjective is shared with a bigger neighbour: "Congolese" is read as
# DR Congo, "Dominican" as the Dominican Republic.
SHARED_ADJECTIVE = {"CG": "CD", "DM": "DO"}


def test_every_un_member_listed() -> None:
    assert len(UN_MEMBERS) == 193
    states = country_gazetteer().states
    for code in ("VA", "PS", "XK", "TW"):
        assert code in states


@pytest.mark.parametrize("row", UN_MEMBERS, ids=[r["alpha2"] for r in UN_MEMBERS])
def test_un_member_name_and_adjective(row: dict[str, str]) -> None:
    alpha2 = row["alpha2"]
    text = f"The minister visited {row['name']} last week."
    assert _mentions(text) == [(alpha2, row["name"])]
    adjectives = [
        f.form for f in country_gazetteer().forms if f.alpha2 == alpha2 and f.kind == "demonym"
    ]
    want = SHARED_ADJECTIVE.get(alpha2, alpha2)
    if alpha2 in SHARED_ADJECTIVE:
        adjectives = [a for a in ("Congolese", "Dominican") if a]
        adjectives = [a for a in adjectives if _mentions(f"The {a} delegation")[0][0] == want]
    assert adjectives, f"{alpha2} has no adjective"
    adjective = adjectives[0]
    got = _mentions(f"The {adjective} delegation arrived.")
    assert got == [(want, adjective)]


def test_mention_forms() -> None:
    art = parse_article("The Azerbaijani minister and the US envoy met in Portugal.")
    forms = {c.alpha2: [m.form for m in c.mentions] for c in art.countries}
    assert forms == {"AZ": ["demonym"], "US": ["abbreviation"], "PT": ["name"]}
    assert [c.alpha2 for c in art.countries] == ["AZ", "US", "PT"]
    az = art.countries[0]
    assert (az.alpha3, az.name) == ("AZE", "Azerbaijan")


def test_city_is_not_country() -> None:
    res = STAGE(segment("Talks in Baku, Geneva and Mexico City ended."))
    assert res.country_hits == ()
    assert [(p.name, p.alpha2) for p in res.place_hits] == [
        ("Baku", "AZ"),
        ("Geneva", "CH"),
        ("Mexico City", "MX"),
    ]


def test_place_aliases() -> None:
    res = STAGE(segment("He flew from Nur-Sultan to Kiev via Washington, D.C."))
    assert [(p.name, p.alpha2) for p in res.place_hits] == [
        ("Astana", "KZ"),
        ("Kyiv", "UA"),
        ("Washington", "US"),
    ]


# --- user gazetteers ---------------------------------------------------------------


def test_user_country_forms() -> None:
    parser = Parser(extra_gazetteers={"countries": [{"alpha2": "AZ", "forms": "Odlar Yurdu"}]})
    art = parser.parse("Odlar Yurdu welcomed the delegation.")
    assert [c.alpha2 for c in art.countries] == ["AZ"]


def test_user_country_new_code() -> None:
    parser = Parser(extra_gazetteers={"countries": [{"alpha2": "HK", "forms": "Hong Kong SAR"}]})
    art = parser.parse("Hong Kong SAR officials met.")
    assert [(c.alpha2, c.alpha3) for c in art.countries] == [("HK", "HKG")]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ({"alpha2": "ZZ", "forms": "Nowhere"}, "unknown country code 'ZZ'"),
        ({"alpha2": "AZ", "forms": ""}, "no form given"),
        ({"alpha2": "AZ", "forms": "Azer", "kind": "nickname"}, "unknown kind 'nickname'"),
        ({"alpha2": "AZ", "forms": "Azer", "context": "weather"}, "unknown context 'weather'"),
    ],
)
def test_user_country_errors(row: dict[str, str], reason: str) -> None:
    good = {"alpha2": "AM", "forms": "Hayastan"}
    with pytest.raises(GazetteerError) as err:
        Parser(extra_gazetteers={"countries": [good, row]})
    assert err.value.line == 2
    assert "countries" in err.value.file
    assert reason in str(err.value)


def test_user_country_file_error(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("alpha2\tforms\n# a comment\nAZ\tAzer\nQQ\tQuux\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        Parser(extra_gazetteers={"countries": str(path)})
    assert str(err.value).startswith(f"{path}:4:")


def test_user_country_missing_column(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("code\tforms\nAZ\tAzer\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="alpha2"):
        Parser(extra_gazetteers={"countries": str(path)})


# --- spans index the original text --------------------------------------------------

WORDS = [
    "Azerbaijan",
    "Azerbaijani",
    "U.S.",
    "US",
    "us",
    "UK",
    "Guinea",
    "Equatorial",
    "Guinea-Bissau",
    "Papua",
    "New",
    "Mexico",
    "Georgia",
    "Atlanta",
    "Jordan",
    "Chad",
    "Smith",
    "turkey",
    "Turkey",
    "Türkiye",
    "TÜRKİYE",
    "İstanbul",
    "the",
    "of",
    "Republic",
    "UN",
    "United",
    "Nations",
    "General",
    "Assembly",
    "(UNGA)",
    "OSCE",
    "Minsk",
    "Group",
    "European",
    "Union",
    "EU",
    "Baku",
    "New York",
    "Security",
    "Council",
    "Portugal's",
    "-",
    "/",
    ",",
    ".",
    "\n",
    "\r\n",
    "\u2019s",
    "\u00a0",
    "  ",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.sampled_from([" ", "", "-", "\n"]))
def test_spans_index_original_text(words: list[str], sep: str) -> None:
    text = sep.join(words)
    res = STAGE(segment(text)) if text.strip() else None
    if res is None:
        return
    for c in res.countries:
        for m in c.mentions:
            assert text[m.start : m.end] == m.text
    for o in res.organizations:
        for m in o.mentions:
            assert text[m.start : m.end] == m.text
    for hits in (res.country_hits, res.org_hits, res.place_hits):
        starts = [h.start for h in hits]
        assert starts == sorted(starts)
        for h in hits:
            assert 0 <= h.start < h.end <= len(text)
    for h in res.org_hits:
        assert 0 <= h.org < len(res.organizations)


def test_hostile_input_completes_with_sound_hits() -> None:
    # Its speed is measured by the benchmark (bench/), not asserted here.
    text = " ".join(["Guinea"] * 20000) + " " + "turkey " * 20000 + "J. " * 20000
    res = STAGE(segment(text))
    assert len(res.country_hits) == 20000
