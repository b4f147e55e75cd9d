"""Places and gazetteer integrity: one scan, no key naming two things, capitals covered."""

from __future__ import annotations

from diplotext.recognize.places import PlaceStage
from diplotext.resources.loader import load_table
from diplotext.text.segment import segment

STAGE = PlaceStage({})

# Capitals left out on purpose: contested (Jerusalem, Ramallah are listed as cities).
# (Victoria of the Seychelles is listed, its more frequent namesakes blocked in
# countries.tsv: "Lake Victoria", "Victoria Falls", "Queen Victoria", ...)
NO_CAPITAL = {"IL", "PS"}


def test_no_key_names_two_things() -> None:
    for key, entries in STAGE._entries.items():
        states = {e.ref for e in entries if e.cat == "country"}
        bodies = {e.ref for e in entries if e.cat == "org"}
        assert len(states) <= 1, f"{key!r} names two states: {sorted(states)}"
        assert len(bodies) <= 1, f"{key!r} names two bodies: {sorted(bodies)}"
        assert not (states and bodies), f"{key!r} is both a state and a body"


def test_every_state_has_a_capital() -> None:
    capitals = {r["alpha2"] for r in load_table("places").rows if r["kind"] == "capital"}
    states = {r["alpha2"] for r in load_table("country_states").rows}
    assert states - capitals == NO_CAPITAL


def test_venues_and_datelines() -> None:
    text = "ASTANA. Talks at the White House and in Davos, Munich and Antalya."
    res = STAGE(segment(text))
    assert [(text[p.start : p.end], p.name, p.alpha2) for p in res.place_hits] == [
        ("ASTANA", "Astana", "KZ"),
        ("White House", "Washington", "US"),
        ("Davos", "Davos", "CH"),
        ("Munich", "Munich", "DE"),
        ("Antalya", "Antalya", "TR"),
    ]
    assert res.country_hits == ()


def test_city_state_is_country_and_place() -> None:
    res = STAGE(segment("Ministers met in Singapore."))
    assert [h.alpha2 for h in res.country_hits] == ["SG"]
    assert [p.name for p in res.place_hits] == ["Singapore"]


def test_stage_is_deterministic_and_reusable() -> None:
    text = "Georgia, Jordan and the EU met in Geneva; the UN and OSCE too."
    first = STAGE(segment(text))
    assert STAGE(segment(text)) == first


def test_stdlib_scan_agrees_with_regex() -> None:
    # The stage scans its one trie with the stdlib engine; regex must read it the same.
    import regex

    from diplotext.recognize.places import _default_index
    from diplotext.text.normalize import fold

    index = _default_index()
    keys = sorted(index.entries)
    text = fold(" ".join(keys) + ". " + ", ".join(keys[::5]) + "\n" + "-".join(keys[::7]))
    slow = regex.compile(index.pattern.pattern, regex.V0)
    expected = [m.span() for m in slow.finditer(text)]
    assert [m.span() for m in index.pattern.finditer(text)] == expected
    assert len(expected) > 1000


def test_scan_behind_a_blank_finds_the_keys_at_word_starts() -> None:
    # The stage matches each key with the character before it, in the text behind a
    # blank: the same spans as the trie anchored by a look-behind, from any position.
    import regex

    from diplotext.grammar.wordlist import trie_pattern
    from diplotext.recognize.places import _default_index
    from diplotext.text.normalize import fold

    index = _default_index()
    keys = sorted(index.entries)
    text = fold(
        keys[0] + " " + "_".join(keys[::9]) + " x" + "1".join(keys[::11]) + "\n"
        + " ".join(keys[::3]) + ".." + "-".join(keys[::7]) + " " + keys[-1]
    )  # fmt: skip
    anchored = regex.compile(r"(?<![\w])" + trie_pattern(keys) + r"(?![\w])", regex.V0)
    for pos in (0, 1, 2, len(text) // 2):
        expected = [m.span() for m in anchored.finditer(text, pos)]
        found = [(m.start(), m.end() - 1) for m in index.pattern.finditer(" " + text, pos)]
        assert found == expected
        assert len(expected) > 100


def test_seats_of_government_beside_the_capital_are_places() -> None:
    """Administrative and judicial seats are where much diplomacy happens (not the capital)."""
    from diplotext import parse_article

    seats = {"Putrajaya": "MY", "Sejong": "KR", "Sucre": "BO", "Cotonou": "BJ"}
    for city, alpha2 in seats.items():
        text = (
            f"{city}, 3 March 2025 - Foreign Minister Ana Ruiz of Chile met Prime Minister "
            f"Luis Vega of Peru in {city} on Monday."
        )
        doc = segment(text)
        found = STAGE(doc)
        assert [(h.name, h.alpha2) for h in found.place_hits][:1] == [(city, alpha2)]
        assert alpha2 not in {c.alpha2 for c in found.countries}  # a city is no country mention
        assert [e.location for e in parse_article(text).events] == [city]
