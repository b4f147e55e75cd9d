"""Shared fixtures: paths to the examples and, when present, the shared dev corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The fuzz target needs atheris and runs on its own (see tests/fuzz/fuzz_parse.py).
collect_ignore = ["fuzz"]

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def shared_dir() -> Path | None:
    """The team's shared folder (dev corpus, scorer), if this checkout has one beside it."""
    env = os.environ.get("DIPLOTEXT_SHARED")
    candidates = [Path(env)] if env else []
    candidates.append(ROOT.parent / "shared")
    for c in candidates:
        if (c / "corpus" / "dev").is_dir():
            return c
    return None


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if path is None:
        pytest.skip("the shared dev corpus is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def example_articles() -> list[Path]:
    return sorted((EXAMPLES / "articles").glob("*.txt"))


@pytest.fixture(scope="session")
def parser():  # type: ignore[no-untyped-def]
    """One Parser for the tests that parse many short articles."""
    # imported here, not at the top: conftest loads before pytest collects the doctests of
    # src/, and an early import would bind the package to another copy than theirs
    from diplotext import Parser

    return Parser()
