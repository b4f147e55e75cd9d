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
