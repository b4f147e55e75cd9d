"""Which state an official serves, read from a host's guest, a trip's destination and purpose,
and a place discussed rather than visited (found by the ninth blind batch; invented sentences)."""

from __future__ import annotations

from diplotext.records import Official
from readings import officials_by_name

_LONG = (
    "The talks covered trade, energy and the security of the sea lanes, and both sides agreed "
    "to meet again before the end of the year to review what had been done."
)


def _official(text: str, name: str) -> Official:
    found = officials_by_name(text)
    assert name in found, sorted(found)
    return found[name]


def test_a_host_is_not_of_the_state_of_the_guest_he_receives() -> None:
    text = (
        "Norway and Chile agree to expand salmon trade\n\n"
        "Norwegian Foreign Minister Erik Haugland held talks with Foreign Minister Ana Ruiz "
        "on Thursday. " + _LONG + "\n\n"
        "Ruiz said Chile valued Norway's role in the fisheries council and Norway's support "
        "for the Pacific forum. Haugland said Norway would open a trade office.\n\n"
        "Later the same day, President Tomas Vidal received Haugland. Vidal asked the minister "
        "to convey his regards to Prime Minister Ola Brekke and hoped Norway would welcome "
        "more students."
    )
    assert _official(text, "Tomas Vidal").country == "CL"
    assert _official(text, "Ola Brekke").country == "NO"


def test_a_leader_who_will_travel_to_one_side_of_a_two_state_story_is_of_the_other() -> None:
    text = (
        "Japan and Peru deepen ties on minerals\n\n"
        "Japan's foreign minister hosted his Peruvian counterpart in Tokyo on Monday, and the "
        "two sides agreed that Japan and Peru would expand trade in copper. " + _LONG + "\n\n"
        "Tokyo and Lima agreed that Premier Kenji Mori would travel to Peru next year for the "
        "annual leaders' meeting with President Rosa Almeida, whose own trip to Japan took "
        "place in May."
    )
    assert _official(text, "Kenji Mori").country == "JP"
    assert _official(text, "Rosa Almeida").country == "PE"


def test_the_state_a_trip_serves_is_the_travellers() -> None:
    text = (
        "Foreign Minister to visit Ghana and Togo\n\n"
        "Foreign Minister Lena Varga will travel to Ghana and Togo from 3 to 5 May to advance "
        "Hungary's partnerships with both countries. " + _LONG
    )
    assert _official(text, "Lena Varga").country == "HU"


def test_a_trip_to_a_place_whose_own_state_it_serves_gives_no_state() -> None:
    text = (
        "Foreign Minister Lena Varga will travel to Ghana next week to strengthen Ghana's "
        "cocoa exports, aides said. " + _LONG
    )
    assert _official(text, "Lena Varga").country != "GH"


def test_a_place_discussed_is_not_the_venue_that_places_a_leader() -> None:
    text = (
        "RABAT — King Hassan on Monday received Senegalese President Awa Diallo at the royal "
        "palace, where talks covered trade and fisheries as well as the latest developments "
        "in Tripoli.\n\n"
        "During the talks, attended by Crown Prince Moulay Idris, the King stressed the need "
        "for a political settlement. " + _LONG
    )
    assert _official(text, "Moulay Idris").country == "MA"


def test_a_european_commissioner_serves_the_commission_not_a_state() -> None:
    text = (
        "Latvia and Chile held talks on trade in Riga on Monday. The meeting came after Ana "
        "Ruiz, the European Commissioner for Trade, told reporters that Latvia would gain "
        "from the deal. " + _LONG
    )
    ruiz = _official(text, "Ana Ruiz")
    assert (ruiz.organization, ruiz.country) == ("European Commission", None)


def test_a_principal_or_permanent_secretary_is_a_senior_official() -> None:
    text = (
        "Foreign Affairs Principal Secretary Otieno Kamau and Permanent Secretary Grace "
        "Banda signed two agreements in Nairobi on Monday. " + _LONG
    )
    found = officials_by_name(text)
    assert found["Otieno Kamau"].role == "senior_diplomat"
    assert found["Grace Banda"].role == "senior_diplomat"


def test_a_cabinet_secretary_written_cs_holds_the_portfolio_before_it() -> None:
    text = (
        "Foreign Affairs CS Otieno Kamau on Monday hosted Ugandan Foreign Minister Ruth "
        "Nankya in Nairobi, while Interior CS Amani Wekesa met police chiefs. " + _LONG
    )
    found = officials_by_name(text)
    assert (found["Otieno Kamau"].role, found["Otieno Kamau"].country) == (
        "foreign_minister",
        "KE",
    )
    assert found["Amani Wekesa"].role == "minister"


def test_whose_after_a_bodys_bracketed_acronym_gives_the_body() -> None:
    text = (
        "The talks touched on the role of the Intergovernmental Authority on Development "
        "(Igad), whose Executive Secretary Hassan Warsame has been pushing for a truce. " + _LONG
    )
    assert _official(text, "Hassan Warsame").organization == (
        "Intergovernmental Authority on Development"
    )


def test_an_adviser_on_media_or_information_is_a_press_aide() -> None:
    text = (
        "The Special Adviser to the President on Information and Strategy, Tunde Bakare, "
        "said in Abuja that the two leaders had agreed to meet again. " + _LONG
    )
    assert _official(text, "Tunde Bakare").role == "other_official"


def test_a_leader_who_takes_the_chair_of_a_bloc_serves_it_too() -> None:
    text = (
        "The meeting came a day after the summit of the Economic Community of West African "
        "States (ECOWAS) in Accra, where Liberia's President, Joseph Kollie, took over as "
        "Chairman of the regional bloc from his Ghanaian peer. " + _LONG
    )
    kollie = _official(text, "Joseph Kollie")
    assert (kollie.role, kollie.country, kollie.organization) == (
        "head_of_state",
        "LR",
        "Economic Community of West African States",
    )


def test_the_chair_of_a_bloc_is_the_body_not_its_organ() -> None:
    text = (
        "ECOWAS leaders met in Accra for the session of the ECOWAS Authority of Heads of State "
        "and Government, where Liberia's President, Joseph Kollie, was elected chairman of the "
        "bloc. " + _LONG
    )
    assert _official(text, "Joseph Kollie").organization == (
        "Economic Community of West African States"
    )
