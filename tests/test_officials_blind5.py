"""Officials found by the fifth blind batch: run-together initials, Malaysian, Bruneian and
Bhutanese styles, a post's numeral, Arabic surnames with their article, an interim
government's advisers (invented sentences)."""

from __future__ import annotations

from diplotext import parse_article
from diplotext.link.coref import same_person
from readings import officials_by_name


def test_initials_run_together() -> None:
    text = "Foreign Minister Dr K.P. Wangmo of Nepal met the press. Wangmo said talks went well."
    found = officials_by_name(text)
    assert "K.P. Wangmo" in found
    assert "P. Wangmo" not in found


def test_bhutanese_style_is_no_name() -> None:
    text = (
        "Bhutanese Foreign Minister Lyonpo Karma Dorji arrived in Delhi on Monday. "
        "Lyonpo Dorji said the visit mattered. On Tuesday, Lyonpo called on the Speaker."
    )
    found = officials_by_name(text)
    assert "Karma Dorji" in found
    assert "Lyonpo" not in found
    assert not any(name.startswith("Lyonpo") for name in found)


def test_bhutanese_prime_ministers_style_is_a_title() -> None:
    text = "Lyonchhoen Pema Wangchuk will travel to Dhaka next month for talks."
    pema = officials_by_name(text)["Pema Wangchuk"]
    assert pema.role == "head_of_government"
    assert pema.country == "BT"


def test_malaysian_styles_are_stripped() -> None:
    text = (
        "Ali Rahman spoke by phone with Malaysian Foreign Minister Dato' Seri Utama Haji "
        "Ismail bin Haji Yusof on Monday."
    )
    names = set(officials_by_name(text))
    assert not any(name.startswith(("Seri", "Utama", "Dato")) for name in names)
    assert any(name.endswith("Ismail bin Haji Yusof") for name in names)


def test_his_majesty_is_not_part_of_a_name() -> None:
    text = (
        "The minister had an audience with His Majesty Sultan Haji Omar Ali, Sultan of "
        "Brunei Darussalam, on Friday."
    )
    assert not any("Majesty" in name for name in officials_by_name(text))


def test_a_posts_numeral_is_not_a_person() -> None:
    text = "The envoy will meet Minister of Foreign Affairs II Dato Lim Kok Wai in Bandar Seri Begawan."
    found = officials_by_name(text)
    assert "II" not in found
    assert "Lim Kok Wai" in found
    assert found["Lim Kok Wai"].role == "foreign_minister"


def test_a_surname_with_its_article_joins_the_full_name() -> None:
    text = (
        "President al-Hamdi receives Iraqi envoy\n\n"
        "BAGHDAD - President of Yemen Omar al-Hamdi received Iraqi Foreign Minister Ali Nouri "
        "on Monday. Later, al-Hamdi stressed the ties between the two countries."
    )
    names = set(officials_by_name(text))
    assert "al-Hamdi" not in names
    assert "Omar al-Hamdi" in names


def test_article_surname_not_after_bin() -> None:
    assert same_person(["al", "hamdi"], ["omar", "al", "hamdi"])
    assert not same_person(["al", "karim"], ["faisal", "bin", "al", "karim"])


def test_interim_government_advisers() -> None:
    text = (
        "DHAKA - Foreign Affairs Adviser Rafiq Uddin met the Thai envoy on Sunday, recalling the "
        "visit of Chief Adviser Professor Nasir Ahmed to Bangkok in May. Bangladesh wants trade."
    )
    found = officials_by_name(text)
    assert found["Rafiq Uddin"].role == "foreign_minister"
    assert found["Rafiq Uddin"].country == "BD"
    assert found["Nasir Ahmed"].role == "head_of_government"


def test_a_chief_adviser_to_a_president_is_an_adviser() -> None:
    text = "According to the chief adviser to the president, Tomas Lind, Chile wants a deal."
    assert officials_by_name(text)["Tomas Lind"].role == "senior_diplomat"


def test_a_un_high_commissioner_heads_a_un_office() -> None:
    text = "In Geneva he will meet the UN High Commissioner for Human Rights, Lars Holm, on Friday."
    lars = officials_by_name(text)["Lars Holm"]
    assert lars.role == "head_of_organization"
    assert lars.country is None


def test_a_commonwealth_high_commissioner_is_an_ambassador() -> None:
    text = "LUSAKA - British High Commissioner to Zambia Tom Reed met the press on Monday."
    assert officials_by_name(text)["Tom Reed"].role == "ambassador"


def test_a_bodys_president_after_whose() -> None:
    text = (
        "The African Development Bank, whose new president, Omar Sall, took office in June, "
        "will fund the line."
    )
    omar = officials_by_name(text)["Omar Sall"]
    assert omar.role == "head_of_organization"
    assert omar.country is None
    assert omar.organization == "African Development Bank"


def test_a_visitors_host_named_after_a_comma() -> None:
    text = (
        "Kenyan President Paul Maina was in the Ugandan capital on Monday, where he held talks "
        "with his host, Joseph Okello, on trade."
    )
    joseph = officials_by_name(text)["Joseph Okello"]
    assert joseph.role == "head_of_state"
    assert joseph.country == "UG"


def test_host_without_a_name_is_no_cue() -> None:
    text = "Kenyan President Paul Maina thanked his host for the welcome in Kampala."
    assert set(officials_by_name(text)) == {"Paul Maina"}


def test_states_possessive_in_a_list_after_a_plural_title() -> None:
    text = (
        "The envoy will invite the foreign ministers of the three powers - France's Luc Morel, "
        "Spain's Ana Vidal and Italy's Marco Conti - to Geneva."
    )
    found = officials_by_name(text)
    assert found["Luc Morel"].country == "FR"
    assert found["Ana Vidal"].country == "ES"
    assert found["Marco Conti"].country == "IT"
    assert found["Marco Conti"].role == "foreign_minister"


def test_foreign_and_another_field_before_minister() -> None:
    text = "Austrian Foreign and European Affairs Minister Eva Lind arrived in Prague on Monday."
    assert officials_by_name(text)["Eva Lind"].role == "foreign_minister"


def test_a_foreign_trade_minister_stays_a_minister() -> None:
    text = "Austrian Foreign Trade Minister Eva Lind arrived in Prague on Monday."
    assert officials_by_name(text)["Eva Lind"].role != "foreign_minister"


def test_a_parliament_named_in_its_own_language_chairs_a_committee() -> None:
    text = (
        "VILNIUS - The minister later met the chairman of the Seimas Foreign Affairs Committee, "
        "Jonas Petras, at the parliament."
    )
    assert officials_by_name(text)["Jonas Petras"].role == "legislator"


def test_the_hosts_minister_in_a_release_of_the_guests_government() -> None:
    text = (
        "Ministry of Foreign Affairs Singapore\n\nPress Release\n\n"
        "Minister for Foreign Affairs Tan Wei will make an Official Visit to the Republic of "
        "Chile from 9 to 11 May, at the invitation of Minister of Foreign Affairs Ana Rojas."
    )
    assert officials_by_name(text)["Ana Rojas"].country == "CL"


def test_a_leader_called_on_abroad_is_the_hosts() -> None:
    text = (
        "Ministry of Foreign Affairs Singapore\n\nPress Release\n\n"
        "1. Minister for Foreign Affairs Tan Wei will make an Official Visit to the Republic of "
        "Chile from 9 to 11 May.\n\n"
        "2. Minister Tan will call on President Diego Soto at La Moneda Palace."
    )
    assert officials_by_name(text)["Diego Soto"].country == "CL"


def test_a_courtesy_call_by_a_guest_keeps_the_hosts_leader() -> None:
    text = (
        "KUALA LUMPUR - Thai Foreign Minister Somchai Dee, who is on a visit to Malaysia, will "
        "pay a courtesy call on Prime Minister Aziz Osman this afternoon."
    )
    assert officials_by_name(text)["Aziz Osman"].country != "TH"


def test_a_leader_receiving_a_guest_named_by_state() -> None:
    text = (
        "TBILISI - Georgian Foreign Minister Nino Beri held talks with Hungarian Foreign Minister "
        "Laszlo Kis, who arrived in Tbilisi today. Hungary and Georgia agreed to expand trade. "
        '"Hungary is a partner of Georgia," Beri said. Later today, the Hungarian minister '
        "will be received by Prime Minister Davit Gelashvili."
    )
    assert officials_by_name(text)["Davit Gelashvili"].country == "GE"


def test_the_turkish_cypriot_leader_is_an_official() -> None:
    text = "NICOSIA - The UN envoy met Turkish Cypriot leader Mehmet Aslan on Monday evening."
    assert officials_by_name(text)["Mehmet Aslan"].role == "other_official"


def test_a_lower_case_article_surname_alone_is_a_mention() -> None:
    text = (
        "DAMASCUS - Syrian Foreign Minister Omar Hassan al-Harbi received the Iraqi envoy on "
        "Monday. On Tuesday, al-Harbi received a phone call from his Turkish counterpart."
    )
    omar = officials_by_name(text)["Omar Hassan al-Harbi"]
    assert len(omar.mentions) == 2


def test_a_family_name_with_its_connector_is_a_later_mention() -> None:
    text = (
        "NOUAKCHOTT - Mauritanian Foreign Minister Ahmed Ould Bah met the press on Monday. "
        "Ould Bah said the talks had gone well."
    )
    ahmed = officials_by_name(text)["Ahmed Ould Bah"]
    assert "Ould Bah" in [m.text for m in ahmed.mentions]


def test_a_style_alone_stands_for_its_one_bearer() -> None:
    text = (
        "THIMPHU - Foreign Minister Lyonpo Karma Dorji met Nepal's Foreign Minister Ram Thapa on "
        "Monday. On Tuesday, Lyonpo called on Nepali Prime Minister Hari Koirala in Kathmandu."
    )
    karma = officials_by_name(text)["Karma Dorji"]
    assert "Lyonpo" in [m.text for m in karma.mentions]


def test_a_style_of_two_bearers_stands_for_neither() -> None:
    text = (
        "Lyonpo Karma Dorji and Lyonpo Sonam Tobgay, both Bhutanese ministers, met Indian "
        "Foreign Minister Ravi Shah on Monday. Lyonpo later left for Delhi."
    )
    for official in parse_article(text).officials:
        assert "Lyonpo" not in [m.text for m in official.mentions]
