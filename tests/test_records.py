"""Records: frozen values, fixed JSON shape and key order (DESIGN.md)."""

from __future__ import annotations

import json

import attrs
import pytest

from diplotext import (
    Article,
    Country,
    DateMention,
    Event,
    Mention,
    Official,
    Organization,
    Topic,
)


def full_article() -> Article:
    text_mention = Mention("Azerbaijani", 0, 11, form="demonym")
    return Article(
        published=DateMention(
            "24 September 2022 18:42 (UTC+04:00)", 16, 51, "2022-09-24T18:42+04:00", "minute"
        ),
        dates=[DateMention("September 12-13, 2022", 100, 121, "2022-09-12/2022-09-13", "day")],
        countries=[Country("AZ", "AZE", "Azerbaijan", [text_mention])],
        organizations=[Organization("United Nations", "UN", ["UN"], [Mention("UN", 200, 202)])],
        officials=[
            Official(
                "Jeyhun Bayramov",
                ["Bayramov"],
                "Foreign Minister",
                "foreign_minister",
                "AZ",
                None,
                [Mention("Jeyhun Bayramov", 81, 96)],
            )
        ],
        events=[
            Event(
                "meeting",
                ["Jeyhun Bayramov", "Hadja Lahbib"],
                "2022-09-24",
                "New York",
                "held",
                ["energy"],
                "040",
                53,
                900,
            )
        ],
        topics=[Topic("energy", 0.8, [Mention("Southern Gas Corridor", 600, 621)])],
    )


def test_to_dict_has_design_keys_in_order() -> None:
    d = full_article().to_dict()
    assert list(d) == [
        "published",
        "dates",
        "countries",
        "organizations",
        "officials",
        "events",
        "topics",
    ]
    assert list(d["published"]) == ["text", "value", "start", "end"]
    assert list(d["dates"][0]) == ["text", "value", "granularity", "start", "end"]
    assert list(d["countries"][0]) == ["alpha2", "alpha3", "name", "mentions"]
    assert d["countries"][0]["mentions"][0] == {
        "text": "Azerbaijani",
        "start": 0,
        "end": 11,
        "form": "demonym",
    }
    assert list(d["organizations"][0]) == ["name", "acronym", "aliases", "mentions"]
    assert list(d["officials"][0]) == [
        "name",
        "aliases",
        "title",
        "role",
        "country",
        "organization",
        "mentions",
    ]
    assert list(d["events"][0]) == [
        "type",
        "participants",
        "date",
        "location",
        "status",
        "topics",
        "cameo",
        "plover",
        "plover_mode",
        "start",
        "end",
    ]
    assert list(d["topics"][0]) == ["label", "score", "evidence"]


def test_to_json_round_trips_and_keeps_unicode() -> None:
    art = Article(countries=[Country("TR", "TUR", "Türkiye", [Mention("Türkiye", 0, 7)])])
    s = art.to_json()
    assert "Türkiye" in s
    assert json.loads(s) == art.to_dict()
    assert "\n" not in art.to_json(indent=None)


def test_records_are_frozen_and_hashable() -> None:
    art = full_article()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        art.officials[0].name = "x"  # type: ignore[misc]
    hash(art)
    assert isinstance(art.officials[0].aliases, tuple)
    assert isinstance(art.events[0].participants, tuple)


def test_mention_without_form_omits_the_key() -> None:
    assert Mention("UN", 1, 3).to_dict() == {"text": "UN", "start": 1, "end": 3}


def test_empty_article_shape() -> None:
    assert Article().to_dict() == {
        "published": None,
        "dates": [],
        "countries": [],
        "organizations": [],
        "officials": [],
        "events": [],
        "topics": [],
    }


def test_records_pickle_as_their_field_values_and_come_back_equal() -> None:
    import pickle

    article = attrs.evolve(full_article(), text="x" * 300)
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(article, protocol=protocol))
        assert back == article
        assert back.text == article.text
        assert back.to_json() == article.to_json()
    # the compact form: the class and its field values in order, no per-field state dict
    cls, values = article.officials[0].__reduce__()
    assert cls is Official
    assert values == attrs.astuple(article.officials[0], recurse=False)
    for record in (
        article.published,
        article.dates[0],
        article.countries[0],
        article.organizations[0],
        article.officials[0],
        article.events[0],
        article.topics[0],
        article.countries[0].mentions[0],
    ):
        assert pickle.loads(pickle.dumps(record)) == record
