"""Every script in examples/ runs as a user would run it, and prints what the library finds."""

from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import jsonschema

import diplotext
from diplotext.schema import schema

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ARTICLES = EXAMPLES / "articles"
GAZETTEERS = EXAMPLES / "gazetteers"


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    r = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    return r


def test_every_example_script_is_tested() -> None:
    tested = {
        "officials_and_events.py",
        "roundup.py",
        "batch_jsonl.py",
        "events_table.py",
        "custom_gazetteer.py",
    }
    assert {p.name for p in EXAMPLES.glob("*.py")} <= tested


def test_officials_and_events() -> None:
    out = run("officials_and_events.py").stdout
    article = diplotext.parse_article((ARTICLES / "roundup.txt").read_text(encoding="utf-8"))
    assert out.startswith("Officials in roundup.txt")
    for official in article.officials:
        assert official.name in out


def test_roundup() -> None:
    path = ARTICLES / "roundup.txt"
    text = path.read_text(encoding="utf-8")
    article = diplotext.parse_article(text)
    lines = run("roundup.py", str(path)).stdout.splitlines()
    assert lines[0] == (
        f"roundup.txt: published {article.published.value if article.published else 'unknown'}, "
        f"{len(article.events)} events"
    )
    numbered = [line for line in lines if line[:1].isdigit()]
    assert len(numbered) == len(article.events)
    for line, event in zip(numbered, article.events, strict=True):
        assert f" {event.type} ({event.status}) " in line
        assert all(p in line for p in event.participants)
    assert lines[-1].startswith("topics of the day: ")
    assert all(t.label in lines[-1] for t in article.topics)


def test_roundup_with_published_date(tmp_path: Path) -> None:
    article = tmp_path / "undated.txt"
    article.write_text("The two foreign ministers met on Monday.\n", encoding="utf-8")
    out = run("roundup.py", str(article), "--published", "2025-03-14").stdout
    assert out.startswith("undated.txt: published 2025-03-14, ")


def test_batch_jsonl(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    sources = sorted(ARTICLES.glob("*.txt"))
    for path in sources:
        (folder / "sub" / path.name).write_text(path.read_text(encoding="utf-8"), "utf-8")
    out = tmp_path / "records.jsonl"
    summary = run("batch_jsonl.py", str(folder), str(out), "--workers", "2").stdout
    assert summary.startswith(f"{len(sources)} articles -> ")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["file"] for r in rows] == [f"sub/{p.name}" for p in sources]
    validator = jsonschema.Draft202012Validator(schema())
    for row, path in zip(rows, sources, strict=True):
        assert not list(validator.iter_errors(row["article"]))
        expected = diplotext.parse_article(path.read_text(encoding="utf-8")).to_dict()
        assert row["article"] == expected


def test_batch_jsonl_reports_unreadable_files(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Talks were held.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe not utf-8 \xff")
    r = subprocess.run(
        [sys.executable, str(EXAMPLES / "batch_jsonl.py"), str(tmp_path), str(tmp_path / "o.jl")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert r.returncode == 1
    assert "bad.txt" in r.stderr
    assert len((tmp_path / "o.jl").read_text(encoding="utf-8").splitlines()) == 1


def test_events_table(tmp_path: Path) -> None:
    table = tmp_path / "events.csv"
    out = run("events_table.py", str(ARTICLES), "--csv", str(table)).stdout
    parser = diplotext.Parser()
    expected = []
    for path in sorted(ARTICLES.glob("*.txt")):
        article = parser.parse(path.read_text(encoding="utf-8"))
        for number, event in enumerate(article.events, start=1):
            expected += [(path.name, str(number), event.type, p) for p in event.participants]
    assert out.startswith(f"{len(expected)} participant rows")
    with table.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["file"], r["event"], r["type"], r["participant"]) for r in rows] == expected
    assert "events by type:" in out and "participations by country:" in out


def custom_article() -> diplotext.Article:
    files = {p.stem: p for p in GAZETTEERS.glob("*.tsv")}
    assert set(files) == {"countries", "organizations", "places", "titles", "topics"}
    parser = diplotext.Parser(extra_gazetteers=files)
    return parser.parse((GAZETTEERS / "burabay.txt").read_text(encoding="utf-8"))


def test_custom_gazetteer() -> None:
    out = run("custom_gazetteer.py").stdout
    assert out.startswith("burabay.txt: ")
    added = out.split("Found only with the extra gazetteers:")[1].split("Found only without")[0]
    lines = [line.strip()[2:] for line in added.splitlines() if line.strip()]
    assert lines, out
    # every fact the script reports as added is one the extended parser finds
    spec = importlib.util.spec_from_file_location(
        "custom_gazetteer", EXAMPLES / "custom_gazetteer.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert set(lines) <= set(module.facts(custom_article()))


def test_custom_gazetteer_files_take_effect() -> None:
    article = custom_article()
    # each file of examples/gazetteers/ adds what it lists
    assert "HK" in [c.alpha2 for c in article.countries]
    assert ("International Fund for Saving the Aral Sea", "IFAS") in [
        (o.name, o.acronym) for o in article.organizations
    ]
    assert ("Zafar Rahimov", "Aral Envoy", "senior_diplomat") in [
        (o.name, o.title, o.role) for o in article.officials
    ]
    assert "Burabay" in [e.location for e in article.events]
    climate = [t for t in article.topics if t.label == "climate_environment"]
    assert climate and "glacier melt" in [m.text for m in climate[0].evidence]
    assert not list(jsonschema.Draft202012Validator(schema()).iter_errors(article.to_dict()))
