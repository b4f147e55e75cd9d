"""Officials found by the tenth blind batch, and the body a title names by its
``organization`` column (invented sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotext import GazetteerError, Parser
from diplotext.records import Official


def _by_name(parser: Parser, text: str) -> dict[str, Official]:
    return {o.name: o for o in parser.parse(text).officials}


def test_a_user_title_naming_an_unknown_organization_id_is_refused() -> None:
    rows = [
        {"title": "chief archivist", "role": "other_official"},
        {"title": "grand rapporteur", "role": "other_official", "organization": "no-such-body"},
    ]
    with pytest.raises(GazetteerError, match=r"extra_gazetteers\['titles'\]:2: .*'no-such-body'"):
        Parser(extra_gazetteers={"titles": rows})


def test_a_title_file_naming_an_unknown_organization_id_names_file_and_line(
    tmp_path: Path,
) -> None:
    f = tmp_path / "my_titles.tsv"
    f.write_text(
        "title\trole\torganization\n# a comment\nchief archivist\tother_official\t\n"
        "grand rapporteur\tother_official\tnowhere\n",
        encoding="utf-8",
    )
    with pytest.raises(GazetteerError, match=r"my_titles\.tsv:4: unknown organization 'nowhere'"):
        Parser(extra_gazetteers={"titles": f})


def test_a_user_title_takes_the_organization_its_id_names() -> None:
    parser = Parser(
        extra_gazetteers={
            "titles": [
                {"title": "grand rapporteur", "role": "other_official", "organization": "who"},
                {"title": "chief weaver", "role": "other_official", "organization": "loom"},
            ],
            "organizations": [{"id": "loom", "name": "Union of Loom Makers"}],
        }
    )
    text = (
        "Geneva, 3 March 2026. Grand Rapporteur Talia Okonkwo presented the report on Monday. "
        "Chief Weaver Bruno Santelli attended the session."
    )
    found = _by_name(parser, text)
    assert found["Talia Okonkwo"].organization == "World Health Organization"
    assert found["Bruno Santelli"].organization == "Union of Loom Makers"
