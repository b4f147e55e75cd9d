"""Organizations: gazetteer, inline definitions, record shape (tests/cases/organizations.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotext import Parser, parse_article
from diplotext.errors import GazetteerError
from diplotext.recognize.organizations import (
    ORG_KINDS,
    inline_definitions,
    organization_gazetteer,
)
from diplotext.recognize.places import PlaceStage
from diplotext.text.segment import segment

CASES = Path(__file__).parent / "cases"
STAGE = PlaceStage({})


def _cases() -> list[tuple[str, str, str]]:
    rows = []
    for raw in (CASES / "organizations.tsv").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith(("#", "rule\t")):
            continue
        cells = raw.split("\t")
        cells += [""] * (3 - len(cells))
        rows.append((cells[0], cells[1], cells[2]))
    return rows


@pytest.mark.parametrize(("rule", "text", "expect"), _cases(), ids=[c[0] for c in _cases()])
def test_case(rule: str, text: str, expect: str) -> None:
    want = [tuple(item.split("|")) for item in expect.split("; ") if item]
    res = STAGE(segment(text))
    got = [(o.name, o.acronym or "") for o in res.organizations]
    assert got == want, f"{rule}: got {got}"


def test_gazetteer_size_and_kinds() -> None:
    gaz = organization_gazetteer()
    assert len(gaz) >= 200
    assert {spec.kind for spec in gaz.values()} <= set(ORG_KINDS)
    acronyms = [spec.acronym for spec in gaz.values() if spec.acronym]
    assert len(acronyms) == len(set(acronyms)), "an acronym names two bodies"


def test_aliases_carry_canonical_forms() -> None:
    art = parse_article("The UN Alliance of Civilizations held its forum.")
    (org,) = art.organizations
    assert org.name == "UN Alliance of Civilizations"
    assert org.acronym == "UNAOC"
    assert "United Nations Alliance of Civilizations" in org.aliases
    assert "UNAOC" in org.aliases


def test_mentions_and_hits_agree() -> None:
    text = "NATO and the OSCE met. NATO said the OSCE agreed."
    res = STAGE(segment(text))
    assert [o.acronym for o in res.organizations] == ["NATO", "OSCE"]
    assert [(text[h.start : h.end], h.org, h.form) for h in res.org_hits] == [
        ("NATO", 0, "acronym"),
        ("OSCE", 1, "acronym"),
        ("NATO", 0, "acronym"),
        ("OSCE", 1, "acronym"),
    ]
    assert len(res.organizations[0].mentions) == 2


def test_inline_definition_links_known_body_without_acronym() -> None:
    res = STAGE(segment("The Supreme Eurasian Economic Council (SEEC) met. The SEEC agreed."))
    (org,) = res.organizations
    assert org.name == "Supreme Eurasian Economic Council"
    assert org.acronym == "SEEC"
    assert len(org.mentions) == 3


def test_inline_definitions_unit() -> None:
    text = "Leaders of the Organization for Security and Co-operation in Europe (OSCE) met."
    (d,) = inline_definitions(text)
    assert d.name == "Organization for Security and Co-operation in Europe"
    assert text[d.acr_start : d.acr_end] == "OSCE"
    assert list(inline_definitions("He said (OK) and left (in 2020).")) == []


def test_user_organization() -> None:
    parser = Parser(
        extra_gazetteers={
            "organizations": [
                {
                    "name": "Caspian Littoral Council",
                    "acronym": "CLC",
                    "aliases": ["Caspian Council"],
                }
            ]
        }
    )
    art = parser.parse("The Caspian Council met; the CLC agreed.")
    (org,) = art.organizations
    assert (org.name, org.acronym) == ("Caspian Council", "CLC")
    assert "Caspian Littoral Council" in org.aliases


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ({"name": "", "acronym": "X"}, "empty name"),
        ({"name": "Foo Union", "kind": "club"}, "unknown kind 'club'"),
    ],
)
def test_user_organization_errors(row: dict[str, str], reason: str) -> None:
    with pytest.raises(GazetteerError) as err:
        Parser(extra_gazetteers={"organizations": [{"name": "Good Union"}, row]})
    assert err.value.line == 2
    assert reason in str(err.value)


def test_user_place_errors(tmp_path: Path) -> None:
    path = tmp_path / "places.tsv"
    path.write_text("name\talpha2\nShusha\tAZ\nAtlantis\tQQ\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        Parser(extra_gazetteers={"places": str(path)})
    assert str(err.value).startswith(f"{path}:3:")


def test_user_place() -> None:
    parser = Parser(extra_gazetteers={"places": [{"name": "Zangilan", "alpha2": "AZ"}]})
    res = parser._places(segment("Talks in Zangilan."))
    assert [(p.name, p.alpha2) for p in res.place_hits] == [("Zangilan", "AZ")]


def test_head_word_refers_back_after_definition() -> None:
    text = (
        "The Alliance was young. The UN Alliance of Civilizations (UNAOC) met. The Alliance said."
    )
    res = STAGE(segment(text))
    (org,) = res.organizations
    assert [m.text for m in org.mentions] == ["UN Alliance of Civilizations", "UNAOC", "Alliance"]
    assert org.mentions[-1].start == text.rindex("Alliance")


def test_shared_head_word_is_ambiguous() -> None:
    text = (
        "The Caspian Littoral Forum (CLF) and the Black Sea Youth Forum (BSYF) met. "
        "The Forum agreed."
    )
    res = STAGE(segment(text))
    assert [o.acronym for o in res.organizations] == ["CLF", "BSYF"]
    assert all(m.text != "Forum" for o in res.organizations for m in o.mentions)


@pytest.mark.parametrize(
    ("kind", "row"),
    [
        ("organizations", {"name": "Good Union", "aliases": ["(GU)"]}),
        ("countries", {"alpha2": "AZ", "forms": "-Azer"}),
        ("places", {"name": "'Ganja", "alpha2": "AZ"}),
    ],
)
def test_forms_must_start_with_a_word_character(kind: str, row: dict[str, object]) -> None:
    with pytest.raises(GazetteerError) as err:
        Parser(extra_gazetteers={kind: [row]})
    assert err.value.line == 1
    assert "must start with a letter or digit" in str(err.value)


def test_initials_may_take_inner_letters() -> None:
    from diplotext.recognize.organizations import _initials_fit

    assert _initials_fit(
        "AUSSOC", ["AU", "Support", "and", "Stabilization", "Mission", "for", "Chad"]
    )
    # Capitals that are mostly no initials do not fit.
    assert not _initials_fit("ABCDEF", ["Alpha", "Bravo", "Charlie"])
    assert not _initials_fit("NOW", ["New", "Delhi"])
