"""``diplotext parse``: parse files, directories, JSON Lines archives or standard input.

Inputs are read lazily and results written as each article is parsed (except
``--format json``, which writes one document at the end), so archives larger
than memory and endless feeds on standard input work. ``--workers N`` parses
in N processes with :meth:`diplotext.parser.Parser.parse_many`, keeping the
input order. Progress goes to standard error, only when it is a terminal.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NamedTuple, TextIO, cast

from diplotext.errors import DiplotextError
from diplotext.parser import Parser, Published, check_published
from diplotext.records import Article, ParseFailure

__all__ = [
    "HELP",
    "NAME",
    "InputError",
    "Record",
    "add_arguments",
    "iter_inputs",
    "iter_jsonl",
    "run",
]

NAME = "parse"
HELP = "parse article files, directories, JSON Lines archives, or standard input"
EXAMPLES = """\
examples:
  diplotext parse examples/articles/roundup.txt
  diplotext parse articles/ --format jsonl > records.jsonl
  cat article.txt | diplotext parse - --format text --published 2024-10-21
  diplotext parse archive.jsonl.gz --input jsonl --text-field body \\
      --published-field date --id-field url --workers 4 > records.jsonl
  tail -f feed.jsonl | diplotext parse - --input jsonl
"""


class InputError(Exception):
    """An input that cannot be read; reported per file (or per line of JSON Lines)."""


class Record(NamedTuple):
    """One article to parse: where it comes from, its text (or why it has none), its date."""

    file: str
    line: int | None
    text: str | InputError
    published: Published = None
    id: Any = None

    @property
    def name(self) -> str:
        """``file`` or ``file:line``, as messages and summaries name it."""
        return self.file if self.line is None else f"{self.file}:{self.line}"


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Declare the options of ``diplotext parse``."""
    p.epilog = EXAMPLES
    p.add_argument("inputs", nargs="+", metavar="FILE|DIR|-", help="files, directories, or -")
    p.add_argument(
        "--input",
        choices=("text", "jsonl"),
        default="text",
        help="text (default): one article per file, directories walked for *.txt; "
        "jsonl: one JSON object per line, directories walked for *.jsonl and *.jsonl.gz",
    )
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "text"),
        default=None,
        help="json (default for text input): one article object (an array of {file, article} "
        "for several inputs); jsonl (default for jsonl input): one {file, article} line per "
        "article, written as it is parsed; text: a readable summary",
    )
    p.add_argument("--published", metavar="DATE", help="publication date (ISO 8601) for all inputs")
    p.add_argument(
        "--text-field", default="text", metavar="NAME", help="jsonl: the field holding the text"
    )
    p.add_argument(
        "--published-field",
        metavar="NAME",
        help="jsonl: the field holding the publication date (ISO 8601); "
        "records without it fall back to --published",
    )
    p.add_argument("--id-field", metavar="NAME", help='jsonl: a field copied to the output as "id"')
    p.add_argument(
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="parse in N worker processes (default 1); the output order is the input order",
    )


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def iter_inputs(inputs: Sequence[str]) -> Iterator[tuple[str, str | InputError]]:
    """(name, text or error) for every input, directories walked for *.txt in sorted order."""
    for item in inputs:
        if item == "-":
            data = sys.stdin.buffer.read()
            yield "-", _decode("-", data)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                yield item, InputError(f"{item}: directory has no *.txt articles")
            for f in files:
                yield str(f), _read(f)
        else:
            yield item, _read(path)


def _read(path: Path) -> str | InputError:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return InputError(f"{path}: no such file")
    except IsADirectoryError:
        return InputError(f"{path}: is a directory")
    except PermissionError:
        return InputError(f"{path}: permission denied")
    except OSError as exc:
        return InputError(f"{path}: cannot read ({exc.strerror or exc})")
    return _decode(str(path), data)


def _decode(name: str, data: bytes) -> str | InputError:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(f"{name}: not UTF-8 text (byte {exc.start}: {exc.reason})")


def iter_jsonl(
    inputs: Sequence[str],
    text_field: str = "text",
    published_field: str | None = None,
    id_field: str | None = None,
) -> Iterator[Record]:
    """One :class:`Record` per line of JSON Lines inputs, read lazily.

    Directories are walked for ``*.jsonl`` and ``*.jsonl.gz`` in sorted order;
    ``-`` is standard input, read line by line (an endless feed works). Blank
    lines are skipped; a bad line is a record holding an :class:`InputError`.
    """
    for item in inputs:
        if item == "-":
            yield from _jsonl_lines("-", sys.stdin.buffer, text_field, published_field, id_field)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.name.endswith((".jsonl", ".jsonl.gz"))
            )
            if not files:
                yield Record(item, None, InputError(f"{item}: directory has no *.jsonl files"))
        else:
            files = [path]
        for f in files:
            try:
                stream = _open_binary(f)
            except FileNotFoundError:
                yield Record(str(f), None, InputError(f"{f}: no such file"))
                continue
            except IsADirectoryError:
                yield Record(str(f), None, InputError(f"{f}: is a directory"))
                continue
            except PermissionError:
                yield Record(str(f), None, InputError(f"{f}: permission denied"))
                continue
            except OSError as exc:
                yield Record(str(f), None, InputError(f"{f}: cannot read ({exc.strerror or exc})"))
                continue
            with stream:
                yield from _jsonl_lines(str(f), stream, text_field, published_field, id_field)


def _open_binary(path: Path) -> IO[bytes]:
    if path.name.endswith(".gz"):
        return cast("IO[bytes]", gzip.open(path))
    return path.open("rb")


def _jsonl_lines(
    name: str,
    stream: Iterable[bytes],
    text_field: str,
    published_field: str | None,
    id_field: str | None,
) -> Iterator[Record]:
    number = 0
    try:
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            yield _jsonl_record(name, number, raw, text_field, published_field, id_field)
    except (OSError, EOFError) as exc:  # a truncated or corrupt .gz file
        yield Record(name, number + 1, InputError(f"{name}:{number + 1}: cannot read ({exc})"))


def _jsonl_record(
    name: str,
    number: int,
    raw: bytes,
    text_field: str,
    published_field: str | None,
    id_field: str | None,
) -> Record:
    where = f"{name}:{number}"
    try:
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return Record(name, number, InputError(f"{where}: not UTF-8 ({exc.reason})"))
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return Record(name, number, InputError(f"{where}: not JSON ({exc})"))
    if not isinstance(obj, dict):
        kind = type(obj).__name__
        return Record(name, number, InputError(f"{where}: not a JSON object but {kind}"))
    text = obj.get(text_field)
    ident = obj.get(id_field) if id_field is not None else None
    if text is None:
        return Record(name, number, InputError(f"{where}: no {text_field!r} field"), None, ident)
    if not isinstance(text, str):
        kind = type(text).__name__
        error = InputError(f"{where}: {text_field!r} is {kind}, not a string")
        return Record(name, number, error, None, ident)
    published = obj.get(published_field) if published_field is not None else None
    if published is not None and not isinstance(published, str):
        kind = type(published).__name__
        error = InputError(f"{where}: {published_field!r} is {kind}, not an ISO 8601 string")
        return Record(name, number, error, None, ident)
    return Record(name, number, text, published or None, ident)


def summary(name: str, article: Article) -> str:
    """A readable summary of one article, for people."""
    lines = [f"== {name}"]
    if article.published is not None:
        lines.append(f"published: {article.published.value}  ({article.published.text!r})")
    if article.dates:
        seen = dict.fromkeys(d.value for d in article.dates)
        lines.append("dates: " + ", ".join(seen))
    if article.countries:
        lines.append("countries: " + ", ".join(f"{c.alpha2} {c.name}" for c in article.countries))
    if article.organizations:
        orgs = [o.name + (f" ({o.acronym})" if o.acronym else "") for o in article.organizations]
        lines.append("organizations: " + "; ".join(orgs))
    if article.officials:
        lines.append("officials:")
        for o in article.officials:
            where = o.country or o.organization or "?"
            lines.append(f"  - {o.name}: {o.role} [{where}]" + (f", {o.title}" if o.title else ""))
    if article.events:
        lines.append("events:")
        for e in article.events:
            when = e.date or "date ?"
            place = e.location or "place ?"
            who = " + ".join(e.participants)
            lines.append(f"  - {e.type} ({e.status}) {when}, {place}: {who}")
    if article.topics:
        lines.append("topics: " + ", ".join(f"{t.label} ({t.score:.2f})" for t in article.topics))
    if len(lines) == 1:
        lines.append("(nothing found)")
    return "\n".join(lines)


class _Progress:
    """A one-line counter on a terminal's standard error, redrawn a few times a second."""

    def __init__(self, err: TextIO) -> None:
        try:
            self.enabled = err.isatty()
        except (AttributeError, ValueError, OSError):
            self.enabled = False
        self.err = err
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self.shown = 0.0

    def step(self, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        if self.enabled:
            now = time.monotonic()
            if now - self.shown >= 0.2:
                self.shown = now
                self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        failed = f", {self.failed:,} failed" if self.failed else ""
        self.err.write(
            f"\rdiplotext: {self.done:,} articles{failed}, "
            f"{self.done / elapsed:,.0f}/s, {elapsed:,.0f} s\x1b[K"
        )
        self.err.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self._draw(time.monotonic())
            self.err.write("\n")
            self.err.flush()


def _output(record: Record, article: Article, jsonl_input: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"file": record.file}
    if jsonl_input:
        out["line"] = record.line
        if record.id is not None:
            out["id"] = record.id
    out["article"] = article.to_dict()
    return out


def _internal_error(record: Record, failure: ParseFailure) -> str:
    """The message for an article whose parse raised: a bug, not bad input."""
    return (
        f"{record.name}: internal error, please report it: {failure.error_type}: {failure.message}"
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Parse every input and write the records; 1 when some input failed."""
    jsonl_input = getattr(args, "input", "text") == "jsonl"
    fmt = args.format or ("jsonl" if jsonl_input else "json")
    workers: int = getattr(args, "workers", 1) or 1
    try:
        parser = Parser()
        if args.published is not None:
            check_published(args.published)  # once, before any file
    except (ValueError, TypeError, DiplotextError) as exc:
        err.write(f"diplotext: {exc}\n")
        return 2
    progress = _Progress(err)
    failures = 0
    results: list[dict[str, Any]] = []
    single_article: list[Article] = []
    # One text input that is not a directory prints a bare article object.
    single = not jsonl_input and len(args.inputs) == 1 and not Path(args.inputs[0]).is_dir()

    if jsonl_input:
        records: Iterator[Record] = iter_jsonl(
            args.inputs, args.text_field, args.published_field, args.id_field
        )
    else:
        records = (Record(name, None, text) for name, text in iter_inputs(args.inputs))

    def fail(message: str) -> None:
        nonlocal failures
        failures += 1
        progress.step(failed=True)
        if progress.enabled:
            err.write("\r\x1b[K")
        err.write(f"diplotext: {message}\n")

    def ready() -> Iterator[tuple[Record, Published]]:
        """Records that can be parsed, checked here so that a worker never fails on input."""
        for record in records:
            if isinstance(record.text, InputError):
                fail(str(record.text))
                continue
            published = record.published if record.published is not None else args.published
            if record.published is not None:
                try:
                    check_published(record.published)
                except (ValueError, TypeError) as exc:
                    fail(f"{record.name}: {exc}")
                    continue
            if len(record.text) > parser.max_chars:
                fail(
                    f"{record.name}: text has {len(record.text):,} characters, more than "
                    f"max_chars={parser.max_chars:,}"
                )
                continue
            yield record, published

    def write(record: Record, article: Article) -> None:
        progress.step()
        if fmt == "jsonl":
            out.write(json.dumps(_output(record, article, jsonl_input), ensure_ascii=False))
            out.write("\n")
            out.flush()
        elif fmt == "text":
            out.write(summary(record.name, article) + "\n\n")
            out.flush()
        elif single:
            single_article.append(article)
        else:
            results.append(_output(record, article, jsonl_input))

    try:
        if workers == 1:
            for record, published in ready():
                assert isinstance(record.text, str)
                try:
                    article = parser.parse(record.text, published)
                except DiplotextError as exc:
                    fail(f"{record.name}: {exc}")
                    continue
                except Exception as exc:  # a bug: report it, go on with the others
                    fail(_internal_error(record, ParseFailure.from_exception(0, exc)))
                    continue
                write(record, article)
        else:
            sent: deque[Record] = deque()

            def jobs() -> Iterator[tuple[str, Published]]:
                for record, published in ready():
                    assert isinstance(record.text, str)
                    sent.append(record)
                    yield record.text, published

            articles = parser.parse_many(jobs(), workers=workers, errors="return")
            try:
                for result in articles:
                    record = sent.popleft()
                    if isinstance(result, ParseFailure):
                        fail(_internal_error(record, result))
                    else:
                        write(record, result)
            finally:
                # stop the workers now when the reader went away (BrokenPipeError)
                close = getattr(articles, "close", None)
                if close is not None:
                    close()
    finally:
        progress.close()
    if fmt == "json":
        if single and len(single_article) == 1:
            out.write(single_article[0].to_json() + "\n")
        elif results or not single:
            out.write(json.dumps(results, ensure_ascii=False, indent=1) + "\n")
    return 1 if failures else 0
