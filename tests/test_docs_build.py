"""The documentation site: every page is in the navigation, and (with the docs extra) it builds.

The examples inside the pages are doctests collected by pytest itself
(``--doctest-glob=*.md``); CI builds the site with ``.ci/docs.sh``.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def nav_pages(entries: Any) -> Iterator[str]:
    """Every page path of an mkdocs ``nav`` (nested lists of {title: page or list})."""
    if isinstance(entries, str):
        yield entries
    elif isinstance(entries, list):
        for entry in entries:
            yield from nav_pages(entry)
    elif isinstance(entries, dict):
        for value in entries.values():
            yield from nav_pages(value)


@pytest.fixture(scope="module")
def nav() -> list[str]:
    yaml = pytest.importorskip("yaml")
    if not (ROOT / "mkdocs.yml").is_file():
        pytest.skip("no mkdocs.yml (an unpacked sdist)")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return list(nav_pages(config["nav"]))


def test_every_page_is_in_the_navigation(nav: list[str]) -> None:
    pages = {
        str(p.relative_to(DOCS))
        for p in DOCS.rglob("*.md")
        if not any(part.startswith(".") for part in p.relative_to(DOCS).parts)
    }
    assert sorted(pages - set(nav)) == []


def test_every_navigation_entry_exists(nav: list[str]) -> None:
    assert [page for page in nav if not (DOCS / page).is_file()] == []
    assert len(nav) == len(set(nav))


@pytest.mark.skipif(
    importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("mkdocstrings") is None,
    reason="the docs extra is not installed (pip install '.[docs]')",
)
def test_site_builds_without_warnings(nav: list[str], tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert (tmp_path / "api" / "index.html").is_file()
    assert (tmp_path / "guides" / "evaluate" / "index.html").is_file()
