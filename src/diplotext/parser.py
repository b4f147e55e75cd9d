"""The Parser: loads and compiles everything once, then runs the stages on each text.

>>> parser = Parser()
>>> article = parser.parse("")
>>> article.dates
()
>>> parser.parse(b"bytes")
Traceback (most recent call last):
...
TypeError: text must be str, not bytes; decode it first (e.g. data.decode('utf-8'))
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Union, cast, overload

from diplotext.errors import GazetteerError, InputTooLargeError
from diplotext.events.events import EventStage
from diplotext.events.topics import TopicStage
from diplotext.recognize.dates import DateStage
from diplotext.recognize.officials import OfficialStage
from diplotext.recognize.places import PlaceStage
from diplotext.records import Article, ParseFailure
from diplotext.resources.loader import Table, parse_table
from diplotext.text.segment import segment

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = [
    "DEFAULT_MAX_CHARS",
    "GAZETTEER_KINDS",
    "Parser",
    "Published",
    "check_published",
    "parse_article",
]

#: Texts longer than this many characters are refused (``Parser(max_chars=...)`` changes it).
DEFAULT_MAX_CHARS = 10_000_000

#: The kinds of user gazetteer ``Parser(extra_gazetteers=...)`` accepts.
GAZETTEER_KINDS = ("countries", "organizations", "places", "titles", "topics")

Published = Union[dt.date, dt.datetime, str, None]  # noqa: UP007 (runtime alias on 3.10)
GazetteerSource = Union[str, "os.PathLike[str]", Sequence[Mapping[str, Any]]]


def check_published(published: Published) -> dt.date | dt.datetime | None:
    """Check and convert a ``published`` argument, as :meth:`Parser.parse` does.

    >>> check_published("2024-10-21")
    datetime.date(2024, 10, 21)
    >>> check_published("soon")
    Traceback (most recent call last):
    ...
    ValueError: published: cannot read 'soon' as an ISO 8601 date or date-time ...
    """
    if published is None or isinstance(published, (dt.date, dt.datetime)):
        return published
    if isinstance(published, str):
        # imported here: only a published date given as text needs it (import time)
        from dateutil import parser as dateutil_parser

        try:
            value = dateutil_parser.isoparse(published.strip())
        except (ValueError, OverflowError):
            raise ValueError(
                f"published: cannot read {published!r} as an ISO 8601 date or date-time "
                "(e.g. '2024-10-21' or '2024-10-21T12:51+04:00')"
            ) from None
        if len(published.strip()) <= 10:
            return value.date()
        return value
    raise TypeError(
        f"published must be a date, datetime, ISO string or None, not {type(published).__name__}"
    )


def _table_from_rows(kind: str, rows: Sequence[Mapping[str, Any]]) -> Table:
    name = f"extra_gazetteers[{kind!r}]"
    columns: list[str] = []
    out: list[Mapping[str, str]] = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, Mapping):
            raise GazetteerError(name, number, f"entry must be a mapping, not {type(row).__name__}")
        clean: dict[str, str] = {}
        for key, value in row.items():
            if not isinstance(key, str):
                raise GazetteerError(name, number, f"key {key!r} is not a string")
            if isinstance(value, (list, tuple)):
                value = "|".join(str(v) for v in value)
            elif value is None:
                value = ""
            elif not isinstance(value, (str, int, float)):
                raise GazetteerError(
                    name, number, f"value of {key!r} must be text, not {type(value).__name__}"
                )
            clean[key] = str(value).strip()
            if key not in columns:
                columns.append(key)
        out.append(clean)
    full = tuple({c: r.get(c, "") for c in columns} for r in out)
    return Table(name, tuple(columns), full, tuple(range(1, len(out) + 1)))


def _load_extra(extra: Mapping[str, GazetteerSource] | None) -> dict[str, Table]:
    """Turn ``extra_gazetteers`` into one :class:`Table` per kind, with clear errors."""
    if extra is None:
        return {}
    if not isinstance(extra, Mapping):
        raise TypeError(
            "extra_gazetteers must be a mapping of kind -> rows or file, "
            f"not {type(extra).__name__}"
        )
    tables: dict[str, Table] = {}
    for kind, source in extra.items():
        if kind not in GAZETTEER_KINDS:
            raise ValueError(
                f"extra_gazetteers: unknown kind {kind!r}; "
                f"expected one of {', '.join(GAZETTEER_KINDS)}"
            )
        if isinstance(source, (str, os.PathLike)):
            path = Path(source)
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise GazetteerError(str(path), None, f"cannot read: {exc}") from None
            tables[kind] = parse_table(str(path), lines)
        elif isinstance(source, Sequence):
            tables[kind] = _table_from_rows(kind, cast(Sequence[Mapping[str, Any]], source))
        else:
            raise TypeError(
                f"extra_gazetteers[{kind!r}] must be a file path or a list of rows, "
                f"not {type(source).__name__}"
            )
    return tables


class Parser:
    """Reads articles. Build once, then call :meth:`parse` as often as you like.

    Gazetteers and grammars are loaded and compiled in the constructor; a
    Parser holds no per-call state, so one instance may be shared between
    threads and pickled to worker processes.

    ``extra_gazetteers`` adds user entries: a mapping from a kind
    (``countries``, ``organizations``, ``places``, ``titles``, ``topics``) to a
    list of rows (dicts) or the path of a TSV file with a header row.
    ``max_chars`` bounds the length of one text.
    """

    def __init__(
        self,
        extra_gazetteers: Mapping[str, GazetteerSource] | None = None,
        *,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        if not isinstance(max_chars, int) or isinstance(max_chars, bool) or max_chars <= 0:
            raise ValueError(f"max_chars must be a positive int, not {max_chars!r}")
        self._build(_load_extra(extra_gazetteers), max_chars)

    def _build(self, extra: dict[str, Table], max_chars: int) -> None:
        self._extra = extra
        self.max_chars = max_chars
        # Building the stages allocates a few hundred thousand small objects (tries,
        # tables, compiled patterns) that all live as long as the Parser: collecting
        # while they pile up finds nothing to free. Paused, the build is about 20 ms
        # faster; the first collection after it (during the first parse) still visits
        # them once, so about half of that comes back there.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            self._dates = DateStage(extra)
            self._places = PlaceStage(extra)
            self._officials = OfficialStage(extra)
            self._topics = TopicStage(extra)
            self._events = EventStage(extra)
        finally:
            if was_enabled:
                gc.enable()

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its configuration in the receiving process.
        return (_rebuild, (self._extra, self.max_chars))

    def parse(self, text: str, published: Published = None) -> Article:
        """Parse one article.

        ``published`` (a date, datetime or ISO 8601 string) is the article's
        publication date; it overrides detection and anchors relative dates.
        """
        if not isinstance(text, str):
            if isinstance(text, (bytes, bytearray)):
                raise TypeError(
                    f"text must be str, not {type(text).__name__}; "
                    "decode it first (e.g. data.decode('utf-8'))"
                )
            raise TypeError(f"text must be str, not {type(text).__name__}")
        given = check_published(published)
        if len(text) > self.max_chars:
            raise InputTooLargeError(
                f"text has {len(text):,} characters, more than max_chars={self.max_chars:,}; "
                "split it or build Parser(max_chars=...)"
            )
        if not text.strip():
            return Article(text=text)
        doc = segment(text)
        dates = self._dates(doc, given)
        places = self._places(doc)
        officials = self._officials(doc, places)
        topics = self._topics(doc, places, officials)
        events = self._events(doc, dates, places, officials, topics)
        return Article(
            published=dates.published,
            dates=dates.dates,
            countries=places.countries,
            organizations=places.organizations,
            officials=officials.officials,
            events=events,
            topics=topics.topics,
            text=text,
        )

    @overload
    def parse_many(
        self,
        texts: Iterable[str | tuple[str, Published]],
        workers: int | None = None,
        *,
        chunksize: int = 16,
        errors: Literal["raise"] = "raise",
    ) -> Iterator[Article]: ...

    @overload
    def parse_many(
        self,
        texts: Iterable[str | tuple[str, Published]],
        workers: int | None = None,
        *,
        chunksize: int = 16,
        errors: Literal["return"],
    ) -> Iterator[Article | ParseFailure]: ...

    def parse_many(
        self,
        texts: Iterable[str | tuple[str, Published]],
        workers: int | None = None,
        *,
        chunksize: int = 16,
        errors: Literal["raise", "return"] = "raise",
    ) -> Iterator[Article] | Iterator[Article | ParseFailure]:
        """Parse many texts, yielding articles in input order.

        Items are texts or ``(text, published)`` pairs. With ``workers`` > 1,
        texts are parsed in that many worker processes; the Parser is sent to
        each worker once. Items are read lazily, ``chunksize`` at a time, with
        a bounded number of chunks in flight: memory stays flat on archives of
        any size and an endless feed yields articles as they are parsed.

        ``errors`` says what an item that cannot be parsed does: ``"raise"``
        (the default) raises its exception and ends the run; ``"return"``
        yields a :class:`~diplotext.records.ParseFailure` in its place and goes
        on, so that one bad item does not end a run over an archive.

        >>> parser = Parser()
        >>> for result in parser.parse_many(["Talks in Paris.", None], errors="return"):
        ...     print(type(result).__name__, result if isinstance(result, ParseFailure) else "")
        Article
        ParseFailure item 1: TypeError: text must be str, not NoneType
        """
        if workers is not None and (
            not isinstance(workers, int) or isinstance(workers, bool) or workers < 1
        ):
            raise ValueError(f"workers must be a positive int or None, not {workers!r}")
        if not isinstance(chunksize, int) or isinstance(chunksize, bool) or chunksize < 1:
            raise ValueError(f"chunksize must be a positive int, not {chunksize!r}")
        if errors not in ("raise", "return"):
            raise ValueError(f"errors must be 'raise' or 'return', not {errors!r}")
        if workers is None or workers == 1:
            return self._parse_in_process(texts, errors == "return")
        return self._parse_in_workers(texts, workers, chunksize, errors == "return")

    def _parse_in_process(
        self, texts: Iterable[str | tuple[str, Published]], keep_going: bool
    ) -> Iterator[Article | ParseFailure]:
        for index, item in enumerate(texts):
            yield self._parse_item(index, item, keep_going)

    def _parse_in_workers(
        self,
        texts: Iterable[str | tuple[str, Published]],
        workers: int,
        chunksize: int,
        keep_going: bool,
    ) -> Iterator[Article | ParseFailure]:
        # imported here: a parse in this process needs no pool (import time)
        from concurrent.futures import ProcessPoolExecutor

        # Not Executor.map: it reads the whole input before the first result.
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(self,))
        pending: deque[Future[list[Article | ParseFailure]]] = deque()
        try:
            items = iter(texts)
            first = 0
            while chunk := list(islice(items, chunksize)):
                pending.append(pool.submit(_work_chunk, first, chunk, keep_going))
                first += len(chunk)
                while pending and (len(pending) > 4 * workers or pending[0].done()):
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _parse_item(
        self, index: int, item: str | tuple[str, Published], keep_going: bool
    ) -> Article | ParseFailure:
        """Parse one item of :meth:`parse_many`; with ``keep_going``, a failure is returned."""
        try:
            if isinstance(item, tuple):
                text, published = item
                return self.parse(text, published)
            return self.parse(item)
        except Exception as exc:
            if not keep_going:
                raise
            return ParseFailure.from_exception(index, exc)


def _rebuild(extra: dict[str, Table], max_chars: int) -> Parser:
    parser = Parser.__new__(Parser)
    parser._build(extra, max_chars)
    return parser


_WORKER_PARSER: Parser | None = None


def _init_worker(parser: Parser) -> None:
    global _WORKER_PARSER
    _WORKER_PARSER = parser
    # A forked worker shares the parent's memory page by page until it writes to it. The
    # garbage collector writes to every object it visits, so collections in the worker
    # would copy the parent's whole heap, the Parser's tables included: keep the objects
    # the worker starts with out of its collections.
    gc.freeze()


def _work_chunk(
    first: int, items: list[str | tuple[str, Published]], keep_going: bool
) -> list[Article | ParseFailure]:
    assert _WORKER_PARSER is not None
    parse = _WORKER_PARSER._parse_item
    return [parse(first + offset, item, keep_going) for offset, item in enumerate(items)]


_DEFAULT: Parser | None = None
_DEFAULT_LOCK = threading.Lock()


def default_parser() -> Parser:
    """The shared default :class:`Parser`, built on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = Parser()
    return _DEFAULT


def parse_article(text: str, published: Published = None) -> Article:
    """Parse one article with the default :class:`Parser`.

    >>> parse_article("   ").to_dict()["officials"]
    []
    """
    return default_parser().parse(text, published)
