"""Officials: mechanisms from the thirteenth blind batch (golden14), with invented sentences."""

from __future__ import annotations

from diplotext.link.coref import same_person
from readings import officials_by_name


# -- a gathering's venue is no host's city -------------------------------------------------------
def test_a_summit_venue_in_the_sentence_before_does_not_place_a_host() -> None:
    officials = officials_by_name(
        "Portuguese Foreign Minister Rui Matos held talks in Zagreb on Monday with his Croatian "
        "counterpart Ivo Kralj.\n\n"
        "The ministers also prepared the EU summit in Brussels next month. Later, the "
        "Portuguese minister was received by Prime Minister Marko Vidic."
    )
    assert officials["Marko Vidic"].country != "BE"


def test_a_conference_to_be_held_abroad_does_not_place_the_next_leader() -> None:
    officials = officials_by_name(
        "Slovak Foreign Minister Peter Hruby received his Georgian counterpart Nino Beridze in "
        "Bratislava on Tuesday.\n\n"
        "They discussed the donors' conference to be held in Madrid on May 3. President Jan "
        "Kovac is expected to travel to Tbilisi in the autumn."
    )
    assert officials["Jan Kovac"].country != "ES"


# -- a state's possessive inside a relative clause is not the person's post -----------------------
def test_a_possessive_state_in_a_who_clause_does_not_place_the_person() -> None:
    officials = officials_by_name(
        "Estonian Foreign Minister Liis Tamm met her Georgian counterpart Nino Beridze in "
        "Tallinn on Monday. The Georgian minister was later received by the Speaker of the "
        "Parliament, Mart Kask, who has long backed the cause of Georgia's NATO bid in the "
        "Estonian parliament."
    )
    assert officials["Mart Kask"].country != "GE"


# -- a state named as the guest before "received by" -----------------------------------------------
def test_the_guest_delegations_state_is_not_the_hosts() -> None:
    officials = officials_by_name(
        "Ministry of Foreign Affairs of Bolivia\n\n"
        "La Paz, 4 March 2025. The two foreign ministries held their annual consultations "
        "in La Paz. Afterwards, the Paraguayan delegation was received by the Minister of "
        "Foreign Affairs, Rosa Quispe Mamani, who sent greetings to her counterpart."
    )
    assert officials["Rosa Quispe Mamani"].country != "PY"


# -- the leader a visitor calls on is the host --------------------------------------------------------
def test_a_leader_a_visiting_minister_calls_on_is_of_the_state_visited() -> None:
    officials = officials_by_name(
        "Ireland pledges new aid as Kelly visits Suva\n\n"
        "Ireland will give a further EUR 5 million to rebuild schools in western Fiji, Foreign "
        "Affairs Minister Niamh Kelly announced yesterday during her first official visit to "
        "the island.\n\n"
        "Kelly, who was welcomed at the Ministry of Foreign Affairs by her Fijian counterpart, "
        "Senator Ratu Tevita Nawadra, said Dublin would remain a partner as communities "
        "recover from the cyclone.\n\n"
        "The two ministers held two hours of talks covering reconstruction and climate "
        "financing.\n\n"
        "Kelly later paid a courtesy call on Prime Minister Josaia Baleilevu at his office in "
        "Suva, where the two discussed climate resilience and Irish investment in the "
        "island's solar sector."
    )
    assert officials["Niamh Kelly"].country == "IE"
    # (not the visitor's state, the first one the article placed)
    assert officials["Josaia Baleilevu"].country == "FJ"


# -- a department "for <place>" names a remit, not the employer ----------------------------------
def test_a_director_general_for_a_region_serves_the_delegation_not_the_region() -> None:
    officials = officials_by_name(
        "The Bolivian delegation included the Director General for America, Ambassador Luis "
        "Condori Vargas, and officials of the consular directorate."
    )
    assert officials["Luis Condori Vargas"].role == "senior_diplomat"
    assert officials["Luis Condori Vargas"].country != "US"


# -- "International Affairs" is a foreign ministry's portfolio --------------------------------------
def test_a_minister_for_european_and_international_affairs_is_a_foreign_minister() -> None:
    officials = officials_by_name(
        "Federal Minister for European and International Affairs of the Republic of Austria "
        "Karin Huber held talks in Vienna."
    )
    assert officials["Karin Huber"].role == "foreign_minister"
    assert officials["Karin Huber"].country == "AT"


def test_international_development_and_trade_stay_other_portfolios() -> None:
    officials = officials_by_name(
        "Canada's Minister of International Development Ana Roy visited Accra. Minister of "
        "International Trade Paul Dube of Canada met exporters. Norway's Minister of State for "
        "International Cooperation Eva Berg spoke."
    )
    assert officials["Ana Roy"].role == "minister"
    assert officials["Paul Dube"].role == "minister"
    assert officials["Eva Berg"].role == "minister"


def test_a_bracketed_portfolio_is_foreign_only_before_affairs() -> None:
    officials = officials_by_name(
        "The Honourable Ana Roy, Secretary of State (International Development), spoke in "
        "Ottawa on Friday about Canada's aid."
    )
    assert officials["Ana Roy"].role == "minister"


def test_the_secretary_general_of_a_foreign_ministry_is_a_senior_diplomat() -> None:
    officials = officials_by_name(
        "The Austrian side was headed by Secretary General of the Federal Ministry for "
        "European and International Affairs Peter Gruber."
    )
    assert officials["Peter Gruber"].role == "senior_diplomat"
    officials = officials_by_name(
        "Ana Roy, Secretary General of the Ministry of Defence of Chile, said the drill went on."
    )
    assert officials["Ana Roy"].role == "other_official"


# -- a bare leader of the state whose bare-titled officials the cues place ------------------------
def test_a_bare_president_takes_the_state_of_the_articles_other_bare_officials() -> None:
    officials = officials_by_name(
        "President Omar Haddad received on Saturday a phone call from the Emir of the State of "
        "Kuwait, Sheikh Nasser Al Sabah, Presidential Spokesman Ambassador Samir Fawzi said.\n\n"
        "The two leaders discussed the relief plan for the region and the outcome of the "
        "summit.\n\n"
        "In a related context, Foreign Minister Adel Mansour received in Amman on Sunday the "
        "head of a UN agency."
    )
    assert officials["Adel Mansour"].country == "JO"
    assert officials["Omar Haddad"].country == "JO"
    # the presidential spokesman speaks for that president's state, not the caller's
    assert officials["Samir Fawzi"].country == "JO"


# -- "his counterpart" refers to the sentence's subject, not a person it met --------------------
def test_his_counterpart_is_the_subjects_not_the_person_met_before_it() -> None:
    officials = officials_by_name(
        "Spanish Foreign Minister Luis Pardo arrived in Rabat on Sunday.\n\n"
        "Pardo, on his first trip to Morocco this year, spent an hour with President Karim "
        "Alaoui at the palace, after a working lunch with his counterpart Youssef Bennani."
    )
    assert officials["Youssef Bennani"].role == "foreign_minister"


# -- a legislator's style after a spokesperson's post ------------------------------------------------
def test_an_opposition_spokesman_who_is_a_senator_is_a_legislator() -> None:
    officials = officials_by_name(
        "Opposition spokesman on trade, Senator Dwayne Morris, welcomed the deal on Friday."
    )
    assert officials["Dwayne Morris"].role == "legislator"
    # a minister's senatorial style stays behind the ministry
    officials = officials_by_name("Finance Minister Senator Dwayne Morris presented the budget.")
    assert officials["Dwayne Morris"].role == "minister"


# -- Mongolian names: a patronymic initial right before the given name ---------------------------
def test_an_initial_written_tight_before_the_given_name_is_read() -> None:
    officials = officials_by_name(
        "The minister paid a courtesy call on Prime Minister of Mongolia G.Zandanshatar and met "
        "the Chairman of the State Great Khural (Parliament) of Mongolia N.Uchral."
    )
    assert officials["G.Zandanshatar"].role == "head_of_government"
    assert officials["G.Zandanshatar"].country == "MN"
    assert "N.Uchral" in officials


def test_the_initial_form_joins_the_full_name() -> None:
    officials = officials_by_name(
        "Minister for Foreign Affairs of Mongolia Saran Bold received the Japanese minister. "
        "During the talks, Minister B.Saran noted the growth of trade."
    )
    assert "Saran Bold" in officials
    assert "B.Saran" in officials["Saran Bold"].aliases
    assert len(officials) == 1


def test_initial_of_last_name_forms() -> None:
    assert same_person(("saran", "bold"), ("b", "saran"))
    assert not same_person(("saran", "tuya"), ("b", "saran"))


# -- a style word that closes a name ----------------------------------------------------------------
def test_a_style_word_with_no_name_after_it_is_a_surname() -> None:
    officials = officials_by_name(
        "The UN special envoy on Sudan, Clara Bishop, who met the army chief last week, did "
        "not attend."
    )
    assert officials["Clara Bishop"].role == "senior_diplomat"


# -- a junta's leader heads the state -------------------------------------------------------------
def test_a_junta_leader_heads_the_state() -> None:
    officials = officials_by_name(
        "The envoys met in Bangkok. Guinea's junta leader Mamadi Sow took over as interim "
        "president last year."
    )
    assert officials["Mamadi Sow"].role == "head_of_state"
    assert officials["Mamadi Sow"].country == "GN"
