"""A pandas table of the diplomatic events in a folder of articles.

    python examples/events_table.py [ARTICLES_DIR] [--csv OUT.csv]

One row per event: the file, type, status, date, location, each participant's
name, role and country, and the topics discussed; then counts of events by
type and by participating country. Needs pandas (``pip install pandas``).
Without an argument it reads the bundled example articles.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pandas as pd

import diplotext

HERE = Path(__file__).resolve().parent
COLUMNS = ["file", "event", "type", "status", "date", "location", "participant", "role",
           "country", "topics"]  # fmt: skip


def event_rows(name: str, article: diplotext.Article) -> list[dict[str, Any]]:
    """One row per (event, participant); ``event`` numbers the events of the article."""
    officials = {o.name: o for o in article.officials}
    rows = []
    for number, event in enumerate(article.events, start=1):
        for person in event.participants:
            official = officials.get(person)
            rows.append(
                {
                    "file": name,
                    "event": number,
                    "type": event.type,
                    "status": event.status,
                    "date": event.date,
                    "location": event.location,
                    "participant": person,
                    "role": official.role if official else None,
                    "country": official.country if official else None,
                    "topics": ", ".join(event.topics),
                }
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=HERE / "articles")
    ap.add_argument("--csv", type=Path, help="also write the table to this CSV file")
    args = ap.parse_args(argv)

    parser = diplotext.Parser()
    rows: list[dict[str, Any]] = []
    for path in sorted(args.folder.glob("*.txt")):
        rows.extend(event_rows(path.name, parser.parse(path.read_text(encoding="utf-8"))))
    table = pd.DataFrame(rows, columns=COLUMNS)

    pd.set_option("display.width", 200)
    pd.set_option("display.max_colwidth", 40)
    print(f"{len(table)} participant rows")
    print(table.drop(columns="topics").to_string(index=False))
    events = table.drop_duplicates(["file", "event"])
    print()
    print("events by type:")
    print(events.groupby("type").size().to_string())
    print()
    print("participations by country:")
    print(table.groupby("country").size().sort_values(ascending=False).to_string())
    if args.csv:
        table.to_csv(args.csv, index=False)
        print(f"\nwrote {args.csv}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
