"""``diplotext render``: a page for a file or stdin, one-line errors, no traceback."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from diplotext.cli import build_argparser

ARTICLE = (
    "Ministers meet in Oslo\n\n"
    "Norwegian Foreign Minister Espen Barth Eide met his Finnish counterpart "
    "Elina Valtonen in Oslo on Monday.\n"
)


def render(*argv: str) -> tuple[int, str, str]:
    args = build_argparser().parse_args(["render", *argv])
    out, err = io.StringIO(), io.StringIO()
    status = args.run(args, out, err)
    return status, out.getvalue(), err.getvalue()


def test_file_to_stdout(tmp_path: Path) -> None:
    f = tmp_path / "oslo.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    status, out, err = render(str(f), "--published", "2025-02-10")
    assert (status, err) == (0, "")
    assert out.startswith("<!DOCTYPE html>") and out.endswith("</html>\n")
    assert "<title>Ministers meet in Oslo - diplotext</title>" in out
    assert "published 2025-02-10" in out


def test_output_file_and_title(tmp_path: Path) -> None:
    f = tmp_path / "no_headline.txt"
    f.write_text("Talks were held in Oslo on Monday, officials said.\n", encoding="utf-8")
    target = tmp_path / "page.html"
    status, out, err = render(str(f), "-o", str(target))
    assert (status, out, err) == (0, "", "")
    page = target.read_text(encoding="utf-8")
    assert "<title>no_headline - diplotext</title>" in page  # no headline: the file's name
    status, _, _ = render(str(f), "-o", str(target), "--title", "Oslo <talks>")
    assert status == 0
    assert "<title>Oslo &lt;talks&gt; - diplotext</title>" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "missing.txt: no such file"),
        (lambda d: d, "is a directory"),
    ],
)
def test_bad_input_is_one_line_and_status_1(
    tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    path = make(tmp_path)
    status, out, err = render(str(path))
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("diplotext: ") and message in err


def test_not_utf8_and_unwritable_output(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("Caf\xe9 talks".encode("latin-1"))
    status, _, err = render(str(f))
    assert status == 1 and "not UTF-8" in err and err.count("\n") == 1
    g = tmp_path / "ok.txt"
    g.write_text(ARTICLE, encoding="utf-8")
    status, _, err = render(str(g), "-o", str(tmp_path / "no" / "such" / "dir.html"))
    assert status == 1 and "cannot write" in err and err.count("\n") == 1


def test_bad_published_is_a_usage_error(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    status, _, err = render(str(f), "--published", "yesterday")
    assert status == 2 and "published" in err


def test_stdin_in_a_subprocess_writes_utf8_whatever_the_locale() -> None:
    text = ARTICLE + "Ankara, Türkiye: <script>alert(1)</script>\n"
    r = subprocess.run(
        [sys.executable, "-m", "diplotext", "render", "-"],
        input=text.encode("utf-8"),
        capture_output=True,
        timeout=120,
        env={"PYTHONIOENCODING": "ascii", "PATH": "/usr/bin:/bin"},
    )
    assert r.returncode == 0, r.stderr
    page = r.stdout.decode("utf-8")
    assert "Türkiye" in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page


def test_missing_file_in_a_subprocess_has_no_traceback(tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "diplotext", "render", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
