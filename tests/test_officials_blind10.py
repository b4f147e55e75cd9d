"""Officials found by the tenth blind batch, and the body a title names by its
``organization`` column (invented sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotext import GazetteerError, Parser
from diplotext.records import Official
from readings import officials_by_name


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


def test_burmese_styles_are_left_out_of_the_name() -> None:
    text = (
        "Yangon, 9 June 2026. Foreign Minister U Kyaw Min Thein received the Lao envoy on "
        "Monday. Planning Minister Daw Khin Sandar Nwe joined the talks."
    )
    found = officials_by_name(text)
    assert found["Kyaw Min Thein"].role == "foreign_minister"
    assert found["Khin Sandar Nwe"].role == "minister"
    assert "U Kyaw Min Thein" not in found and "Daw Khin Sandar Nwe" not in found


def test_a_one_letter_style_needs_a_blank_after_it() -> None:
    text = "New York, 9 June 2026. U.N. envoy Marta Olsen briefed the council on Monday."
    found = officials_by_name(text)
    assert list(found) == ["Marta Olsen"]


def test_a_later_description_skips_an_official_of_another_state() -> None:
    text = (
        "Lisbon, 2 May 2026\n\n"
        "Carla Mendes Rocha held a telephone call with President of Ghana Kofi Addo.\n\n"
        "The President of Portugal warmly thanked her counterpart for his support."
    )
    found = officials_by_name(text)
    assert (found["Carla Mendes Rocha"].role, found["Carla Mendes Rocha"].country) == (
        "head_of_state",
        "PT",
    )
    assert found["Kofi Addo"].country == "GH"


def test_a_later_description_still_yields_to_an_official_of_its_state() -> None:
    text = (
        "Lisbon, 2 May 2026\n\n"
        "Carla Mendes Rocha met President of Portugal Rui Lopes Dias on Monday.\n\n"
        "The President of Portugal warmly thanked her for her visit."
    )
    found = officials_by_name(text)
    assert "Carla Mendes Rocha" not in found or found["Carla Mendes Rocha"].role != "head_of_state"


def test_a_state_counsellor_of_myanmar_heads_its_government() -> None:
    text = (
        "Yangon, 9 June 2026. Myanmar's State Counsellor Daw Khin Hnin Wai received the Thai "
        "delegation on Monday."
    )
    found = officials_by_name(text)["Khin Hnin Wai"]
    assert (found.role, found.country) == ("head_of_government", "MM")


def test_a_newspapers_own_state_is_the_writers_side() -> None:
    # Chile is named more often, but the paper is Peruvian: its bare ministers are Peru's
    text = (
        "Peru and Chile agree to restart fisheries talks\n\n"
        "Peru and Chile will resume their fisheries dialogue in Santiago next month, after "
        "a dispute over Chilean trawlers.\n\n"
        "Foreign Minister Rosa Quispe Mamani announced the agreement on Tuesday after a call "
        "with Chilean Foreign Minister Tomás Errázuriz Vial. Chile had asked for the talks, "
        "and the Chilean navy has since withdrawn two ships.\n\n"
        "Chilean fishermen in Arica and Chilean exporters welcomed the news.\n\n"
        "© The Lima Herald. All rights reserved."
    )
    found = officials_by_name(text)
    assert found["Rosa Quispe Mamani"].country == "PE"
    assert found["Tomás Errázuriz Vial"].country == "CL"


def test_a_newspaper_of_a_state_the_story_names_in_passing_gives_no_side() -> None:
    text = (
        "Chile and Argentina agree to restart border talks\n\n"
        "Chile and Argentina will resume their border dialogue in Santiago next month, the "
        "Chilean government said; a Peruvian observer may attend.\n\n"
        "Foreign Minister Rosa Ibáñez Soto announced the agreement on Tuesday after a call "
        "with Argentine Foreign Minister Pablo Ferrer. Chile had asked for the talks.\n\n"
        "© The Lima Herald. All rights reserved."
    )
    assert officials_by_name(text)["Rosa Ibáñez Soto"].country != "PE"


def test_a_visitor_who_arrived_from_a_city_is_of_its_state() -> None:
    text = (
        "Talks on trade\n\n4 May 2026\n\n"
        "Minister of Foreign Affairs Rui Tavares met on Monday in Lisbon with Minister of "
        "Foreign Affairs Kofi Boateng, who arrived from Accra for a two-day visit. The ministers "
        "discussed Ghana's trade with Portugal, and Ghana's debt. Portugal supports Ghana. "
        "Ghana thanked Portugal."
    )
    found = officials_by_name(text)
    assert found["Kofi Boateng"].country == "GH"
    assert found["Rui Tavares"].country == "PT"


def test_a_chamber_committees_chair_is_a_legislator() -> None:
    for body in (
        "the House committee on foreign trade",
        "the Senate foreign relations committee",
        "the Senate Committee of Foreign Affairs",
    ):
        text = (
            "Lima, 4 May 2026\n\n"
            f"The Peruvian government acted. Julia Paredes Soto, chairwoman of {body}, said "
            "the plan was weak."
        )
        assert officials_by_name(text)["Julia Paredes Soto"].role == "legislator", body


def test_a_chamber_name_then_a_verb_is_no_committee() -> None:
    text = (
        "Lima, 4 May 2026\n\n"
        "The Peruvian government acted. Julia Paredes Soto, chairwoman of the House said the "
        "plan was weak, and the Senate committee on trade agreed."
    )
    assert "Julia Paredes Soto" not in officials_by_name(text)


def test_a_city_may_end_a_name_before_its_title() -> None:
    text = (
        "Bangkok, 4 May 2026\n\n"
        "Opposition MPs spoke. Somchai Rome, chairman of the House committee on energy, said "
        "prices would rise. Talks in Rome, the minister said, were useful."
    )
    found = officials_by_name(text)
    assert found["Somchai Rome"].role == "legislator"
    assert "Rome" not in found


def test_a_host_receiving_a_guest_named_by_state_is_of_the_other_side() -> None:
    text = (
        "Official visit to Peru of the Minister of Foreign Affairs of Chile\n\n"
        "The Minister of Foreign Affairs of Chile, Ana Vidal, will pay an official visit to "
        "Peru on May 9.\n\n"
        "On Wednesday, in Lima, the Chilean minister will be received by Minister Hugo Salas "
        "Paz at the Torre Tagle Palace. Peru and Chile will review trade, and Peru and Chile "
        "will sign an accord. Peru hopes for more."
    )
    assert officials_by_name(text)["Hugo Salas Paz"].country == "PE"


def test_climate_change_is_a_portfolio_word() -> None:
    text = (
        "Lima, 4 May 2026\n\n"
        "The Peruvian government acted. The accord was signed together with the Minister of "
        "the Environment and Climate Change, Rosa Huamán Cruz, on Monday."
    )
    found = officials_by_name(text)
    assert found["Rosa Huamán Cruz"].role == "minister"
    assert "Change" not in found


def test_a_state_body_with_its_acronym_before_a_title_makes_an_official() -> None:
    text = (
        "Ankara, 4 May 2026\n\n"
        "The Turkish president received the ministers. National Security Organization (NSO) "
        "head Kemal Aydın also attended the meeting, his office said."
    )
    assert officials_by_name(text)["Kemal Aydın"].role == "other_official"


def test_a_state_body_chaired_by_a_person_gives_its_leader() -> None:
    text = (
        "Riga, 4 May 2026\n\n"
        "The Latvian government acted. The guests will meet the Saeima Foreign Affairs "
        "Committee, chaired by Inga Bērziņa. They will also see the Space Agency, headed by "
        "Jānis Ozols, and a meeting chaired by Anna Liepa."
    )
    found = officials_by_name(text)
    assert found["Inga Bērziņa"].role == "legislator"
    assert found["Jānis Ozols"].role == "other_official"
    assert "Anna Liepa" not in found


def test_a_leader_met_by_a_placed_leader_is_of_the_other_side() -> None:
    text = (
        "Official visit to Peru of the Minister of Foreign Affairs of Chile\n\n"
        "The Minister of Foreign Affairs of Chile, Rosa Vidal, will pay an official visit to "
        "Peru on May 9. Peru and Chile will review trade. Peru hopes for more, and Peru and "
        "Chile will sign an accord. Peru will host the talks.\n\n"
        "The last meeting took place in 2025, when Peruvian President Ana Ruiz Tagle met with "
        "Prime Minister Jorge Salas Vega on the sidelines of a summit in Quito."
    )
    assert officials_by_name(text)["Jorge Salas Vega"].country == "CL"


def test_a_meeting_in_a_later_clause_is_not_the_earlier_subjects() -> None:
    text = (
        "Press release\n\n"
        "Chile and Peru mark a year of closer ties. Chile and Peru signed two accords, and "
        "Peru thanked Chile. Chile welcomed Peru's support.\n\n"
        "The Peruvian guest was received by President Ana Ruiz Tagle of Chile at the palace, "
        "and in the evening he met with Prime Minister Jorge Salas Vega in Santiago."
    )
    assert officials_by_name(text)["Jorge Salas Vega"].country != "PE"


def test_a_states_plain_minister_before_a_counterpart_is_its_one_minister() -> None:
    text = (
        "Quito, 4 May 2026\n\n"
        "Foreign Minister Lucía Andrade met Peruvian Foreign Minister Hugo Salas Paz on "
        "Monday. Earlier, Salas paid a courtesy call on President Daniel Mora.\n\n"
        "The Peruvian minister will leave for Bogotá tomorrow, where he is expected to meet his "
        "Colombian counterpart, Andrés Gil Soto."
    )
    found = officials_by_name(text)["Andrés Gil Soto"]
    assert (found.role, found.country) == ("foreign_minister", "CO")


def test_a_city_and_full_stop_opening_the_story_is_its_home() -> None:
    text = (
        "Talks on the river\n\n"
        "Monday, March 2, 2026\n\n"
        "Asunción. Paraguay and Bolivia agreed to speed up the river works during talks "
        "between the Minister of Foreign Affairs and Trade, Mr Luis Benítez Ortiz, and the "
        "Minister of Foreign Affairs, Ms Carla Rojas Vaca, who is in the country for a visit. "
        "Bolivia and Paraguay will meet again; Bolivia asked for more."
    )
    found = officials_by_name(text)
    assert found["Luis Benítez Ortiz"].country == "PY"
    assert found["Carla Rojas Vaca"].country == "BO"


def test_a_leader_who_appointed_an_official_is_of_the_officials_state() -> None:
    text = (
        "Talks on the river\n\n"
        "Monday, March 2, 2026\n\n"
        "Asunción. Paraguay and Bolivia agreed to speed up the river works during talks "
        "between the Minister of Foreign Affairs and Trade, Mr Luis Benítez Ortiz, and the "
        "Minister of Foreign Affairs, Ms Carla Rojas Vaca, who is in the country for a visit. "
        "Bolivia and Paraguay will meet again; Bolivia asked for more.\n\n"
        "Ms Rojas, who was appointed to the post in May by President Tomás Quiroga Arce, said "
        "the works mattered. She will pay a courtesy call on President Elena Duarte Paz today."
    )
    found = officials_by_name(text)
    assert found["Tomás Quiroga Arce"].country == "BO"
    assert found["Elena Duarte Paz"].country == "PY"


def test_a_plain_minister_receiving_a_foreign_minister_is_the_foreign_minister() -> None:
    text = (
        "Official visit to Peru of the Minister of Foreign Affairs of Chile\n\n"
        "The Minister of Foreign Affairs of Chile, Ana Vidal, will pay an official visit to "
        "Peru on May 9.\n\n"
        "On Wednesday, in Lima, the Chilean minister will be received by Minister Hugo Salas "
        "Paz at the Torre Tagle Palace. Peru and Chile will review trade, and Peru and Chile "
        "will sign an accord. Peru hopes for more."
    )
    found = officials_by_name(text)["Hugo Salas Paz"]
    assert (found.role, found.country) == ("foreign_minister", "PE")


def test_a_plain_minister_receiving_a_states_other_minister_stays_a_minister() -> None:
    text = (
        "Official visit to Peru of the Minister of Energy of Chile\n\n"
        "The Minister of Energy of Chile, Ana Vidal, will pay an official visit to Peru on "
        "May 9.\n\n"
        "On Wednesday, in Lima, the Chilean minister will be received by Minister Hugo Salas "
        "Paz at the Torre Tagle Palace. Peru and Chile will review trade, and Peru and Chile "
        "will sign an accord. Peru hopes for more."
    )
    assert officials_by_name(text)["Hugo Salas Paz"].role == "minister"


def test_a_minister_acting_together_with_a_states_guest_is_of_the_other_side() -> None:
    text = (
        "Official visit to Peru of the Minister of Foreign Affairs of Chile\n\n"
        "The Minister of Foreign Affairs of Chile, Ana Vidal, will pay an official visit to "
        "Peru on May 9. Peru and Chile will review trade, and Peru and Chile will sign an "
        "accord. Peru hopes for more.\n\n"
        "On Thursday, the Chilean minister will travel to Cusco, where she will sign, together "
        "with the Minister of Culture and Heritage, Rosa Quispe Mamani, a letter of intent."
    )
    assert officials_by_name(text)["Rosa Quispe Mamani"].country == "PE"
