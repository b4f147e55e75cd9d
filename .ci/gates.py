"""Quality gates on the dev-corpus scores: fail when a score falls below its floor.

Floors only ever go up (raise one when the work beats it; never lower one).
Usage: python .ci/gates.py SCORES.json   (the output of score.py --json)
"""

from __future__ import annotations

import json
import sys

# (field, metric) -> floor
GATES: dict[tuple[str, str], float] = {}


def main(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        scores = json.load(f)
    failed = []
    for (field, metric), floor in sorted(GATES.items()):
        value = scores[field][metric]
        status = "ok " if value is not None and value >= floor else "LOW"
        print(f"{status} {field}.{metric} = {value} (floor {floor})")
        if status == "LOW":
            failed.append(f"{field}.{metric}")
    if failed:
        print("gates failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    print(f"{len(GATES)} gates passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
