"""Officials' titles, roles and names found by the ninth blind batch: a counterpart's subject,
a rank joined to a portfolio, lower-case portfolios, a ministry named again in lower case,
and an apposition that serves another title (invented sentences)."""

from __future__ import annotations

from diplotext.records import Official
from readings import officials_by_name


def _official(text: str, name: str) -> Official:
    found = officials_by_name(text)
    assert name in found, sorted(found)
    return found[name]


def test_a_counterpart_of_a_title_given_with_no_name_takes_its_role() -> None:
    text = (
        "Oslo, 4 May 2026. The Minister of Foreign Affairs, Ingrid Solberg, opened the week "
        "on the instructions of President Lars Moe.\n\n"
        "On Tuesday, the Foreign Minister flew to Lima, where she was received by her Peruvian "
        "counterpart, Carlos Quispe Huamán. The two ministers discussed fisheries."
    )
    quispe = _official(text, "Carlos Quispe Huamán")
    assert quispe.role == "foreign_minister"
    assert quispe.country == "PE"


def test_a_counterpart_is_never_of_its_subjects_state() -> None:
    text = (
        "Lima, 4 May 2026 - Norway's Minister of Foreign Affairs, Ingrid Solberg, was received "
        "today by the President of Peru, Dina Vargas, during a visit.\n\n"
        "The Norwegian guest had arrived on Monday and held talks with her Peruvian "
        "counterpart, Carlos Quispe, at the ministry."
    )
    quispe = _official(text, "Carlos Quispe")
    assert quispe.role == "foreign_minister"
    assert _official(text, "Dina Vargas").role == "head_of_state"


def test_a_rank_joined_by_and_to_foreign_affairs_is_the_foreign_minister() -> None:
    text = (
        "Chile's Minister of State and Foreign Affairs, Tomás Reyes, met the Finance Minister "
        "of Peru, Ana Soto, in Lima on Monday."
    )
    reyes = _official(text, "Tomás Reyes")
    assert reyes.role == "foreign_minister"
    assert reyes.country == "CL"


def test_a_rank_for_foreign_affairs_stays_a_junior_post() -> None:
    text = (
        "The Minister of State for Foreign Affairs, Ada Obi, and Kenya's Foreign Minister "
        "Paul Kip met in Abuja on Monday."
    )
    assert _official(text, "Ada Obi").role == "minister"


def test_a_second_portfolio_after_foreign_affairs_is_read_whole() -> None:
    text = (
        "The Minister of Foreign Affairs and Human Mobility of Peru, Lucia Paz, spoke with "
        "Chile's Foreign Minister Tomás Reyes on Monday."
    )
    found = officials_by_name(text)
    assert "Mobility" not in found
    paz = _official(text, "Lucia Paz")
    assert paz.role == "foreign_minister"
    assert paz.country == "PE"


def test_a_vice_minister_of_multilateral_affairs_is_a_deputy_foreign_minister() -> None:
    text = (
        "The Vice Minister of Multilateral Affairs, Pedro Rojas, met Chile's Foreign Minister "
        "Tomás Reyes in Lima on Monday."
    )
    assert _official(text, "Pedro Rojas").role == "deputy_foreign_minister"


def test_south_africas_minister_of_international_relations_is_its_foreign_minister() -> None:
    text = (
        "South Africa's foreign policy\n\n"
        "The Minister of International Relations and Cooperation, Thabo Nkosi, will visit "
        "Kenya next week, South Africa's government said on Monday."
    )
    nkosi = _official(text, "Thabo Nkosi")
    assert nkosi.role == "foreign_minister"
    assert nkosi.country == "ZA"


def test_a_minister_of_external_relations_is_a_foreign_minister() -> None:
    text = "Angola's Minister of External Relations, Rui Mendes, met Chile's envoy on Monday."
    assert _official(text, "Rui Mendes").role == "foreign_minister"


def test_a_lower_case_title_keeps_its_lower_case_portfolio() -> None:
    text = (
        "The minutes were signed by the minister of state for trade (export promotion), "
        "Joseph Okello, and the Kenyan envoy, Mary Wanjiru, in Kampala on Monday."
    )
    assert _official(text, "Joseph Okello").role == "minister"


def test_a_lower_case_portfolio_before_a_lower_case_title_leaves_the_state_before_it() -> None:
    text = (
        "The accord was signed in Kampala by Uganda's minister Ruth Nankya and Kenya's "
        "foreign affairs principal secretary, Dr Peter Kamau, on Monday."
    )
    kamau = _official(text, "Peter Kamau")
    assert kamau.role == "senior_diplomat"
    assert kamau.country == "KE"


def test_a_ministry_named_again_in_lower_case_is_the_body_of_its_spokesperson() -> None:
    text = (
        "Abuja, 4 May 2026 - Ghana's Foreign Minister Kofi Mensah met Nigeria's Foreign "
        "Minister Musa Bello at the ministry on Monday.\n\n"
        "In a statement, the spokesperson of the ministry, Ibrahim Lawal, said the talks had "
        "gone well."
    )
    assert _official(text, "Ibrahim Lawal").role == "other_official"


def test_a_holder_named_before_a_title_that_serves_another_title() -> None:
    text = (
        "South Africa's Minister of International Relations and Cooperation, Thabo Nkosi, "
        "will visit Chile on Monday.\n\n"
        "Enquiries: Mr Sipho Dlamini, Spokesperson for the Minister of International Relations "
        "and Cooperation"
    )
    dlamini = _official(text, "Sipho Dlamini")
    assert dlamini.role == "other_official"


def test_a_ministrys_secretary_general_of_foreign_affairs_is_a_senior_diplomat() -> None:
    text = (
        "The Secretary-General of Foreign Affairs of Chile, Ambassador Elena Mora, met "
        "Peru's Foreign Minister Juan Soto in Lima on Monday."
    )
    mora = _official(text, "Elena Mora")
    assert mora.role == "senior_diplomat"
    assert mora.country == "CL"


def test_brazils_secretary_general_of_foreign_affairs_is_its_deputy_foreign_minister() -> None:
    text = (
        "The Secretary-General of Foreign Affairs of Brazil, Ambassador Elena Mora, met "
        "Peru's Foreign Minister Juan Soto in Lima on Monday."
    )
    mora = _official(text, "Elena Mora")
    assert mora.role == "deputy_foreign_minister"
    assert mora.country == "BR"


def test_a_first_surname_written_with_a_hyphen_is_the_same_person() -> None:
    text = (
        "Lima, 4 May 2026. Peru's Foreign Minister Elena Mora received her Chilean "
        "counterpart, Juan Pérez-Soto Vidal, on Monday. Minister Pérez-Soto praised the talks."
    )
    found = officials_by_name(text)
    assert "Pérez-Soto" not in found, sorted(found)
    assert "Pérez-Soto" in found["Juan Pérez-Soto Vidal"].aliases


def test_a_secretary_of_state_in_a_story_without_the_us_is_a_state_secretary() -> None:
    text = (
        "Warsaw, 4 May 2026. Poland's Minister of Foreign Affairs Jan Nowak met Latvia's "
        "Foreign Minister Ilze Berzina in Warsaw on Monday. Poland and Latvia agreed to "
        "cooperate on energy.\n\n"
        "Earlier the same day, the Latvian minister met Secretary of State Piotr Lis."
    )
    lis = _official(text, "Piotr Lis")
    assert lis.role == "deputy_foreign_minister"
    assert lis.country == "PL"


def test_a_secretary_of_state_in_a_story_naming_the_us_is_its_foreign_minister() -> None:
    text = (
        "Secretary of State Mark Lane met Poland's Foreign Minister Jan Nowak in Washington "
        "on Monday, the United States said."
    )
    lane = _official(text, "Mark Lane")
    assert lane.role == "foreign_minister"
    assert lane.country == "US"


def test_the_counterpart_of_one_side_of_a_two_state_story_is_of_the_other() -> None:
    text = (
        "Kathmandu, 4 May 2026. Visiting Indian Foreign Secretary Ravi Kumar called on Prime "
        "Minister Hari Thapa of Nepal today. Nepal and India discussed power trade, and "
        "India offered help with roads in Nepal.\n\n"
        "Foreign Secretary Sita Gurung, who visited New Delhi last year, and her Indian "
        "counterpart led their delegations at the meeting on Sunday."
    )
    gurung = _official(text, "Sita Gurung")
    assert gurung.country == "NP"
    assert gurung.role == "senior_diplomat"


def test_a_signer_for_a_side_named_before_the_title_is_of_that_side() -> None:
    text = (
        "Doha, 4 May 2026 (QNA) -- Foreign Minister Ali Al Thani received his Kuwaiti "
        "counterpart, Sheikh Fahad Al Sabah, today.\n\n"
        "The agreement was signed on behalf of the Qatari side by Undersecretary for Legal "
        "Affairs Dr Sheikh Hamad bin Ali Al Kuwari, and on behalf of the Kuwaiti side by "
        "Under-Secretary for Consular Affairs Sheikh Nasser bin Salem Al Mutairi."
    )
    assert _official(text, "Nasser bin Salem Al Mutairi").country == "KW"
    assert _official(text, "Hamad bin Ali Al Kuwari").country == "QA"


def test_who_signs_with_a_visitor_in_a_two_state_story_is_of_the_host() -> None:
    text = (
        "Suva, 4 May 2026. New Zealand's Foreign Minister Anna Reid says Wellington will "
        "stand with Fiji after talks with Prime Minister Joe Tora. New Zealand and Fiji "
        "discussed climate and trade, and Fiji thanked New Zealand for its help.\n\n"
        "Later, Ms Reid and Minister for Trade Professor Sam Vuki signed a trade arrangement "
        "at the Ministry of Trade."
    )
    assert _official(text, "Sam Vuki").country == "FJ"


def test_a_bare_deputy_minister_beside_his_states_foreign_minister_is_his_deputy() -> None:
    text = (
        "MEDIA STATEMENT\n\n"
        "The Minister of International Relations and Cooperation, Ms Naledi Dube, will visit "
        "Chile from 10 to 12 May 2026. South Africa and Chile will sign a trade accord.\n\n"
        "Deputy Minister Themba Zulu will act as Minister during Minister Dube's absence."
    )
    zulu = _official(text, "Themba Zulu")
    assert zulu.role == "deputy_foreign_minister"
    assert zulu.country == "ZA"


def test_a_bare_deputy_minister_beside_another_minister_stays_a_deputy_minister() -> None:
    text = (
        "South Africa's Minister of International Relations and Cooperation, Naledi Dube, and "
        "Minister of Trade Sipho Khumalo will visit Chile on Monday.\n\n"
        "Deputy Minister Themba Zulu will stay in Pretoria."
    )
    assert _official(text, "Themba Zulu").role == "deputy_minister"


def test_a_lower_case_body_after_a_presidents_title_is_no_portfolio() -> None:
    text = (
        "The talks in Lima were chaired by the president of the national assembly, Ana Ruiz, "
        "and attended by Chile's Foreign Minister Juan Soto on Monday."
    )
    found = officials_by_name(text)
    assert "Ana Ruiz" not in found or found["Ana Ruiz"].role != "head_of_state"
