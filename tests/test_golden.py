"""The team-written golden sets, scored with the guidelines' rules; floors only go up.

Each set is ``<id>.txt`` + ``<id>.json`` pairs written by the team in the styles
of many outlets (wires, ministry readouts, scraped news sites, round-ups,
negative articles), scored blind once when written and used for tuning after:

- ``tests/golden``: 30 articles, blind scores published 0.81, dates 0.81,
  officials 0.93, events 0.68, topics 0.87.
- ``tests/golden2``: 12 articles written on 2026-11-27, blind scores published
  0.73, dates 0.98, countries 0.99, organizations 0.91, officials 0.92,
  events 0.72, topics 0.91.
- ``tests/golden3``: 12 more articles written the same day after the fixes the
  second set prompted, blind scores published 0.76, dates 0.85, countries 1.00,
  organizations 0.94, officials 0.92 (country 0.69), events 0.75, topics 0.90.
- ``tests/golden4``: 12 articles written on 2026-11-27 in twelve new outlets'
  styles, blind scores published 0.86, dates 0.92, countries 1.00,
  organizations 0.96, officials 0.91 (country 0.78), events 0.68, topics 0.91.
- ``tests/golden5``: 12 more in twelve other outlets' styles, written the same
  day and scored blind after golden4's fixes: published 0.73, dates 0.84,
  countries 0.98, organizations 0.96, officials 0.92 (country 0.81), events
  0.73, topics 0.90.
- ``tests/golden6``: 12 more, scored blind after golden5's fixes: published
  0.91, dates 0.95, countries 0.99, organizations 0.94, officials 0.89
  (country 0.90), events 0.53 (precision 0.57), topics 0.88.
- ``tests/golden7``: 12 more, scored blind after golden6's fixes: published
  0.96, dates 0.97, countries 1.00, organizations 0.95, officials 0.99
  (country 0.80), events 0.77, topics 0.88.
- ``tests/golden8``: 12 more, scored blind after golden7's fixes: published
  1.00, dates 0.92, countries 0.98, organizations 0.93, officials 0.97
  (country 0.84), events 0.89, topics 0.85.
- ``tests/golden9``: 12 longer, topic-rich articles, scored blind after golden8's
  fixes: published 0.80, dates 0.81, countries 0.99, organizations 0.87,
  officials 0.95 (country 0.90), events 0.66, topics 0.86; only one short round
  of fixes followed then, and a second round on 2026-11-28.
- ``tests/golden10``: 12 articles in twelve new outlets' styles, written on
  2026-11-27 and scored blind after golden9's first round: published 0.96,
  dates 0.93, countries 0.98, organizations 0.91, officials 0.93 (role 0.84,
  country 0.87), events 0.85, topics 0.97.
- ``tests/golden11``: 12 more in twelve other outlets' styles, scored blind
  after golden9's second round and golden10's round: published 0.82, dates
  0.96, countries 0.99, organizations 0.94, officials 0.89 (country 0.80),
  events 0.75, topics 0.81.
- ``tests/golden12``: 12 more in twelve other outlets' styles, scored blind
  after golden11's round (its officials fixes still in progress): published
  0.86, dates 0.99, countries 0.99, organizations 0.98, officials 0.98
  (country 0.87), events 0.87, topics 0.88.
- ``tests/golden13``: 12 more, scored blind after all of golden12's fixes:
  published 0.86, dates 0.85, countries 1.00, organizations 0.93, officials
  0.97 (country 0.92), events 0.93, topics 0.86; tuned on 2026-11-28.
- ``tests/golden14``: 12 more in twelve new outlets' styles, written on
  2026-11-28 and scored blind after golden13's round (which moved it by less
  than 0.01): published 0.96, dates 0.88, countries 0.99, organizations 0.98,
  officials 0.96 (country 0.84), events 0.72, topics 0.91; tuned the same day.
- ``tests/golden15`` and ``tests/golden16``: 12 more each, written during
  golden14's round and scored blind after it: published 1.00 and 0.96, dates
  0.96 and 0.96, countries 1.00 and 1.00, organizations 0.96 and 0.92,
  officials 0.95 (country 0.85) and 0.96 (country 0.96), events 0.80 and
  0.85, topics 0.91 and 0.88; both tuned the same day.
- ``tests/golden17``: 12 more, written during that round and scored blind
  after it: published 0.82, dates 0.96, countries 0.99, organizations 1.00,
  officials 0.94 (country 0.89), events 0.68, topics 0.88; tuned the same day.
- ``tests/golden18``: 12 more in twelve new outlets' styles, scored blind after
  golden17's round and not tuned on: its floors are its blind scores,
  published 1.00, dates 0.97, countries 0.99, organizations 0.90, officials
  0.98 (country 0.92), events 0.87, topics 0.82.

The floors below are the scores after tuning, rounded down: a change that
generalizes worse fails here even when the dev corpus does not notice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotext.evaluate import Scores, evaluate

HERE = Path(__file__).parent

# set -> (minimum number of articles, field -> minimum F1)
FLOORS: dict[str, tuple[int, dict[str, float]]] = {
    "golden": (
        30,
        {
            "published": 0.97,
            "dates": 0.95,
            "countries": 0.98,
            "organizations": 0.95,
            "officials": 0.97,
            "events": 0.95,
            "topics": 0.95,
        },
    ),
    "golden2": (
        12,
        {
            "published": 1.0,
            "dates": 0.99,
            "countries": 0.99,
            "organizations": 1.0,
            "officials": 0.99,
            "events": 0.96,
            "topics": 0.97,
        },
    ),
    "golden3": (
        12,
        {
            "published": 1.0,
            "dates": 1.0,
            "countries": 1.0,
            "organizations": 1.0,
            "officials": 0.99,
            "events": 0.96,
            "topics": 0.98,
        },
    ),
    "golden4": (
        12,
        {
            "published": 1.0,
            "dates": 1.0,
            "countries": 1.0,
            "organizations": 1.0,
            "officials": 1.0,
            "events": 0.97,
            "topics": 0.97,
        },
    ),
    "golden5": (
        12,
        {
            "published": 1.0,
            "dates": 1.0,
            "countries": 0.99,
            "organizations": 0.98,
            "officials": 1.0,
            "events": 1.0,
            "topics": 0.97,
        },
    ),
    "golden6": (
        12,
        {
            "published": 1.0,
            "dates": 0.98,
            "countries": 1.0,
            "organizations": 0.95,
            "officials": 0.99,
            "events": 0.92,
            "topics": 0.96,
        },
    ),
    "golden7": (
        12,
        {
            "published": 1.0,
            "dates": 0.97,
            "countries": 1.0,
            "organizations": 0.97,
            "officials": 1.0,
            "events": 0.91,
            "topics": 0.94,
        },
    ),
    "golden8": (
        12,
        {
            "published": 1.0,
            "dates": 0.93,
            "countries": 0.97,
            "organizations": 0.96,
            "officials": 1.0,
            "events": 0.93,
            "topics": 0.91,
        },
    ),
    "golden9": (
        12,
        {
            "published": 1.0,
            "dates": 0.99,
            "countries": 0.99,
            "organizations": 0.96,
            "officials": 0.99,
            "events": 0.87,
            "topics": 0.92,
        },
    ),
    "golden10": (
        12,
        {
            "published": 1.0,
            "dates": 0.98,
            "countries": 1.0,
            "organizations": 0.98,
            "officials": 0.99,
            "events": 0.98,
            "topics": 0.99,
        },
    ),
    "golden11": (
        12,
        {
            "published": 1.0,
            "dates": 0.98,
            "countries": 1.0,
            "organizations": 0.95,
            "officials": 0.98,
            "events": 0.94,
            "topics": 0.94,
        },
    ),
    "golden12": (
        12,
        {
            "published": 1.0,
            "dates": 1.0,
            "countries": 1.0,
            "organizations": 1.0,
            "officials": 1.0,
            "events": 0.97,
            "topics": 0.97,
        },
    ),
    "golden13": (
        12,
        {
            "published": 1.0,
            "dates": 0.97,
            "countries": 1.0,
            "organizations": 1.0,
            "officials": 0.99,
            "events": 0.97,
            "topics": 0.97,
        },
    ),
    "golden14": (
        12,
        {
            "published": 1.0,
            "dates": 0.96,
            "countries": 1.0,
            "organizations": 1.0,
            "officials": 1.0,
            "events": 0.92,
            "topics": 0.97,
        },
    ),
    "golden15": (
        12,
        {
            "published": 1.0,
            "dates": 0.97,
            "countries": 1.0,
            "organizations": 0.95,
            "officials": 0.97,
            "events": 0.9,
            "topics": 0.97,
        },
    ),
    "golden16": (
        12,
        {
            "published": 1.0,
            "dates": 0.98,
            "countries": 1.0,
            "organizations": 0.96,
            "officials": 0.97,
            "events": 0.89,
            "topics": 0.94,
        },
    ),
    "golden17": (
        12,
        {
            "published": 1.0,
            "dates": 0.97,
            "countries": 1.0,
            "organizations": 1.0,
            "officials": 0.96,
            "events": 0.84,
            "topics": 0.96,
        },
    ),
    "golden18": (
        12,
        {
            "published": 1.0,
            "dates": 0.96,
            "countries": 0.98,
            "organizations": 0.9,
            "officials": 0.98,
            "events": 0.86,
            "topics": 0.82,
        },
    ),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def golden_set(request: pytest.FixtureRequest) -> tuple[str, Scores]:
    name: str = request.param
    return name, evaluate(HERE / name)


@pytest.mark.parametrize("field", sorted(FLOORS["golden"][1]))
def test_golden_f1_floor(golden_set: tuple[str, Scores], field: str) -> None:
    name, scores = golden_set
    floor = FLOORS[name][1][field]
    got = scores[field].f1
    assert got >= floor, f"{name}: {field} F1 {got:.3f} fell below {floor}"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_golden_set_is_well_formed(name: str) -> None:
    folder = HERE / name
    texts = sorted(p.stem for p in folder.glob("*.txt"))
    golds = sorted(p.stem for p in folder.glob("*.json"))
    assert texts == golds
    assert len(texts) >= FLOORS[name][0]
