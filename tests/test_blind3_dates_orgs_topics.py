"""Rules added after the third blind batch: a "Published" label on its own line, an
agency between slashes after a dateline, day-first numeric dates told by a weekday with
its day ("this Friday (7)"), days with their year named ("3 June last year"), months of
an unknown year, planned weekdays that follow a planned one, and "today (9 March)" when
no publication date is given. Every sentence here is written for these tests."""

from __future__ import annotations

from diplotext import parse_article
from readings import dates_by_text, published_value, topic_labels


def _values(text: str) -> set[str]:
    return {d.value for d in parse_article(text).dates}


# --- publication date ---------------------------------------------------------------------


def test_published_label_on_its_own_line() -> None:
    text = (
        "News story\n\nMinister visits Lima\n\n"
        "The Minister has announced new funding for schools during a two-day trip to Peru "
        "and Bolivia, meeting officials in both capitals.\n\n"
        "From:\nMinistry of Foreign Affairs\nPublished\n14 March 2027\nLast updated\n"
        "16 March 2027 - See all updates\n\n"
        "The Minister travelled to Lima today for talks with the Peruvian foreign minister."
    )
    assert published_value(text) == "2027-03-14"
    assert dates_by_text(text)["today"] == "2027-03-14"


def test_last_updated_label_alone_does_not_beat_a_published_label() -> None:
    text = (
        "Talks in Quito\n\nLast updated:\n9 May 2027\nPublished:\n2 May 2027\n\n"
        "The foreign ministers of Ecuador and Chile met in Quito on Tuesday to discuss trade."
    )
    assert published_value(text) == "2027-05-02"


def test_dateline_with_agency_between_slashes() -> None:
    text = (
        "Ministers meet in Hanoi\n\n"
        "Hanoi, June 8, 2027 /VNA/. The foreign ministers of Vietnam and Laos held talks "
        "in Hanoi on June 7 and agreed to expand trade along their shared border."
    )
    assert published_value(text) == "2027-06-08"


def test_weekday_with_its_day_number_reads_numeric_dates_day_first() -> None:
    # 05/03/2027: 5 March 2027 is a Friday; 3 May 2027 is a Monday
    text = (
        "Ministers sign accord\n\nPublished on 05/03/2027 - 10:15 By Ana Souza - Reporter\n\n"
        "The foreign minister received her Uruguayan counterpart this Friday (5) in the capital "
        "and the two signed an accord on river transport."
    )
    assert (published_value(text) or "")[:10] == "2027-03-05"
    assert "2027-03-05" in _values(text)


def test_weekday_day_number_can_read_month_first_too() -> None:
    # 05/03/2027 month first is 3 May 2027, a Monday; 5 March 2027 is a Friday
    text = (
        "Ministers sign accord\n\nPublished on 05/03/2027 - 10:15 By Ana Souza - Reporter\n\n"
        "The foreign minister received her Uruguayan counterpart on Monday (3) in the capital "
        "and the two signed an accord on river transport."
    )
    assert (published_value(text) or "")[:10] == "2027-05-03"


def test_ambiguous_numeric_date_without_evidence_keeps_only_the_year() -> None:
    text = (
        "Ministers sign accord\n\nPublished on 05/03/2027 - 10:15\n\n"
        "The foreign minister received her Uruguayan counterpart in the capital."
    )
    assert published_value(text) is None


# --- dates --------------------------------------------------------------------------------


def test_day_with_its_year_named_is_one_date() -> None:
    text = (
        "Lima, 14 March 2027 - The ministers recalled the accord signed in Quito on "
        "3 June last year and the talks held on October 9 of this year."
    )
    dates = dates_by_text(text)
    assert dates["3 June last year"] == "2026-06-03"
    assert dates["October 9 of this year"] == "2027-10-09"
    assert "2026" not in _values(text)


def test_day_with_its_year_named_and_no_year_known() -> None:
    text = "Lima, 14 March - The ministers recalled the accord signed on 3 June last year."
    assert dates_by_text(text)["3 June last year"] == "XXXX-06-03"


def test_last_month_name_with_no_year_known() -> None:
    text = (
        "MUSCAT, 14 Mar - The ministers welcomed the outcome of the summit held in Doha "
        "last July and the forum planned for next October."
    )
    dates = dates_by_text(text)
    assert dates["last July"] == "XXXX-07"
    assert dates["next October"] == "XXXX-10"


def test_weekday_after_a_planned_weekday_is_planned_too() -> None:
    text = (
        "Lima, Tuesday, 16 March 2027 - The visiting minister is scheduled to be received on "
        "Wednesday by the head of the national assembly of the republic, before touring the "
        "new container terminal of the northern port with the local governor on Friday."
    )
    dates = dates_by_text(text)
    assert dates["Wednesday"] == "2027-03-17"
    assert dates["Friday"] == "2027-03-19"


def test_weekday_after_a_past_verb_stays_past() -> None:
    text = (
        "Lima, Tuesday, 16 March 2027 - The minister is to travel to Quito on Wednesday; she "
        "met the mayor on Friday."
    )
    assert dates_by_text(text)["Friday"] == "2027-03-12"


def test_today_with_its_day_anchors_an_article_without_publication_date() -> None:
    text = (
        "The minister travelled to Lima today (9 March) for talks with her Peruvian "
        "counterpart. She spoke by phone yesterday with the Chilean foreign minister. "
        "The two ministers last met on 2 February 2027 and will meet again on 20 March 2027."
    )
    dates = dates_by_text(text)
    assert dates["today"] == "2027-03-09"
    assert dates["yesterday"] == "2027-03-08"


# --- organizations ------------------------------------------------------------------------


def _orgs(text: str) -> set[str]:
    return {o.name for o in parse_article(text).organizations}


def test_generic_alias_inside_a_ministry_name_joined_by_an_ampersand() -> None:
    text = "Officials of the Foreign, Commonwealth & Development Office briefed reporters."
    assert not _orgs(text)
    text = "A Foreign, Commonwealth and Development Office spokesman declined to comment."
    assert not _orgs(text)


def test_generic_alias_free_standing_still_counts() -> None:
    assert _orgs("Leaders of the Commonwealth and the African Union met in Kigali.") == {
        "Commonwealth",
        "African Union",
    }


def test_partner_and_body_joined_by_hyphen_name_no_organ() -> None:
    text = "The minister will co-chair the Georgia-EU Association Council in Brussels."
    assert _orgs(text) == {"European Union"}
    assert "GCC Ministerial Council" in _orgs("The GCC Ministerial Council met in Riyadh.")


def test_minilateral_formats_are_groupings() -> None:
    text = (
        "The foreign ministers of the Weimar Triangle met in Berlin, and the Lublin Triangle "
        "is to gather in Vilnius."
    )
    assert _orgs(text) == {"Weimar Triangle", "Lublin Triangle"}


def test_generic_alias_in_a_list_of_bodies_still_counts() -> None:
    text = "Envoys of the United Nations, Commonwealth and African Union observed the vote."
    assert "Commonwealth" in _orgs(text)


# --- topics -------------------------------------------------------------------------------


def test_subject_of_a_named_agreement_counts() -> None:
    text = (
        "The foreign ministers of Chile and Peru held talks in Lima and reviewed the progress "
        "made under the Andean Mutual Defence Agreement signed last year."
    )
    assert "defense_military" in topic_labels(text)


def test_word_deeper_inside_an_agreement_name_still_no_cue() -> None:
    text = (
        "The foreign ministers of Chile and Peru held talks in Lima and agreed to convene the "
        "council of the Pacific Transport Connectivity Framework Agreement."
    )
    assert "transport_connectivity" not in topic_labels(text)


def test_nationals_beside_security_is_no_consular_topic() -> None:
    text = (
        "The foreign ministers of Chile and Peru held talks in Lima. The minister stressed the "
        "security of Chilean nationals working in Peru and the fight against terrorist groups."
    )
    topics = topic_labels(text)
    assert "migration_consular" not in topics
    assert "counterterrorism" in topics


def test_immigration_is_migration() -> None:
    text = (
        "The foreign ministers of Chile and Peru held talks in Lima and discussed joint work to "
        "tackle illegal immigration across the Atacama desert."
    )
    assert "migration_consular" in topic_labels(text)


def test_body_led_efforts_and_rotating_presidency_are_multilateral() -> None:
    text = (
        "The foreign ministers of Kenya and Ghana held talks in Nairobi and discussed AU-led "
        "efforts to end the fighting."
    )
    assert "multilateral_cooperation" in topic_labels(text)
    text = (
        "The foreign ministers of Chile and Peru held talks in Lima. Peru will hand over "
        "Mercosur's pro tempore presidency to Uruguay, the minister said."
    )
    assert "multilateral_cooperation" in topic_labels(text)


def test_legal_status_of_citizens_beside_visas_is_no_law_topic() -> None:
    text = (
        "The foreign ministers of Chile and Peru held talks in Lima and discussed the legal "
        "status of Peruvian citizens living in Chile and simpler visa procedures."
    )
    topics = topic_labels(text)
    assert "human_rights_law" not in topics
    assert "migration_consular" in topics
    text = (
        "The foreign ministers of Iran and Kazakhstan held talks in Astana and discussed the "
        "legal status of the Caspian Sea."
    )
    assert "human_rights_law" in topic_labels(text)


def test_political_process_and_definitive_settlement_are_peace_process() -> None:
    text = (
        "The foreign ministers of Chile and Peru held talks in Lima. The minister welcomed the "
        "envoy's efforts to relaunch the political process towards a definitive settlement."
    )
    assert "peace_process" in topic_labels(text)


def test_recovery_conference_is_reconstruction() -> None:
    text = (
        "The foreign ministers of Chile and Peru held talks in Lima and discussed preparations "
        "for the next Andean Recovery Conference after the floods."
    )
    assert "reconstruction" in topic_labels(text)


def test_joint_committee_is_economic_cooperation() -> None:
    text = (
        "The foreign ministers of Chile and Peru held talks in Lima and agreed that the "
        "Chilean-Peruvian joint committee will convene in Arica next month."
    )
    assert "trade_economy" in topic_labels(text)


def test_release_of_people_held_abroad_is_humanitarian() -> None:
    text = (
        "The foreign ministers of Chile and Peru held talks in Lima. The minister thanked "
        "Peru for its role in the release of Chilean fishermen held off its coast."
    )
    assert "humanitarian" in topic_labels(text)


def test_a_negotiation_held_hostage_is_no_humanitarian_topic() -> None:
    text = (
        "The foreign ministers of Chile and Peru held talks in Lima and stressed that the "
        "boundary talks must not be held hostage by third parties."
    )
    assert "humanitarian" not in topic_labels(text)


def test_support_for_a_state_army_is_defense() -> None:
    text = (
        "The foreign ministers of Chile and Peru held talks in Lima and reviewed the continued "
        "Chilean support for the Peruvian Army in the highlands."
    )
    assert "defense_military" in topic_labels(text)
    text = (
        "The foreign ministers of Chile and Peru held talks in Lima and reviewed the Peruvian "
        "Army's parade in the capital."
    )
    assert "defense_military" not in topic_labels(text)
