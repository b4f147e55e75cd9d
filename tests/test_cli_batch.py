"""``diplotext parse`` on batches: JSON Lines input, worker processes, streaming, progress."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ARTICLES = [
    "Japanese Prime Minister Shigeru Ishiba met Emmanuel Macron in Paris on Monday.",
    "The European Union and Canada signed a trade agreement in Brussels on 3 March 2025.",
    "Indian External Affairs Minister S. Jaishankar spoke by phone with Marco Rubio.",
    "Kenya will host the African Union summit in Nairobi next month.",
    "Turkish Foreign Minister Hakan Fidan visited Baghdad on Tuesday for talks on water.",
]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "diplotext", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def rows(n: int) -> list[object]:
    return [
        {
            "url": f"https://example.org/{i}",
            "body": ARTICLES[i % len(ARTICLES)],
            "date": "2025-03-14",
        }
        for i in range(n)
    ]


def test_jsonl_input_fields_and_default_jsonl_output(tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "feed.jsonl", rows(3))
    r = run(
        "parse", str(f), "--input", "jsonl", "--text-field", "body",
        "--published-field", "date", "--id-field", "url",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [(o["file"], o["line"], o["id"]) for o in out] == [
        (str(f), i + 1, f"https://example.org/{i}") for i in range(3)
    ]
    assert all(o["article"]["published"]["value"] == "2025-03-14" for o in out)
    assert r.stderr == ""  # no progress: standard error is not a terminal


def test_jsonl_output_matches_parsing_each_text(tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "feed.jsonl", [{"text": t} for t in ARTICLES])
    r = run("parse", str(f), "--input", "jsonl")
    assert r.returncode == 0, r.stderr
    from diplotext import parse_article

    got = [json.loads(x)["article"] for x in r.stdout.splitlines()]
    assert got == [parse_article(t).to_dict() for t in ARTICLES]


def test_published_option_is_the_fallback_of_the_field(tmp_path: Path) -> None:
    f = write_jsonl(
        tmp_path / "f.jsonl",
        [{"text": ARTICLES[0], "date": "2024-05-01"}, {"text": ARTICLES[0]}],
    )
    r = run(
        "parse", str(f), "--input", "jsonl", "--published-field", "date",
        "--published", "2025-01-02",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    values = [json.loads(x)["article"]["published"]["value"] for x in r.stdout.splitlines()]
    assert values == ["2024-05-01", "2025-01-02"]


def test_bad_lines_are_reported_by_line_and_the_rest_processed(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(
        b'{"text": "Chile and Peru signed a border deal."}\n'
        b"not json at all\n"
        b"\n"
        b'["a", "list"]\n'
        b'{"title": "no text field"}\n'
        b'{"text": 42}\n'
        b'{"text": "Ghana hosted talks.", "date": "someday"}\n'
        b'{"text": "caf\xe9"}\n'
        b'{"text": "Norway mediated between the parties."}\n'
    )
    r = run("parse", str(f), "--input", "jsonl", "--published-field", "date")
    assert r.returncode == 1
    assert [json.loads(x)["line"] for x in r.stdout.splitlines()] == [1, 9]
    for expected in (
        "mixed.jsonl:2: not JSON",
        "mixed.jsonl:4: not a JSON object",
        "mixed.jsonl:5: no 'text' field",
        "mixed.jsonl:6: 'text' is int",
        "mixed.jsonl:7: published: cannot read 'someday'",
        "mixed.jsonl:8: not UTF-8",
    ):
        assert expected in r.stderr
    assert "Traceback" not in r.stderr


def test_directories_gzip_and_several_files(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "b.jsonl", rows(2))
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as g:
        for row in rows(3):
            g.write(json.dumps(row) + "\n")
    (tmp_path / "ignored.txt").write_text("not read in jsonl mode", encoding="utf-8")
    r = run("parse", str(tmp_path), "--input", "jsonl", "--text-field", "body")
    assert r.returncode == 0, r.stderr
    files = [Path(json.loads(x)["file"]).name for x in r.stdout.splitlines()]
    assert files == ["a.jsonl.gz"] * 3 + ["b.jsonl"] * 2


def test_empty_directory_and_missing_file_in_jsonl_mode(tmp_path: Path) -> None:
    r = run("parse", str(tmp_path), str(tmp_path / "nope.jsonl"), "--input", "jsonl")
    assert r.returncode == 1
    assert "no *.jsonl files" in r.stderr and "nope.jsonl: no such file" in r.stderr


def test_stdin_jsonl(tmp_path: Path) -> None:
    feed = "".join(json.dumps({"text": t}) + "\n" for t in ARTICLES)
    r = run("parse", "-", "--input", "jsonl", "--format", "text", stdin=feed)
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("== -:") == len(ARTICLES)


def test_json_format_of_jsonl_input_is_one_array(tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "one.jsonl", [{"text": ARTICLES[1]}])
    r = run("parse", str(f), "--input", "jsonl", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert isinstance(data, list) and data[0]["line"] == 1


def test_workers_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    for i in range(40):
        (tmp_path / f"{i:03}.txt").write_text(ARTICLES[i % len(ARTICLES)], encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe not utf-8")
    one = run("parse", str(tmp_path), "--format", "jsonl")
    two = run("parse", str(tmp_path), "--format", "jsonl", "--workers", "2")
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert len(two.stdout.splitlines()) == 40
    assert "bad.txt: not UTF-8" in two.stderr and "Traceback" not in two.stderr


def test_workers_with_jsonl_and_published(tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "feed.jsonl", rows(30))
    args = [
        "parse",
        str(f),
        "--input",
        "jsonl",
        "--text-field",
        "body",
        "--published-field",
        "date",
    ]
    one = run(*args)
    two = run(*args, "--workers", "2")
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout


@pytest.mark.parametrize("bad", ["0", "-2", "two"])
def test_bad_workers_is_a_usage_error(bad: str) -> None:
    r = run("parse", "-", "--workers", bad, stdin="text")
    assert r.returncode == 2
    assert "--workers" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_output_streams_while_the_input_is_still_open() -> None:
    """A live feed: the first article comes out before the feed ends."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "diplotext", "parse", "-", "--input", "jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(json.dumps({"text": ARTICLES[0]}) + "\n")
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())  # blocks until written
        assert first["line"] == 1
        proc.stdin.write(json.dumps({"text": ARTICLES[1]}) + "\n")
        proc.stdin.close()
        assert json.loads(proc.stdout.readline())["line"] == 2
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_on_a_terminal_only(tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "feed.jsonl", rows(5))
    master, slave = os.openpty()
    try:
        r = subprocess.run(
            [sys.executable, "-m", "diplotext", "parse", str(f), "--input", "jsonl",
             "--text-field", "body"],
            stdout=subprocess.PIPE,
            stderr=slave,
            timeout=120,
        )  # fmt: skip
        os.close(slave)
        shown = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(master)
    assert r.returncode == 0
    assert len(r.stdout.splitlines()) == 5  # the records stay clean
    assert b"5 articles" in shown


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX shell pipe")
def test_broken_pipe_with_workers_is_quiet(tmp_path: Path) -> None:
    for i in range(200):
        (tmp_path / f"{i:03}.txt").write_text(ARTICLES[i % len(ARTICLES)], encoding="utf-8")
    r = subprocess.run(
        f"{sys.executable} -m diplotext parse {tmp_path} --format jsonl --workers 2 | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert len(r.stdout.splitlines()) == 1
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_bug_in_one_article_is_reported_and_the_rest_parsed(
    tmp_path: Path,
    workers: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A stage that raises on one article (a bug) costs that article only, with or without workers."""
    from diplotext.cli import main
    from diplotext.events.topics import TopicStage

    real = TopicStage.__call__

    def broken(self: TopicStage, doc: Any, *args: Any) -> Any:
        if "Kenya" in doc.text:
            raise IndexError("stage bug")
        return real(self, doc, *args)

    # patched on the class, so forked workers inherit it
    monkeypatch.setattr(TopicStage, "__call__", broken)
    f = write_jsonl(tmp_path / "feed.jsonl", rows(10))
    status = main(
        ["parse", str(f), "--input", "jsonl", "--text-field", "body", "--workers", workers]
    )
    captured = capsys.readouterr()
    assert status == 1
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [rec["line"] for rec in lines] == [1, 2, 3, 5, 6, 7, 8, 10]
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2
    assert all("internal error, please report it: IndexError: stage bug" in e for e in errors)
    assert "feed.jsonl:4" in errors[0] and "feed.jsonl:9" in errors[1]
    assert "Traceback" not in captured.err
