"""Events read the way a careful reader would (second blind round): invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

import pytest

from diplotext import Parser
from diplotext.records import Event


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _events(parser: Parser, text: str) -> list[Event]:
    return list(parser.parse(text).events)


def _one(events: list[Event], *names: str) -> Event:
    found = [e for e in events if set(e.participants) == set(names)]
    assert len(found) == 1, [(e.type, e.participants) for e in events]
    return found[0]


def _pairs(events: list[Event]) -> list[set[str]]:
    return [set(e.participants) for e in events]


def test_country_possessive_title_stands_for_its_official(parser: Parser) -> None:
    # "Peru's top diplomat": the Peruvian minister, not the article's main official
    text = (
        "Lisbon, May 6, 2025\n\n"
        "President Marco Alves of Portugal spoke about the economy.\n\n"
        "Peru's top diplomat arrives for talks with Nuno Costa\n\n"
        "Peruvian Foreign Minister Elena Quispe landed in Lisbon and met Portuguese Foreign "
        "Minister Nuno Costa."
    )
    events = _events(parser, text)
    assert {"Marco Alves", "Nuno Costa"} not in _pairs(events)
    assert {"Elena Quispe", "Nuno Costa"} in _pairs(events)


def test_preparations_for_another_occasion_lend_no_place_or_month(parser: Parser) -> None:
    # the place and month of the summit being prepared are not the talks'; the trip's are
    text = (
        "Oslo, April 2, 2025\n\n"
        "Foreign Minister Ivar Lund of Norway will travel to Vienna on Friday for a meeting of "
        "OSCE ministers. On the sidelines he is scheduled to hold talks with OSCE Secretary "
        "General Clara Weiss on preparations for the organization's summit in Malta in October."
    )
    event = _one(_events(parser, text), "Ivar Lund", "Clara Weiss")
    assert event.status == "planned"
    assert event.location == "Vienna"
    assert event.date == "2025-04-04"


def test_to_prepare_for_a_visit_elsewhere_is_not_the_meeting_place(parser: Parser) -> None:
    text = (
        "Geneva, June 10, 2025\n\n"
        "Foreign Minister Tarja Niemi of Finland is scheduled to meet Chilean Foreign Minister "
        "Pablo Rojas on Thursday to prepare for a state visit to Santiago by the Finnish "
        "president."
    )
    event = _one(_events(parser, text), "Tarja Niemi", "Pablo Rojas")
    assert event.location != "Santiago"


def test_an_earlier_summit_in_a_continuation_lends_no_place(parser: Parser) -> None:
    # the summit "in Jakarta in March" is another occasion than the talks of October
    text = (
        "New York, October 3, 2025\n\n"
        "Foreign Minister Dara Sok of Cambodia held talks in New York on Wednesday with "
        "Foreign Minister Amina Yusuf of Kenya. Yusuf told him the two sides hoped to build "
        "on the momentum of the Asia-Africa summit held in Jakarta in March.\n\n"
        "Deputy Foreign Minister Vann Rith separately met Foreign Minister Omar Haddad of "
        "Jordan to discuss refugees."
    )
    events = _events(parser, text)
    assert _one(events, "Dara Sok", "Amina Yusuf").location == "New York"
    assert _one(events, "Vann Rith", "Omar Haddad").location != "Jakarta"


def test_a_day_opening_a_sentence_dates_the_next_contact(parser: Parser) -> None:
    text = (
        "Vienna, November 14, 2025\n\n"
        "On Tuesday, Foreign Minister Anna Berg of Sweden met Foreign Minister Luis Pardo of "
        "Uruguay.\n\n"
        "On Wednesday, the minister turned to Africa. Berg then met Ghanaian Foreign Minister "
        "Kwame Asante to discuss cocoa prices."
    )
    events = _events(parser, text)
    assert _one(events, "Anna Berg", "Luis Pardo").date == "2025-11-11"
    assert _one(events, "Anna Berg", "Kwame Asante").date == "2025-11-12"


def test_a_possessive_after_the_trigger_is_no_side(parser: Parser) -> None:
    # "President Ana Ruiz's address": whose address, not a side of the meetings
    text = (
        "New York, September 20, 2025\n\n"
        "Foreign Minister Pedro Vega of Paraguay has filled his days in New York with "
        "bilateral meetings, as Asuncion seeks to turn President Ana Ruiz's speech into deals."
    )
    assert {"Pedro Vega", "Ana Ruiz"} not in _pairs(_events(parser, text))


def test_lone_attendee_joins_the_gathering_the_next_sentence_names(parser: Parser) -> None:
    text = (
        "Updated 10:00, 5-May-2026\n\n"
        "Mongolian Foreign Minister Bat Erdene on Tuesday attended the meeting of the Council "
        "of Foreign Ministers of the Steppe Forum in Almaty.\n\n"
        "The meeting, chaired by Kazakh Foreign Minister Aigerim Sadykova, brought together "
        "Russian Foreign Minister Pavel Orlov, Turkish Foreign Minister Selim Kaya and Uzbek "
        "Foreign Minister Rustam Aliev."
    )
    events = _events(parser, text)
    gathering = [e for e in events if len(e.participants) >= 4]
    assert len(gathering) == 1, [e.participants for e in events]
    assert "Bat Erdene" in gathering[0].participants


def test_an_old_summit_in_a_continuation_does_not_date_the_talks(parser: Parser) -> None:
    # the summit "held on 3-4 October 2025" is long before this report: not the talks' day
    text = (
        "Paris, June 12, 2026\n\n"
        "Foreign Minister Hugo Blanc of France held talks in Paris with Foreign Minister "
        "Irene Papadaki of Greece. The ministers reviewed the decisions of the Athens summit "
        "held on 3-4 October 2025 and approved a roadmap."
    )
    assert _one(_events(parser, text), "Hugo Blanc", "Irene Papadaki").date == "2026-06-12"


def test_preparations_for_talks_between_two_name_a_planned_contact(parser: Parser) -> None:
    text = (
        "Riga, 3 March 2026 10:00\n\n"
        "Latvian Foreign Minister Ilze Ozola held a telephone conversation with her Lithuanian "
        "counterpart Tomas Kazlauskas today. The ministers reviewed preparations for the talks "
        "between President Janis Berzins of Latvia and President Rokas Petraitis of Lithuania "
        "due in Vilnius on Friday."
    )
    events = _events(parser, text)
    call = _one(events, "Ilze Ozola", "Tomas Kazlauskas")
    assert call.type == "phone_call"
    talks = _one(events, "Janis Berzins", "Rokas Petraitis")
    assert talks.status == "planned"
    assert talks.date == "2026-03-06"
    assert talks.location == "Vilnius"


def test_received_this_thursday_then_the_guest_by_title(parser: Parser) -> None:
    # a day and a venue between "received" and the guest's title
    text = (
        "Montevideo, 7 of May of 2026.\n\n"
        "The Minister of Foreign Affairs, Rosa Ibarra, received this Thursday in the Santos "
        "Palace the Minister of Foreign Relations of the Republic of Bolivia, Diego Mamani "
        "Quispe, who is on an official visit to Uruguay."
    )
    event = _one(_events(parser, text), "Rosa Ibarra", "Diego Mamani Quispe")
    assert event.date == "2026-05-07"


def test_subscribed_a_memorandum_is_a_signing(parser: Parser) -> None:
    text = (
        "Quito, 2 of June of 2026.\n\n"
        "The Foreign Minister of Ecuador, Lucia Paredes, and the Foreign Minister of Costa "
        "Rica, Andres Solano, subscribed a memorandum of understanding on consular matters."
    )
    assert _one(_events(parser, text), "Lucia Paredes", "Andres Solano").type == "signing"


def test_a_place_dated_to_another_month_is_another_occasions(parser: Parser) -> None:
    text = (
        "Bern, June 4, 2026\n\n"
        "Swiss Foreign Minister Karl Meier held talks with Swedish Foreign Minister Maja Holm "
        "on Thursday. During the meeting, the two ministers reviewed the commitments of "
        "the last joint commission, held in Stockholm in November 2025."
    )
    assert _one(_events(parser, text), "Karl Meier", "Maja Holm").location == "Bern"


def test_will_be_received_by_names_the_host(parser: Parser) -> None:
    text = (
        "Ankara, March 2, 2026\n\n"
        "Foreign Minister Ayse Demir of Turkey arrived in Sofia today. She will be received "
        "on Tuesday by Bulgarian President Nikolai Petrov."
    )
    event = _one(_events(parser, text), "Ayse Demir", "Nikolai Petrov")
    assert event.status == "planned"


def test_a_leaders_retreat_is_a_summit(parser: Parser) -> None:
    text = (
        "Wellington, May 2, 2026\n\n"
        "Prime Minister Anna Reid of New Zealand will travel to Canberra next month for her "
        "annual leaders' retreat with Australian Prime Minister Tom Walsh."
    )
    event = _one(_events(parser, text), "Anna Reid", "Tom Walsh")
    assert (event.type, event.status, event.location) == ("summit", "planned", "Canberra")


def test_a_contact_due_in_two_days_is_where_the_account_is(parser: Parser) -> None:
    text = (
        "Geneva, Tuesday, March 3, 2026\n\n"
        "On Monday, Foreign Minister Lars Dahl of Denmark met Foreign Minister Amal Nasser of "
        "Lebanon in Geneva.\n\n"
        "Dahl is scheduled to meet Foreign Minister Juan Ortiz of Peru on Thursday."
    )
    event = _one(_events(parser, text), "Lars Dahl", "Juan Ortiz")
    assert (event.status, event.location) == ("planned", "Geneva")


def test_a_contact_weeks_ahead_takes_no_place_from_the_account(parser: Parser) -> None:
    text = (
        "Geneva, Tuesday, March 3, 2026\n\n"
        "On Monday, Foreign Minister Lars Dahl of Denmark met Foreign Minister Amal Nasser of "
        "Lebanon in Geneva.\n\n"
        "Dahl is scheduled to meet Foreign Minister Juan Ortiz of Peru on April 20."
    )
    assert _one(_events(parser, text), "Lars Dahl", "Juan Ortiz").location is None


def test_the_situation_in_a_place_is_no_venue(parser: Parser) -> None:
    text = (
        "March 9, 2026\n\n"
        "Foreign Minister Nina Holm of Norway held talks with Foreign Minister Karim Saleh of "
        "Egypt. The two ministers discussed the situation in Khartoum."
    )
    assert _one(_events(parser, text), "Nina Holm", "Karim Saleh").location != "Khartoum"


def test_a_continuation_does_not_move_the_place_of_the_account(parser: Parser) -> None:
    # the next council "in Islamabad" is talked about in Riyadh: the later talks are in Riyadh
    text = (
        "Riyadh, February 10, 2026\n\n"
        "Prime Minister Omar Farooq of Pakistan held talks in Riyadh with Saudi Foreign "
        "Minister Khalid Al Harbi. The two sides welcomed the convening of the council's next "
        "meeting in Islamabad.\n\n"
        "Energy Minister Saad Al Qahtani and Pakistani Petroleum Minister Bilal Khan signed "
        "a memorandum of understanding on refining."
    )
    events = _events(parser, text)
    assert _one(events, "Saad Al Qahtani", "Bilal Khan").location != "Islamabad"


def test_two_sides_named_by_title_make_an_invitation_to_visit(parser: Parser) -> None:
    text = (
        "Abu Dhabi, April 14, 2026\n\n"
        "Crown Prince and Prime Minister Sheikh Hamad bin Rashid of Bahrain held talks in "
        "Manama with Prime Minister Lena Sorensen of Denmark.\n\n"
        "At the end of the visit, the Prime Minister of Denmark extended an invitation to the "
        "Crown Prince to visit Denmark."
    )
    events = [e for e in _events(parser, text) if e.status == "planned"]
    assert [(e.type, set(e.participants)) for e in events] == [
        ("visit", {"Hamad bin Rashid", "Lena Sorensen"})
    ]
