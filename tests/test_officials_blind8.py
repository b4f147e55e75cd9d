"""Officials fixes from the eighth blind batch, on invented sentences."""

from __future__ import annotations

from readings import officials_by_name


def test_parliamentary_post_nominal_after_apposition_name() -> None:
    # "TD", "MP", "KC" after a name in apposition do not stop the apposition
    found = officials_by_name(
        "Dublin, 3 May - The Foreign Minister of Ireland, Ciara Dunleavy TD, met her "
        "Austrian counterpart on Tuesday."
    )
    assert "Ciara Dunleavy" in found
    assert found["Ciara Dunleavy"].role == "foreign_minister"
    assert not any(name.endswith(" TD") for name in found)


def test_several_post_nominals_after_apposition_name() -> None:
    found = officials_by_name(
        "London - The Foreign Secretary, Tom Ashcombe MP KC, flew to Oslo on Friday."
    )
    assert "Tom Ashcombe" in found
    assert not any("MP" in name or "KC" in name for name in found)


def test_post_nominal_not_taken_into_name_after_title() -> None:
    found = officials_by_name("Prime Minister Owen Farrelly TD welcomed the delegation.")
    assert "Owen Farrelly" in found


def test_haji_style_stripped_before_name_but_kept_in_patronymic() -> None:
    found = officials_by_name(
        "Kuala Lumpur - Foreign Minister Haji Rosli bin Haji Kamal met the visiting "
        "envoy on Monday."
    )
    assert "Rosli bin Haji Kamal" in found
    assert "Haji Rosli bin Haji Kamal" not in found


def test_haji_style_kept_as_alias() -> None:
    found = officials_by_name("Sultan Haji Omar Saifuddin Zain received the envoy on Monday.")
    names = {name for name in found if "Omar Saifuddin Zain" in name}
    assert names
    official = found[names.pop()]
    forms = {official.name, *official.aliases}
    assert "Haji Omar Saifuddin Zain" in forms


def test_european_commissioner_with_eu_portfolio_in_apposition() -> None:
    found = officials_by_name(
        "Vienna - The talks followed a visit by Greta Lindqvist, the European Commissioner for "
        "Neighbourhood, who told reporters on Monday that progress was slow."
    )
    assert "Greta Lindqvist" in found
    assert found["Greta Lindqvist"].role == "other_official"


def test_european_commissioner_before_name() -> None:
    found = officials_by_name("European Commissioner for Enlargement Piet Hoving visited Tirana.")
    assert "Piet Hoving" in found


def test_irish_minister_of_state_with_portfolio_is_junior_minister() -> None:
    found = officials_by_name(
        "Dublin - Ireland's Minister of State for European Affairs, Orla Keane TD, met the "
        "Danish ambassador in Dublin on Wednesday."
    )
    assert found["Orla Keane"].role == "deputy_minister"


def test_gulf_minister_of_state_stays_minister() -> None:
    found = officials_by_name(
        "Doha - Qatar's Minister of State for International Cooperation, Huda Al-Sayed, met "
        "the visiting delegation on Sunday."
    )
    assert found["Huda Al-Sayed"].role == "minister"
