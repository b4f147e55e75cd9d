"""Officials: mechanisms from the fourteenth blind batch (golden15), with invented sentences."""

from __future__ import annotations

from readings import officials_by_name


# -- "peer" names a counterpart like "counterpart" does -------------------------------------------
def test_a_possessive_peer_is_a_counterpart() -> None:
    officials = officials_by_name(
        "Chilean President Ana Ruiz received her Bolivian peer Marco Quispe at La Moneda on "
        "Friday for talks on lithium and the border rail link."
    )
    assert officials["Marco Quispe"].role == "head_of_state"
    assert officials["Marco Quispe"].country == "BO"


def test_a_counterpart_whose_first_name_is_a_city_is_read_whole() -> None:
    # "Victoria" is a city; right after "counterpart" and before a name word it opens the name
    officials = officials_by_name(
        "Foreign Minister Tomas Berg of Norway met his Australian counterpart Victoria Hale "
        "in Oslo on Monday."
    )
    assert "Victoria Hale" in officials
    assert officials["Victoria Hale"].country == "AU"


def test_a_peer_of_the_realm_is_no_counterpart() -> None:
    officials = officials_by_name(
        "The Labour peer Lord Ashby Crane said on Monday that the treaty needed a vote."
    )
    assert all(o.role != "foreign_minister" for o in officials.values())


# -- the head of a whole foreign ministry is its minister -----------------------------------------
def test_the_head_of_a_department_of_foreign_affairs_is_the_foreign_minister() -> None:
    officials = officials_by_name(
        "Lena Moser, Head of the Federal Department of Foreign Affairs of Austria, met the "
        "envoy in Vienna on Monday."
    )
    assert officials["Lena Moser"].role == "foreign_minister"


def test_the_head_of_a_department_inside_a_ministry_stays_a_diplomat() -> None:
    officials = officials_by_name(
        "Jan Vrba, Head of the Consular Department of the Ministry of Foreign Affairs of "
        "Slovakia, met the envoy in Bratislava on Monday."
    )
    assert officials["Jan Vrba"].role == "senior_diplomat"


# -- a minister who chairs a body in rotation still serves the state -------------------------------
def test_a_foreign_minister_holding_a_rotating_chair_keeps_role_and_state() -> None:
    officials = officials_by_name(
        "Minister for Foreign Affairs of Malta Karl Borg, the OSCE Chairperson-in-Office, "
        "opened the OSCE Ministerial Council in Vienna on Thursday."
    )
    karl = officials["Karl Borg"]
    assert karl.role == "foreign_minister"
    assert karl.country == "MT"


# -- a post held before ---------------------------------------------------------------------------
def test_former_before_the_titles_state_marks_a_post_held_before() -> None:
    officials = officials_by_name(
        "The Secretary-General of the Arab League, Omar Haddad, met the Jordanian king in "
        "Amman on Sunday. Haddad, a former Egyptian foreign minister, said the talks were "
        "frank."
    )
    omar = officials["Omar Haddad"]
    assert omar.role == "head_of_organization"
    assert omar.country is None


# -- a portfolio word and gathering words are no name words ---------------------------------------
def test_promotion_ends_a_portfolio_not_a_name() -> None:
    officials = officials_by_name(
        "The visiting minister will also meet Salim Nasser, Minister of Trade and Export "
        "Promotion, on Thursday in Muscat."
    )
    assert "Promotion" not in officials
    assert "Salim Nasser" in officials


def test_a_ministers_meeting_after_a_plural_title_is_no_person() -> None:
    officials = officials_by_name(
        "The visit comes ahead of the Nordic Foreign Ministers Meeting, which will be held in "
        "Reykjavik in June. Foreign Minister Anna Lind of Sweden will attend."
    )
    assert "Meeting" not in officials


# -- a state in the possessive before another person's name is that person's ----------------------
def test_a_possessive_state_before_another_name_does_not_place_the_next_leader() -> None:
    officials = officials_by_name(
        "Guatemala's Rafael Ortiz and President Omar Tellez last met at the border in March, "
        "when both promised to settle the dispute in court."
    )
    assert officials["Omar Tellez"].country != "GT"


def test_a_possessive_state_before_a_ministry_still_places_its_spokesman() -> None:
    officials = officials_by_name(
        "Peru's Foreign Ministry said on Monday that spokesman Luis Soto would brief reporters."
    )
    assert officials["Luis Soto"].country == "PE"


# -- a post held now, after "now" ------------------------------------------------------------------
def test_a_post_after_now_outranks_the_former_one() -> None:
    officials = officials_by_name(
        "Former Foreign Minister Dario Leal, now the permanent representative of Peru to the "
        "United Nations, warned in a speech in New York that the talks had stalled."
    )
    assert officials["Dario Leal"].role == "ambassador"


def test_a_states_envoy_to_a_body_serves_the_state() -> None:
    officials = officials_by_name(
        "Dario Leal, the Philippines' permanent representative to the United Nations, warned "
        "that the talks had stalled."
    )
    dario = officials["Dario Leal"]
    assert dario.role == "ambassador"
    assert dario.country == "PH"


# -- "his/her <title>": the aide serves the sentence's subject -------------------------------------
def test_her_spokesperson_serves_the_body_of_the_subject() -> None:
    officials = officials_by_name(
        "BRUSSELS -- Commission President Maria Lenz spoke by phone with President Arturo "
        "Vidal of Chile on Tuesday about the trade deal, her chief spokesperson Tom Hale said."
    )
    tom = officials["Tom Hale"]
    assert tom.organization == "European Commission"
    assert tom.country is None


def test_his_spokesman_serves_the_state_of_the_subject() -> None:
    officials = officials_by_name(
        "LIMA -- Chilean President Arturo Vidal spoke by phone with the Commission President "
        "on Tuesday, his spokesman Tom Hale said."
    )
    assert officials["Tom Hale"].country == "CL"


# -- a style of several words before a name ------------------------------------------------------
def test_a_cambodian_style_of_several_words_is_no_part_of_the_name() -> None:
    officials = officials_by_name(
        "Samdech Moha Borvor Thipadei Sok Chan, Prime Minister of the Kingdom of Cambodia, "
        "received the visiting envoy in Phnom Penh on Monday."
    )
    assert "Sok Chan" in officials


# -- the leader of the cabinet a minister serves in ------------------------------------------------
def test_the_head_of_a_visitors_cabinet_is_of_the_visitors_state() -> None:
    officials = officials_by_name(
        "MANILA -- Foreign Minister Ken Sato of Japan met President Rosa Cruz on Tuesday. It "
        "was Sato's first trip to the Philippines since he took office in the cabinet of "
        "Prime Minister Aiko Mori."
    )
    assert officials["Aiko Mori"].country == "JP"
    assert officials["Rosa Cruz"].country == "PH"


# -- titles: a leader's envoy, legislators' letters before a name ---------------------------------
def test_a_presidential_envoy_takes_the_state_before_the_title() -> None:
    officials = officials_by_name(
        "BEIRUT -- Italian presidential envoy Marco Bassi on Monday began a two-day visit to "
        "Lebanon."
    )
    assert officials["Marco Bassi"].country == "IT"


def test_td_and_mep_before_a_name_are_legislators() -> None:
    officials = officials_by_name(
        "Its chairman, Fine Gael TD Sean Moran, said on Monday that the report was due. "
        "German MEP Anna Weber said the vote would be close."
    )
    assert officials["Sean Moran"].role == "legislator"
    assert officials["Anna Weber"].role == "legislator"


# -- a state's post in the possessive, opening a sentence, describes the one just named ------------
def test_a_bare_possessive_description_places_the_official_named_just_before() -> None:
    officials = officials_by_name(
        "Foreign ministers Ana Ruiz and Luis Vega signed two agreements in Lima on Monday.\n\n"
        "Ruiz told reporters that she would travel to Beijing in May. Chile's foreign minister "
        "also confirmed that the joint commission would meet in Santiago later this year."
    )
    assert officials["Ana Ruiz"].country == "CL"
    assert officials["Luis Vega"].country != "CL"


# -- a courtesy call's host, with no other cue ----------------------------------------------------
def test_a_leader_a_visiting_minister_calls_on_is_of_the_other_side() -> None:
    officials = officials_by_name(
        "Fiji's Minister of Foreign Affairs, Tomasi Rabuka, wrapped up talks with his Tongan "
        "counterpart, Sione Vuna, in what both sides called a new chapter in relations.\n\n"
        "Mr Rabuka, who arrived on Tuesday for a three-day official visit, said Fiji and "
        "Tonga would renew their fisheries deal, and that Tonga would host the next round.\n\n"
        "On Thursday afternoon, Mr Rabuka paid a courtesy call on President Semisi Lavaka at "
        "State House."
    )
    assert officials["Tomasi Rabuka"].country == "FJ"
    assert officials["Semisi Lavaka"].country == "TO"


# -- a departure for a city is a trip there --------------------------------------------------------
def test_a_leader_met_in_the_city_a_visitor_left_for_is_of_that_city() -> None:
    officials = officials_by_name(
        "President Ana Ruiz of Chile met her Peruvian peer in Lima on Monday.\n\n"
        "Ruiz left Lima for Quito, where she is scheduled to meet President Luis Vega on "
        "Wednesday."
    )
    assert officials["Luis Vega"].country == "EC"
