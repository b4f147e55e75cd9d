"""Extend diplotext with your own gazetteer files and show what they add.

    python examples/custom_gazetteer.py [ARTICLE.txt]

The TSV files in examples/gazetteers/ add, for a Central Asia desk, an
organization (IFAS), a resort town (Burabay), a title ("Aral Envoy"), topic cues
("desertification", "glacier melt") and a country code (Hong Kong). The script
parses the article with the default parser and with one built with those
files, and prints the records only the second one found.
"""

from __future__ import annotations

import sys
from pathlib import Path

import diplotext

HERE = Path(__file__).resolve().parent
GAZETTEERS = HERE / "gazetteers"
KINDS = ("countries", "organizations", "places", "titles", "topics")


def facts(article: diplotext.Article) -> list[str]:
    """One line per fact found, comparable between two parses of the same text."""
    out = [f"country {c.alpha2} ({c.name})" for c in article.countries]
    out += [f"organization {o.name} ({o.acronym or '-'})" for o in article.organizations]
    out += [
        f"official {o.name}: {o.title or '-'} -> {o.role}, {o.country or '-'}"
        for o in article.officials
    ]
    out += [
        f"event {e.type} at {e.location or '?'}: {' + '.join(e.participants)}"
        for e in article.events
    ]
    out += [
        f"topic {t.label}: " + ", ".join(dict.fromkeys(m.text for m in t.evidence))
        for t in article.topics
    ]
    return out


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else GAZETTEERS / "burabay.txt"
    text = path.read_text(encoding="utf-8")
    files = {kind: GAZETTEERS / f"{kind}.tsv" for kind in KINDS}
    default = diplotext.Parser()
    custom = diplotext.Parser(extra_gazetteers=files)
    before = facts(default.parse(text))
    after = facts(custom.parse(text))
    print(f"{path.name}: {len(before)} facts with the default parser, {len(after)} with")
    print("the gazetteers of " + ", ".join(f"{k}.tsv" for k in files))
    print()
    print("Found only with the extra gazetteers:")
    for line in after:
        if line not in before:
            print(f"  + {line}")
    print("Found only without them:")
    for line in before:
        if line not in after:
            print(f"  - {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
