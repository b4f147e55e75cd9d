"""diplotext benchmark: speed, start-up, memory, cost per stage, growth, batches, hostile inputs.

Run from the checkout (the package installed, e.g. editable in ``.venv``)::

    .venv/bin/python bench/run.py            # full run, a few minutes
    .venv/bin/python bench/run.py --quick    # smoke run, well under a minute
    .venv/bin/python bench/run.py --profile  # also write a cProfile report per stage

The corpus is built by cycling the dev corpus texts (``$DIPLOTEXT_SHARED/corpus/dev/*.txt``
or ``../shared/corpus/dev`` beside the checkout; ``--corpus DIR`` overrides; the example
articles are the fallback) to at least 2,000 articles. Results go to ``bench/results/``
(git-ignored): ``bench-<UTC time>.json`` and ``latest.json``, plus Markdown tables printed on
standard output (also saved as ``latest.txt``; ``--table FILE.json`` prints them again).

This is not a test: it never fails a build. It reports every gate of the performance
targets with ``pass``/``FAIL`` so a reader sees at once what is met. A stage that raises
is reported (``errors``) and replaced by an empty result, so the benchmark runs while
stages are being written.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import gc
import io
import json
import os
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"

# The gates of issue 8 (see docs/performance.md).
GATE_RATIO = 0.05  # parse throughput / baseline regex throughput
GATE_LINEAR = 2.0  # time per KB at 1 MB / time per KB at 10 KB
GATE_RSS_MB = 150.0  # peak RSS after parsing the corpus
GATE_STARTUP_S = 0.5  # import + Parser()
GATE_SCALING = 1.7  # parse_many 2 workers vs 1

# The baseline: one compiled ``regex`` scan collecting capitalized words, the
# cheapest thing a text tool can do with every byte of the text.
BASELINE_PATTERN = r"\b\p{Lu}\p{Ll}+\b"


# --------------------------------------------------------------------------- corpus


def find_corpus(given: str | None) -> tuple[Path, list[str]]:
    """The texts to cycle: ``--corpus``, then the shared dev corpus, then the examples."""
    candidates: list[Path] = []
    if given:
        candidates.append(Path(given))
    env = os.environ.get("DIPLOTEXT_SHARED")
    if env:
        candidates.append(Path(env) / "corpus" / "dev")
    candidates.append(ROOT.parent / "shared" / "corpus" / "dev")
    candidates.append(ROOT / "examples" / "articles")
    for c in candidates:
        files = sorted(c.glob("*.txt")) if c.is_dir() else []
        if files:
            return c, [f.read_text(encoding="utf-8-sig") for f in files]
    raise SystemExit("bench: no corpus found (set DIPLOTEXT_SHARED or pass --corpus DIR)")


def build_corpus(texts: Sequence[str], n: int) -> list[str]:
    """``n`` articles cycling ``texts``."""
    return [texts[i % len(texts)] for i in range(n)]


def text_of_size(texts: Sequence[str], size: int) -> str:
    """One long 'article' of about ``size`` characters: the texts joined, cut at a blank."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        t = texts[i % len(texts)]
        parts.append(t)
        total += len(t) + 2
        i += 1
    joined = "\n\n".join(parts)
    cut = joined.rfind(" ", 0, size)
    return joined[: cut if cut > size // 2 else size]


def mb(texts: Sequence[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


# --------------------------------------------------------------------------- helpers


def best_time(fn: Callable[[], Any], repeats: int) -> float:
    """The fastest of ``repeats`` runs of ``fn`` (seconds)."""
    times = []
    for _ in range(max(1, repeats)):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def cpu_seconds(fn: Callable[[], Any], repeats: int) -> float:
    """The least CPU time of this process over ``repeats`` runs (insensitive to other load)."""
    times = []
    for _ in range(max(1, repeats)):
        gc.collect()
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def idle_cpus(interval: float = 0.5) -> float | None:
    """How many CPUs sat idle during ``interval`` seconds (Linux /proc/stat), else None."""

    def sample() -> tuple[int, int]:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
        return fields[3] + fields[4], sum(fields)  # idle + iowait, total

    try:
        idle0, total0 = sample()
        time.sleep(interval)
        idle1, total1 = sample()
    except (OSError, ValueError, IndexError):
        return None
    if total1 == total0:
        return None
    return (idle1 - idle0) / (total1 - total0) * (os.cpu_count() or 1)


def wait_quiet(limit: float, need: float) -> float | None:
    """Wait up to ``limit`` seconds for ``need`` idle CPUs; the idle CPUs last seen."""
    deadline = time.monotonic() + limit
    idle = idle_cpus()
    while idle is not None and idle < need and time.monotonic() < deadline:
        idle = idle_cpus(1.0)
    return idle


def peak_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def git_commit() -> str | None:
    try:
        r = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
        )
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if r.returncode != 0:
        return None
    return r.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def run_child(args: list[str], timeout: float) -> dict[str, Any]:
    """Run ``bench/run.py --child ...`` in a fresh interpreter (``startup``: the cold
    ``bench/startup.py``); its JSON, or an error."""
    if args[0] == "startup":
        cmd = [sys.executable, str(HERE / "startup.py"), *args[1:]]
    else:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout:.0f} s", "timeout": timeout}
    if r.returncode != 0:
        tail = r.stderr.strip().splitlines()[-3:]
        return {"error": " | ".join(tail) or f"exit status {r.returncode}"}
    try:
        out: dict[str, Any] = json.loads(r.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"error": f"unreadable child output: {r.stdout[-200:]!r}"}
    return out


# --------------------------------------------------------------------------- children
# Measurements that need a fresh interpreter (import time, peak RSS) or a time limit
# (hostile inputs) run as ``bench/run.py --child KIND ...`` in a subprocess.


def startup_rest(
    argv: Sequence[str],
    version: str,
    parser: Any,
    wall: tuple[float, float, float],
    cpu: tuple[float, float, float],
) -> None:
    """The rest of ``bench/startup.py``: with import and ``Parser()`` timed cold (``wall``
    and ``cpu``: before the import, after it, after ``Parser()``), the first-parse latency
    and the peak RSS over the corpus; prints the section's JSON line."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus")
    ap.add_argument("--articles", type=int, default=2000)
    opts = ap.parse_args(argv)
    _, texts = find_corpus(opts.corpus)
    t3 = time.perf_counter()
    parser.parse(texts[0])
    t4 = time.perf_counter()
    rss_ready = peak_rss_mb()
    errors = 0
    for text in build_corpus(texts, opts.articles):
        try:
            parser.parse(text)
        except Exception:
            errors += 1
    print(
        json.dumps(
            {
                "version": version,
                "import_s": wall[1] - wall[0],
                "parser_s": wall[2] - wall[1],
                "import_cpu_s": cpu[1] - cpu[0],
                "parser_cpu_s": cpu[2] - cpu[1],
                "first_parse_s": t4 - t3,
                "rss_ready_mb": rss_ready,
                "peak_rss_mb": peak_rss_mb(),
                "errors": errors,
            }
        )
    )


def child_big(corpus_dir: str | None, size: int) -> dict[str, Any]:
    """Peak RSS of a fresh process that parses one article of ``size`` characters."""
    from diplotext.parser import Parser

    parser = Parser(max_chars=max(10_000_000, size))
    _, texts = find_corpus(corpus_dir)
    text = text_of_size(texts, size)
    ready = peak_rss_mb()
    parser.parse(text)
    return {"chars": len(text), "rss_ready_mb": ready, "peak_rss_mb": peak_rss_mb()}


def hostile_cases() -> dict[str, Callable[[int], str]]:
    """Generators of hostile texts of about ``size`` characters."""

    def fill(unit: str, size: int, head: str = "") -> str:
        return head + unit * max(1, (size - len(head)) // len(unit))

    caps = [
        "Alpha",
        "Bravo",
        "Charlie",
        "Delta",
        "Echo",
        "Foxtrot",
        "Golf",
        "Hotel",
        "India",
        "Juliett",
        "Kilo",
        "Lima",
        "Mike",
        "November",
        "Oscar",
        "Papa",
        "Quebec",
        "Romeo",
        "Sierra",
        "Tango",
        "Uniform",
        "Victor",
        "Whiskey",
        "Xray",
        "Yankee",
        "Zulu",
        "Paris",
        "London",
        "Berlin",
        "Moscow",
        "Foreign",
        "Minister",
        "President",
        "Ambassador",
        "Secretary",
        "General",
    ]

    def capitalized(size: int) -> str:
        words: list[str] = []
        total = 0
        i = 0
        while total < size:
            w = caps[(i * 7 + i // len(caps)) % len(caps)]
            words.append(w)
            total += len(w) + 1
            i += 1
        return " ".join(words)

    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "za", "be", "do", "fu"]

    def invented(i: int) -> str:
        # a distinct capitalized name per i: "Kalomi", "Kalone", ...
        parts = []
        for _ in range(3):
            parts.append(syllables[i % len(syllables)])
            i //= len(syllables)
        return "".join(parts).capitalize()

    def distinct_officials(size: int) -> str:
        # thousands of different officials: coreference and alias matching over all of them
        out: list[str] = []
        total, i = 0, 0
        while total < size:
            line = (
                f"Foreign Minister {invented(i)} {invented(i + 7)} met Prime Minister "
                f"{invented(i + 3)} {invented(i + 11)} in Paris on Monday. "
                f"{invented(i + 7)} said talks with {invented(i + 11)} went well. "
            )
            out.append(line)
            total += len(line)
            i += 13
        return "".join(out)

    countries = (
        "France, Germany, Italy, Spain, Poland, Japan, China, India, Brazil, Kenya, Egypt, "
        "Turkey, Iran, Iraq, Peru, Chile, Canada, Mexico, Norway, Sweden, the United States, "
    )
    months = ["January", "March", "May", "July", "September", "November"]

    def many_dates(size: int) -> str:
        out: list[str] = []
        total, i = 0, 0
        while total < size:
            line = f"On {i % 28 + 1} {months[i % 6]} {1990 + i % 35}, the envoys met again. "
            out.append(line)
            total += len(line)
            i += 1
        return "".join(out)

    return {
        # 100,000-odd capitalized words with no punctuation: name and title grammars
        "capitalized_words": capitalized,
        # "Minister of the of the of the ...": chained function words inside names
        "of_the_chain": lambda s: fill("of the ", s, "Minister ") + "Interior.",
        # "J. J. J. ...": initials and abbreviations that never end
        "initials": lambda s: fill("J. ", s, "President "),
        # one long run of digits: years, numeric dates
        "digit_run": lambda s: fill("1234567890", s),
        # one long run of dashes, then digit-dash runs that look like dates and ranges
        "dash_run": lambda s: fill("-", s),
        "digit_dash_run": lambda s: fill("12-", s, "On "),
        # the same title repeated thousands of times
        "repeated_titles": lambda s: fill("Foreign Minister ", s, "The "),
        # title, name and country repeated: the official grammar's loops
        "title_name_country": lambda s: fill("Foreign Minister Sergey Lavrov of Russia, ", s),
        # "(((...)))": deeply nested parentheses
        "nested_parentheses": lambda s: "(" * (s // 2) + "x" + ")" * (s // 2),
        "parenthesized_titles": lambda s: fill("(Foreign Minister ", s) + ")",
        # one very long token
        "long_word": lambda s: "a" * s,
        # month names and weekdays in a row
        "date_words": lambda s: fill("January Monday 2024 ", s, "On "),
        # many different officials, each named twice
        "distinct_officials": distinct_officials,
        # one endless list of countries
        "country_list": lambda s: fill(countries, s, "Ministers from "),
        # a full date in every sentence
        "many_dates": many_dates,
    }


def child_hostile(case: str, size: int, corpus_dir: str | None, repeats: int) -> dict[str, Any]:
    """Parse time (CPU) of one hostile text and of normal text of the same size."""
    from diplotext.parser import Parser

    parser = Parser(max_chars=max(10_000_000, 4 * size))
    _, texts = find_corpus(corpus_dir)
    if case == "single_line":
        normal = text_of_size(texts, size)
        hostile = " ".join(normal.split())
        normal = text_of_size(texts, len(hostile))
    else:
        hostile = hostile_cases()[case](size)
        normal = text_of_size(texts, len(hostile))
    parser.parse(texts[0])  # warm
    t_normal = cpu_seconds(lambda: parser.parse(normal), repeats)
    error = None
    try:
        t_hostile = cpu_seconds(lambda: parser.parse(hostile), repeats)
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"[:200]
        t_hostile = float("nan")
    return {
        "chars": len(hostile),
        "normal_s": t_normal,
        "hostile_s": t_hostile,
        "ratio": t_hostile / t_normal if t_normal else float("nan"),
        "error": error,
    }


# --------------------------------------------------------------------------- sections


def section_startup(opts: argparse.Namespace, n: int) -> dict[str, Any]:
    # the first run parses the corpus for the peak RSS; the others only start up
    runs = [
        run_child(["startup", "--articles", str(n if i == 0 else 0), *corpus_arg(opts)], 600)
        for i in range(1 if opts.quick else 3)
    ]
    good = [r for r in runs if "error" not in r]
    if not good:
        return {"error": runs[0].get("error")}
    out: dict[str, Any] = {}
    for key in ("import_s", "parser_s", "first_parse_s", "import_cpu_s", "parser_cpu_s"):
        out[key] = statistics.median(r[key] for r in good)
    out["import_plus_parser_s"] = statistics.median(r["import_s"] + r["parser_s"] for r in good)
    out["import_plus_parser_cpu_s"] = statistics.median(
        r["import_cpu_s"] + r["parser_cpu_s"] for r in good
    )
    big = run_child(["big", "--size", "1000000", *corpus_arg(opts)], 600)
    out["peak_rss_1mb_article_mb"] = big.get("peak_rss_mb")
    out["rss_ready_mb"] = max(r["rss_ready_mb"] for r in good)
    out["peak_rss_mb"] = max(r["peak_rss_mb"] for r in good)
    out["runs"] = len(good)
    out["version"] = good[0]["version"]
    return out


def section_throughput(parser: Any, corpus: list[str], repeats: int) -> dict[str, Any]:
    import regex

    baseline = regex.compile(BASELINE_PATTERN)
    size = mb(corpus)
    errors: list[str] = []

    def parse_all() -> None:
        for text in corpus:
            try:
                parser.parse(text)
            except Exception as exc:
                if len(errors) < 5:
                    errors.append(f"{type(exc).__name__}: {exc}"[:200])

    def scan_all() -> None:
        for text in corpus:
            baseline.findall(text)

    for text in corpus[:50]:  # warm caches (lazy tables, regex caches)
        with contextlib.suppress(Exception):
            parser.parse(text)
    t_parse = best_time(parse_all, repeats)
    t_base = best_time(scan_all, max(3, repeats))
    cpu_parse = cpu_seconds(parse_all, 1)
    cpu_base = cpu_seconds(scan_all, 3)
    parse_aps = len(corpus) / t_parse
    base_aps = len(corpus) / t_base
    return {
        "articles": len(corpus),
        "mb": size,
        "mean_kb": size * 1000 / len(corpus),
        "parse_s": t_parse,
        "parse_articles_per_s": parse_aps,
        "parse_mb_per_s": size / t_parse,
        "baseline_pattern": BASELINE_PATTERN,
        "baseline_s": t_base,
        "baseline_articles_per_s": base_aps,
        "baseline_mb_per_s": size / t_base,
        "ratio": parse_aps / base_aps,
        "cpu_parse_articles_per_s": len(corpus) / cpu_parse if cpu_parse else None,
        "cpu_baseline_articles_per_s": len(corpus) / cpu_base if cpu_base else None,
        "cpu_ratio": cpu_base / cpu_parse if cpu_parse else None,
        "errors": errors,
    }


def stage_calls(parser: Any) -> tuple[list[tuple[str, Callable[[str], Any]]], dict[str, Any]]:
    """The pipeline of ``Parser.parse``, stage by stage (mirrors parser.py)."""
    from diplotext import found
    from diplotext.records import Article
    from diplotext.text.segment import segment

    state: dict[str, Any] = {}

    def text_layer(text: str) -> Any:
        state["text"] = text
        state["doc"] = segment(text)
        return state["doc"]

    def dates(_: str) -> Any:
        state["dates"] = parser._dates(state["doc"], None)
        return state["dates"]

    def places(_: str) -> Any:
        state["places"] = parser._places(state["doc"])
        return state["places"]

    def officials(_: str) -> Any:
        state["officials"] = parser._officials(state["doc"], state["places"])
        return state["officials"]

    def topics(_: str) -> Any:
        state["topics"] = parser._topics(state["doc"], state["places"], state["officials"])
        return state["topics"]

    def events(_: str) -> Any:
        state["events"] = parser._events(
            state["doc"], state["dates"], state["places"], state["officials"], state["topics"]
        )
        return state["events"]

    def records(_: str) -> Any:
        d, p, o, t = state["dates"], state["places"], state["officials"], state["topics"]
        return Article(
            published=d.published,
            dates=d.dates,
            countries=p.countries,
            organizations=p.organizations,
            officials=o.officials,
            events=state["events"],
            topics=t.topics,
            text=state["text"],
        )

    # What a failed stage hands on, so that later stages still run.
    fallback = {
        "dates": found.DateResult(None, (), None),
        "places": found.EMPTY_PLACES,
        "officials": found.EMPTY_OFFICIALS,
        "topics": found.EMPTY_TOPICS,
        "events": (),
    }
    state["_fallback"] = fallback
    calls = [
        ("text layer", text_layer),
        ("dates", dates),
        ("places", places),
        ("officials", officials),
        ("topics", topics),
        ("events", events),
        ("records", records),
    ]
    return calls, state


def section_stages(parser: Any, corpus: list[str], repeats: int) -> dict[str, Any]:
    calls, state = stage_calls(parser)
    fallback = state["_fallback"]
    keys = {"dates", "places", "officials", "topics", "events"}
    best: dict[str, float] = {}
    errors: dict[str, str] = {}
    for _ in range(max(1, repeats)):
        totals = dict.fromkeys((name for name, _ in calls), 0.0)
        gc.collect()
        for text in corpus:
            if not text.strip():
                continue
            for name, fn in calls:
                t0 = time.process_time()
                try:
                    fn(text)
                except Exception as exc:
                    errors.setdefault(name, f"{type(exc).__name__}: {exc}"[:200])
                    if name in keys:
                        state[name] = fallback[name]
                totals[name] += time.process_time() - t0
        for name, t in totals.items():
            best[name] = min(best.get(name, t), t)
    total = sum(best.values())
    size = mb(corpus)
    return {
        "articles": len(corpus),
        "stages": {
            name: {
                "s": t,
                "share": t / total if total else 0.0,
                "us_per_article": t / len(corpus) * 1e6,
                "mb_per_s": size / t if t else float("inf"),
            }
            for name, t in best.items()
        },
        "total_s": total,
        "errors": errors,
    }


def section_growth(parser: Any, texts: list[str], quick: bool) -> dict[str, Any]:
    """CPU time per KB of one article of 1 KB to 1 MB (CPU time: robust to other load)."""
    sizes = [1_000, 10_000, 100_000, 1_000_000]
    budget = 0.5 if quick else 2.0  # seconds per size
    rows: dict[str, Any] = {}
    for size in sizes:
        text = text_of_size(texts, size)
        kb = len(text.encode("utf-8")) / 1000
        t0 = time.process_time()
        parser.parse(text)
        once = time.process_time() - t0
        reps = max(1, min(200, int(budget / max(once, 1e-3))))
        t = min(once, cpu_seconds(lambda text=text: parser.parse(text), reps))
        rows[f"{size // 1000}KB"] = {
            "chars": len(text),
            "kb": kb,
            "s": t,
            "repeats": reps + 1,
            "ms_per_kb": t / kb * 1000,
        }
    at10 = rows["10KB"]["ms_per_kb"]
    at1m = rows["1000KB"]["ms_per_kb"]
    return {"sizes": rows, "ratio_1mb_to_10kb": at1m / at10 if at10 else float("nan")}


def section_scaling(parser: Any, corpus: list[str], quiet_wait: float) -> dict[str, Any]:
    """Wall-clock speed-up of 2 workers over 1, and the CPU it took (robust to other load)."""

    def children_cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime

    def run(workers: int) -> tuple[float, float, float]:
        gc.collect()
        c0, w0, t0 = children_cpu(), time.process_time(), time.perf_counter()
        n = sum(1 for _ in parser.parse_many(corpus, workers=workers))
        assert n == len(corpus)
        # workers have exited (the pool is shut down), so their CPU time is counted
        return time.perf_counter() - t0, time.process_time() - w0, children_cpu() - c0

    out: dict[str, Any] = {"articles": len(corpus), "cpus": cpu_count()}
    out["idle_cpus_before"] = wait_quiet(quiet_wait, 1.8)
    try:
        run(2)  # warm: the first pool pays for forking and imports
        one = min((run(1) for _ in range(2)), key=lambda r: r[0])
        two = min((run(2) for _ in range(2)), key=lambda r: r[0])
    except Exception as exc:
        return {**out, "error": f"{type(exc).__name__}: {exc}"[:300]}
    t1, t2 = one[0], two[0]
    serial_cpu = one[1]
    main_cpu, workers_cpu = two[1], two[2]
    # On 2 idle cores the run takes about max(workers' CPU / 2, the main process's CPU).
    bound = max(workers_cpu / 2, main_cpu)
    out.update(
        {
            "workers_1_s": t1,
            "workers_2_s": t2,
            "workers_1_articles_per_s": len(corpus) / t1,
            "workers_2_articles_per_s": len(corpus) / t2,
            "speedup": t1 / t2,
            "serial_cpu_s": serial_cpu,
            "two_workers_main_cpu_s": main_cpu,
            "two_workers_workers_cpu_s": workers_cpu,
            "cpu_overhead": (main_cpu + workers_cpu) / serial_cpu if serial_cpu else None,
            "projected_speedup_idle": serial_cpu / bound if bound else None,
        }
    )
    if out["cpus"] < 2:
        out["note"] = "fewer than 2 CPUs available: the speedup cannot be measured here"
    return out


def section_hostile(opts: argparse.Namespace) -> dict[str, Any]:
    size = 100_000 if opts.quick else 1_000_000
    timeout = 60.0 if opts.quick else 180.0
    repeats = 1
    names = ["single_line", *hostile_cases()]
    if opts.hostile:
        names = [n for n in names if n in opts.hostile.split(",")]
    rows: dict[str, Any] = {}
    for name in names:
        args = ["hostile", "--case", name, "--size", str(size), "--repeats", str(repeats)]
        r = run_child([*args, *corpus_arg(opts)], timeout=timeout)
        rows[name] = r
        shown = f"{r['ratio']:.2f}x" if "ratio" in r else r.get("error", "?")
        print(f"  hostile {name:<22} {shown}", file=sys.stderr, flush=True)
    return {"size_chars": size, "timeout_s": timeout, "cases": rows}


def _short(filename: str) -> str:
    if "diplotext" in filename:
        return filename[filename.rfind("diplotext") :]
    if filename.startswith(("~", "<")):
        return "builtins"
    return "other: " + Path(filename).name


def section_profile(parser: Any, corpus: list[str], out_path: Path) -> dict[str, Any]:
    """cProfile of the corpus: the whole parse, then each stage apart (its top functions)."""
    buf = io.StringIO()
    prof = cProfile.Profile()
    prof.enable()
    for text in corpus:
        with contextlib.suppress(Exception):
            parser.parse(text)
    prof.disable()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("tottime").print_stats(40)
    stats.sort_stats("cumulative").print_stats(25)
    by_file: dict[str, float] = {}
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    for (filename, _line, _func), (_cc, _nc, tt, _ct, _callers) in raw.items():
        key = _short(filename)
        by_file[key] = by_file.get(key, 0.0) + tt
    total = sum(by_file.values())
    top = sorted(by_file.items(), key=lambda kv: -kv[1])[:20]
    buf.write("\nown time per source file:\n")
    for key, t in top:
        buf.write(f"  {t:8.3f} s  {t / total:6.1%}  {key}\n")

    # Each stage under its own profiler: where inside the stage the time goes.
    calls, state = stage_calls(parser)
    profiles = {name: cProfile.Profile() for name, _ in calls}
    for text in corpus:
        if not text.strip():
            continue
        for name, fn in calls:
            profiles[name].enable()
            try:
                fn(text)
            except Exception:
                if name in state["_fallback"]:
                    state[name] = state["_fallback"][name]
            finally:
                profiles[name].disable()
    per_stage: dict[str, list[tuple[str, float]]] = {}
    for name, pr in profiles.items():
        st: dict[Any, Any] = pstats.Stats(pr).stats  # type: ignore[attr-defined]
        rows = sorted(
            (
                (f"{_short(f)}:{line}({func})", tt)
                for (f, line, func), (_, _, tt, _, _) in st.items()
            ),
            key=lambda kv: -kv[1],
        )[:8]
        stage_total = sum(tt for (_, _, tt, _, _) in st.values())
        per_stage[name] = rows
        buf.write(f"\n== stage {name}: {stage_total:.3f} s own time, top functions\n")
        for label, tt in rows:
            share = tt / stage_total if stage_total else 0.0
            buf.write(f"  {tt:8.3f} s  {share:6.1%}  {label}\n")
    out_path.write_text(buf.getvalue(), encoding="utf-8")
    return {
        "file": str(out_path.relative_to(ROOT)),
        "own_time_by_file": {k: round(v, 4) for k, v in top},
        "per_stage_top": {k: [(f, round(t, 4)) for f, t in v] for k, v in per_stage.items()},
    }


# --------------------------------------------------------------------------- report


def gates(result: dict[str, Any]) -> dict[str, Any]:
    def gate(value: float | None, limit: float, higher_is_better: bool) -> dict[str, Any]:
        if value is None or value != value:  # missing or NaN
            return {"value": None, "limit": limit, "ok": None}
        ok = value >= limit if higher_is_better else value <= limit
        return {"value": value, "limit": limit, "ok": ok}

    t = result.get("throughput", {})
    s = result.get("startup", {})
    g = result.get("growth", {})
    sc = result.get("scaling", {})
    return {
        "ratio_to_regex": gate(t.get("ratio"), GATE_RATIO, True),
        "linear_1mb_vs_10kb": gate(g.get("ratio_1mb_to_10kb"), GATE_LINEAR, False),
        "peak_rss_mb": gate(s.get("peak_rss_mb"), GATE_RSS_MB, False),
        "import_plus_parser_s": gate(s.get("import_plus_parser_s"), GATE_STARTUP_S, False),
        "parse_many_2_workers": gate(sc.get("speedup"), GATE_SCALING, True),
    }


def table(result: dict[str, Any]) -> str:
    """The results as Markdown: a few lines of context, then one table per section."""
    out: list[str] = []

    def para(*lines: str) -> None:
        out.extend([*lines, ""])

    meta = result["meta"]
    load = meta.get("loadavg")
    load_text = "" if not load else f", load average {load[0]:.1f}"
    idle = meta.get("idle_cpus")
    idle_text = "" if idle is None else f", {idle:.1f} idle at start"
    para(
        f"diplotext {meta.get('version')} at {meta.get('commit')}, Python {meta['python']}, "
        f"{meta['machine']}, {meta['cpus']} CPUs{idle_text}{load_text}; "
        f"{'quick' if meta['quick'] else 'full'} run, {meta['date']}."
    )
    t = result.get("throughput")
    if t:
        para(
            f"Corpus: {t['articles']:,} articles, {t['mb']:.2f} MB (mean {t['mean_kb']:.1f} KB), "
            f"cycled from {Path(meta['corpus']).name}/."
        )
        rows = [
            "| one core | articles/s | MB/s |",
            "| --- | ---: | ---: |",
            f"| `Parser.parse` | {t['parse_articles_per_s']:,.0f} | {t['parse_mb_per_s']:.2f} |",
            f"| baseline `regex` pass `{t['baseline_pattern']}` | "
            f"{t['baseline_articles_per_s']:,.0f} | {t['baseline_mb_per_s']:.2f} |",
        ]
        if t.get("cpu_parse_articles_per_s"):
            rows.append(
                f"| `Parser.parse`, by CPU time | {t['cpu_parse_articles_per_s']:,.0f} | "
                f"{t['cpu_parse_articles_per_s'] * t['mb'] / t['articles']:.2f} |"
            )
        para(*rows)
        ratio = f"Ratio parse / baseline: {t['ratio']:.4f}"
        if t.get("cpu_ratio"):
            ratio += f" (by CPU time: {t['cpu_ratio']:.4f})"
        para(ratio + ".")
        if t["errors"]:
            para(f"Parse errors: {t['errors']}")
    s = result.get("startup")
    if s and "error" not in s:
        para(
            "| start-up | wall | CPU |",
            "| --- | ---: | ---: |",
            f"| `import diplotext` | {s['import_s'] * 1000:.0f} ms | "
            f"{s['import_cpu_s'] * 1000:.0f} ms |",
            f"| `Parser()` | {s['parser_s'] * 1000:.0f} ms | {s['parser_cpu_s'] * 1000:.0f} ms |",
            f"| first parse | {s['first_parse_s'] * 1000:.1f} ms | |",
            f"| peak RSS after the corpus | {s['peak_rss_mb']:.0f} MB | |",
            f"| peak RSS, one 1 MB article | {s.get('peak_rss_1mb_article_mb') or 0:.0f} MB | |",
        )
    elif s:
        para(f"Start-up: {s['error']}")
    st = result.get("stages")
    if st:
        rows = ["| stage (CPU time) | us/article | share | MB/s |", "| --- | ---: | ---: | ---: |"]
        for name, row in st["stages"].items():
            rows.append(
                f"| {name} | {row['us_per_article']:,.0f} | {row['share']:.0%} | "
                f"{row['mb_per_s']:.1f} |"
            )
        para(*rows)
        if st["errors"]:
            para(f"Stage errors: {st['errors']}")
    g = result.get("growth")
    if g:
        rows = ["| one article of | CPU ms | CPU ms per KB |", "| --- | ---: | ---: |"]
        for name, row in g["sizes"].items():
            rows.append(f"| {name} | {row['s'] * 1000:,.1f} | {row['ms_per_kb']:.3f} |")
        para(*rows)
    sc = result.get("scaling")
    if sc:
        if "error" in sc:
            para(f"parse_many: {sc['error']}")
        else:
            idle_before = sc.get("idle_cpus_before")
            rows = [
                f"| `parse_many`, {sc['articles']:,} articles | articles/s |",
                "| --- | ---: |",
                f"| 1 worker (in process) | {sc['workers_1_articles_per_s']:,.0f} |",
                f"| 2 workers | {sc['workers_2_articles_per_s']:,.0f} |",
                f"| speed-up | {sc['speedup']:.2f}x |",
            ]
            para(*rows)
            if sc.get("projected_speedup_idle"):
                para(
                    f"CPU used: {sc['serial_cpu_s']:.2f} s in one process; with 2 workers "
                    f"{sc['two_workers_workers_cpu_s']:.2f} s in the workers and "
                    f"{sc['two_workers_main_cpu_s']:.2f} s in the main process (overhead "
                    f"{sc['cpu_overhead']:.2f}x): about {sc['projected_speedup_idle']:.2f}x "
                    "on 2 idle cores"
                    + ("" if idle_before is None else f" ({idle_before:.1f} CPUs idle before).")
                )
    h = result.get("hostile")
    if h:
        rows = [
            f"| hostile input (~{h['size_chars']:,} chars) | hostile CPU s | "
            "same-size normal text CPU s | ratio |",
            "| --- | ---: | ---: | ---: |",
        ]
        for name, r in h["cases"].items():
            if r.get("error") and "ratio" not in r:
                rows.append(f"| {name} | {r['error']} | | |")
            else:
                note = f" ({r['error']})" if r.get("error") else ""
                rows.append(
                    f"| {name} | {r['hostile_s']:.3f}{note} | {r['normal_s']:.3f} | "
                    f"{r['ratio']:.2f}x |"
                )
        para(*rows)
    rows = ["| gate | value | limit | |", "| --- | ---: | ---: | --- |"]
    for name, g8 in result["gates"].items():
        ok = {True: "pass", False: "FAIL", None: "n/a"}[g8["ok"]]
        value = "-" if g8["value"] is None else f"{g8['value']:.3g}"
        rows.append(f"| {name} | {value} | {g8['limit']} | {ok} |")
    para(*rows)
    return "\n".join(out).rstrip() + "\n"


def corpus_arg(opts: argparse.Namespace) -> list[str]:
    return ["--corpus", opts.corpus] if opts.corpus else []


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sizes and one repeat: a smoke run")
    ap.add_argument("--articles", type=int, help="corpus size (default 2000; 400 with --quick)")
    ap.add_argument("--corpus", help="directory of *.txt articles to cycle")
    ap.add_argument("--profile", action="store_true", help="write a cProfile report")
    ap.add_argument(
        "--only",
        help="comma-separated sections: startup,throughput,stages,growth,scaling,hostile",
    )
    ap.add_argument("--hostile", help="comma-separated hostile cases to run (default all)")
    ap.add_argument("--out", default=str(RESULTS), help="results directory")
    ap.add_argument("--table", metavar="JSON", help="print the tables of a saved result and exit")
    ap.add_argument(
        "--wait-quiet",
        type=float,
        default=0.0,
        metavar="S",
        help="before timing, wait up to S seconds for the CPUs to be idle (shared machines)",
    )
    # internal: measurements run in a fresh interpreter
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--case", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--repeats", type=int, default=1, help=argparse.SUPPRESS)
    opts = ap.parse_args(argv)

    if opts.table:
        print(table(json.loads(Path(opts.table).read_text(encoding="utf-8"))), end="")
        return 0
    if opts.child == "big":
        print(json.dumps(child_big(opts.corpus, opts.size)))
        return 0
    if opts.child == "hostile":
        print(json.dumps(child_hostile(opts.case, opts.size, opts.corpus, opts.repeats)))
        return 0

    n = opts.articles or (400 if opts.quick else 2000)
    repeats = 1 if opts.quick else 2
    sections = set((opts.only or "startup,throughput,stages,growth,scaling,hostile").split(","))
    corpus_dir, texts = find_corpus(opts.corpus)
    corpus = build_corpus(texts, n)

    def say(msg: str) -> None:
        print(f"bench: {msg}", file=sys.stderr, flush=True)

    import diplotext
    from diplotext.parser import Parser

    parser = Parser()
    result: dict[str, Any] = {
        "meta": {
            "version": diplotext.__version__,
            "commit": git_commit(),
            "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%MZ"),
            "python": platform.python_version(),
            "machine": f"{platform.system()} {platform.machine()}",
            "processor": platform.processor() or None,
            "cpus": cpu_count(),
            "quick": opts.quick,
            "corpus": str(corpus_dir),
            "corpus_texts": len(texts),
            "command": "python bench/run.py " + " ".join(sys.argv[1:] if argv is None else argv),
            "loadavg": os.getloadavg() if hasattr(os, "getloadavg") else None,
        }
    }
    if opts.wait_quiet:
        say(f"waiting up to {opts.wait_quiet:.0f} s for idle CPUs")
    result["meta"]["idle_cpus"] = wait_quiet(opts.wait_quiet, cpu_count() - 0.2)
    if "startup" in sections:
        say("start-up and peak RSS (fresh interpreters)")
        result["startup"] = section_startup(opts, n)
    if "throughput" in sections:
        say(f"throughput over {n} articles")
        result["throughput"] = section_throughput(parser, corpus, repeats)
    if "stages" in sections:
        say("cost per stage")
        result["stages"] = section_stages(parser, corpus, repeats)
    if "growth" in sections:
        say("time per KB by article size")
        result["growth"] = section_growth(parser, texts, opts.quick)
    if "scaling" in sections:
        say("parse_many, 1 vs 2 workers")
        result["scaling"] = section_scaling(parser, corpus, opts.wait_quiet)
    if "hostile" in sections:
        say("hostile inputs (each in a fresh interpreter, with a time limit)")
        result["hostile"] = section_hostile(opts)
    out_dir = Path(opts.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    if opts.profile:
        say("profile")
        result["profile"] = section_profile(parser, corpus, out_dir / "profile.txt")
    result["gates"] = gates(result)

    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    text = json.dumps(result, indent=1, default=str)
    (out_dir / f"bench-{stamp}.json").write_text(text, encoding="utf-8")
    (out_dir / "latest.json").write_text(text, encoding="utf-8")
    shown = table(result)
    (out_dir / "latest.txt").write_text(shown, encoding="utf-8")
    print(shown, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
