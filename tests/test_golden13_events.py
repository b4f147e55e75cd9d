"""Events read the way a careful reader would (the golden13 round): invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

from diplotext import Parser
from readings import events_of, one_event, sides


def test_a_day_when_other_talks_began_does_not_date_the_signing(parser: Parser) -> None:
    text = (
        "Saturday, 10 May 2025\n\n"
        "CHILE and Peru yesterday signed four agreements on fisheries and mining.\n\n"
        "The agreements were signed by Foreign Minister Lena Marsh of Chile and her Peruvian "
        "counterpart Jorge Vidal, after two days of deliberations which began on Wednesday in "
        "Santiago."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Jorge Vidal")
    assert event.date == "2025-05-09"


def test_a_day_when_the_contact_itself_began_still_dates_it(parser: Parser) -> None:
    text = (
        "Saturday, 10 May 2025\n\n"
        "Foreign Minister Lena Marsh of Chile and Foreign Minister Jorge Vidal of Peru held "
        "talks, which began on Wednesday in Santiago."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Jorge Vidal")
    assert event.date == "2025-05-07"


def test_a_city_before_a_bar_and_the_stamp_is_the_dateline(parser: Parser) -> None:
    text = (
        "Chile, Peru review trade pact\n\n"
        "By Ana Ruiz\n\n"
        "Santiago | Updated on May 9, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile and her Peruvian counterpart Jorge Vidal on "
        "Thursday reviewed the trade pact and agreed to meet again in June."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Jorge Vidal")
    assert event.location == "Santiago"


def test_someone_attending_the_contact_just_told_is_no_new_side(parser: Parser) -> None:
    text = (
        "May 9, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile met Foreign Minister Jorge Vidal of Peru in "
        "Santiago on Thursday.\n\n"
        "Also attending the meeting with Vidal was Carlos Reyes, the Peruvian Ambassador to "
        "Chile."
    )
    found = sides(events_of(parser, text))
    assert {"Lena Marsh", "Jorge Vidal"} in found
    assert not [s for s in found if "Carlos Reyes" in s]


def test_consultations_agreed_at_a_place_take_the_sides_the_next_sentence_names(
    parser: Parser,
) -> None:
    text = (
        "May 9, 2025\n\n"
        "Foreign Minister Lena Marsh of Chile held a phone call with Foreign Minister Jorge "
        "Vidal of Peru on Thursday.\n\n"
        "Both sides agreed that political consultations would be held in Lima. Deputy Foreign "
        "Minister Rosa Quintana will lead the Chilean side, while her Peruvian counterpart "
        "Tomas Prado will lead his country's delegation."
    )
    event = one_event(events_of(parser, text), "Rosa Quintana", "Tomas Prado")
    assert event.type == "political_consultations"
    assert event.status == "planned"
    assert event.location == "Lima"
