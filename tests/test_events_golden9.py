"""Events read the way a careful reader would (the golden9 round): invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

from diplotext import Parser
from readings import events_of, one_event, sides


def test_anaphoric_title_is_the_official_introduced_with_it(parser: Parser) -> None:
    # "the Crown Prince" is the one introduced as Crown Prince, not the first head named
    text = (
        "Foreign Minister Karim Haddad of Jordan met Foreign Minister Lena Marsh of Ireland "
        "in Amman on Monday.\n\n"
        "Haddad handed over a letter from President Omar Dalan of Egypt to Crown Prince and "
        "Prime Minister Tariq bin Nasser of Bahrain.\n\n"
        "Separately, President Paul Verde of Chile is expected in Manama next week for talks "
        "with the Crown Prince."
    )
    events = events_of(parser, text)
    assert {"Paul Verde", "Tariq bin Nasser"} in sides(events)
    assert {"Paul Verde", "Omar Dalan"} not in sides(events)


def test_irish_titles_stand_for_their_holders(parser: Parser) -> None:
    text = (
        "June 3, 2025\n\n"
        "The Tánaiste and Minister for Foreign Affairs, Colm Brady TD, met Prime Minister "
        "Rui Matos of Portugal in Dublin today.\n\n"
        "On Monday, the Tánaiste held a phone call with Foreign Minister Tomas Varga of Hungary."
    )
    events = events_of(parser, text)
    call = one_event(events, "Colm Brady", "Tomas Varga")
    assert call.type == "phone_call"
    assert {"Rui Matos", "Tomas Varga"} not in sides(events)


def test_call_on_to_discuss_is_a_meeting(parser: Parser) -> None:
    text = (
        "Foreign Minister Lena Marsh of Ireland will travel to Fiji next week.\n\n"
        "She will call on the Secretary-General of the Commonwealth, Amal Rivers, to discuss "
        "preparations for the ministerial meeting."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Amal Rivers")
    assert event.status == "planned"


def test_call_on_to_act_is_still_an_appeal(parser: Parser) -> None:
    text = (
        "Foreign Minister Lena Marsh of Ireland called on President Paul Verde of Chile to "
        "release the detained journalists."
    )
    assert not events_of(parser, text)


def test_headline_clauses_after_a_semicolon_are_separate_reports(parser: Parser) -> None:
    text = (
        "King receives phone call from Chilean President; Prince Karim holds talks with "
        "Ireland's Marsh\n\n"
        "AMMAN, May 5\n\n"
        "King Abdel Dalan of Jordan received a phone call on Sunday from President Paul Verde "
        "of Chile.\n\n"
        "During the call, the two leaders discussed trade.\n\n"
        "Foreign Minister Prince Karim Haddad of Jordan held talks in Amman on Monday with "
        "Foreign Minister Lena Marsh of Ireland."
    )
    events = events_of(parser, text)
    assert {"Abdel Dalan", "Karim Haddad"} not in sides(events)
    assert one_event(events, "Abdel Dalan", "Paul Verde").type == "phone_call"
    assert one_event(events, "Karim Haddad", "Lena Marsh").type == "meeting"


def test_headline_clause_without_its_own_subject_stays_joined(parser: Parser) -> None:
    text = (
        "Marsh meets Haddad in Amman; heads to Cairo on Friday for talks\n\n"
        "AMMAN, May 5\n\n"
        "Foreign Minister Lena Marsh of Ireland held talks in Amman on Monday with Foreign "
        "Minister Karim Haddad of Jordan."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Karim Haddad")
    assert event.location == "Amman"
    assert event.status == "held"


def test_place_after_a_possessive_home_town(parser: Parser) -> None:
    text = (
        "Prime Minister Kemal Aras of Turkey hosted Prime Minister Paul Verde of Chile in his "
        "home town of Izmir on Monday."
    )
    assert one_event(events_of(parser, text), "Kemal Aras", "Paul Verde").location == "Izmir"


def test_earlier_meeting_elsewhere_in_another_month_is_its_own(parser: Parser) -> None:
    text = (
        "May 6, 2025\n\n"
        "President Kemal Aras of Turkey met President Paul Verde of Chile in Ankara on Monday.\n\n"
        "At the outset, Aras pointed to the summit that he hosted for Verde in Izmir in January."
    )
    found = {(e.date, e.location) for e in events_of(parser, text)}
    assert found == {("2025-05-05", "Ankara"), ("2025-01", "Izmir")}


def test_document_participle_reports_no_signing(parser: Parser) -> None:
    text = (
        "November 5, 2025\n\n"
        "ANKARA - President Kemal Aras of Turkey on Tuesday received President Paul Verde of "
        "Chile.\n\n"
        "Verde, who is on his first official visit to Turkey, said the visit would deepen the "
        "partnership signed in March this year.\n\n"
        "On the sidelines of the visit, Foreign Minister Lena Soto of Chile and Foreign "
        "Minister Omar Kaya of Turkey signed a memorandum on visas."
    )
    events = events_of(parser, text)
    assert sides(events) == [{"Kemal Aras", "Paul Verde"}, {"Lena Soto", "Omar Kaya"}]
    assert one_event(events, "Lena Soto", "Omar Kaya").type == "signing"


def test_document_participle_with_its_signers_is_a_signing(parser: Parser) -> None:
    text = (
        "November 5, 2025\n\n"
        "Foreign Minister Lena Soto of Chile met Foreign Minister Omar Kaya of Turkey in Ankara. "
        "They discussed the declaration signed in Lima on May 2, 2024 by President Paul Verde "
        "of Chile and President Kemal Aras of Turkey."
    )
    event = one_event(events_of(parser, text), "Paul Verde", "Kemal Aras")
    assert (event.type, event.location) == ("signing", "Lima")


def test_the_meeting_came_after_points_back(parser: Parser) -> None:
    text = (
        "June 10, 2025\n\n"
        "President Kemal Aras of Turkey on Monday hosted President Paul Verde of Chile in "
        "Ankara.\n\n"
        "The meeting came a day after the annual forum in Izmir, where President Omar Kaya of "
        "Bolivia took over as chairman from Aras."
    )
    events = events_of(parser, text)
    assert sides(events) == [{"Kemal Aras", "Paul Verde"}]


def test_the_pair_after_an_anaphor_sentence(parser: Parser) -> None:
    text = (
        "May 9, 2025\n\n"
        "Foreign Minister Lena Soto of Chile held talks with Foreign Minister Omar Kaya of "
        "Turkey in Ankara on Friday. Prime Minister Ali Demir of Turkey attended the dinner.\n\n"
        "The two ministers also discussed trade and tourism. The pair last spoke by phone in "
        "March."
    )
    calls = [e for e in events_of(parser, text) if e.type == "phone_call"]
    assert sides(calls) == [{"Lena Soto", "Omar Kaya"}]
    assert calls[0].date == "2025-03"


def test_joining_a_meeting_is_no_contact_of_its_own(parser: Parser) -> None:
    text = (
        "May 9, 2025\n\n"
        "Foreign Minister Lena Soto of Chile met Foreign Minister Omar Kaya of Turkey in "
        "Santiago today.\n\n"
        "Trade Minister Ana Ruiz of Chile joined Minister Soto for part of the meeting."
    )
    assert sides(events_of(parser, text)) == [{"Lena Soto", "Omar Kaya"}]
