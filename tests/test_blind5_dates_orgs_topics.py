"""Rules added after the fifth blind batch: a bare ISO date line is a date line, not page
furniture; a short "published on" line below the standfirst dates the page; a future cue
reaches further back in a long sentence; "until <day>" ends a span that may still run;
scheduled present verbs of arrival; a former name of a state inside a person's name; an
inline acronym of a body's name in another language; river and basin bodies named after a
state; sentences go on after abbreviated given names; new topic cues. Every sentence here
is written for these tests."""

from __future__ import annotations

from diplotext import parse_article
from diplotext.text.segment import segment
from readings import dates_by_text, published_value, topic_labels

# --- publication date ---------------------------------------------------------------------


def test_bare_iso_date_line_under_the_headline_is_the_publication_date() -> None:
    text = (
        "Example Press Agency\n\n"
        "Home | Politics | World\n\n"
        "Minister receives visiting counterpart, discusses grain exports\n\n"
        "2027-09-14\n\n"
        "Valletta, EPA- The foreign minister received on Tuesday his visiting counterpart and "
        "the two discussed grain exports, port fees and the joint committee on fisheries."
    )
    assert published_value(text) == "2027-09-14"
    assert dates_by_text(text)["Tuesday"] == "2027-09-14"


def test_bare_numeric_date_line_is_a_date_line_not_furniture() -> None:
    doc = segment("Talks in Lisbon\n\n14/09/2027\n\nThe ministers met in Lisbon on Monday.")
    assert [s.role for s in doc.segments][1] == "dateline"


def test_published_line_below_the_standfirst_dates_the_page() -> None:
    text = (
        "Skip to content | Example.ch | Politics\n\n"
        "Ministers agree to revive canal project\n\n"
        "The foreign ministers of the two alpine states have agreed to revive a long-stalled "
        "canal project and will ask their parliaments for funds, officials said on Friday.\n\n"
        "This content was published on October 8, 2027 - 09:12\n"
        "4 minutes\n"
        "Example-Agency/xy\n\n"
        "The ministers met in Lucerne on Thursday and discussed the financing of the canal, "
        "its environmental impact and the timetable of the works."
    )
    published = published_value(text)
    assert published is not None and published.startswith("2027-10-08")


# --- tense and year of year-less dates ---------------------------------------------------------


def test_future_cue_reaches_a_month_far_along_a_long_sentence() -> None:
    text = (
        "NICOSIA, November 20, 2027\n\n"
        "The secretary-general plans to invite the two community leaders and the foreign "
        "ministers of the three partner states - Ruritania's Anna Example, Freedonia's Jan "
        "Sample and Elbonia's Mark Tester - to a broader informal gathering in mid-February, "
        "the sources said."
    )
    assert dates_by_text(text)["mid-February"] == "2028-02"


def test_until_a_day_ends_a_span_that_still_runs() -> None:
    text = (
        "VIENNA, April 2, 2027\n\n"
        "The neighbouring state reintroduced checks on its border in May 2025 and has since "
        "extended them twice, most recently until 30 July."
    )
    assert dates_by_text(text)["30 July"] == "2027-07-30"


def test_until_a_day_before_the_anchor_stays_in_its_year() -> None:
    text = (
        "VIENNA, April 2, 2027\n\n"
        "The border crossing was closed until 3 March, when the flooding ended."
    )
    assert dates_by_text(text)["3 March"] == "2027-03-03"


def test_scheduled_present_arrival_puts_a_weekday_ahead() -> None:
    # 2027-09-15 is a Wednesday
    text = (
        "Tallinn (AGENCY), September 15, 2027: The Latvian president comes to Tallinn on "
        "Friday for talks on rail links and energy."
    )
    assert dates_by_text(text)["Friday"] == "2027-09-17"


# --- countries and organizations -----------------------------------------------------------------


def _countries(text: str) -> list[str]:
    return sorted(c.alpha2 for c in parse_article(text).countries)


def test_former_state_name_inside_a_person_name_is_no_country() -> None:
    text = "Deputy Secretary Karim Uddin Siam will lead the delegation to Geneva, Nepal said."
    assert _countries(text) == ["NP"]


def _orgs(text: str) -> list[str]:
    return sorted(o.name for o in parse_article(text).organizations)


def test_acronym_of_a_body_name_in_another_language() -> None:
    text = (
        "The ministers reviewed irrigation projects carried out under the Lake Example "
        "Regional Development Commission (CLRDE), which brings together four riparian states."
    )
    assert _orgs(text) == ["Lake Example Regional Development Commission"]


def test_unfitted_acronym_needs_a_body_head_word() -> None:
    text = "The ministers visited the Grand Example Water Palace (PGEA) on Monday."
    assert _orgs(text) == []


def test_basin_body_named_after_a_state_is_international() -> None:
    text = (
        "The two presidents discussed dams built under the Niger Basin Water Commission (NBWC) "
        "and the sharing of the river's water."
    )
    assert _orgs(text) == ["Niger Basin Water Commission"]


# --- sentences --------------------------------------------------------------------------------------


def test_sentence_goes_on_after_an_abbreviated_given_name() -> None:
    doc = segment(
        "He met Undersecretary Ma. Luisa Example in Manila. Adviser Md. Karim Example spoke."
    )
    sentences = [doc.norm[s.start : s.end] for s in doc.sentences]
    assert sentences == [
        "He met Undersecretary Ma. Luisa Example in Manila.",
        "Adviser Md. Karim Example spoke.",
    ]


# --- topics --------------------------------------------------------------------------------------------


def test_new_topic_cues() -> None:
    assert "transport_connectivity" in topic_labels(
        "The ministers discussed the financing of the new high-speed rail between the two capitals."
    )
    assert "transport_connectivity" in topic_labels(
        "The ministers discussed investment in a deep-sea port on the southern coast."
    )
    assert "territorial_integrity" in topic_labels(
        "After the talks with his counterpart, the minister said that any secessionist moves "
        "in the northern province were unacceptable."
    )
    assert "agriculture_food" in topic_labels(
        "The two presidents discussed the renewal of the fishing agreement between them."
    )
    assert "counterterrorism" in topic_labels(
        "The ministers discussed joint efforts against the smuggling of drugs and weapons "
        "across their border."
    )
    assert "security" in topic_labels(
        "The ministers exchanged views on the situation in the South China Sea."
    )
    assert "security" in topic_labels(
        "The ministers discussed the defence of NATO's eastern flank and air patrols."
    )
    assert "migration_consular" in topic_labels(
        "The ministers discussed the border, where attempts to cross illegally have risen."
    )
    assert "culture_heritage" in topic_labels(
        "The envoy discussed the restoration of cemeteries in both communities."
    )
    assert "humanitarian" in topic_labels(
        "The envoy discussed the work of the commission, which has identified the remains "
        "of 300 people so far."
    )


def test_cues_that_hide_others() -> None:
    topics = topic_labels(
        "The minister said the checks were kept for security reasons and discussed a "
        "submarine cable project and the final investment decision on a new reactor unit."
    )
    assert "security" not in topics
    assert "defense_military" not in topics
    assert "trade_economy" not in topics
    assert "security" in topic_labels(
        "The ministers discussed the protection of undersea cables in the northern sea."
    )
