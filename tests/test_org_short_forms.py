"""Short forms of bodies that need a sibling named ("@Commission"), and organ names that
must not run across two people's posts. Every sentence here is invented for the test."""

from __future__ import annotations

from diplotext import Parser, parse_article


def _orgs(text: str) -> dict[str, list[str]]:
    """Organization name -> the texts of its mentions."""
    return {o.name: [m.text for m in o.mentions] for o in parse_article(text).organizations}


def test_commission_in_eu_news_is_the_european_commission() -> None:
    text = (
        "Brussels, 3 March 2025 - EU foreign ministers met on Monday. Commission President "
        "Ana Ferreira said the Commission would propose new funds next month."
    )
    orgs = parse_article(text).organizations
    ec = [o for o in orgs if "European Commission" in (o.name, *o.aliases)]
    assert len(ec) == 1
    assert [m.text for m in ec[0].mentions] == ["Commission", "Commission"]


def test_commission_without_the_eu_is_not_read() -> None:
    text = "The Commission will publish its findings on the flooding in June, the mayor said."
    assert _orgs(text) == {}


def test_commission_is_not_read_when_another_commission_is_named() -> None:
    text = (
        "The EU welcomed the work of the Joint Border Commission. The Commission will meet "
        "again in Vilnius in May."
    )
    names = set(_orgs(text))
    assert "European Union" in names
    assert not any(
        "European Commission" in (o.name, *o.aliases) for o in parse_article(text).organizations
    )


def test_commission_inside_a_longer_name_stays_out() -> None:
    text = "EU envoys met the Electoral Commission in Tbilisi on Friday."
    orgs = parse_article(text).organizations
    assert not any("European Commission" in (o.name, *o.aliases) for o in orgs)


def test_an_organ_name_does_not_run_across_two_posts() -> None:
    text = (
        "EU leaders gathered in Brussels on Thursday, with European Council President Jan "
        "Novak and Commission President Ana Ferreira both attending."
    )
    names = set(_orgs(text))
    assert "European Council" in names
    assert not any(" and " in n for n in names)


def test_an_organ_after_a_body_is_still_read() -> None:
    text = "The ministers addressed the OSCE Permanent Council in Vienna on Thursday."
    assert "OSCE Permanent Council" in _orgs(text)


def test_a_user_row_can_declare_a_short_form() -> None:
    row = {
        "id": "northsea",
        "name": "North Sea Fisheries Council",
        "acronym": "NSFC",
        "aliases": "@Council",
        "kind": "regional",
    }
    parser = Parser(extra_gazetteers={"organizations": [row]})
    named = "The North Sea Fisheries Council met in Bergen. The Council agreed quotas on Friday."
    orgs = {o.name: [m.text for m in o.mentions] for o in parser.parse(named).organizations}
    assert orgs == {"North Sea Fisheries Council": ["North Sea Fisheries Council", "Council"]}
    # the short form alone, with no sibling named in full, is no mention
    alone = "The Council agreed new quotas on Friday in Bergen."
    assert not parser.parse(alone).organizations
