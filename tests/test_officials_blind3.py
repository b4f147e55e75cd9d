"""Officials found by the third blind batch: titles, names and the state each serves
(invented sentences)."""

from __future__ import annotations

from diplotext.recognize.titles import PlaceIndex, TitleGrammar
from readings import officials_by_name

_LONG = (
    "The talks covered trade, energy and the security of the sea lanes, and both sides agreed "
    "to meet again before the end of the year to review what had been done."
)


def test_a_host_venue_belongs_to_the_hosting_clause() -> None:
    # "in Tbilisi" after the comma is a topic of the talks, not where the host received
    text = (
        "Minister of Culture Lena Varga on Friday received Ambassador Tomas Berg at the "
        "ministry, with the situation in Tbilisi at the top of the agenda."
    )
    assert officials_by_name(text)["Lena Varga"].country != "GE"


def test_an_agency_tag_before_the_dateline_city() -> None:
    text = (
        "(NOVA) - LIMA, JUN 3 - Interior Minister Marco Salas on Tuesday met the visiting "
        "delegation. " + _LONG
    )
    assert officials_by_name(text)["Marco Salas"].country == "PE"


def test_a_dateline_city_in_mixed_case_before_a_spaced_dash() -> None:
    text = "Quito - Minister of Energy Rosa Almeida opened the new plant on Monday. " + _LONG
    assert officials_by_name(text)["Rosa Almeida"].country == "EC"


def test_senator_after_a_higher_title_is_a_style_not_the_role() -> None:
    text = "Deputy Prime Minister and Foreign Minister Senator Omar Haddad met the envoys."
    official = officials_by_name(text)["Omar Haddad"]
    assert official.role == "foreign_minister"


def test_senator_alone_is_still_a_legislator() -> None:
    text = "Senator Omar Haddad met the envoys on Monday."
    assert officials_by_name(text)["Omar Haddad"].role == "legislator"


def test_two_leaders_met_in_the_city_visited_are_both_hosts() -> None:
    text = (
        "Ambassador Chen Wei said the visit would strengthen ties. Prime Minister Ana Ruiz "
        "will travel to Beijing, where she will hold talks with Premier Zhou Ming and call "
        "on President Wang Lei."
    )
    found = officials_by_name(text)
    assert found["Zhou Ming"].country == "CN"
    assert found["Wang Lei"].country == "CN"


def test_a_later_description_with_a_demonym_places_the_one_unplaced_minister() -> None:
    text = (
        "Foreign Minister Lena Varga and her Peruvian counterpart Marco Salas met on Monday "
        "to review the border talks. " + _LONG + ' "We are close," Salas said. '
        "The Chilean minister added that a deal could come soon."
    )
    found = officials_by_name(text)
    assert found["Lena Varga"].country == "CL"
    assert found["Marco Salas"].country == "PE"


def test_a_city_name_can_open_a_persons_name_after_a_title() -> None:
    text = "On Monday, President Victoria Almeida welcomed the delegation at the palace."
    assert "Victoria Almeida" in officials_by_name(text)


def test_his_majesty_abbreviated_before_a_king() -> None:
    text = "The minister said that HM King Harald Vang had sent his greetings."
    assert officials_by_name(text)["Harald Vang"].role == "head_of_state"


def test_the_speaker_of_a_house_of_representatives() -> None:
    text = "She then met Speaker of the House of Representatives Omar Haddad on Thursday."
    assert officials_by_name(text)["Omar Haddad"].role == "legislator"


def test_a_portfolio_listed_after_a_comma() -> None:
    text = (
        "Minister of Foreign Affairs, Regional Integration and Chilean Expatriates, "
        "Lena Varga, opened the forum."
    )
    found = officials_by_name(text)
    assert found["Lena Varga"].role == "foreign_minister"
    assert found["Lena Varga"].title == (
        "Minister of Foreign Affairs, Regional Integration and Chilean Expatriates"
    )


def test_a_name_after_a_title_is_no_portfolio_qualifier() -> None:
    grammar = TitleGrammar({})
    text = "The Minister of Foreign Affairs, Lena Varga, spoke."
    hits = grammar.find(text, PlaceIndex.empty())
    assert [text[h.start : h.end] for h in hits] == ["Minister of Foreign Affairs"]


def test_the_envoy_of_an_organizations_head_serves_the_organization() -> None:
    text = (
        "Minister Lena Varga of Chile welcomed the efforts of the UN Secretary-General's "
        "Personal Envoy, Tomas Berg, to resume the talks."
    )
    official = officials_by_name(text)["Tomas Berg"]
    assert official.organization == "United Nations"
    assert official.country is None
    assert official.role == "senior_diplomat"


def test_a_name_closing_a_long_remit_after_the_title() -> None:
    text = (
        "Minister Lena Varga of Chile received the Special Representative for the Andes and "
        "the crisis in Peru Tomas Berg, the ministry said."
    )
    found = officials_by_name(text)
    assert "Tomas Berg" in found
    assert "Andes" not in found


def test_a_name_closing_an_unread_body_complement() -> None:
    text = (
        "She will co-chair the council with the High Representative of the Alliance for "
        "Maritime Affairs and Security Policy Tomas Berg, the ministry said."
    )
    assert officials_by_name(text)["Tomas Berg"].role == "head_of_organization"


def test_a_remit_with_a_verb_gives_the_title_no_name() -> None:
    text = (
        "The Special Representative for the region said that talks with Tomas Berg, the "
        "mediator, went well."
    )
    assert "Tomas Berg" not in officials_by_name(text)


def test_an_unnamed_counterpart_named_when_met_in_a_later_sentence() -> None:
    text = (
        "Minister of Culture Lena Varga met her Danish counterpart in Lima on Monday.\n\n"
        '"We are close," Varga told reporters after meeting Els Holm at the ministry.'
    )
    official = officials_by_name(text)["Els Holm"]
    assert official.country == "DK"
    assert official.role == "minister"


def test_plural_counterparts_take_one_state_each() -> None:
    text = (
        "Foreign Minister Lena Varga will raise the issue with her Danish and Dutch "
        "counterparts, Els Holm and Joost Bakker, in Brussels next week."
    )
    found = officials_by_name(text)
    assert found["Els Holm"].country == "DK"
    assert found["Joost Bakker"].country == "NL"


def test_a_word_after_a_name_particle_belongs_to_the_name() -> None:
    text = "The guests were received by Minister of Energy Omar bin Khalid Al Said on Sunday."
    assert "Omar bin Khalid Al Said" in officials_by_name(text)


def test_greetings_conveyed_of_a_president_are_from_the_senders_state() -> None:
    text = (
        "Quito - Foreign Minister Rosa Almeida received Foreign Minister Lena Varga of Chile. "
        "Varga conveyed the greetings of President Tomas Berg to President Marco Salas."
    )
    found = officials_by_name(text)
    assert found["Tomas Berg"].country == "CL"
    assert found["Marco Salas"].country == "EC"


def test_a_peer_with_a_territorial_designation_in_apposition() -> None:
    text = "The Minister for Trade, Lord Hale of Kirkby, will travel to Lima next week."
    official = officials_by_name(text)["Hale"]
    assert official.role == "minister"
    assert "Lord Hale" in official.aliases


def test_a_second_title_needing_a_body_is_not_joined_without_one() -> None:
    text = (
        "Foreign Secretary Ana Ruiz met the Chairperson of the African Union Commission, "
        "Tomas Berg. Later the Foreign Secretary and Chairperson Berg discussed the truce."
    )
    official = officials_by_name(text)["Tomas Berg"]
    assert official.role == "head_of_organization"
    assert official.country is None


def test_a_state_before_the_first_of_two_joined_titled_names_holds_for_both() -> None:
    text = (
        "The minister held talks with Peruvian Prime Minister Marco Salas and Foreign "
        "Minister Rosa Almeida on Monday."
    )
    assert officials_by_name(text)["Rosa Almeida"].country == "PE"


def test_a_city_before_a_colon_in_a_headline_is_no_dateline() -> None:
    text = (
        "Minister in Quito: new support for the truce\n\n"
        "Minister of Trade Tomas Berg of Chile arrived on Monday. " + _LONG + "\n\n"
        "Deputy Minister of Energy Ana Ruiz said the plan was ready. " + _LONG
    )
    assert officials_by_name(text)["Ana Ruiz"].country != "EC"


def test_a_dateline_with_the_agency_between_slashes() -> None:
    text = (
        "Quito, March 5, 2026 /NOVA/. Minister of Foreign Affairs of Chile Ana Ruiz met "
        "the Minister of Trade Tomas Berg. " + _LONG + "\n\n"
        "Ana Ruiz will also call on Prime Minister Marco Salas.\n\n"
        "Lima Prepares to Host the Fisheries Forum"
    )
    assert officials_by_name(text)["Marco Salas"].country == "EC"


def test_an_adviser_to_the_presidency_with_a_lower_case_remit() -> None:
    text = (
        "According to the senior adviser to the presidency for foreign affairs, Tomas Berg, "
        "the leaders also discussed fisheries."
    )
    assert officials_by_name(text)["Tomas Berg"].role == "senior_diplomat"


def test_the_commissioner_general_of_an_international_body() -> None:
    text = (
        "The minister met Commissioner-General of the International Committee of the Red "
        "Cross Tomas Berg on Monday."
    )
    official = officials_by_name(text)["Tomas Berg"]
    assert official.role == "head_of_organization"
    assert official.country is None


def test_a_commissioner_general_of_no_body_is_no_official() -> None:
    text = "Commissioner General Tomas Berg opened the stadium."
    assert "Tomas Berg" not in officials_by_name(text)


def test_the_union_stands_for_the_one_union_the_article_names() -> None:
    text = (
        "The European Union pledged support. The minister will meet the High Representative "
        "of the Union for Foreign Affairs and Security Policy Tomas Berg in Brussels."
    )
    official = officials_by_name(text)["Tomas Berg"]
    assert official.organization == "European Union"
    assert official.role == "head_of_organization"


def test_a_bare_leader_title_takes_the_state_of_the_bare_titled_first_official() -> None:
    text = (
        "Foreign Minister Lena Varga and her Peruvian counterpart Marco Salas met on Monday. "
        + _LONG
        + " The Chilean minister said talks on Chile's ports would go on.\n\n"
        "Peruvian President Ana Ruiz is due to hold talks with Prime Minister Tomas Berg "
        "on Thursday."
    )
    found = officials_by_name(text)
    assert found["Lena Varga"].country == "CL"
    assert found["Tomas Berg"].country == "CL"


def test_a_title_met_at_a_sentence_end_is_held_by_the_next_sentences_subject() -> None:
    text = (
        "Later, the minister held talks with Peru's top diplomat. Marco Salas, who also "
        "serves as deputy prime minister, welcomed the new border patrols."
    )
    official = officials_by_name(text)["Marco Salas"]
    assert official.role == "foreign_minister"
    assert official.country == "PE"


def test_a_next_sentence_needs_a_verb_or_who_after_the_name() -> None:
    text = (
        "Later, the minister held talks with Peru's top diplomat. Marco Salas and Ana Ruiz, "
        "two reporters, asked about the visit."
    )
    assert "Marco Salas" not in officials_by_name(text)


def test_a_deputy_prime_minister_title_gives_way_to_a_portfolio() -> None:
    text = (
        "Foreign Minister Tomas Berg of Chile met reporters. Tomas Berg, who is also Deputy "
        "Prime Minister, said the talks went well."
    )
    assert officials_by_name(text)["Tomas Berg"].role == "foreign_minister"


def test_a_second_leader_after_and_does_not_take_the_first_ones_state() -> None:
    text = "Talks were held by Chilean President Ana Ruiz and President Marco Salas in Lima."
    assert officials_by_name(text)["Marco Salas"].country != "CL"


def test_between_two_titled_names_makes_two_sides() -> None:
    text = (
        "A meeting between Chilean Trade Minister Ana Ruiz and Foreign Minister Marco Salas "
        "took place on Monday."
    )
    assert officials_by_name(text)["Marco Salas"].country != "CL"
