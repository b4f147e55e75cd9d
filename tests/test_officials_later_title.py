"""Officials stage: a person named without a title, then given one by a later description.

"Ana Ruiz arrived. The UN envoy said ..." makes Ana Ruiz the UN envoy only when nobody
else could be meant; a wrong title is worse than none. All sentences are our own.
"""

from __future__ import annotations

import pytest

from diplotext.recognize.officials import OfficialStage
from diplotext.recognize.places import PlaceStage
from diplotext.text.segment import segment

PLACES = PlaceStage({})
OFFICIALS = OfficialStage({})


def _officials(text: str) -> dict[str, tuple[str, str | None, str | None, list[str]]]:
    doc = segment(text)
    result = OFFICIALS(doc, PLACES(doc))
    for official in result.officials:
        for m in official.mentions:
            assert text[m.start : m.end] == m.text
    return {
        o.name: (o.role, o.country, o.organization, [m.text for m in o.mentions])
        for o in result.officials
    }


# text, name, role, country, organization, mentions
POSITIVE = [
    (
        "Miguel Angel Moratinos told reporters in Brussels that the talks would go on. "
        "The High Representative stressed that both sides wanted calm. Moratinos left at noon.",
        "Miguel Angel Moratinos",
        "head_of_organization",
        None,
        None,
        ["Miguel Angel Moratinos", "Moratinos"],
    ),
    (
        "Talks with Ana Ruiz ended late on Tuesday. The Spanish minister added that more "
        "work was needed.",
        "Ana Ruiz",
        "minister",
        "ES",
        None,
        ["Ana Ruiz"],
    ),
    (
        'Peter Holm arrived in Kabul on Sunday. "We need a ceasefire now," the UN envoy said.',
        "Peter Holm",
        "senior_diplomat",
        None,
        "United Nations",
        ["Peter Holm"],
    ),
    (
        "Karim Haddad flew to Cairo on Monday.\n\n"
        "The Jordanian foreign minister told reporters that Haddad would return soon.",
        "Karim Haddad",
        "foreign_minister",
        "JO",
        None,
        ["Karim Haddad", "Haddad"],
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "role", "country", "org", "mentions"),
    POSITIVE,
    ids=[row[1] for row in POSITIVE],
)
def test_later_description_gives_title(
    text: str, name: str, role: str, country: str | None, org: str | None, mentions: list[str]
) -> None:
    found = _officials(text)
    assert found[name] == (role, country, org, mentions)


# Each must make no official of the untitled person named.
NOTHING = [
    # two people could be the minister
    (
        "Ana Ruiz met Luis Vega in Lima. The Spanish minister added that more was needed.",
        ["Ana Ruiz", "Luis Vega"],
    ),
    # a surname alone may be another person who is the minister
    (
        "Ana Ruiz met Vega in Lima on Friday. The Spanish minister added that more was needed.",
        ["Ana Ruiz", "Vega"],
    ),
    # the article already has its UN envoy
    (
        "UN envoy Marta Lind arrived in Kabul. Peter Holm also came. The UN envoy said talks "
        "would resume.",
        ["Peter Holm"],
    ),
    # "the minister" may be the foreign minister already named
    (
        "Foreign Minister Luis Vega met Ana Ruiz in Lima. Ana Ruiz spoke first. "
        "The minister said the talks went well.",
        ["Ana Ruiz"],
    ),
    # the description is several paragraphs away, in another paragraph block
    (
        "Peter Holm arrived in Kabul on Sunday.\n\n"
        "Rain fell across the city for days.\n\n"
        "Schools stayed closed for a week.\n\n"
        '"We need a ceasefire now," the UN envoy said.',
        ["Peter Holm"],
    ),
    # the description is in another section (after a heading)
    (
        "Peter Holm arrived in Kabul on Sunday.\n\nReactions\n\n"
        '"We need a ceasefire now," the UN envoy said.',
        ["Peter Holm"],
    ),
    # not a description opening its clause: the envoy is someone Holm met
    (
        "Peter Holm arrived in Kabul on Sunday. He later met the UN envoy in private.",
        ["Peter Holm"],
    ),
    # the name sits in the description's own sentence: the two may be different people
    (
        "After talks with Peter Holm, the UN envoy said a deal was near.",
        ["Peter Holm"],
    ),
    # one description, two different people given the same post in one article
    (
        "Peter Holm arrived in Kabul on Sunday. The UN envoy said talks would go on.\n\n"
        "Rain fell for days.\n\nSchools stayed closed.\n\n"
        "Jonas Berg landed in Herat. The UN envoy said aid was coming.",
        ["Peter Holm", "Jonas Berg"],
    ),
]


@pytest.mark.parametrize(("text", "absent"), NOTHING, ids=[str(n) for n in range(len(NOTHING))])
def test_unclear_description_gives_nothing(text: str, absent: list[str]) -> None:
    found = _officials(text)
    for name in absent:
        assert name not in found


def test_titled_rival_keeps_its_own_post() -> None:
    found = _officials(
        "UN envoy Marta Lind arrived in Kabul. Peter Holm also came. The UN envoy said talks "
        "would resume."
    )
    assert found["Marta Lind"][0] == "senior_diplomat"
    assert found["Marta Lind"][2] == "United Nations"
