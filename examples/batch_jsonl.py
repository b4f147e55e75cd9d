"""Parse a folder of articles into a JSON Lines file, in parallel.

    python examples/batch_jsonl.py ARTICLES_DIR OUT.jsonl [--workers N] [--published DATE]

Every ``*.txt`` file below ARTICLES_DIR (sorted) becomes one line
``{"file": ..., "article": ...}`` of OUT.jsonl, written as soon as it is
parsed; the article object is ``Article.to_dict()`` (see ``diplotext schema``).
Files that cannot be read are reported on stderr and skipped (exit status 1).
The same as ``diplotext parse ARTICLES_DIR --format jsonl``, as a starting
point for your own pipeline.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import diplotext


def readable(paths: list[Path], failed: list[str]) -> Iterator[tuple[Path, str]]:
    """(path, text) of each file that can be read as UTF-8; the others go to ``failed``."""
    for path in paths:
        try:
            yield path, path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            failed.append(f"{path}: {exc}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--published", help="publication date (ISO 8601) for every article")
    args = ap.parse_args(argv)

    paths = sorted(p for p in args.folder.rglob("*.txt") if p.is_file())
    failed: list[str] = []
    pairs = list(readable(paths, failed))
    parser = diplotext.Parser()
    items = ((text, args.published) for _, text in pairs)
    counts = {"events": 0, "officials": 0}
    with args.out.open("w", encoding="utf-8") as out:
        articles = parser.parse_many(items, workers=args.workers)
        for (path, _), article in zip(pairs, articles, strict=True):
            record = {"file": str(path.relative_to(args.folder)), "article": article.to_dict()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            counts["events"] += len(article.events)
            counts["officials"] += len(article.officials)
    for line in failed:
        print(f"batch_jsonl: {line}", file=sys.stderr)
    print(
        f"{len(pairs)} articles -> {args.out} "
        f"({counts['officials']} officials, {counts['events']} events)"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
