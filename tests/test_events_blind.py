"""Events read the way a careful reader would (the blind-batch rounds): invented articles.

Each case is a whole short article parsed end to end; only the events are checked.
"""

from __future__ import annotations

from diplotext import Parser
from readings import events_of, one_event, sides


def test_venue_then_city_after_commas(parser: Parser) -> None:
    text = (
        "Minister of Foreign Affairs Lena Marsh on Monday, 3 March 2025 received Foreign "
        "Minister Tomas Varga of Hungary at the Foreign Office, Carlton House, London.\n\n"
        "The two ministers discussed trade."
    )
    assert one_event(events_of(parser, text), "Lena Marsh", "Tomas Varga").location == "London"


def test_return_trip_is_not_the_visit_destination(parser: Parser) -> None:
    text = (
        "March 4, 2025\n\n"
        "Foreign Minister Pavel Dren of Slovakia, who is in Portugal on an official visit from "
        "March 3 to 4, is scheduled to meet Prime Minister Rui Matos this afternoon before "
        "returning to Bratislava."
    )
    event = one_event(events_of(parser, text), "Pavel Dren", "Rui Matos")
    assert event.location != "Bratislava"


def test_unknown_capital_city_dateline(parser: Parser) -> None:
    # "Zorvania" is no city the gazetteer knows: the capitals and the date make it a dateline
    text = (
        "ZORVANIA, May 6 (Agency) -- Foreign Minister Lena Marsh said she held talks with "
        "Foreign Minister Tomas Varga of Hungary here this morning.\n\n"
        "The ministers discussed energy."
    )
    assert one_event(events_of(parser, text), "Lena Marsh", "Tomas Varga").location == "Zorvania"


def test_call_sentence_lends_no_place_to_the_meeting(parser: Parser) -> None:
    text = (
        "May 6, 2025\n\n"
        "Foreign Minister Lena Marsh of Ireland met Foreign Minister Tomas Varga of Hungary.\n\n"
        "Today's meeting follows a telephone conversation between their prime ministers on "
        "April 2 in Vienna."
    )
    assert one_event(events_of(parser, text), "Lena Marsh", "Tomas Varga").location != "Vienna"


def test_heading_city_is_its_section_place(parser: Parser) -> None:
    text = (
        "WEEKLY REVIEW\n\n"
        "Dublin, May 10 (Agency) - A busy week for Irish diplomacy.\n\n"
        "LISBON: TALKS ON FISHERIES\n\n"
        "Foreign Minister Lena Marsh held talks in Lisbon on Monday with Foreign Minister "
        "Rui Matos of Portugal.\n\n"
        "UN ENVOY IN DUBLIN\n\n"
        "Prime Minister Sean Kerrigan of Ireland met UN Secretary-General Antonio Guterres "
        "on Tuesday.\n"
    )
    events = events_of(parser, text)
    assert one_event(events, "Lena Marsh", "Rui Matos").location == "Lisbon"
    assert one_event(events, "Sean Kerrigan", "Antonio Guterres").location == "Dublin"


def test_coming_occasion_does_not_date_a_later_contact(parser: Parser) -> None:
    text = (
        "12.02.2026 10:00\n\n"
        "Foreign Minister Lena Marsh of Ireland met Foreign Minister Tomas Varga of Hungary on "
        "Thursday.\n\n"
        "The parties also discussed coordination ahead of the meeting of the EU Foreign Affairs "
        "Council on February 16 in Brussels.\n\n"
        "Earlier in the day, Marsh had a phone call with Foreign Minister Rui Matos of Portugal."
    )
    call = one_event(events_of(parser, text), "Lena Marsh", "Rui Matos")
    assert call.date != "2026-02-16"


def test_accepted_invitation_is_a_planned_visit(parser: Parser) -> None:
    text = (
        "June 3, 2025\n\n"
        "President Oskar Lind of Sweden had a telephone conversation with President Marek "
        "Novak of Slovakia. Lind accepted Novak's invitation to pay an official visit to "
        "Slovakia next year."
    )
    events = events_of(parser, text)
    visit = [e for e in events if e.type == "visit"]
    assert len(visit) == 1
    assert set(visit[0].participants) == {"Oskar Lind", "Marek Novak"}
    assert visit[0].status == "planned"
    assert visit[0].date == "2026"


def test_his_counterpart_of_a_named_country(parser: Parser) -> None:
    text = (
        "June 3, 2025\n\n"
        "Prime Minister Oskar Lind of Sweden held phone talks with Prime Minister Marek Novak "
        "of Slovakia. On the occasion, Lind invited his Slovak counterpart to pay an official "
        "visit to Sweden in 2025."
    )
    events = events_of(parser, text)
    visit = [e for e in events if e.type == "visit"]
    assert len(visit) == 1 and set(visit[0].participants) == {"Oskar Lind", "Marek Novak"}
    assert visit[0].status == "planned"


def test_participants_listed_after_a_one_sided_call(parser: Parser) -> None:
    text = (
        "June 3, 2025\n\n"
        "Foreign Minister Lena Marsh of Ireland held a video conference with her counterparts "
        "from Central Europe on Tuesday.\n\n"
        "Among the participants were Polish Foreign Minister Adam Wrona, Czech Foreign Minister "
        "Jan Hruby and Slovak Foreign Minister Pavel Dren."
    )
    call = one_event(events_of(parser, text), "Lena Marsh", "Adam Wrona", "Jan Hruby", "Pavel Dren")
    assert call.type == "phone_call"
    assert call.status == "held"


def test_place_before_a_later_visit_word_is_not_its_destination(parser: Parser) -> None:
    text = (
        "May 4, 2026\n\n"
        "Prime Minister Oskar Lind of Sweden and President Marek Novak of Slovakia held a "
        "bilateral meeting on Monday.\n\n"
        '"We keep the pressure on Moscow," Novak told reporters after the talks, adding that '
        "Lind had agreed to visit Bratislava."
    )
    assert one_event(events_of(parser, text), "Oskar Lind", "Marek Novak").location != "Moscow"


def test_place_of_a_since_clause_is_another_occasion(parser: Parser) -> None:
    text = (
        "GENEVA, May 4 (Agency) - Prime Minister Oskar Lind of Sweden met President Marek "
        "Novak of Slovakia on Monday.\n\n"
        "It was Lind's first visit abroad since the two leaders signed a treaty in Vienna in "
        "March 2025.\n\n"
        "On the sidelines, Lind also held talks with Foreign Minister Rui Matos of Portugal."
    )
    assert one_event(events_of(parser, text), "Oskar Lind", "Rui Matos").location == "Geneva"


def test_fly_on_to_a_city_for_talks(parser: Parser) -> None:
    text = (
        "May 4, 2026\n\n"
        "Foreign Minister Lena Marsh of Ireland is due to fly on to Riga on Tuesday for talks "
        "with Foreign Minister Anna Ozola of Latvia."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Anna Ozola")
    assert (event.status, event.location) == ("planned", "Riga")


def test_dateline_month_is_no_planned_cue(parser: Parser) -> None:
    text = (
        "GENEVA, May 4 (Agency) - Leaders gathered on Monday for a summit of the alliance in "
        "Lausanne.\n\n"
        "Prime Minister Oskar Lind of Sweden, hosting the meeting, opened it alongside "
        "President Marek Novak of Slovakia."
    )
    event = one_event(events_of(parser, text), "Oskar Lind", "Marek Novak")
    assert (event.status, event.location) == ("held", "Lausanne")


def test_summit_attendees_join_and_sideline_talks_stay_apart(parser: Parser) -> None:
    text = (
        "GENEVA, May 4 (Agency) - Leaders gathered in the Swiss city on Monday for a summit of "
        "the alliance.\n\n"
        "Prime Minister Oskar Lind of Sweden, hosting the meeting, opened it alongside "
        "President Marek Novak of Slovakia.\n\n"
        "President Ana Silva of Portugal and Prime Minister Jan Hruby of the Czech Republic "
        "were among those taking part. Chancellor Karl Weber of Austria also attended.\n\n"
        "On the sidelines, Silva and Hruby held a bilateral meeting."
    )
    events = events_of(parser, text)
    summit = one_event(events, "Oskar Lind", "Marek Novak", "Ana Silva", "Jan Hruby", "Karl Weber")
    assert (summit.type, summit.status) == ("summit", "held")
    assert one_event(events, "Ana Silva", "Jan Hruby").status == "held"


def test_attending_a_forum_is_no_continuation(parser: Parser) -> None:
    text = (
        "June 20, 2025\n\n"
        "Foreign Minister Lena Marsh of Ireland met Foreign Minister Anna Ozola of Latvia on "
        "June 17.\n\n"
        "On June 18, Marsh attended the Baltic Forum."
    )
    assert one_event(events_of(parser, text), "Lena Marsh", "Anna Ozola").date == "2025-06-17"


def test_had_spoken_with_a_counterpart_on_a_day(parser: Parser) -> None:
    text = (
        "Oslo, Feb 12 (Agency) - Foreign Minister Lena Marsh of Ireland had earlier spoken on "
        "Tuesday with her Latvian counterpart Anna Ozola. The call dealt with energy."
    )
    call = one_event(events_of(parser, text), "Lena Marsh", "Anna Ozola")
    assert call.type == "phone_call"


def test_leaders_speaking_to_reporters_is_no_call(parser: Parser) -> None:
    text = (
        "Oslo, Feb 12 (Agency) - Prime Minister Oskar Lind of Sweden and President Marek "
        "Novak of Slovakia spoke to reporters at the airport."
    )
    assert not [e for e in events_of(parser, text) if e.type == "phone_call"]


def test_will_receive_a_visiting_president(parser: Parser) -> None:
    text = (
        "Oslo, Feb 12 (Agency) - The spokesman said that President Oskar Lind of Sweden will "
        "receive President Marek Novak of Slovakia in Stockholm next Monday for talks."
    )
    event = one_event(events_of(parser, text), "Oskar Lind", "Marek Novak")
    assert (event.status, event.location) == ("planned", "Stockholm")


def test_will_call_on_a_president_during_a_visit(parser: Parser) -> None:
    text = (
        "Oslo, Feb 12 (Agency) - Prime Minister Oskar Lind of Sweden will pay an official visit "
        "to Norway next week.\n\n"
        "He will also call on King Harald Berg at the palace."
    )
    event = one_event(events_of(parser, text), "Oskar Lind", "Harald Berg")
    assert (event.type, event.status) == ("summit", "planned")  # two heads


def test_subject_before_a_closed_relative_clause(parser: Parser) -> None:
    text = (
        "Oslo, Feb 12 (Agency) - Prime Minister Oskar Lind of Sweden will visit Norway next "
        "week.\n\n"
        "Swedish Foreign Minister Lena Berg, who will accompany Lind, is also expected to meet "
        "Norwegian Foreign Minister Per Dahl."
    )
    event = one_event(events_of(parser, text), "Lena Berg", "Per Dahl")
    assert event.status == "planned"


def test_news_after_a_named_earlier_occasion(parser: Parser) -> None:
    text = (
        "Oslo, Feb 12 (Agency) - Prime Minister Oskar Lind of Sweden met President Marek Novak "
        "of Slovakia in Oslo on Thursday.\n\n"
        '"We are partners," Novak told reporters after the talks, adding that Lind had '
        "accepted his invitation to visit Bratislava in June."
    )
    events = events_of(parser, text)
    visit = [e for e in events if e.type == "visit"]
    assert len(visit) == 1 and set(visit[0].participants) == {"Oskar Lind", "Marek Novak"}
    assert (visit[0].status, visit[0].location) == ("planned", "Bratislava")


def test_minister_attending_a_summit_is_in_a_delegation(parser: Parser) -> None:
    text = (
        "GENEVA, May 4 (Agency) - Leaders gathered in the Swiss city on Monday for a summit of "
        "the alliance.\n\n"
        "Prime Minister Oskar Lind of Sweden, hosting the meeting, opened it alongside "
        "President Marek Novak of Slovakia.\n\n"
        "Swedish Foreign Minister Lena Berg also attended."
    )
    summit = one_event(events_of(parser, text), "Oskar Lind", "Marek Novak")
    assert summit.type == "summit"


def test_speaking_frankly_after_a_meeting_keeps_it_a_meeting(parser: Parser) -> None:
    text = (
        "Oslo, Feb 12 (Agency) - Foreign Minister Lena Marsh of Ireland met Foreign Minister "
        "Anna Ozola of Latvia in Oslo on Thursday. Marsh and Ozola spoke frankly on energy."
    )
    assert one_event(events_of(parser, text), "Lena Marsh", "Anna Ozola").type == "meeting"


def test_second_city_of_a_list_is_no_venue(parser: Parser) -> None:
    text = (
        "Oslo, Feb 12 (Agency) - Foreign Minister Lena Marsh of Ireland, who was in Paris, "
        "Berlin and Rome last week, met Foreign Minister Anna Ozola of Latvia on Thursday."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Anna Ozola")
    assert event.location != "Berlin"


def test_capitalized_word_before_a_colon_is_no_dateline(parser: Parser) -> None:
    text = (
        "BREAKING: Foreign Minister Lena Marsh of Ireland met Foreign Minister Anna Ozola of "
        "Latvia here on Thursday."
    )
    assert one_event(events_of(parser, text), "Lena Marsh", "Anna Ozola").location != "Breaking"


def test_two_leaders_speaking_at_a_summit_is_no_call(parser: Parser) -> None:
    text = (
        "Oslo, Feb 12 (Agency) - At the summit, Prime Minister Oskar Lind of Sweden and "
        "President Marek Novak of Slovakia spoke briefly."
    )
    assert not [e for e in events_of(parser, text) if e.type == "phone_call"]


def test_possessive_day_is_the_other_occasions(parser: Parser) -> None:
    text = (
        "March 18, 2025\n\n"
        "Today's meeting follows a telephone conversation between President Oskar Lind of "
        "Sweden and President Marek Novak of Slovakia on March 2."
    )
    call = one_event(events_of(parser, text), "Oskar Lind", "Marek Novak")
    assert (call.type, call.date) == ("phone_call", "2025-03-02")


def test_title_case_city_before_country_and_agency(parser: Parser) -> None:
    text = (
        "Issued on: 12/02/2026 - 10:00\n\n"
        "Zorvania (Norway) (Agency) - Prime Minister Oskar Lind of Sweden met President Marek "
        "Novak of Slovakia on Thursday."
    )
    assert one_event(events_of(parser, text), "Oskar Lind", "Marek Novak").location == "Zorvania"


def test_country_opening_the_body_is_no_dateline_city(parser: Parser) -> None:
    text = (
        "NORWAY, Feb 12 (Agency) - Prime Minister Oskar Lind of Sweden met President Marek "
        "Novak of Slovakia on Thursday."
    )
    assert one_event(events_of(parser, text), "Oskar Lind", "Marek Novak").location != "Norway"


def test_trip_made_lends_its_place_to_the_next_planned_contact(parser: Parser) -> None:
    text = (
        "FEBRUARY 12, 2026\n\n"
        "Foreign Minister Lena Marsh of Ireland met today in Riga with Latvian Foreign Minister "
        "Anna Ozola.\n\n"
        "Marsh traveled to Riga together with Foreign Minister Anna Berg of Sweden. The two are "
        "scheduled to meet President Karlis Ozols of Latvia on Thursday afternoon."
    )
    event = one_event(events_of(parser, text), "Lena Marsh", "Anna Berg", "Karlis Ozols")
    assert (event.status, event.location) == ("planned", "Riga")


def test_trip_city_is_not_lent_to_talks_with_a_host_of_another_country(parser: Parser) -> None:
    text = (
        "June 10, 2025\n\n"
        "Prime Minister Oskar Lind of Sweden will be in Norway from June 13 to 15, where he will "
        "hold talks with Prime Minister Per Dahl of Norway in Oslo on June 14. From June 15 to "
        "17, Lind will be in Latvia and will hold talks with Prime Minister Karlis Ozols of "
        "Latvia on June 16."
    )
    event = one_event(events_of(parser, text), "Oskar Lind", "Karlis Ozols")
    assert event.location != "Oslo"


def test_trip_city_still_lent_to_talks_in_a_third_place(parser: Parser) -> None:
    text = (
        "June 10, 2025\n\n"
        "Foreign Minister Lena Marsh of Ireland will travel to Geneva on Monday. She will also "
        "meet Foreign Minister Anna Ozola of Latvia."
    )
    assert one_event(events_of(parser, text), "Lena Marsh", "Anna Ozola").location == "Geneva"


# ---- second blind round ----


def test_country_possessive_title_stands_for_its_official(parser: Parser) -> None:
    # "Peru's top diplomat": the Peruvian minister, not the article's main official
    text = (
        "Lisbon, May 6, 2025\n\n"
        "President Marco Alves of Portugal spoke about the economy.\n\n"
        "Peru's top diplomat arrives for talks with Nuno Costa\n\n"
        "Peruvian Foreign Minister Elena Quispe landed in Lisbon and met Portuguese Foreign "
        "Minister Nuno Costa."
    )
    events = events_of(parser, text)
    assert {"Marco Alves", "Nuno Costa"} not in sides(events)
    assert {"Elena Quispe", "Nuno Costa"} in sides(events)


def test_preparations_for_another_occasion_lend_no_place_or_month(parser: Parser) -> None:
    # the place and month of the summit being prepared are not the talks'; the trip's are
    text = (
        "Oslo, April 2, 2025\n\n"
        "Foreign Minister Ivar Lund of Norway will travel to Vienna on Friday for a meeting of "
        "OSCE ministers. On the sidelines he is scheduled to hold talks with OSCE Secretary "
        "General Clara Weiss on preparations for the organization's summit in Malta in October."
    )
    event = one_event(events_of(parser, text), "Ivar Lund", "Clara Weiss")
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
    event = one_event(events_of(parser, text), "Tarja Niemi", "Pablo Rojas")
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
    events = events_of(parser, text)
    assert one_event(events, "Dara Sok", "Amina Yusuf").location == "New York"
    assert one_event(events, "Vann Rith", "Omar Haddad").location != "Jakarta"


def test_a_day_opening_a_sentence_dates_the_next_contact(parser: Parser) -> None:
    text = (
        "Vienna, November 14, 2025\n\n"
        "On Tuesday, Foreign Minister Anna Berg of Sweden met Foreign Minister Luis Pardo of "
        "Uruguay.\n\n"
        "On Wednesday, the minister turned to Africa. Berg then met Ghanaian Foreign Minister "
        "Kwame Asante to discuss cocoa prices."
    )
    events = events_of(parser, text)
    assert one_event(events, "Anna Berg", "Luis Pardo").date == "2025-11-11"
    assert one_event(events, "Anna Berg", "Kwame Asante").date == "2025-11-12"


def test_a_possessive_after_the_trigger_is_no_side(parser: Parser) -> None:
    # "President Ana Ruiz's address": whose address, not a side of the meetings
    text = (
        "New York, September 20, 2025\n\n"
        "Foreign Minister Pedro Vega of Paraguay has filled his days in New York with "
        "bilateral meetings, as Asuncion seeks to turn President Ana Ruiz's speech into deals."
    )
    assert {"Pedro Vega", "Ana Ruiz"} not in sides(events_of(parser, text))


def test_lone_attendee_joins_the_gathering_the_next_sentence_names(parser: Parser) -> None:
    text = (
        "Updated 10:00, 5-May-2026\n\n"
        "Mongolian Foreign Minister Bat Erdene on Tuesday attended the meeting of the Council "
        "of Foreign Ministers of the Steppe Forum in Almaty.\n\n"
        "The meeting, chaired by Kazakh Foreign Minister Aigerim Sadykova, brought together "
        "Russian Foreign Minister Pavel Orlov, Turkish Foreign Minister Selim Kaya and Uzbek "
        "Foreign Minister Rustam Aliev."
    )
    events = events_of(parser, text)
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
    assert one_event(events_of(parser, text), "Hugo Blanc", "Irene Papadaki").date == "2026-06-12"


def test_preparations_for_talks_between_two_name_a_planned_contact(parser: Parser) -> None:
    text = (
        "Riga, 3 March 2026 10:00\n\n"
        "Latvian Foreign Minister Ilze Ozola held a telephone conversation with her Lithuanian "
        "counterpart Tomas Kazlauskas today. The ministers reviewed preparations for the talks "
        "between President Janis Berzins of Latvia and President Rokas Petraitis of Lithuania "
        "due in Vilnius on Friday."
    )
    events = events_of(parser, text)
    call = one_event(events, "Ilze Ozola", "Tomas Kazlauskas")
    assert call.type == "phone_call"
    talks = one_event(events, "Janis Berzins", "Rokas Petraitis")
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
    event = one_event(events_of(parser, text), "Rosa Ibarra", "Diego Mamani Quispe")
    assert event.date == "2026-05-07"


def test_subscribed_a_memorandum_is_a_signing(parser: Parser) -> None:
    text = (
        "Quito, 2 of June of 2026.\n\n"
        "The Foreign Minister of Ecuador, Lucia Paredes, and the Foreign Minister of Costa "
        "Rica, Andres Solano, subscribed a memorandum of understanding on consular matters."
    )
    assert one_event(events_of(parser, text), "Lucia Paredes", "Andres Solano").type == "signing"


def test_a_place_dated_to_another_month_is_another_occasions(parser: Parser) -> None:
    text = (
        "Bern, June 4, 2026\n\n"
        "Swiss Foreign Minister Karl Meier held talks with Swedish Foreign Minister Maja Holm "
        "on Thursday. During the meeting, the two ministers reviewed the commitments of "
        "the last joint commission, held in Stockholm in November 2025."
    )
    assert one_event(events_of(parser, text), "Karl Meier", "Maja Holm").location == "Bern"


def test_will_be_received_by_names_the_host(parser: Parser) -> None:
    text = (
        "Ankara, March 2, 2026\n\n"
        "Foreign Minister Ayse Demir of Turkey arrived in Sofia today. She will be received "
        "on Tuesday by Bulgarian President Nikolai Petrov."
    )
    event = one_event(events_of(parser, text), "Ayse Demir", "Nikolai Petrov")
    assert event.status == "planned"


def test_a_leaders_retreat_is_a_summit(parser: Parser) -> None:
    text = (
        "Wellington, May 2, 2026\n\n"
        "Prime Minister Anna Reid of New Zealand will travel to Canberra next month for her "
        "annual leaders' retreat with Australian Prime Minister Tom Walsh."
    )
    event = one_event(events_of(parser, text), "Anna Reid", "Tom Walsh")
    assert (event.type, event.status, event.location) == ("summit", "planned", "Canberra")


def test_a_contact_due_in_two_days_is_where_the_account_is(parser: Parser) -> None:
    text = (
        "Geneva, Tuesday, March 3, 2026\n\n"
        "On Monday, Foreign Minister Lars Dahl of Denmark met Foreign Minister Amal Nasser of "
        "Lebanon in Geneva.\n\n"
        "Dahl is scheduled to meet Foreign Minister Juan Ortiz of Peru on Thursday."
    )
    event = one_event(events_of(parser, text), "Lars Dahl", "Juan Ortiz")
    assert (event.status, event.location) == ("planned", "Geneva")


def test_a_contact_weeks_ahead_takes_no_place_from_the_account(parser: Parser) -> None:
    text = (
        "Geneva, Tuesday, March 3, 2026\n\n"
        "On Monday, Foreign Minister Lars Dahl of Denmark met Foreign Minister Amal Nasser of "
        "Lebanon in Geneva.\n\n"
        "Dahl is scheduled to meet Foreign Minister Juan Ortiz of Peru on April 20."
    )
    assert one_event(events_of(parser, text), "Lars Dahl", "Juan Ortiz").location is None


def test_the_situation_in_a_place_is_no_venue(parser: Parser) -> None:
    text = (
        "March 9, 2026\n\n"
        "Foreign Minister Nina Holm of Norway held talks with Foreign Minister Karim Saleh of "
        "Egypt. The two ministers discussed the situation in Khartoum."
    )
    assert one_event(events_of(parser, text), "Nina Holm", "Karim Saleh").location != "Khartoum"


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
    events = events_of(parser, text)
    assert one_event(events, "Saad Al Qahtani", "Bilal Khan").location != "Islamabad"


def test_two_sides_named_by_title_make_an_invitation_to_visit(parser: Parser) -> None:
    text = (
        "Abu Dhabi, April 14, 2026\n\n"
        "Crown Prince and Prime Minister Sheikh Hamad bin Rashid of Bahrain held talks in "
        "Manama with Prime Minister Lena Sorensen of Denmark.\n\n"
        "At the end of the visit, the Prime Minister of Denmark extended an invitation to the "
        "Crown Prince to visit Denmark."
    )
    events = [e for e in events_of(parser, text) if e.status == "planned"]
    assert [(e.type, set(e.participants)) for e in events] == [
        ("visit", {"Hamad bin Rashid", "Lena Sorensen"})
    ]
