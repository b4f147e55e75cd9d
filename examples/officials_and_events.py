"""Print a table of the officials and events of an article.

    python examples/officials_and_events.py [ARTICLE.txt]

Without an argument it reads the bundled round-up article.
"""

from __future__ import annotations

import sys
from pathlib import Path

import diplotext

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else HERE / "articles" / "roundup.txt"
    article = diplotext.parse_article(path.read_text(encoding="utf-8"))

    print(f"Officials in {path.name}")
    print(f"{'name':<28}{'role':<24}{'country':<9}organization")
    for o in article.officials:
        print(f"{o.name:<28}{o.role:<24}{o.country or '-':<9}{o.organization or '-'}")

    print()
    print("Events")
    print(f"{'type':<24}{'date':<12}{'location':<14}{'status':<9}participants")
    for e in article.events:
        print(
            f"{e.type:<24}{e.date or '-':<12}{e.location or '-':<14}{e.status:<9}"
            + ", ".join(e.participants)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
