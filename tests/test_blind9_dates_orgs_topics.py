"""Dates, countries and organizations found on the blind batch of round 9 (invented sentences)."""

from __future__ import annotations

from diplotext import Parser
from readings import dates_by_text, published_value

# -- publication ---------------------------------------------------------------------------


def test_place_dateline_with_bracketed_qualifier() -> None:
    text = (
        "Ministry of Foreign Affairs\n\nMinister hosts trade envoys\n\n"
        "Lima (Peru), March 4, 2027. The minister received the envoys of three neighbours "
        "on Tuesday to review the customs accord."
    )
    assert published_value(text) == "2027-03-04"


def test_place_dateline_with_qualifier_after_the_country() -> None:
    text = (
        "Premier meets visiting envoy\n\n"
        "Hamilton, Bermuda (UK), 9 June 2027 - The premier met the visiting envoy on Monday "
        "to discuss fisheries."
    )
    assert published_value(text) == "2027-06-09"


# -- days counted from the day stated before -------------------------------------------------


def test_previous_evening_is_the_day_before_the_stated_day() -> None:
    text = (
        "Ottawa, June 10, 2027 - The minister said on Thursday that a call with his "
        "counterpart held the previous evening had cleared the way for the deal."
    )
    assert dates_by_text(text)["the previous evening"] == "2027-06-09"


def test_following_morning_is_the_day_after_the_stated_day() -> None:
    found = dates_by_text(
        "The envoys arrived on 2 April 2027 and signed the memorandum the next morning."
    )
    assert found["the next morning"] == "2027-04-03"


# -- weekday spans -----------------------------------------------------------------------------


def test_from_weekday_to_weekday_is_one_span() -> None:
    text = (
        "NAIROBI, May 7, 2027 - The joint commission met in Nairobi from Monday to "
        "Wednesday, closing with a ministerial session."
    )
    assert dates_by_text(text)["Monday to Wednesday"] == "2027-05-03/2027-05-05"


def test_span_across_a_weekend_counts_forward() -> None:
    text = "NAIROBI, May 7, 2027 - The fair will run from Saturday through Monday, organisers said."
    assert dates_by_text(text)["Saturday through Monday"] == "2027-05-08/2027-05-10"


def test_two_weekdays_joined_by_and_stay_two_days() -> None:
    found = dates_by_text(
        "NAIROBI, May 7, 2027 - The envoys met on Monday and Tuesday in the capital."
    )
    assert found["Monday"] == "2027-05-03"
    assert found["Tuesday"] == "2027-05-04"


# -- tense of a date in an opening clause --------------------------------------------------------


def test_opening_clause_date_takes_the_future_main_clause() -> None:
    text = (
        "Minister in Maputo\n\nMAPUTO, October 12, 2027 - The minister arrived on Sunday.\n\n"
        "Before flying home on Thursday, the minister is due to visit a school."
    )
    assert dates_by_text(text)["Thursday"] == "2027-10-14"


def test_opening_clause_with_a_past_verb_keeps_the_past() -> None:
    text = (
        "Minister in Maputo\n\nMAPUTO, October 12, 2027 - The minister met the mayor.\n\n"
        "After he landed in the port city on Sunday, the minister is due to visit a school."
    )
    assert dates_by_text(text)["Sunday"] == "2027-10-10"


# -- what an appeal asks for lies ahead ------------------------------------------------------------


def test_day_of_an_appeal_lies_ahead_of_a_past_report() -> None:
    text = (
        "Ministers meet in Vilnius\n\nVILNIUS, 14 January 2027 - The two ministers met.\n\n"
        "She praised the pledge and urged other partners to do likewise before the "
        "summit in Madrid on 9-10 July."
    )
    assert dates_by_text(text)["9-10 July"] == "2027-07-09/2027-07-10"


def test_day_of_a_past_event_after_an_appeal_stays_past() -> None:
    text = (
        "Ministers meet in Vilnius\n\nVILNIUS, 14 January 2027 - The two ministers met.\n\n"
        "She urged both sides to honour the truce signed on 20 December."
    )
    assert dates_by_text(text)["20 December"] == "2026-12-20"


# -- countries ----------------------------------------------------------------------------------


def _codes(parser: Parser, text: str) -> set[str]:
    return {c.alpha2 for c in parser.parse(text).countries}


def test_state_name_as_a_surname_is_no_state(parser: Parser) -> None:
    text = "The talks were attended by the mayor, Carla Montenegro, and by envoys of Chile."
    assert _codes(parser, text) == {"CL"}


def test_state_name_after_a_conjunction_is_the_state(parser: Parser) -> None:
    assert "ME" in _codes(parser, "Envoys of Serbia and Montenegro met in the capital.")


def test_gulf_named_after_a_state_is_no_state(parser: Parser) -> None:
    text = "The ministers of Ghana and Togo discussed piracy in the Gulf of Guinea."
    assert _codes(parser, text) == {"GH", "TG"}


# -- organizations ---------------------------------------------------------------------------------


def _orgs(parser: Parser, text: str) -> set[str]:
    return {o.name for o in parser.parse(text).organizations}


def test_editors_initials_line_names_no_body(parser: Parser) -> None:
    text = "The ministers met in the capital on Monday.\n\nKLM/ADB // RT\n"
    assert _orgs(parser, text) == set()


def test_acronym_in_a_sentence_next_to_a_slash_is_a_body(parser: Parser) -> None:
    text = "The ministers discussed ADB/World Bank lending for new roads."
    assert "Asian Development Bank" in _orgs(parser, text)


def test_charter_of_a_body_speaks_of_the_body(parser: Parser) -> None:
    text = "The minister said the strikes broke international law and the UN Charter."
    assert _orgs(parser, text) == {"United Nations"}


def test_convention_opened_by_a_body_is_still_no_body(parser: Parser) -> None:
    text = "The two ministers upheld the United Nations Convention on the Law of the Sea."
    assert _orgs(parser, text) == set()


def test_organ_named_by_its_members_of_state(parser: Parser) -> None:
    text = "The president took over as chairman of the ECOWAS Authority of Heads of State and Government."
    assert "ECOWAS Authority of Heads of State and Government" in _orgs(parser, text)


def test_board_after_a_body_is_an_organ(parser: Parser) -> None:
    text = "The envoy will brief the IAEA Board of Governors in Vienna next week."
    assert "IAEA Board of Governors" in _orgs(parser, text)


def test_organ_named_after_the_body_head_noun(parser: Parser) -> None:
    text = (
        "The envoy met the head of the International Energy Agency (IEA) in Paris, on the "
        "margins of the agency's Governing Board meeting."
    )
    assert "Governing Board" in _orgs(parser, text)


def test_head_noun_of_another_kind_names_no_organ(parser: Parser) -> None:
    text = "NATO ministers met in Brussels. The bank's Board of Directors approved the loan."
    assert _orgs(parser, text) == {"North Atlantic Treaty Organization"}


def test_month_after_as_early_as_is_a_month_ahead() -> None:
    text = "OSLO, 4 February 2027 - An official said the review could be ready as early as May."
    assert dates_by_text(text)["May"] == "2027-05"


def test_currency_named_after_a_state_is_no_state(parser: Parser) -> None:
    text = "Trade between Chile and Peru reached 2 billion US dollars last year."
    assert _codes(parser, text) == {"CL", "PE"}
