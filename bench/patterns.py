"""Audit of the compiled patterns a Parser holds: compile and scan cost, ``regex`` vs ``re``.

    .venv/bin/python bench/patterns.py            # top 25 patterns by scan time
    .venv/bin/python bench/patterns.py --all      # every pattern

Walks the Parser's stage objects for compiled ``regex`` patterns and, for each,
measures the time to compile it and to scan the dev corpus with ``finditer``
(over the normalized text and its folded form). When the stdlib ``re`` module
compiles the same source, it is timed too and its matches compared: a pattern
that is only literals, classes and fixed look-arounds (the gazetteer tries)
often runs many times faster under ``re``. A full scan is an upper bound for
patterns that are only ever used with ``match``/``search`` at a few positions.

A second table lists the patterns (the stages' and the modules') whose ``match()``
at one position costs more on a long text than on a short one: the ``regex``
module first looks for a literal the pattern needs from the position to the
text's end. Such a pattern, matched at every hit of a long article, costs
quadratic time; compile it with ``diplotext.grammar.anchored`` unless it is
only used with ``search()`` or inside a short window.

Writes ``bench/results/patterns.json`` and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import RESULTS, find_corpus

_FLAGS = (
    (regex.IGNORECASE, re.IGNORECASE),
    (regex.MULTILINE, re.MULTILINE),
    (regex.DOTALL, re.DOTALL),
    (regex.VERBOSE, re.VERBOSE),
)
# flags of ``regex`` that ``re`` has no equivalent for (V0, UNICODE are the defaults there)
_HARMLESS = regex.V0 | regex.UNICODE


def walk(obj: Any, path: str, seen: set[int], depth: int = 0) -> Iterator[tuple[str, Any]]:
    """(attribute path, pattern) for every compiled ``regex`` pattern reachable from ``obj``."""
    if id(obj) in seen or depth > 6:
        return
    seen.add(id(obj))
    if isinstance(obj, regex.Pattern):
        yield path, obj
        return
    if isinstance(obj, (str, bytes, int, float, bool, type(None))):
        return
    if isinstance(obj, dict):
        for k, v in list(obj.items())[:2000]:
            yield from walk(
                v, f"{path}[{k!r}]" if isinstance(k, str) else f"{path}[]", seen, depth + 1
            )
        return
    if isinstance(obj, (list, tuple, set, frozenset)):
        for i, v in enumerate(list(obj)[:2000]):
            yield from walk(v, f"{path}[{i}]", seen, depth + 1)
        return
    names: list[str] = []
    if hasattr(obj, "__dict__"):
        names.extend(vars(obj))
    for cls in type(obj).__mro__:
        names.extend(getattr(cls, "__slots__", ()))
    if not names or type(obj).__module__.split(".")[0] not in ("diplotext", "run"):
        return
    for name in dict.fromkeys(names):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        yield from walk(value, f"{path}.{name}", seen, depth + 1)


def to_re(pattern: Any) -> tuple[re.Pattern[str] | None, str | None]:
    flags = pattern.flags & ~_HARMLESS
    re_flags = 0
    for rx, std in _FLAGS:
        if flags & rx:
            re_flags |= std
            flags &= ~rx
    if flags & ~(regex.ASCII | regex.LOCALE):
        return None, f"regex-only flags {flags:#x}"
    try:
        return re.compile(pattern.pattern, re_flags), None
    except re.error as exc:
        return None, f"re: {exc}"
    except (OverflowError, RecursionError) as exc:
        return None, f"re: {type(exc).__name__}"


def scan_time(p: Any, texts: list[str], repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        for text in texts:
            for _m in p.finditer(text):
                pass
        best = min(best, time.process_time() - t0)
    return best


def module_patterns() -> Iterator[tuple[str, Any]]:
    """(module.name, pattern) for every compiled ``regex`` pattern at a package module's top."""
    import importlib
    import pkgutil

    import diplotext

    for info in pkgutil.walk_packages(diplotext.__path__, "diplotext."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, regex.Pattern):
                yield f"{info.name}.{name}", value


def growing_matches(patterns: list[tuple[str, Any]]) -> list[dict[str, Any]]:
    """Patterns whose ``match()`` at one position gets slower with the length of the text."""
    line = "Foreign Minister Ana Ruiz met Prime Minister Luis Vega in Lima on Monday and "
    short, long = line * 25, line * 2500  # about 2 KB and 200 KB

    def cost(p: Any, text: str) -> float:
        t0 = time.perf_counter()
        for _ in range(20):
            p.match(text, 500)
        return (time.perf_counter() - t0) / 20

    rows = []
    for where, p in patterns:
        a, b = cost(p, short), cost(p, long)
        if b > 20 * a and b > 20e-6:
            rows.append({"where": where, "match_us_2kb": a * 1e6, "match_us_200kb": b * 1e6})
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--all", action="store_true", help="list every pattern, not the top 25")
    ap.add_argument("--corpus", help="directory of *.txt articles")
    opts = ap.parse_args()

    from diplotext.parser import Parser
    from diplotext.text.normalize import fold, normalize

    _, raw = find_corpus(opts.corpus)
    norms = [normalize(t) for t in raw]
    texts = norms + [fold(t) for t in norms]
    per_article = len(raw)

    parser = Parser()
    seen: set[int] = set()
    found: dict[tuple[str, int], tuple[str, Any]] = {}
    for stage in ("_dates", "_places", "_officials", "_topics", "_events"):
        for path, p in walk(getattr(parser, stage, None), stage, seen):
            found.setdefault((p.pattern, p.flags), (path, p))
    rows: list[dict[str, Any]] = []
    for path, p in found.values():
        t0 = time.process_time()
        regex.compile(p.pattern, p.flags | regex.V0 if not p.flags & regex.V1 else p.flags)
        compile_regex = time.process_time() - t0
        scan_regex = scan_time(p, texts)
        row: dict[str, Any] = {
            "where": path,
            "chars": len(p.pattern),
            "compile_regex_ms": compile_regex * 1000,
            "scan_regex_us_per_article": scan_regex / per_article * 1e6,
        }
        std, why = to_re(p)
        if std is not None:
            t0 = time.process_time()
            re.compile(p.pattern + "(?#)", std.flags)  # defeat re's cache
            row["compile_re_ms"] = (time.process_time() - t0) * 1000
            row["scan_re_us_per_article"] = scan_time(std, texts) / per_article * 1e6
            row["same_matches"] = all(
                [m.span() for m in p.finditer(t)] == [m.span() for m in std.finditer(t)]
                for t in texts
            )
        else:
            row["re"] = why
        rows.append(row)
    rows.sort(key=lambda r: -r["scan_regex_us_per_article"])
    every = {(p.pattern, p.flags): (where, p) for where, p in module_patterns()}
    every.update(found)
    growing = growing_matches(sorted(every.values(), key=lambda wp: wp[0]))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "patterns.json").write_text(
        json.dumps({"patterns": rows, "growing_match_cost": growing}, indent=1), encoding="utf-8"
    )

    total_regex = sum(r["scan_regex_us_per_article"] for r in rows)
    print(
        f"{len(rows)} distinct patterns; full scans of one article (normalized + folded) "
        f"cost {total_regex:,.0f} us under regex\n"
    )
    print("| pattern | chars | compile ms (regex / re) | scan us/article (regex / re) | same |")
    print("| --- | ---: | ---: | ---: | --- |")
    for r in rows if opts.all else rows[:25]:
        if "scan_re_us_per_article" in r:
            comp = f"{r['compile_regex_ms']:.1f} / {r['compile_re_ms']:.1f}"
            scan = f"{r['scan_regex_us_per_article']:,.0f} / {r['scan_re_us_per_article']:,.0f}"
            same = "yes" if r["same_matches"] else "NO"
        else:
            comp = f"{r['compile_regex_ms']:.1f} / -"
            scan = f"{r['scan_regex_us_per_article']:,.0f} / -"
            same = r["re"][:40]
        print(f"| `{r['where']}` | {r['chars']:,} | {comp} | {scan} | {same} |")
    print(
        f"\n{len(growing)} patterns whose match() at one position grows with the text "
        "(fine when used only with search() or inside a short window):\n"
    )
    print("| pattern | match us, 2 KB text | match us, 200 KB text |")
    print("| --- | ---: | ---: |")
    for g in growing:
        print(f"| `{g['where']}` | {g['match_us_2kb']:.1f} | {g['match_us_200kb']:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
