"""The HTML view in a real browser: headless Debian chromium loads the page, we read its DOM.

The browser is found as ``$DIPLOTEXT_CHROMIUM``, ``chromium``, ``chromium-browser``
or ``google-chrome`` on the PATH (``.ci/browser.sh`` installs Debian's ``chromium``);
without one every test here is skipped, saying so. Screenshots are written to
``$DIPLOTEXT_ARTIFACTS`` or ``tests/artifacts/`` (git-ignored by its own
``.gitignore``), one PNG per page, to be looked at.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import pytest

import diplotext
from diplotext.records import Article, Country, Event, Mention, Official
from diplotext.render import render_html
from test_render import HOSTILE, PageReader, hand_made, read_page, shown

HERE = Path(__file__).resolve().parent
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def find_browser() -> str | None:
    env = os.environ.get("DIPLOTEXT_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


@pytest.fixture(scope="module")
def browser() -> str:
    path = find_browser()
    if path is None:
        pytest.skip(
            "no headless browser: install Debian's chromium (bash .ci/browser.sh) "
            "or set DIPLOTEXT_CHROMIUM to a chromium binary"
        )
    return path


@pytest.fixture(scope="module")
def artifacts() -> Path:
    env = os.environ.get("DIPLOTEXT_ARTIFACTS")
    path = Path(env) if env else HERE / "artifacts"
    path.mkdir(parents=True, exist_ok=True)
    if not env:
        (path / ".gitignore").write_text("# screenshots of the browser tests\n*\n")
    return path


def chromium(browser: str, page: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run the browser once on ``page`` with a fresh profile."""
    with tempfile.TemporaryDirectory(prefix="diplotext-chromium-") as profile:
        result = subprocess.run(
            [browser, *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
            capture_output=True,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr[-2000:].decode("utf-8", "replace")
    return result


def dom_of(browser: str, page: Path) -> PageReader:
    """The page as the browser built it, serialized by ``--dump-dom`` and read back."""
    # Bytes, not text mode: universal newlines would turn the page's CRs into LFs.
    dom = chromium(browser, page, "--dump-dom").stdout.decode("utf-8")
    assert "<article" in dom, dom[:500]
    return read_page(dom)


def screenshot(browser: str, page: Path, png: Path, height: int = 1400) -> tuple[int, int]:
    """Save a screenshot; returns its (width, height) read from the PNG header."""
    png.unlink(missing_ok=True)
    chromium(browser, page, f"--screenshot={png}", f"--window-size=1400,{height}")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, tall = struct.unpack(">II", data[16:24])
    assert len(data) > 20_000  # a blank page compresses to a few hundred bytes
    return width, tall


def first_pieces(r: PageReader) -> dict[str, int]:
    counts: dict[str, int] = {}
    for info in r.marks.values():
        counts[info.kind] = counts.get(info.kind, 0) + info.firsts
    return counts


def expected_counts(article: Article) -> dict[str, int]:
    counts = {
        "date": len(article.dates) + (article.published is not None),
        "country": sum(len(c.mentions) for c in article.countries),
        "organization": sum(len(o.mentions) for o in article.organizations),
        "official": sum(len(o.mentions) for o in article.officials),
        "event": sum(1 for e in article.events if e.end > e.start),
        "topic": sum(len(t.evidence) for t in article.topics),
    }
    return {k: v for k, v in counts.items() if v}


def test_example_article_in_the_browser(browser: str, artifacts: Path, tmp_path: Path) -> None:
    source = HERE.parent / "examples" / "articles" / "bilateral.txt"
    text = source.read_text(encoding="utf-8")
    article = diplotext.parse_article(text)
    page = tmp_path / "bilateral.html"
    page.write_text(article.to_html(), encoding="utf-8")
    r = dom_of(browser, page)
    # The browser kept the text, every line role and every highlight.
    assert "".join(r.text) == text
    roles = {role for role, _ in r.roles}
    assert {"headline", "dateline", "byline", "body", "boilerplate"} <= roles
    assert first_pieces(r) == expected_counts(article)
    assert r.marks, "the parser found nothing to highlight in the example"
    assert all(info.firsts == 1 for info in r.marks.values())
    width, _ = screenshot(browser, page, artifacts / "render-bilateral.png")
    assert width == 1400


def test_nested_and_crossing_marks_survive_the_browser_parser(
    browser: str, artifacts: Path, tmp_path: Path
) -> None:
    article = hand_made()
    page = tmp_path / "hand_made.html"
    page.write_text(render_html(article), encoding="utf-8")
    r = dom_of(browser, page)
    assert "".join(r.text) == article.text
    assert first_pieces(r) == expected_counts(article)
    kinds_text = sorted((i.kind, "".join(i.text)) for i in r.marks.values())
    assert ("official", "French President Emmanuel Macron") in kinds_text
    assert ("country", "French") in kinds_text
    assert ("topic", "energy infrastructure") in kinds_text  # split in two pieces
    assert max(i.pieces for i in r.marks.values()) == 2
    screenshot(browser, page, artifacts / "render-nested.png", height=900)


def test_hostile_page_builds_no_foreign_element(browser: str, tmp_path: Path) -> None:
    text = "\n\n".join(HOSTILE)
    n = len(text)
    value = '"><script>document.title="pwned"</script><img src=x onerror=alert(1)>'
    every = [Mention(text[i : i + 1], i, i + 1) for i in range(0, n, 3)]
    article = Article(
        countries=[Country("XX", "XXX", value, every)],
        officials=[Official(value, (value,), value, value, value, value, every[::2])],
        events=[Event(value, [value, value], value, value, value, [value], value, 0, n)],
        text=text,
    )
    page = tmp_path / "hostile.html"
    page.write_text(render_html(article), encoding="utf-8")
    r = dom_of(browser, page)  # read_page checks: only our elements, no on* attribute
    assert "script" not in r.tags and "img" not in r.tags
    assert "".join(r.text) == shown(text)
    assert len(r.marks) == len(every) + len(every[::2]) + 1
