"""Rules added after the seventh blind batch: the British spellings "co-operation" and
"co-ordination" are the same cue words as "cooperation" and "coordination"; a discuss word
inside an organization's name reports nothing; "students" and "patients" beside visas are
visa categories; mending relations is no reconstruction; skilled-worker schemes and migrants'
voluntary return programmes are migration; "Brics", "Asean" and "Opec" as the British press
writes them. Every sentence here is written for these tests."""

from __future__ import annotations

from diplotext import parse_article
from diplotext.events.topics import expand_forms
from readings import dates_by_text, topic_labels

# --- dates ----------------------------------------------------------------------------------------


def test_a_past_verb_of_a_new_clause_ends_the_future_of_an_earlier_one() -> None:
    dates = dates_by_text(
        "Published 9 November 2027\n\n"
        "The envoy spoke about the forum, which will take place in Quito on 2-3 December, "
        "and the initiative launched at the anniversary conference in Lima on 14 July."
    )
    assert dates["14 July"] == "2027-07-14"
    assert dates["2-3 December"] == "2027-12-02/2027-12-03"


def test_a_participle_after_an_article_in_a_new_clause_keeps_the_future() -> None:
    dates = dates_by_text(
        "Published 9 November 2027\n\n"
        "The minister will travel to Quito next month, and the planned talks with the "
        "president and the foreign minister on 20 January will cover fisheries."
    )
    assert dates["20 January"] == "2028-01-20"


# --- topics -----------------------------------------------------------------------------------


def test_hyphenated_co_ordination_at_a_body_is_multilateral() -> None:
    labels = topic_labels(
        "The two foreign ministers held talks in Oslo and discussed co-ordination at the G20 "
        "ahead of the leaders' summit."
    )
    assert "multilateral_cooperation" in labels


def test_hyphenated_co_operation_within_a_body_is_multilateral() -> None:
    labels = topic_labels(
        "The ministers met in Lima and agreed to deepen co-operation within the United "
        "Nations on ocean governance."
    )
    assert "multilateral_cooperation" in labels


def test_taking_part_in_a_body_is_multilateral() -> None:
    labels = topic_labels(
        "The president received the visiting speaker and thanked his country for backing "
        "the island's bid to take part in the International Civil Aviation Organization."
    )
    assert "multilateral_cooperation" in labels


def test_co_operation_inside_a_body_name_reports_nothing() -> None:
    # "Co-operation in" of the OSCE's name is no discuss word: the chairmanship mention
    # stays a plain, incidental one
    labels = topic_labels(
        "The ministers met in Bern on Friday and discussed farm exports and rail freight.\n\n"
        "Norway's presidency of the Organization for Security and Co-operation in Europe "
        "begins next year."
    )
    assert "multilateral_cooperation" not in labels
    assert {"trade_economy", "transport_connectivity"} <= labels


def test_students_and_patients_beside_visas_are_visa_categories() -> None:
    labels = topic_labels(
        "The two ministers met in Valletta and discussed easier visa rules for students "
        "and patients travelling to the island."
    )
    assert "migration_consular" in labels
    assert "education_science" not in labels
    assert "health" not in labels


def test_medicines_are_health() -> None:
    labels = topic_labels(
        "The ministers met in Quito and discussed the supply of medicines to rural clinics."
    )
    assert "health" in labels


def test_students_alone_still_count_for_education() -> None:
    labels = topic_labels(
        "The ministers met in Riga and discussed exchanges of students between their universities."
    )
    assert "education_science" in labels


def test_rebuilding_relations_is_no_reconstruction() -> None:
    labels = topic_labels(
        "The president, who has made rebuilding ties with the northern neighbours a priority, "
        "received the visiting minister for talks on trade."
    )
    assert "reconstruction" not in labels


def test_skilled_worker_schemes_are_migration() -> None:
    labels = topic_labels(
        "The two delegations met in Manila and agreed to finalise a memorandum on skilled "
        "workers taking up jobs in the partner country."
    )
    assert "migration_consular" in labels


def test_voluntary_return_programmes_of_migrants_are_migration() -> None:
    labels = topic_labels(
        "The minister met officials in Rabat to discuss voluntary return programmes for "
        "stranded migrants."
    )
    assert "migration_consular" in labels
    assert "reconstruction" not in labels


def test_criminal_networks_are_organized_crime() -> None:
    labels = topic_labels(
        "The two interior ministers met in Tirana and agreed to act together against the "
        "criminal networks that run the drug routes across the Adriatic."
    )
    assert "counterterrorism" in labels


def test_the_return_of_businesses_is_trade() -> None:
    labels = topic_labels(
        "The prime minister met his counterpart in Tunis, and the talks focused on the "
        "return of Italian businesses to the country."
    )
    assert "trade_economy" in labels


def test_a_single_mention_of_companies_is_too_weak() -> None:
    labels = topic_labels(
        "The minister met his counterpart in Tunis and discussed the situation of companies "
        "in the flooded region."
    )
    assert "trade_economy" not in labels


def test_hyphenated_forms_are_added_when_cues_load() -> None:
    from diplotext.events.topics import _with_hyphenated_co

    keys = expand_forms("coordination {with,within}|trade")
    assert _with_hyphenated_co(keys) == [
        "coordination with",
        "co ordination with",
        "coordination within",
        "co ordination within",
        "trade",
    ]


def test_a_related_topics_line_is_no_evidence() -> None:
    labels = topic_labels(
        "The ministers met in Accra and discussed cocoa exports.\n\n"
        "Related topics: migration | visas | diaspora"
    )
    assert "migration_consular" not in labels


# --- organizations -------------------------------------------------------------------------------


def _orgs(text: str) -> list[str]:
    return sorted(o.name for o in parse_article(text).organizations)


def test_british_press_spellings_of_acronyms() -> None:
    names = _orgs(
        "The envoys compared notes on the Brics expansion, the Asean chairmanship and Opec "
        "output quotas at their meeting in Doha."
    )
    assert names == ["Asean", "Brics", "Opec"]


def test_a_mission_of_a_known_body_is_a_body_of_its_own() -> None:
    names = _orgs(
        "The minister asked the OSCE Border Observer Mission to report on the crossings "
        "and praised the UN Verification Mission in Freedonia for its patrols."
    )
    assert "OSCE Border Observer Mission" in names
    assert "UN Verification Mission in Freedonia" in names
