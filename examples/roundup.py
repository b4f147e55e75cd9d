"""Follow a minister through a round-up article: one line per meeting of the day.

    python examples/roundup.py [ARTICLE.txt] [--published DATE]

Round-up articles ("the minister held a series of bilateral meetings...")
report many contacts under short headings. This script prints, for each event
the article reports, when and where it took place, who met whom (with their
roles and countries) and what they discussed, then the topics of the whole day.
Without an argument it reads the bundled round-up article.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import diplotext

HERE = Path(__file__).resolve().parent


def describe(official: diplotext.Official | None, name: str) -> str:
    if official is None:
        return name
    where = official.country or official.organization or "?"
    return f"{name} ({official.role}, {where})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("article", nargs="?", default=str(HERE / "articles" / "roundup.txt"))
    ap.add_argument("--published", help="publication date (ISO 8601) if the text lacks one")
    args = ap.parse_args(argv)

    text = Path(args.article).read_text(encoding="utf-8")
    article = diplotext.parse_article(text, published=args.published)
    by_name = {o.name: o for o in article.officials}

    published = article.published.value if article.published else "unknown"
    print(f"{Path(args.article).name}: published {published}, {len(article.events)} events")
    for number, event in enumerate(article.events, start=1):
        people = " + ".join(describe(by_name.get(p), p) for p in event.participants)
        print(
            f"{number}. {event.type} ({event.status}) on {event.date or 'date ?'} "
            f"in {event.location or 'place ?'}: {people}"
        )
        if event.topics:
            print(f"   topics: {', '.join(event.topics)}")
        evidence = " ".join(text[event.start : event.end].split())
        print(f"   text: {evidence[:100]}{'...' if len(evidence) > 100 else ''}")
    print("topics of the day: " + (", ".join(t.label for t in article.topics) or "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
