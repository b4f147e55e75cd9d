"""Parse Dask collections: a bag of texts, or a text column of a Dask DataFrame.

Needs the optional extra: ``pip install 'diplotext[dask]'``. Dask is imported
only when a helper is called, so ``import diplotext.dask`` always works.

Each partition is parsed by one :class:`~diplotext.parser.Parser`: the one you
pass (shared as is by threads; rebuilt once per partition from its settings
when Dask ships it to another process), or else the default Parser, built once
per worker process. Results are article dicts (``Article.to_dict()``, the JSON
shape of ``DESIGN.md``) by default, ``output="json"`` gives JSON strings and
``output="article"`` the :class:`~diplotext.records.Article` objects.

Example::

    import json
    import dask.bag as db
    import dask.dataframe as dd
    from diplotext.dask import parse_bag, parse_column

    texts = db.read_text("feed-*.jsonl").map(json.loads).pluck("text")
    articles = parse_bag(texts)                    # a bag of article dicts
    frame = dd.read_parquet("news.parquet")
    frame["article"] = parse_column(frame, "body", published="date")
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterable
from typing import Any, Literal

from diplotext.parser import Parser, Published, default_parser
from diplotext.records import Article

__all__ = ["parse_bag", "parse_column"]

Output = Literal["dict", "json", "article"]
_OUTPUTS = ("dict", "json", "article")


def _require(module: str) -> Any:
    """Import a Dask module, or explain how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f"diplotext.dask needs Dask ({module} could not be imported: {exc}); "
            "install it with: pip install 'diplotext[dask]'"
        ) from exc


def _check_output(output: str) -> None:
    if output not in _OUTPUTS:
        raise ValueError(f"output must be one of {', '.join(_OUTPUTS)}, not {output!r}")


def _shape(article: Article, output: str) -> Any:
    if output == "dict":
        return article.to_dict()
    if output == "json":
        return article.to_json()
    return article


def _parse_partition(
    items: Iterable[str | tuple[str, Published]], parser: Parser | None, output: str
) -> list[Any]:
    """Parse one bag partition with one Parser."""
    p = parser if parser is not None else default_parser()
    return [_shape(article, output) for article in p.parse_many(items)]


def parse_bag(bag: Any, parser: Parser | None = None, *, output: Output = "dict") -> Any:
    """A Dask bag of parsed articles, one per item of ``bag``, in the same order.

    Items are texts or ``(text, published)`` pairs (``published`` as for
    :meth:`Parser.parse`). ``parser`` defaults to the default Parser.
    """
    _require("dask.bag")
    _check_output(output)
    if parser is not None and not isinstance(parser, Parser):
        raise TypeError(f"parser must be a diplotext Parser, not {type(parser).__name__}")
    return bag.map_partitions(_parse_partition, parser, output)


def _missing(value: Any) -> bool:
    """None, NaN, NaT or pandas.NA."""
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN and NaT are unequal to themselves
    except (TypeError, ValueError):  # pandas.NA: its truth value is ambiguous
        return True


def _published_of(value: Any) -> Published:
    if _missing(value):
        return None
    if isinstance(value, dt.datetime) and hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()  # a pandas Timestamp
    if isinstance(value, (dt.date, str)):
        return value
    raise TypeError(
        f"published must be a date, datetime or ISO 8601 string, not {type(value).__name__}"
    )


def _parse_frame_partition(
    frame: Any, text: str, published: str | None, parser: Parser | None, output: str
) -> Any:
    """Parse the text column of one pandas partition; missing texts give None."""
    pd = importlib.import_module("pandas")
    p = parser if parser is not None else default_parser()
    texts = frame[text].tolist()
    dates = frame[published].tolist() if published is not None else [None] * len(texts)
    out: list[Any] = []
    for value, date in zip(texts, dates, strict=True):
        if _missing(value):
            out.append(None)
            continue
        out.append(_shape(p.parse(value, _published_of(date)), output))
    return pd.Series(out, index=frame.index, dtype=object, name=text)


def parse_column(
    frame: Any,
    text: str = "text",
    published: str | None = None,
    parser: Parser | None = None,
    *,
    output: Output = "dict",
) -> Any:
    """A Dask Series of parsed articles for the ``text`` column of a Dask DataFrame.

    ``published`` names an optional column of publication dates (dates,
    timestamps or ISO 8601 strings; missing values mean unknown). Rows whose
    text is missing give None. The result has the frame's index, so
    ``frame.assign(article=parse_column(frame))`` lines it up.
    """
    _require("dask.dataframe")
    _check_output(output)
    if parser is not None and not isinstance(parser, Parser):
        raise TypeError(f"parser must be a diplotext Parser, not {type(parser).__name__}")
    columns = [text] if published is None else [text, published]
    for name in columns:
        if name not in frame.columns:
            raise KeyError(f"no column {name!r}; the columns are {list(frame.columns)}")
    return frame[columns].map_partitions(
        _parse_frame_partition,
        text,
        published,
        parser,
        output,
        meta=(text, "object"),
    )
