"""A later bare given name stands for the one official whose full name opens with it."""

from __future__ import annotations

from tests.readings import events_of, one_event, sides

from diplotext import Parser

_DATELINE = "VALDORIA, 3 March 2025 —"


def test_bare_first_name_is_the_official(parser: Parser) -> None:
    text = (
        f"{_DATELINE} Foreign Minister Tessaly Ombrenu Vask of Ghana held talks on Monday with "
        "Kenya's Foreign Minister Rufo Dantemar in Accra.\n\n"
        "On Tuesday, Tessaly met President Ilvo Brask of Togo in Lome."
    )
    events = events_of(parser, text)
    assert {"Tessaly Ombrenu Vask", "Ilvo Brask"} in sides(events)


def test_two_given_names_are_the_official(parser: Parser) -> None:
    text = (
        f"{_DATELINE} Foreign Minister Marenka Sol Tavridottir of Iceland received Finland's "
        "Foreign Minister Oskar Lehtiranta in Reykjavik on Monday.\n\n"
        "On Tuesday, Marenka Sol met Prime Minister Idris Kaboul of Morocco in Rabat."
    )
    event = one_event(events_of(parser, text), "Marenka Sol Tavridottir", "Idris Kaboul")
    assert event.type == "meeting"


def test_shared_given_name_links_nobody(parser: Parser) -> None:
    text = (
        f"{_DATELINE} Foreign Minister Tessaly Ombrenu Vask of Ghana and Trade Minister "
        "Tessaly Krovan Adu of Ghana held talks on Monday with Kenya's Foreign Minister Rufo Dantemar.\n\n"
        "On Tuesday, Tessaly met President Ilvo Brask of Togo in Lome."
    )
    events = events_of(parser, text)
    assert {"Tessaly Ombrenu Vask", "Ilvo Brask"} not in sides(events)
    assert {"Tessaly Krovan Adu", "Ilvo Brask"} not in sides(events)


def test_honorific_picks_the_styled_namesake(parser: Parser) -> None:
    text = (
        f"{_DATELINE} Kuwait's Foreign Minister Sheikh Faris bin Nawaf Al Rumaih hosted "
        "Jordan's Foreign Minister Idris Kaboul in Kuwait City on Monday.\n\n"
        "Separately, Kuwait's Minister of State Faris Al-Dakheel met Oman's envoy on Monday.\n\n"
        "On Wednesday, Sheikh Faris spoke by phone with Egypt's Foreign Minister Samir Hadda."
    )
    assert {"Faris bin Nawaf Al Rumaih", "Samir Hadda"} in sides(events_of(parser, text))


def test_list_item_is_not_a_mention(parser: Parser) -> None:
    story = (
        f"{_DATELINE} Foreign Minister Tessaly Ombrenu Vask of Ghana held talks on Monday with "
        "Kenya's Foreign Minister Rufo Dantemar in Accra.\n\n"
        "The talks covered cocoa prices.\n\n"
    )
    line = "Tessaly, Brask discuss cocoa prices in phone talk\n"
    in_prose = parser.parse(story + line).officials[0]
    in_list = parser.parse(story + "- " + line).officials[0]
    assert (in_prose.name, len(in_prose.mentions)) == ("Tessaly Ombrenu Vask", 2)
    assert (in_list.name, len(in_list.mentions)) == ("Tessaly Ombrenu Vask", 1)
