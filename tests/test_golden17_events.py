"""Events read the way a careful reader would (the golden17 round): invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

from diplotext import Parser
from readings import events_of, one_event, sides


def test_a_guest_named_by_title_leaves_those_present_out(parser: Parser) -> None:
    text = (
        "Tallinn, 4 May 2026\n\n"
        "Latvian Foreign Minister Ilze Ranka arrived in Tallinn on Monday for a one-day visit.\n\n"
        "President Karl Tamm received the Latvian minister on Monday afternoon in the presence "
        "of Foreign Minister Mart Saar and the head of the presidential office, Liis Kask."
    )
    found = sides(events_of(parser, text))
    assert {"Karl Tamm", "Ilze Ranka"} in found
    assert not any("Liis Kask" in s for s in found)


def test_a_host_of_several_guests_holds_one_meeting(parser: Parser) -> None:
    text = (
        "Vienna, 9 June 2026\n\n"
        "Austrian Foreign Minister Clara Weiss will host Czech Foreign Minister Pavel Novak, "
        "Slovak Foreign Minister Juraj Hrasko and Hungarian Foreign Minister Bence Toth at "
        "the meeting in Vienna next week."
    )
    found = sides(events_of(parser, text))
    assert found == [{"Clara Weiss", "Pavel Novak", "Juraj Hrasko", "Bence Toth"}]


def test_a_host_verb_before_a_contact_of_its_own_still_splits(parser: Parser) -> None:
    text = (
        "Vienna, 9 June 2026\n\n"
        "Austrian Foreign Minister Clara Weiss will host Czech Foreign Minister Pavel Novak "
        "on Monday and meet Slovak Foreign Minister Juraj Hrasko on Tuesday."
    )
    found = sides(events_of(parser, text))
    assert {"Clara Weiss", "Pavel Novak"} in found
    assert {"Clara Weiss", "Juraj Hrasko"} in found


def test_an_aside_on_talks_attended_leaves_the_main_clause_contact(parser: Parser) -> None:
    text = (
        "Warsaw, 2 April 2026\n\n"
        "Polish Prime Minister Adam Wrona received Danish Foreign Minister Mette Lund on "
        "Thursday.\n\n"
        "Deputy Foreign Minister Jan Bielski, who attended the talks, said he would travel "
        "to Copenhagen next week for a meeting with Lund."
    )
    events = events_of(parser, text)
    later = one_event(events, "Jan Bielski", "Mette Lund")
    assert later.status == "planned"
    assert later.location == "Copenhagen"


def test_the_guest_of_an_occasion_being_prepared_is_no_side(parser: Parser) -> None:
    text = (
        "Warsaw, 2 April 2026\n\n"
        "Polish Foreign Minister Jan Bielski met Danish Foreign Minister Mette Lund in Warsaw "
        "on Thursday, in preparation for a visit by Prime Minister Adam Wrona to Denmark."
    )
    assert sides(events_of(parser, text)) == [{"Jan Bielski", "Mette Lund"}]


def test_he_in_the_subjects_where_clause_is_the_subject(parser: Parser) -> None:
    text = (
        "Riga, 3 March 2026\n\n"
        "Latvian Foreign Minister Ilze Ranka met Estonian Foreign Minister Mart Saar in Riga "
        "on Monday.\n\n"
        "Estonian President Karl Tamm is expected in Riga on March 20, where he and Latvian "
        "President Janis Ozols will hold talks."
    )
    event = one_event(events_of(parser, text), "Karl Tamm", "Janis Ozols")
    assert event.status == "planned"
    assert event.type == "summit"


def test_the_visitor_of_a_visit_being_prepared_is_no_side_of_the_round(parser: Parser) -> None:
    text = (
        "Vilnius, 6 May 2026\n\n"
        "Lithuania and Poland held a round of political consultations in Vilnius on Tuesday, "
        "as the two neighbours prepare for a state visit by Polish President Adam Wrona.\n\n"
        "The Lithuanian delegation was led by Deputy Foreign Minister Ona Petraitis, while the "
        "Polish side was headed by Deputy Foreign Minister Jan Bielski."
    )
    found = sides(events_of(parser, text))
    assert {"Ona Petraitis", "Jan Bielski"} in found
    assert not any("Adam Wrona" in s for s in found)
