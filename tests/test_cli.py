"""The command line, run as users run it: in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import diplotext

GOOD = "Georgian Foreign Minister Maka Botchorishvili met Margus Tsahkna in Tbilisi.\n"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "diplotext", *args],
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_version() -> None:
    r = run("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"diplotext {diplotext.__version__}"


def test_help_has_examples() -> None:
    r = run("parse", "--help")
    assert r.returncode == 0
    assert "examples:" in r.stdout and "--format" in r.stdout


def test_no_command_is_a_usage_error() -> None:
    assert run().returncode == 2


def test_single_file_json_is_the_article_object(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    r = run("parse", str(f))
    assert r.returncode == 0, r.stderr
    assert list(json.loads(r.stdout)) == [
        "published",
        "dates",
        "countries",
        "organizations",
        "officials",
        "events",
        "topics",
    ]


def test_stdin_and_text_format() -> None:
    r = run("parse", "-", "--format", "text", "--published", "2025-03-14", stdin=GOOD.encode())
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("== -")


def test_bad_files_are_reported_and_the_rest_processed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00bad latin-1 \xe9")
    (tmp_path / "c.txt").write_text("", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    r = run("parse", str(tmp_path), str(missing), "--format", "jsonl")
    assert r.returncode == 1
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [Path(x["file"]).name for x in lines] == ["a.txt", "c.txt"]
    assert "b.txt: not UTF-8" in r.stderr
    assert "missing.txt: no such file" in r.stderr
    assert "Traceback" not in r.stderr


def test_directory_without_articles_is_an_error(tmp_path: Path) -> None:
    r = run("parse", str(tmp_path))
    assert r.returncode == 1
    assert "no *.txt articles" in r.stderr


def test_several_inputs_in_json_give_an_array(tmp_path: Path) -> None:
    for name in ("x.txt", "y.txt"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    r = run("parse", str(tmp_path / "x.txt"), str(tmp_path / "y.txt"))
    assert r.returncode == 0
    data = json.loads(r.stdout)
    assert [Path(d["file"]).name for d in data] == ["x.txt", "y.txt"]


def test_bad_published_is_a_usage_error_without_traceback(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    r = run("parse", str(f), "--published", "soon")
    assert r.returncode == 2
    assert "published" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX shell pipe")
def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    for i in range(300):
        (tmp_path / f"{i:03}.txt").write_text(GOOD, encoding="utf-8")
    r = subprocess.run(
        f"{sys.executable} -m diplotext parse {tmp_path} --format jsonl | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert len(r.stdout.splitlines()) == 1
    assert "Traceback" not in r.stderr
