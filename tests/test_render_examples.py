"""The rendered examples linked from docs/rendering.md exist and show the current articles.

Run with ``DIPLOTEXT_REGENERATE_EXAMPLES=1`` to rewrite ``docs/examples/*.html``
from ``examples/articles/*.txt`` with the current parser.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from diplotext.cli import main
from test_render import read_page

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "docs" / "examples"


def page_path(article: Path) -> Path:
    return PAGES / f"{article.stem}.html"


@pytest.fixture(scope="module", autouse=True)
def regenerate(example_articles: list[Path]) -> None:
    if os.environ.get("DIPLOTEXT_REGENERATE_EXAMPLES") != "1":
        return
    PAGES.mkdir(parents=True, exist_ok=True)
    for path in example_articles:
        # Exactly what `diplotext render FILE -o PAGE` writes (docs/rendering.md).
        assert main(["render", str(path), "-o", str(page_path(path))]) == 0


def test_every_example_article_has_a_page_with_its_text(example_articles: list[Path]) -> None:
    assert example_articles
    for path in example_articles:
        page = page_path(path)
        assert page.exists(), f"{page} missing: regenerate (see docs/rendering.md)"
        r = read_page(page.read_text(encoding="utf-8"))
        assert "".join(r.text) == path.read_text(encoding="utf-8"), (
            f"{page.name} shows an older text of {path.name}: regenerate (see docs/rendering.md)"
        )
        assert r.marks, f"{page.name} highlights nothing"


def test_docs_link_every_example_page(example_articles: list[Path]) -> None:
    docs = (ROOT / "docs" / "rendering.md").read_text(encoding="utf-8")
    for path in example_articles:
        assert f"](examples/{path.stem}.html)" in docs
