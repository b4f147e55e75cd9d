"""Rules added after the second blind batch: hyphenated and translated dates, "October
next", "July that year", tense cues, date lines after a standfirst, topic cues and organs
named before their body. Every sentence here is written for these tests."""

from __future__ import annotations

from diplotext import parse_article
from diplotext.recognize.places import PlaceStage
from diplotext.text.segment import segment
from readings import dates_by_text, published_value, topic_labels

STAGE = PlaceStage({})


def _values(text: str) -> set[str]:
    return {d.value for d in parse_article(text).dates}


# --- dates ------------------------------------------------------------------------------


def test_day_month_year_joined_by_hyphens() -> None:
    assert "2027-03-04" in _values("The envoys signed the protocol on 4-Mar-2027 in Quito.")
    assert "2027-11-19" in _values("The talks closed on 19-November-2027.")


def test_hyphenated_date_on_an_update_line_is_the_publication() -> None:
    text = (
        "Envoys meet in Quito\n\nUpdated 09:10, 4-Mar-2027\n\n"
        "The foreign ministers of Ecuador and Bolivia held talks in Quito on Thursday."
    )
    assert (published_value(text) or "")[:10] == "2027-03-04"
    assert "2027-03-04" in _values(text)


def test_translated_day_of_month_of_year() -> None:
    text = "Quito, 9 of April of 2027.\n\nThe foreign ministers of Ecuador and Bolivia met."
    assert published_value(text) == "2027-04-09"
    assert "2027" not in _values(text)  # the year is part of the day, not a date of its own


def test_between_the_two_days_of_a_month_is_a_range() -> None:
    text = (
        "Quito, 9 of April of 2027.\n\nThe minister of Bolivia pays a visit to Ecuador "
        "between the 8 and 10 of April."
    )
    assert "2027-04-08/2027-04-10" in _values(text)


def test_month_with_next_or_last_after_it() -> None:
    text = (
        "Quito, 9 of April of 2027.\n\nThe ministers agreed to hold the next round in "
        "September next. The previous round took place in May last, in Sucre."
    )
    got = dates_by_text(text)
    assert got["September next"] == "2027-09"
    assert got["May last"] == "2026-05"


def test_next_before_a_noun_is_no_modifier_of_the_month() -> None:
    got = dates_by_text(
        "Quito, 9 of April of 2027.\n\nIn March next steps were agreed by the ministers."
    )
    assert "March next" not in got


def test_may_last_without_a_cue_is_the_verb() -> None:
    got = dates_by_text(
        "Quito, 9 of April of 2027.\n\nThe truce May last, officials in Quito said."
    )
    assert "May last" not in got


def test_month_that_year_takes_the_year_stated_before() -> None:
    text = (
        "Published 5 May 2027\n\nThe accord was signed on 3 February 2019. Talks broke down "
        "in August that year and resumed in June of the same year."
    )
    got = dates_by_text(text)
    assert got["August that year"] == "2019-08"
    assert got["June of the same year"] == "2019-06"


def test_month_a_report_verb_governs_lies_in_the_past() -> None:
    text = (
        "Published 20 November 2027\n\nThe minister said the reform was working, as he "
        "told lawmakers in March."
    )
    assert dates_by_text(text)["March"] == "2027-03"


def test_due_in_a_city_on_a_weekday_is_ahead() -> None:
    text = (
        "Published 23 November 2027\n\nThe ministers prepared for the presidents' meeting, "
        "due in Sucre on Thursday."
    )  # 23 November 2027 is a Tuesday
    assert dates_by_text(text)["Thursday"] == "2027-11-25"


def test_a_present_tense_start_on_a_weekday_is_ahead() -> None:
    text = (
        "Published 23 November 2027\n\nThe president thanked his host for the invitation to "
        "the fair, which opens on Friday."
    )
    assert dates_by_text(text)["Friday"] == "2027-11-26"


def test_the_year_of_a_named_expo_or_cup_is_a_date() -> None:
    values = _values("Both sides backed the bid for Expo 2035 and the Andean Cup 2031.")
    assert {"2035", "2031"} <= values
    assert "2000" not in _values("The office still runs Windows 2000 on its computers.")


def test_date_line_after_a_standfirst_is_the_publication() -> None:
    text = (
        "Ecuador and Bolivia reset ties\n\n"
        "The two neighbours have quarrelled over water for a decade; a new channel of talks "
        "may change that, and both capitals say they are ready to move fast on it.\n\n"
        "Maria Lopez\n\nPublished Mar 3, 2027, 10:15 AM\n\n"
        "QUITO - The foreign ministers of Ecuador and Bolivia met on Tuesday for talks."
    )
    assert published_value(text) == "2027-03-03T10:15"


def test_live_blog_day_is_the_publication() -> None:
    text = (
        "Live blog: a busy day of calls\n\n"
        "Updates from Tuesday, 2 February 2027. Times are in GMT.\n\n"
        "09:12 GMT - The foreign minister of Ecuador spoke by phone with his Bolivian "
        "counterpart."
    )
    assert published_value(text) == "2027-02-02"


# --- organizations ------------------------------------------------------------------------


def _orgs(text: str) -> list[str]:
    return [o.name for o in STAGE(segment(text)).organizations]


def test_organ_named_before_its_body() -> None:
    got = _orgs("The envoy addressed the Permanent Council of the OSCE in Vienna.")
    assert got == ["Permanent Council of the OSCE"]


def test_body_defined_with_its_acronym_is_kept() -> None:
    got = _orgs(
        "The envoy met the Executive Committee of the Regional Anti-Terrorist Structure "
        "(RATS) in Tashkent."
    )
    assert "Executive Committee of the Regional Anti-Terrorist Structure" not in got


def test_a_national_body_of_a_name_is_no_organ() -> None:
    got = _orgs("The speaker of the National Assembly of the OSCE states spoke.")
    assert not any(name.startswith("National Assembly") for name in got)


def test_bank_after_a_body_is_an_organ() -> None:
    assert "GUAM Development Bank" in _orgs("The GUAM Development Bank opens in Kyiv.")


# --- topics -------------------------------------------------------------------------------


def test_a_cultural_centre_is_a_venue_no_topic() -> None:
    text = "The foreign ministers of Chile and Peru held talks at the Lima cultural centre."
    assert "culture_heritage" not in topic_labels(text)


def test_new_cues() -> None:
    text = (
        "The foreign ministers of Chile and Peru held talks in Lima. They opposed protectionism, "
        "discussed the boundary question and stressed international legitimacy. They rejected "
        "any attempt to divide the region and discussed fighter jets."
    )
    got = topic_labels(text)
    for label in (
        "trade_economy",
        "peace_process",
        "human_rights_law",
        "territorial_integrity",
        "defense_military",
    ):
        assert label in got, label


def test_a_university_or_armed_forces_ending_a_name_are_no_cues() -> None:
    text = (
        "The foreign ministers of Chile and Peru held talks, said an analyst at Marlow "
        "University. Aid will be flown in by the Chilean Armed Forces, they said."
    )
    got = topic_labels(text)
    assert "education_science" not in got and "defense_military" not in got


def test_universities_opening_a_sentence_are_a_cue() -> None:
    text = (
        "The foreign ministers of Chile and Peru held talks. Universities of both countries "
        "were discussed as partners."
    )
    assert "education_science" in topic_labels(text)


def test_summits_of_a_body_and_a_body_partner_meeting_are_multilateral() -> None:
    text = (
        "The foreign minister of Chile met his Peruvian counterpart. He has attended summits of "
        "the Organization of American States."
    )
    assert "multilateral_cooperation" in topic_labels(text)
    text = (
        "The foreign minister of Chile met his Peruvian counterpart. They discussed the "
        "ASEAN-Chile ministerial meeting."
    )
    assert "multilateral_cooperation" in topic_labels(text)


def test_supported_and_valued_report_positions() -> None:
    text = (
        "The foreign ministers of Chile and Peru met. Chile supported a settlement on the "
        "basis of international law. Peru valued the trade relation."
    )
    got = topic_labels(text)
    assert "human_rights_law" in got and "trade_economy" in got


def test_progress_in_reports_a_discussion() -> None:
    text = (
        "The foreign ministers of Chile and Peru met. There was progress in the railway link "
        "between the two capitals."
    )
    assert "transport_connectivity" in topic_labels(text)
