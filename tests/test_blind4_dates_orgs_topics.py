"""Rules added after the fourth blind batch: "Month D/YYYY" datelines, a dated header line
"date - place - source", year-less datelines that take no year from a day naming a thing
("the 4 June 1967 borders") or from a day reported as past after the candidate, "next
month" of a year-less dateline, future cues after a date opening its sentence and in
present-tense scheduled verbs, and numbers glued to "**" that are no year. Every sentence
here is written for these tests."""

from __future__ import annotations

from diplotext import parse_article
from readings import dates_by_text, published_value, topic_labels

# --- publication date ---------------------------------------------------------------------


def test_dateline_with_day_and_year_joined_by_a_slash() -> None:
    text = (
        "Ghana, Togo sign road deal\n\n"
        "Accra, March 9/2027 (GNA) Foreign Minister Kwame Asante held talks today with his "
        "Togolese counterpart on ways of completing the coastal highway."
    )
    assert published_value(text) == "2027-03-09"
    assert dates_by_text(text)["today"] == "2027-03-09"


def test_dated_header_line_with_place_and_source() -> None:
    text = (
        "News release\n\nMinister concludes visit to Peru\n\nFrom: Ministry of Foreign Affairs\n\n"
        "June 12, 2027 - Lima, Peru - Ministry of Foreign Affairs\n\n"
        "The Minister of Foreign Affairs today concluded a visit to Lima, where she met the "
        "Peruvian foreign minister to discuss trade, mining and climate cooperation."
    )
    assert published_value(text) == "2027-06-12"


def test_year_less_dateline_takes_no_year_from_a_day_naming_a_thing() -> None:
    text = (
        "Cairo, Apr. 3 (AGENCY) -- The two ministers called for a state on the 4 June 1967 "
        "borders and agreed to meet again in Rome on May 20."
    )
    assert published_value(text) == "XXXX-04-03"
    assert dates_by_text(text)["May 20"] == "XXXX-05-20"


def test_year_less_dateline_is_not_earlier_than_a_day_reported_as_past() -> None:
    text = (
        "Tbilisi, January 20, AGENCY\n\n"
        "The deputy minister briefed his counterpart on the forum held in Vienna on "
        "October 2, 2030, which adopted a joint statement. The minister will visit Georgia "
        "next month."
    )
    assert published_value(text) == "XXXX-01-20"
    dates = dates_by_text(text)
    assert dates["October 2, 2030"] == "2030-10-02"
    assert dates["next month"] == "XXXX-02"


def test_dashed_numeric_date_read_by_the_day_the_dateline_names() -> None:
    # 04-05-2027: the dateline "May 4" makes it day-first (4 May 2027)
    text = (
        "AGENCY\n\nPublication date: 04-05-2027 09:40\n\nMinisters meet in Sofia\n\n"
        "Sofia, May 4 /AGENCY/ - The foreign ministers of Bulgaria and Greece met in Sofia "
        "on Tuesday to discuss energy links."
    )
    assert published_value(text) == "2027-05-04T09:40"
    assert dates_by_text(text)["04-05-2027"] == "2027-05-04"


# --- tense ---------------------------------------------------------------------------------


def test_weekday_opening_a_sentence_takes_the_future_of_its_clause() -> None:
    text = (
        "Bern, 3 May 2027 - The Swiss foreign minister met her Austrian counterpart on "
        "Monday. On Thursday, the foreign minister of Switzerland will host talks in Geneva."
    )
    dates = dates_by_text(text)
    assert dates["Monday"] == "2027-05-03"
    assert dates["Thursday"] == "2027-05-06"


def test_a_past_plan_after_an_opening_weekday_stays_past() -> None:
    # "planned" as the clause's verb reports an earlier plan; "the planned" looks ahead
    text = (
        "Lima, 6 May 2027 - The donors met again. On Monday, the ministry planned to "
        "release the first funds. On Friday, the planned talks open in Quito."
    )
    dates = dates_by_text(text)
    assert dates["Monday"] == "2027-05-03"
    assert dates["Friday"] == "2027-05-07"


def test_present_tense_travel_verbs_put_a_weekday_ahead() -> None:
    text = (
        "Oslo, 4 May 2027 - The minister arrived in Reykjavik on Monday. On Wednesday, she "
        "travels to Nuuk, and she returns to Oslo on Friday."
    )
    dates = dates_by_text(text)
    assert dates["Wednesday"] == "2027-05-05"
    assert dates["Friday"] == "2027-05-07"


def test_a_term_that_ends_on_a_day_lies_ahead() -> None:
    text = (
        "Rabat, 14 October 2027 - The ministers agreed to coordinate at the council, where "
        "Morocco's term as a member ends on December 31."
    )
    assert dates_by_text(text)["December 31"] == "2027-12-31"


def test_month_of_an_event_being_prepared_lies_ahead() -> None:
    text = (
        "Suva, 3 February 2027 - The two leaders agreed on the agenda, the budget and "
        "preparations for the regional summit in Apia in October."
    )
    assert dates_by_text(text)["October"] == "2027-10"


# --- no date ---------------------------------------------------------------------------------


def test_number_glued_to_asterisks_is_no_year() -> None:
    text = "Baku, 2 March 2027 - The ministers met in Baku.\n\n5521**2031"
    assert "2031" not in set(dates_by_text(text).values())


# --- countries -------------------------------------------------------------------------------


def _countries(text: str) -> list[str]:
    return sorted(c.alpha2 for c in parse_article(text).countries)


def test_country_after_a_hyphen_partner_is_no_given_name() -> None:
    text = "Ministers prepared the EU-Jordan Cooperation Committee and the Niger-Chad Commission."
    assert _countries(text) == ["JO", "NE", "TD"]


def test_country_before_an_outlet_word_is_the_state() -> None:
    assert _countries("Source: Jordan News Agency.") == ["JO"]
    assert _countries("Jordan Henderson scored twice.") == []


def test_states_in_free_association_are_countries() -> None:
    text = "The Cook Islands leader and Niuean officials met New Zealand's envoy in Avarua."
    assert _countries(text) == ["CK", "NU", "NZ"]


# --- organizations --------------------------------------------------------------------------


def _orgs(text: str) -> list[str]:
    return sorted(o.name for o in parse_article(text).organizations)


def test_body_opening_a_convention_name_is_no_mention_of_the_body() -> None:
    text = (
        "The two ministers upheld the United Nations Convention on the Law of the Sea in "
        "the disputed waters."
    )
    assert _orgs(text) == []


def test_body_mentioned_on_its_own_still_counts() -> None:
    assert _orgs("The ministers called on the United Nations to act.") == ["United Nations"]


def test_inline_body_opening_with_a_state_is_national() -> None:
    text = (
        "Aid came through the Swiss Agency for Development and Cooperation (SDC) and the "
        "Nordic Development Fund (NDF)."
    )
    assert _orgs(text) == ["Nordic Development Fund"]


# --- topics -------------------------------------------------------------------------------------


def test_portfolio_listed_after_a_comma_in_a_title_is_no_topic() -> None:
    text = (
        "Foreign Minister Ana Ruiz spoke by phone with Minister of Foreign Affairs, Emigration "
        "and Expatriates Omar Haddad about bilateral ties."
    )
    assert "migration_consular" not in topic_labels(text)


def test_new_topic_cues() -> None:
    text = (
        "The two foreign ministers held talks in Lima. They discussed recovery from the "
        "typhoon season, the welfare of nurses living and working in Peru, the reopening of "
        "the border crossing at the frontier and the supply of medicines to patients. They "
        "called for a political solution in the neighbouring country and denounced the "
        "violation of international law."
    )
    topics = topic_labels(text)
    for label in (
        "humanitarian",
        "migration_consular",
        "transport_connectivity",
        "health",
        "peace_process",
        "human_rights_law",
    ):
        assert label in topics, label


def test_drug_trade_is_crime_not_commerce() -> None:
    text = (
        "The two foreign ministers held talks in Suva and discussed a joint effort against "
        "the cocaine trade."
    )
    topics = topic_labels(text)
    assert "counterterrorism" in topics
    assert "trade_economy" not in topics


def test_cessation_of_violence_is_peace_and_security() -> None:
    text = (
        "The two foreign ministers held talks in Jakarta and called for the cessation of "
        "violence in the neighbouring state."
    )
    topics = topic_labels(text)
    assert {"peace_process", "security"} <= topics
