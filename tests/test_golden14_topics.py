"""Topic cues and rules added after the golden14 blind batch (invented sentences)."""

from __future__ import annotations

from readings import topic_labels

_HEAD = "Ministers meet in the capital\n\n"
_MEETING = "The foreign minister of Ruritania received her Freedonian counterpart on Monday. "


def _labels(body: str) -> set[str]:
    return topic_labels(_HEAD + _MEETING + body)


# -- transport_connectivity: flights by kind or between places ---------------------------------


def test_commercial_flights_between_places_are_an_air_link() -> None:
    assert "transport_connectivity" in _labels(
        "They discussed adding more commercial flights between the two capitals."
    )
    assert "transport_connectivity" in _labels(
        "The ministers agreed to study new flight routes to the northern provinces."
    )


def test_a_bare_flights_still_needs_company() -> None:
    assert "transport_connectivity" not in _labels(
        "The minister said she had cut her flights short to attend the talks."
    )


# -- counterterrorism: guns moved against the law ----------------------------------------------


def test_trafficking_of_guns_is_crime() -> None:
    assert "counterterrorism" in _labels(
        "They discussed the trafficking of firearms into the island."
    )


# -- transport_connectivity: a crossing beside the fight against crime -----------------------


def test_a_border_crossing_beside_crime_is_border_control() -> None:
    labels = _labels(
        "They reviewed the joint policing of the northern border crossing and the fight "
        "against drug gangs and organised crime."
    )
    assert "counterterrorism" in labels
    assert "transport_connectivity" not in labels


def test_a_border_crossing_opened_to_traffic_stays_a_route() -> None:
    assert "transport_connectivity" in _labels(
        "They discussed the reopening of the border crossing to lorries and the new railway."
    )


# -- defense_military: ammunition --------------------------------------------------------------


def test_ammunition_supplies_are_defence() -> None:
    assert "defense_military" in _labels(
        "The two ministers discussed ammunition deliveries to the front and artillery shells."
    )


def test_unexploded_munitions_are_demining() -> None:
    labels = _labels("They discussed clearing unexploded munitions from farmland near the lake.")
    assert "demining" in labels
    assert "defense_military" not in labels


# -- health: one person's health ------------------------------------------------------------


def test_a_prisoners_age_and_health_is_no_health_topic() -> None:
    labels = _labels(
        "The minister said she had raised the case of a jailed poet and asked for his release "
        "given his age and health."
    )
    assert "health" not in labels


def test_health_cooperation_still_counts() -> None:
    assert "health" in _labels("They discussed health cooperation and new hospitals.")


# -- culture_heritage: historians and memory ---------------------------------------------------


def test_a_commission_of_historians_is_heritage_not_trade() -> None:
    labels = _labels(
        "The ministers reviewed the work of the joint commission of historians on the "
        "years of occupation."
    )
    assert "culture_heritage" in labels
    assert "trade_economy" not in labels


def test_historical_memory_is_heritage() -> None:
    assert "culture_heritage" in _labels(
        "They discussed issues of historical memory and remembrance of the victims."
    )


# -- reconstruction: buildings rebuilt -------------------------------------------------------


def test_rebuilding_schools_is_reconstruction_not_education() -> None:
    labels = _labels(
        "They discussed rebuilding schools and bridges destroyed by last year's floods."
    )
    assert "reconstruction" in labels
    assert "education_science" not in labels


# -- human_rights_law: courts, treaties kept, a document's subject ----------------------------


def test_judicial_reform_is_law() -> None:
    assert "human_rights_law" in _labels(
        "She offered expertise on reforms of the judiciary and the civil service."
    )


def test_respect_for_international_agreements_is_law() -> None:
    assert "human_rights_law" in _labels(
        "Both ministers stressed respect for international agreements signed by the region's "
        "states."
    )


def test_the_subject_of_an_agreement_on_counts() -> None:
    assert "human_rights_law" in _labels(
        "The ministers then signed the Agreement on Judicial Cooperation in Criminal Matters."
    )
    assert "migration_consular" in _labels(
        "The ministers then signed the Agreement between the Government of Ruritania and the "
        "Government of Freedonia on Visa Exemption for Holders of Diplomatic Passports."
    )


def test_a_cue_in_a_committee_name_after_on_stays_a_name() -> None:
    assert "energy" not in _labels("They also met the chair of the Committee on Energy Security.")


# -- multilateral_cooperation: a body's summit of heads of government --------------------------


def test_the_conference_of_heads_of_government_of_a_body() -> None:
    assert "multilateral_cooperation" in _labels(
        "She will lead the delegation to the Assembly of Heads of State and Government of "
        "the African Union, where trade is expected to top the agenda."
    )


# -- background: an outsider's comment -------------------------------------------------------


def test_an_analysts_comment_is_no_subject() -> None:
    labels = _labels('"They talk to the rulers because they hold the ports," said a local analyst.')
    assert "transport_connectivity" not in labels


# -- technology_digital: a bare "technologies" needs company ----------------------------------


def test_bare_technologies_need_company() -> None:
    assert "technology_digital" not in _labels(
        "They discussed Freedonian technologies for modern greenhouse farms."
    )
    assert "technology_digital" in _labels(
        "They discussed technologies for digital transformation of public services."
    )
