"""Officials: mechanisms from the sixteenth blind batch (golden17), with invented sentences."""

from __future__ import annotations

from readings import officials_by_name


# -- counterparts listed each with "of <state>" ---------------------------------------------------
def test_counterparts_listed_each_of_a_state() -> None:
    officials = officials_by_name(
        "Foreign Minister Ana Ruiz hosted her counterparts Pavel Novak of Czechia, Tomas "
        "Berg of Norway and Lea Kova of Slovakia at the lakeside villa on Friday."
    )
    assert officials["Pavel Novak"].country == "CZ"
    assert officials["Tomas Berg"].country == "NO"
    assert officials["Lea Kova"].country == "SK"
    assert officials["Lea Kova"].role == "foreign_minister"


def test_a_counterpart_with_no_state_after_lists_no_more() -> None:
    officials = officials_by_name(
        "Foreign Minister Ana Ruiz hosted her counterparts Pavel Novak and Lea Kova at the "
        "lakeside villa on Friday."
    )
    assert "Pavel Novak" in officials


# -- a title holds for a second name after its own state's possessive -----------------------------
def test_a_possessive_title_holds_for_a_second_possessive_name() -> None:
    officials = officials_by_name(
        "Chile's Foreign Minister Ana Ruiz and Peru's Luis Soto signed the fisheries accord "
        "in Arica on Thursday."
    )
    assert officials["Luis Soto"].role == "foreign_minister"
    assert officials["Luis Soto"].country == "PE"


def test_a_second_possessive_name_with_its_own_title_keeps_it() -> None:
    officials = officials_by_name(
        "Chile's Foreign Minister Ana Ruiz and Peru's Ambassador Luis Soto signed the "
        "fisheries accord in Arica on Thursday."
    )
    assert officials["Luis Soto"].role == "ambassador"


# -- leaders of a government or a presidential council ------------------------------------------
def test_a_prime_minister_of_a_named_government_heads_it() -> None:
    officials = officials_by_name(
        "The Prime Minister of the Government of National Accord, Omar Zidan, received the "
        "Maltese delegation in Tripoli on Sunday."
    )
    assert officials["Omar Zidan"].role == "head_of_government"


def test_the_head_of_a_presidential_council_heads_the_state() -> None:
    officials = officials_by_name(
        "The envoy later met the Chairman of the Presidential Council, Saleh Amari, in Aden."
    )
    assert officials["Saleh Amari"].role == "head_of_state"


def test_the_president_of_a_council_of_ministers_heads_the_government() -> None:
    officials = officials_by_name(
        "Bosnia's President of the Council of Ministers, Dina Kovac, opened the forum."
    )
    assert officials["Dina Kovac"].role == "head_of_government"


# -- a foreign ministry's acronym before a spokesperson is a state body ---------------------------
def test_a_foreign_affairs_department_acronym_before_a_spokesperson() -> None:
    officials = officials_by_name(
        "The two ministers will meet again in March, DFA spokesperson Rosa Villar told "
        "reporters in Manila on Friday."
    )
    assert officials["Rosa Villar"].role == "other_official"


def test_a_company_acronym_before_a_spokesperson_makes_no_official() -> None:
    officials = officials_by_name(
        "The plant will reopen in March, QXR spokesperson Rosa Villar told reporters on Friday."
    )
    assert "Rosa Villar" not in officials
