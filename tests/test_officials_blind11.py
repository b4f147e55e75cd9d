"""Officials found by the eleventh blind batch (invented sentences)."""

from __future__ import annotations

from diplotext import Parser
from diplotext.records import Official


def _by_name(parser: Parser, text: str) -> dict[str, Official]:
    return {o.name: o for o in parser.parse(text).officials}


# -- a dateline abroad that is only the venue of the story ------------------------------------
_VENUE = (
    "Geneva\n\n"
    "PRESIDENT Tomas Varela and his Peruvian counterpart Ines Quispe agreed to reopen the "
    "border crossings between the two countries after talks on the sidelines of a summit.\n\n"
    "President Varela said Bolivia needed a port on the Pacific and that Peru had offered one. "
    "Bolivia and Peru will meet again in La Paz; Peru will send its trade minister to Bolivia.\n\n"
    "Mining Minister Hugo Salas, who was part of the delegation, said Bolivia would also look at "
    "joint lithium projects with Peru. Bolivia thanked Peru for its help."
)


def test_a_dateline_city_of_no_side_of_the_story_is_not_its_officials_home(
    parser: Parser,
) -> None:
    officials = _by_name(parser, _VENUE)
    assert officials["Tomas Varela"].country == "BO"
    assert officials["Ines Quispe"].country == "PE"
    assert officials["Hugo Salas"].country == "BO"


def test_a_dateline_city_of_a_side_of_the_story_stays_its_home(parser: Parser) -> None:
    text = (
        "Lima\n\n"
        "Foreign Minister Carla Soto received her Bolivian counterpart Luis Arce Mendez for "
        "talks on the border. Peru and Bolivia agreed to reopen crossings, and Peru will host "
        "a business forum. Bolivia welcomed the move and Peru thanked Bolivia."
    )
    assert _by_name(parser, text)["Carla Soto"].country == "PE"


# -- a guest named by state's possessive right after a foreign minister hosts ----------------
def test_a_guest_named_by_possessive_after_a_foreign_minister_hosts_is_a_counterpart(
    parser: Parser,
) -> None:
    text = (
        "Foreign Minister Marta Lindqvist hosted Estonia's Peeter Kask in Stockholm on Monday. "
        "Lindqvist and Kask discussed energy links across the Baltic Sea."
    )
    guest = _by_name(parser, text)["Peeter Kask"]
    assert (guest.role, guest.country) == ("foreign_minister", "EE")


def test_received_by_possessive_works_too(parser: Parser) -> None:
    text = (
        "Finnish Foreign Minister Aino Virtanen received Latvia's Janis Ozols in Helsinki, "
        "where the two talked about rail links."
    )
    guest = _by_name(parser, text)["Janis Ozols"]
    assert (guest.role, guest.country) == ("foreign_minister", "LV")


def test_a_possessive_after_a_non_host_verb_makes_no_official(parser: Parser) -> None:
    text = (
        "Foreign Minister Marta Lindqvist praised Estonia's Peeter Kask, a composer, at a "
        "concert in Stockholm."
    )
    assert "Peeter Kask" not in _by_name(parser, text)


# -- the state a portfolio of nationals abroad names ----------------------------------------
def test_a_portfolio_of_a_states_nationals_abroad_gives_the_ministers_state(
    parser: Parser,
) -> None:
    text = (
        "Amman: The Foreign Minister took a call from the Minister of Foreign Affairs and "
        "Tunisian Expatriates Sami Ben Ali on the situation in Libya."
    )
    official = _by_name(parser, text)["Sami Ben Ali"]
    assert (official.role, official.country) == ("foreign_minister", "TN")


# -- an envoy of a body, for a state ---------------------------------------------------------
def test_a_bodys_envoy_for_a_state_serves_the_body(parser: Parser) -> None:
    for title in ("UN Special Envoy", "UN Secretary-General's Special Envoy"):
        text = (
            f"Oslo: The minister met the {title} for Libya, Karin Holt, on Monday to discuss "
            "the political process."
        )
        envoy = _by_name(parser, text)["Karin Holt"]
        assert (envoy.country, envoy.organization) == (None, "United Nations"), title


def test_an_envoy_for_a_state_with_no_body_keeps_that_state(parser: Parser) -> None:
    text = "Oslo: The minister met Special Envoy for Libya Karin Holt on Monday."
    assert _by_name(parser, text)["Karin Holt"].country == "LY"


# -- a predecessor named by "replaced" serves the subject's state ----------------------------
def test_a_predecessor_replaced_takes_the_subjects_state_not_a_nearby_guests(
    parser: Parser,
) -> None:
    text = (
        "SANTIAGO, Chile - Chile and Argentina will widen their energy links, the two "
        "countries' top diplomats said on Monday.\n\n"
        "Foreign Affairs Minister Rosa Pinto welcomed Argentine Foreign Minister Diego Luna in "
        "Santiago, the first visit since Pinto replaced Tomas Herrera at the ministry in May."
    )
    officials = _by_name(parser, text)
    assert officials["Tomas Herrera"].country == officials["Rosa Pinto"].country == "CL"
    assert officials["Tomas Herrera"].role == "foreign_minister"


# -- a sentence turning to another story leaves the last trip's city behind ------------------
def test_a_leader_after_meanwhile_is_not_placed_by_the_trip_told_before(parser: Parser) -> None:
    text = (
        "Foreign Minister Ana Varga hosted Georgia's top diplomat in Budapest on Monday, "
        "saying Hungary valued the ties. The minister will travel to Tokyo next week, where "
        "she is to meet Japanese Foreign Minister Ken Mori. Meanwhile, Prime Minister Pal "
        "Kovacs will receive Austrian Chancellor Franz Huber in Budapest on 3 December."
    )
    officials = _by_name(parser, text)
    assert officials["Ken Mori"].country == "JP"
    assert officials["Pal Kovacs"].country == "HU"


# -- a surname spelled like a capitalized function word after a title ------------------------
def test_a_function_word_surname_right_after_a_title_opens_the_name(parser: Parser) -> None:
    text = (
        "HANOI - The two ministers recalled the state visit to Cambodia by Party General "
        "Secretary To Van Hai in March, and Vietnam and Cambodia agreed to widen trade."
    )
    assert "To Van Hai" in _by_name(parser, text)


def test_a_title_case_headline_with_to_makes_no_official(parser: Parser) -> None:
    text = (
        "President To Visit Hanoi Next Week\n\n"
        "HANOI - Vietnam and Laos will hold talks on trade, the ministry said on Monday."
    )
    assert not parser.parse(text).officials
