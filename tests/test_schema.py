"""The shipped JSON Schema: valid itself, and the library's output always conforms to it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import diplotext
from diplotext import Article, Country, DateMention, Event, Mention, Official, Organization, Topic
from diplotext.schema import schema, schema_text

VALIDATOR = jsonschema.Draft202012Validator(schema())


def errors_of(data: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(data)]


def full_article() -> Article:
    """An article with every record kind and every optional field set."""
    text = "x" * 2000
    return Article(
        published=DateMention(
            "24 September 2022 18:42", 16, 39, "2022-09-24T18:42+04:00", "minute"
        ),
        dates=[
            DateMention("September 12-13, 2022", 1210, 1231, "2022-09-12/2022-09-13", "day"),
            DateMention("April 15", 50, 58, "XXXX-04-15", "day"),
            DateMention("in 2020", 60, 67, "2020", "year"),
            DateMention("this November", 70, 83, "2024-11", "month"),
        ],
        countries=[Country("AZ", "AZE", "Azerbaijan", [Mention("Azerbaijani", 0, 11, "demonym")])],
        organizations=[
            Organization(
                "United Nations Alliance of Civilizations",
                "UNAOC",
                ["UN Alliance of Civilizations"],
                [Mention("UNAOC", 1700, 1705, "acronym")],
            ),
            Organization("European Council", None, [], [Mention("European Council", 5, 21)]),
        ],
        officials=[
            Official(
                "Jeyhun Bayramov",
                ["Bayramov"],
                "Foreign Minister",
                "foreign_minister",
                "AZ",
                None,
                [Mention("Jeyhun Bayramov", 81, 96)],
            ),
            Official(
                "Miguel Moratinos",
                [],
                None,
                "head_of_organization",
                None,
                "United Nations Alliance of Civilizations",
            ),
        ],
        events=[
            Event(
                "meeting",
                ["Jeyhun Bayramov", "Miguel Moratinos"],
                "2022-09-24",
                "New York",
                "held",
                ["energy", "peace_process"],
                "040",
                53,
                900,
            ),
            Event("phone_call", ["Jeyhun Bayramov", "Miguel Moratinos"], status="planned"),
        ],
        topics=[Topic("energy", 0.8, [Mention("Southern Gas Corridor", 600, 621)])],
        text=text,
    )


def test_the_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def test_schema_returns_a_fresh_copy() -> None:
    s = schema()
    s["title"] = "changed"
    assert schema()["title"] != "changed"


def test_command_prints_the_shipped_schema() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "diplotext", "schema"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == json.loads(schema_text()) == schema()


def test_every_record_kind_validates() -> None:
    assert errors_of(full_article().to_dict()) == []
    assert errors_of(Article().to_dict()) == []


@pytest.mark.parametrize(
    ("path", "bad"),
    [
        (("officials", 0, "role"), "prime_minister"),
        (("events", 0, "type"), "talks"),
        (("events", 0, "status"), "done"),
        (("events", 0, "date"), "24 September 2022"),
        (("events", 0, "participants"), ["Jeyhun Bayramov"]),
        (("topics", 0, "label"), "sports"),
        (("topics", 0, "score"), 1.5),
        (("countries", 0, "alpha2"), "aze"),
        (("dates", 0, "value"), "2022-9-12"),
        (("dates", 0, "granularity"), "week"),
        (("countries", 0, "mentions", 0, "start"), -1),
        (("published", "value"), "yesterday"),
    ],
)
def test_wrong_values_are_rejected(path: tuple[Any, ...], bad: Any) -> None:
    data = full_article().to_dict()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    assert errors_of(data), path


def test_missing_and_unknown_keys_are_rejected() -> None:
    data = full_article().to_dict()
    del data["officials"][0]["title"]
    data["countries"][0]["flag"] = "AZ"
    assert len(errors_of(data)) == 2


def check_article(text: str) -> None:
    article = diplotext.parse_article(text)
    assert errors_of(article.to_dict()) == []
    # the offsets the schema cannot express: every span is the original text
    for m in (
        [*article.dates]
        + [m for c in article.countries for m in c.mentions]
        + [m for o in article.organizations for m in o.mentions]
        + [m for o in article.officials for m in o.mentions]
        + [m for t in article.topics for m in t.evidence]
    ):
        assert text[m.start : m.end] == m.text
    names = {o.name for o in article.officials}
    for e in article.events:
        assert set(e.participants) <= names


def test_example_articles_conform(example_articles: list[Path]) -> None:
    assert example_articles
    for path in example_articles:
        check_article(path.read_text(encoding="utf-8"))


def test_dev_corpus_output_conforms(shared: Path) -> None:
    files = sorted((shared / "corpus" / "dev").glob("*.txt"))
    assert files
    for path in files:
        check_article(path.read_text(encoding="utf-8"))


def guideline_vocabulary(shared: Path) -> tuple[set[str], set[str], set[str]]:
    """(topic labels, roles, event types) as the annotation guidelines list them."""
    text = (shared / "corpus" / "GUIDELINES.md").read_text(encoding="utf-8")
    topics = set(re.findall(r"^\| `(\w+)` \|", text, flags=re.M))
    roles_part = text[text.index("- `role`:") : text.index("- `country`:")]
    types_part = text[text.index("`type` one of") : text.index("`participants`:")]
    return topics, set(re.findall(r"`(\w+)`", roles_part)), set(re.findall(r"`(\w+)`", types_part))


def test_vocabularies_are_those_of_the_guidelines(shared: Path) -> None:
    topics, roles, types = guideline_vocabulary(shared)
    defs = schema()["$defs"]
    assert set(defs["topic_label"]["enum"]) == topics
    assert set(defs["official"]["properties"]["role"]["enum"]) == roles - {"role"}
    assert set(defs["event"]["properties"]["type"]["enum"]) == types - {"type"}
