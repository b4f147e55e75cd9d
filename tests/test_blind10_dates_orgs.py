"""Dates and organizations found on the blind batch of round 10 (invented sentences)."""

from __future__ import annotations

from diplotext import Parser
from readings import dates_by_text, published_value

# -- publication ---------------------------------------------------------------------------


def test_clock_with_a_regional_zone_gives_its_offset() -> None:
    text = (
        "Envoys agree on river talks\n\n"
        "Wednesday, 3 Mar 2027 9:20 AM MYT\n\n"
        "KOTA KINABALU, March 3 - The two envoys agreed today to resume the river talks "
        "that stalled last year, the ministry said in a statement issued after the meeting."
    )
    assert published_value(text) == "2027-03-03T09:20+08:00"


def test_stamp_below_the_last_paragraph_above_page_furniture() -> None:
    text = (
        "Ministers open new crossing\n\n"
        "The two foreign ministers opened the new border crossing on Monday and agreed to "
        "meet again in the autumn to review the flow of goods and travellers across it.\n\n"
        "Officials said the crossing would cut waiting times for lorries by half.\n\n"
        "March 9 2027 16:40:00\n\n"
        "Share\n\nTweet\n\nE-mail\n\nRECOMMENDED\n\n"
        "Ministers trade barbs over fishing quotas\n\n"
        "Port upgrade wins regional funding\n\n"
        "Copyright 2027 Example Daily News"
    )
    assert published_value(text) == "2027-03-09T16:40"


def test_no_stamp_read_from_a_related_headline_with_a_date() -> None:
    text = (
        "Ministers open new crossing\n\n"
        "The two foreign ministers opened the new border crossing on Monday and agreed to "
        "meet again in the autumn to review the flow of goods and travellers across it.\n\n"
        "RECOMMENDED\n\n"
        "Talks set for March 20 2027 in the capital\n\n"
        "Copyright 2027 Example Daily News"
    )
    assert published_value(text) is None


def test_numeric_date_before_an_h_clock_reads_day_first() -> None:
    text = (
        "Ministry of Foreign Affairs\n\nVisit of the Minister of Trade\n\n"
        "Published on 04/09/2027 10h15\n\n"
        "The Minister of Trade of the Republic will pay an official visit to the capital on "
        "September 6, 2027, to review the bilateral agenda with his counterpart."
    )
    assert published_value(text) == "2027-09-04"


# -- two days in a row ---------------------------------------------------------------------


def test_two_days_in_a_row_joined_by_and_are_one_span() -> None:
    found = dates_by_text("The council will meet on 14 and 15 May 2027 in the capital.")
    assert found["14 and 15 May 2027"] == "2027-05-14/2027-05-15"


def test_month_first_days_in_a_row_with_the_year_after() -> None:
    found = dates_by_text("The envoy will tour the region on March 3 and 4, 2027.")
    assert found["March 3 and 4, 2027"] == "2027-03-03/2027-03-04"


def test_month_first_days_in_a_row_without_a_year_stay_two_days() -> None:
    # TimeML's reading (TempEval): nothing after the second day closes one expression
    found = dates_by_text("On 2 March 2027 the envoy said talks would be held on April 5 and 6.")
    assert found["April 5"] == "2027-04-05"
    assert found["6"] == "2027-04-06"


def test_days_apart_joined_by_and_stay_two_days() -> None:
    found = dates_by_text("The committee met on 3 May 2027 and again on 12 and 19 June 2027.")
    assert found["12"] == "2027-06-12"
    assert found["19 June 2027"] == "2027-06-19"


def test_days_in_a_row_before_a_count_stay_a_day() -> None:
    found = dates_by_text("On 2 April 2027 floods struck; on April 7 and 8 people drowned.")
    assert found["April 7"] == "2027-04-07"
    assert "2027-04-07/2027-04-08" not in found.values()


# -- a weekday opening its sentence without a comma ------------------------------------------


def test_opening_weekday_without_comma_before_a_future_cue() -> None:
    text = (
        "ROME, 11.03.2027 - The minister met his counterpart today. On Saturday the visiting "
        "minister is to travel to the north to open a consulate."
    )
    assert dates_by_text(text)["Saturday"] == "2027-03-13"


def test_opening_weekday_without_comma_before_a_past_verb_stays_past() -> None:
    text = (
        "ROME, 11.03.2027 - The minister met his counterpart today. On Saturday the visiting "
        "minister said he is to travel to the north next month."
    )
    assert dates_by_text(text)["Saturday"] == "2027-03-06"


# -- organs named with their remit ---------------------------------------------------------


def _org_names(parser: Parser, text: str) -> set[str]:
    return {o.name for o in parser.parse(text).organizations}


def test_organ_with_a_list_of_fields_as_remit(parser: Parser) -> None:
    names = _org_names(
        parser, "This year Ghana chairs the ECOWAS Organ on Trade, Energy and Maritime Affairs."
    )
    assert "ECOWAS Organ on Trade, Energy and Maritime Affairs" in names


def test_organ_with_a_remit_of_several_words(parser: Parser) -> None:
    names = _org_names(parser, "She addressed the OSCE Committee on the Rights of Minorities.")
    assert "OSCE Committee on the Rights of Minorities" in names


def test_remit_list_running_into_states_ends_at_the_comma(parser: Parser) -> None:
    names = _org_names(
        parser, "The OSCE Commission on Fisheries, Chile and Peru said the quotas were fair."
    )
    assert "OSCE Commission on Fisheries" in names


def test_weekday_after_an_organ_is_no_remit(parser: Parser) -> None:
    names = _org_names(parser, "The OSCE Committee on Tuesday approved the new budget.")
    assert not any("Tuesday" in n for n in names)


# -- a demonym naming a language -------------------------------------------------------------


def _codes(parser: Parser, text: str) -> set[str]:
    return {c.alpha2 for c in parser.parse(text).countries}


def test_demonym_after_a_teaching_word_names_a_language(parser: Parser) -> None:
    text = "Ghana and Togo will pay for border officials' lessons in Ewe and Italian."
    assert "IT" not in _codes(parser, text)


def test_demonym_after_translated_into_names_a_language(parser: Parser) -> None:
    text = "The Kenyan statement was later translated into Dutch, the embassy said."
    assert _codes(parser, text) == {"KE"}


def test_demonym_before_a_noun_stays_the_state(parser: Parser) -> None:
    text = "Officials learning the route met Dutch diplomats in Nairobi."
    assert "NL" in _codes(parser, text)


def test_demonym_after_an_article_names_people(parser: Parser) -> None:
    assert "NL" in _codes(parser, "The envoy spoke warmly to the Dutch.")
