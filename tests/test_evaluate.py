"""``diplotext evaluate`` and :mod:`diplotext.evaluate`: the scoring rules of the guidelines.

The reference scorer of the shared folder (``eval/score.py``) must give the same
numbers on the dev corpus, both on the library's own output and on synthetic
predictions that exercise every matching rule.
"""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from diplotext.evaluate import (
    EvaluationError,
    Scores,
    check_gold,
    evaluate,
    iter_gold,
    normalize_name,
    score_article,
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=300, check=False
    )


# --- the rules, one by one ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Jeyhun Bayramov", "jeyhun bayramov"),
        ("Tobias Billström", "tobias billstrom"),
        ("The European Council", "european council"),
        ("H.E. Ilham Aliyev", "ilham aliyev"),
        ("his Excellency Ilham Aliyev", "ilham aliyev"),
        ("Sheikh Mohammed bin Abdulrahman Al-Thani", "mohammed bin abdulrahman al thani"),
        ("Dr. Tedros Adhanom Ghebreyesus", "tedros adhanom ghebreyesus"),
        ("Drew Smith", "drew smith"),
        ("Organisation of Islamic Cooperation (OIC)", "organisation of islamic cooperation oic"),
        ("Côte d\u2019Ivoire", "cote d'ivoire"),
        ("  U.N.  ", "u n"),
    ],
)
def test_normalize_name(name: str, key: str) -> None:
    assert normalize_name(name) == key


@pytest.mark.parametrize(
    ("gold", "pred", "tp", "fp", "fn"),
    [
        ("2024-09-24", {"value": "2024-09-24"}, 1, 0, 0),
        ("2024-09-24", {"value": "2024-09-24T10:00+04:00"}, 1, 0, 0),
        ("2024-09-24T10:00+04:00", {"value": "2024-09-24T10:00+04:00"}, 1, 0, 0),
        ("2024-09-24T10:00+04:00", {"value": "2024-09-24T10:00+03:00"}, 0, 1, 1),
        ("2024-09-24T10:00+04:00", {"value": "2024-09-24"}, 0, 1, 1),
        ("2024-09-24", None, 0, 0, 1),
        (None, {"value": "2024-09-24"}, 0, 1, 0),
        (None, None, 0, 0, 0),
        ("XXXX-04-15", {"value": "XXXX-04-15"}, 1, 0, 0),
    ],
)
def test_published(gold: Any, pred: Any, tp: int, fp: int, fn: int) -> None:
    s = score_article({"published": gold}, {"published": pred})["published"]
    assert (s.tp, s.fp, s.fn) == (tp, fp, fn)


def test_sets_compare_values_not_mentions() -> None:
    gold = {"dates": [{"text": "April 4", "value": "2022-04-04"}], "topics": ["energy"]}
    pred = {
        "dates": [{"value": "2022-04-04"}, {"value": "2022-04-04"}, {"value": "2022"}],
        "topics": [{"label": "energy", "score": 0.5}, {"label": "security", "score": 0.2}],
    }
    s = score_article(gold, pred)
    assert (s["dates"].tp, s["dates"].fp, s["dates"].fn) == (1, 1, 0)
    assert (s["topics"].tp, s["topics"].fp) == (1, 1)


def test_organizations_match_on_any_alias() -> None:
    gold = {"organizations": [{"name": "Organization of Turkic States", "aliases": ["OTS"]}]}
    pred = {
        "organizations": [
            {"name": "OTS", "acronym": None, "aliases": []},
            {"name": "NATO", "acronym": "NATO", "aliases": []},
        ]
    }
    s = score_article(gold, pred)["organizations"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)


def test_official_attributes_and_organization_through_gold_entry() -> None:
    gold = {
        "organizations": [{"name": "United Nations", "aliases": ["UN"]}],
        "officials": [
            {
                "name": "António Guterres",
                "aliases": ["Guterres"],
                "role": "head_of_organization",
                "country": None,
                "organization": "United Nations",
            }
        ],
    }
    pred = {
        "officials": [
            {
                "name": "Antonio Guterres",
                "role": "head_of_organization",
                "country": None,
                "organization": "UN",
            }
        ]
    }
    s = score_article(gold, pred)["officials"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    assert [s.accuracy(a) for a in ("role", "country", "organization")] == [1.0, 1.0, 1.0]


def test_events_pair_by_people_then_best_agreement() -> None:
    officials = [
        {"name": "Maka Botchorishvili", "aliases": ["Botchorishvili"], "role": "foreign_minister"},
        {"name": "Margus Tsahkna", "aliases": ["Tsahkna"], "role": "foreign_minister"},
    ]
    gold = {
        "officials": officials,
        "events": [
            {
                "type": "meeting",
                "participants": ["Maka Botchorishvili", "Margus Tsahkna"],
                "date": "2025-03-13",
                "location": "Tbilisi",
                "status": "held",
            }
        ],
    }
    pred = {
        "officials": [{"name": "Botchorishvili"}, {"name": "Margus Tsahkna"}],
        "events": [
            {"type": "visit", "participants": ["Botchorishvili", "Tsahkna"], "status": "held"},
            {
                "type": "meeting",
                "participants": ["Tsahkna", "Botchorishvili"],
                "date": "2025-03-13",
                "location": "tbilisi",
                "status": "held",
            },
        ],
    }
    s = score_article(gold, pred)["events"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    assert [s.accuracy(a) for a in ("type", "date", "location", "status")] == [1.0] * 4


def test_table_and_json_shape() -> None:
    s = Scores()
    assert list(s.to_dict()) == [
        "published",
        "dates",
        "countries",
        "organizations",
        "officials",
        "events",
        "topics",
    ]
    assert s.to_dict()["events"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "tp": 0,
        "fp": 0,
        "fn": 0,
    }


# --- gold directories and the command -------------------------------------------------------


def write_gold(folder: Path, doc: str, text: str, gold: dict[str, Any]) -> None:
    (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    (folder / f"{doc}.json").write_text(json.dumps(gold), encoding="utf-8")


def test_bad_pairs_are_reported_and_skipped(tmp_path: Path) -> None:
    write_gold(tmp_path, "a", "Nothing here.\n", {"countries": []})
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "c.json").write_text("{}", encoding="utf-8")  # no c.txt
    items = list(iter_gold(tmp_path))
    assert [type(i).__name__ for i in items] == ["GoldPair", "EvaluationError", "EvaluationError"]
    errors: list[EvaluationError] = []
    assert evaluate(tmp_path, errors=errors).articles == 1
    assert "b.json" in str(errors[0]) and "c.txt" in str(errors[1])
    r = run("-m", "diplotext", "evaluate", str(tmp_path))
    assert r.returncode == 1
    assert "1 articles" in r.stdout and "b.json" in r.stderr


def test_empty_or_missing_directory_is_a_usage_error(tmp_path: Path) -> None:
    assert run("-m", "diplotext", "evaluate", str(tmp_path)).returncode == 2
    r = run("-m", "diplotext", "evaluate", str(tmp_path / "nope"))
    assert r.returncode == 2 and "not a directory" in r.stderr
    write_gold(tmp_path, "a", "Text.\n", {})
    r = run("-m", "diplotext", "evaluate", str(tmp_path), "--pred", str(tmp_path / "nope"))
    assert r.returncode == 2 and "not a directory" in r.stderr


def test_saved_predictions(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    write_gold(gold, "a", "Text one.\n", {"countries": ["AZ", "BE"]})
    write_gold(gold, "b", "Text two.\n", {"countries": ["FR"]})
    write_gold(gold, "c", "Text three.\n", {"countries": ["DE"]})
    (pred / "a.json").write_text(json.dumps({"countries": [{"alpha2": "AZ"}]}), "utf-8")
    (pred / "b.json").write_text("[1, 2]", "utf-8")  # not an article object
    errors: list[EvaluationError] = []
    s = evaluate(gold, predictions=pred, errors=errors)  # c has no prediction: nothing found
    assert s.articles == 2
    assert (s["countries"].tp, s["countries"].fp, s["countries"].fn) == (1, 0, 2)
    assert len(errors) == 1 and "b.json" in str(errors[0])


# --- agreement with the reference scorer ----------------------------------------------------


def reference(shared: Path, *args: str) -> dict[str, Any]:
    r = run(str(shared / "eval" / "score.py"), *args, "--json")
    assert r.returncode == 0, r.stderr
    out: dict[str, Any] = json.loads(r.stdout)
    return out


def test_evaluate_agrees_with_score_py_on_dev(shared: Path) -> None:
    dev = shared / "corpus" / "dev"
    r = run("-m", "diplotext", "evaluate", str(dev), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == reference(shared, str(dev))


def perturb(gold: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A prediction in the library's JSON shape made from a gold record, with mistakes."""
    g = copy.deepcopy(gold)

    def keep(items: list[Any]) -> list[Any]:
        return [x for x in items if rng.random() > 0.2]

    def alias_or_name(o: dict[str, Any]) -> str:
        names = [o["name"], *o.get("aliases", [])]
        return str(rng.choice(names))

    pub = g.get("published")
    choice = rng.random()
    published = None if pub is None and choice < 0.7 else {"value": pub or "2024-01-01"}
    if pub and choice < 0.2:
        published = {"value": pub[:10] + "T09:00+00:00"}
    elif pub and choice < 0.3:
        published = None
    dates = [{"value": d["value"], "text": d["text"]} for d in keep(g.get("dates", []))]
    if rng.random() < 0.3:
        dates.append({"value": "1999-12-31", "text": "x"})
    countries = [{"alpha2": c, "alpha3": "", "name": c} for c in keep(g.get("countries", []))]
    if rng.random() < 0.3:
        countries.append({"alpha2": "ZZ"})
    orgs = [
        {"name": alias_or_name(o), "acronym": None, "aliases": []}
        for o in keep(g.get("organizations", []))
    ]
    if rng.random() < 0.3:
        orgs.append({"name": "Fictional Council of Nowhere", "acronym": None, "aliases": []})
    officials = []
    for o in keep(g.get("officials", [])):
        officials.append(
            {
                "name": alias_or_name(o),
                "aliases": [],
                "title": None,
                "role": o["role"] if rng.random() < 0.7 else "other_official",
                "country": (o["country"] or "").lower() if rng.random() < 0.8 else "ZZ",
                "organization": (
                    alias_or_name(rng.choice(g["organizations"]))
                    if g.get("organizations") and rng.random() < 0.3
                    else o["organization"]
                ),
            }
        )
    if rng.random() < 0.3:
        officials.append({"name": "Nobody Inparticular", "role": "minister"})
    by_name = {o["name"]: o for o in g.get("officials", [])}
    events = []
    for e in keep(g.get("events", [])):
        people = [alias_or_name(by_name[p]) if p in by_name else p for p in e["participants"]]
        rng.shuffle(people)
        event = {
            "type": e["type"] if rng.random() < 0.7 else "meeting",
            "participants": people,
            "date": e["date"] if rng.random() < 0.7 else None,
            "location": (e["location"] or "").upper() if rng.random() < 0.7 else "Elsewhere",
            "status": e["status"] if rng.random() < 0.8 else "planned",
        }
        events.append(event)
        if rng.random() < 0.2:
            events.append({**event, "type": "phone_call"})
    topics = [{"label": t, "score": 0.5, "evidence": []} for t in keep(g.get("topics", []))]
    if rng.random() < 0.3:
        topics.append({"label": "tourism", "score": 0.1, "evidence": []})
    return {
        "published": published,
        "dates": dates,
        "countries": countries,
        "organizations": orgs,
        "officials": officials,
        "events": events,
        "topics": topics,
    }


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_scores_agree_with_score_py_on_perturbed_predictions(
    shared: Path, tmp_path: Path, seed: int
) -> None:
    dev = shared / "corpus" / "dev"
    rng = random.Random(seed)
    mine = Scores()
    for pair in iter_gold(dev):
        assert not isinstance(pair, EvaluationError)
        pred = perturb(dict(pair.gold), rng)
        (tmp_path / f"{pair.id}.json").write_text(json.dumps(pred), encoding="utf-8")
        score_article(pair.gold, pred, pair.id, mine)
    theirs = reference(shared, str(dev), "--pred", str(tmp_path))
    assert mine.to_dict() == theirs
    r = run("-m", "diplotext", "evaluate", str(dev), "--pred", str(tmp_path), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == theirs
    # the perturbations reach every rule: some of everything is right and wrong
    for field in ("dates", "countries", "organizations", "officials", "events", "topics"):
        s = mine[field]
        assert s.tp and s.fp and s.fn, field
    assert 0 < (mine["events"].accuracy("type") or 0) < 1
    assert 0 < (mine["officials"].accuracy("country") or 0) < 1


def test_details_list_each_disagreement(tmp_path: Path) -> None:
    write_gold(tmp_path, "a", "Nothing to report here.\n", {"published": None, "countries": ["ZZ"]})
    r = run("-m", "diplotext", "evaluate", str(tmp_path), "--details")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == f"1 articles in {tmp_path}"
    assert lines[1].split() == ["field", "P", "R", "F1", "tp/fp/fn", "attributes"]
    assert "[countries] a: missed ZZ" in lines
    r = run("-m", "diplotext", "evaluate", str(tmp_path), "--json", "--details")
    assert json.loads(r.stdout)["countries"]["fn"] == 1
    assert "[countries] a: missed ZZ" in r.stderr


def test_user_gazetteers_on_the_command_line(tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parent.parent / "examples" / "gazetteers"
    gold = {"organizations": [{"name": "International Fund for Saving the Aral Sea"}]}
    write_gold(tmp_path, "burabay", (examples / "burabay.txt").read_text(encoding="utf-8"), gold)
    option = f"organizations={examples / 'organizations.tsv'}"
    r = run("-m", "diplotext", "evaluate", str(tmp_path), "--gazetteer", option, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["organizations"]["tp"] == 1
    for bad in ("planets=x.tsv", "organizations", f"organizations={tmp_path / 'none.tsv'}"):
        r = run("-m", "diplotext", "evaluate", str(tmp_path), "--gazetteer", bad)
        assert r.returncode == 2 and r.stderr.startswith("diplotext: "), bad
    r = run("-m", "diplotext", "evaluate", str(tmp_path), "--gazetteer", option, "--pred", ".")
    assert r.returncode == 2 and "--pred" in r.stderr


# --- checking gold files --------------------------------------------------------------------

GOOD_GOLD: dict[str, Any] = {
    "id": "x",
    "published": "2025-03-14T16:05+04:00",
    "dates": [{"text": "March 13", "value": "2025-03-13"}],
    "countries": ["EE", "GE"],
    "organizations": [{"name": "European Union", "aliases": ["EU"]}],
    "officials": [
        {"name": "Maka Botchorishvili", "aliases": ["Botchorishvili"], "role": "foreign_minister",
         "country": "GE", "organization": None},
        {"name": "Margus Tsahkna", "aliases": [], "role": "foreign_minister", "country": "EE",
         "organization": None},
    ],
    "events": [{"type": "meeting", "participants": ["Botchorishvili", "Margus Tsahkna"],
                "date": "2025-03-13", "location": "Tbilisi", "status": "held"}],
    "topics": ["energy"],
}  # fmt: skip
GOOD_TEXT = "Maka Botchorishvili met Margus Tsahkna on March 13. Botchorishvili said..."


@pytest.mark.parametrize(
    ("path", "bad", "message"),
    [
        (("surprise",), 1, "unknown key 'surprise'"),
        (("published",), "14 March 2025", "published '14 March 2025' is not an ISO"),
        (("dates", 0, "value"), "2025-3-13", "date value '2025-3-13' is malformed"),
        (("dates", 0, "text"), "13 March", "date text '13 March' does not occur"),
        (("countries", 0), "Georgia", "country 'Georgia' is not an ISO alpha-2 code"),
        (("organizations", 0, "name"), "", "has no name"),
        (("officials", 0, "role"), "fm", "role 'fm' is not in the vocabulary"),
        (("officials", 1, "country"), "EST", "country 'EST' is not an ISO alpha-2 code"),
        (("officials", 1, "aliases"), ["M. Tsahkna"], "form 'M. Tsahkna' does not occur"),
        (("events", 0, "type"), "talks", "type 'talks' is not in the vocabulary"),
        (("events", 0, "status"), "done", "status 'done' is not held or planned"),
        (("events", 0, "date"), "March 13", "date 'March 13' is malformed"),
        (("events", 0, "participants"), ["Botchorishvili"], "fewer than two participants"),
        (("events", 0, "participants", 1), "Tsahkna", "participant 'Tsahkna' is no official"),
        (("topics", 0), "sports", "topic 'sports' is not in the vocabulary"),
    ],
)
def test_check_gold_finds_each_problem(path: tuple[Any, ...], bad: Any, message: str) -> None:
    assert check_gold(GOOD_GOLD, GOOD_TEXT) == []
    gold = copy.deepcopy(GOOD_GOLD)
    target = gold
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    problems = check_gold(gold, GOOD_TEXT)
    assert len(problems) == 1 and message in problems[0], problems


def test_check_command(tmp_path: Path, shared: Path) -> None:
    r = run("-m", "diplotext", "evaluate", str(shared / "corpus" / "dev"), "--check")
    assert r.returncode == 0, r.stdout
    assert r.stdout.strip().startswith("0 problem(s) in ")
    bad = copy.deepcopy(GOOD_GOLD)
    bad["topics"] = ["sports"]
    write_gold(tmp_path, "x", GOOD_TEXT, bad)
    r = run("-m", "diplotext", "evaluate", str(tmp_path), "--check")
    assert r.returncode == 1
    assert r.stdout.splitlines() == [
        f"{tmp_path / 'x.json'}: topic 'sports' is not in the vocabulary",
        "1 problem(s) in 1 gold file(s)",
    ]
