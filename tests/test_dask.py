"""diplotext.dask: bags and DataFrame columns, Dask's local schedulers, a few hundred articles."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from diplotext.parser import Parser

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")

from diplotext.dask import parse_bag, parse_column  # noqa: E402

TEXTS = [
    "Japanese Prime Minister Shigeru Ishiba met Emmanuel Macron in Paris on Monday.",
    "The European Union and Canada signed a trade agreement in Brussels on 3 March 2025.",
    "Indian External Affairs Minister S. Jaishankar spoke by phone with Marco Rubio.",
    "Kenya will host the African Union summit in Nairobi next month.",
    "Turkish Foreign Minister Hakan Fidan visited Baghdad on Tuesday for talks on water.",
    "",
]
N = 300


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [TEXTS[i % len(TEXTS)] for i in range(N)]


@pytest.fixture(scope="module")
def expected(parser: Parser) -> dict[str, dict[str, object]]:
    return {t: parser.parse(t).to_dict() for t in TEXTS}


@pytest.mark.parametrize("scheduler", ["sync", "threads", "processes"])
def test_bag_keeps_order_on_local_schedulers(
    texts: list[str], expected: dict[str, dict[str, object]], scheduler: str
) -> None:
    bag = db.from_sequence(texts, npartitions=4)
    got = parse_bag(bag).compute(scheduler=scheduler)
    assert got == [expected[t] for t in texts]


def test_bag_with_a_parser_pairs_and_outputs(parser: Parser) -> None:
    text = "The two foreign ministers met on Monday in Ankara."
    items = [(text, "2025-03-14"), (text, dt.date(2025, 3, 21)), text]
    bag = db.from_sequence(items, npartitions=2)
    got = parse_bag(bag, parser, output="json").compute(scheduler="threads")
    assert got == [
        parser.parse(text, "2025-03-14").to_json(),
        parser.parse(text, dt.date(2025, 3, 21)).to_json(),
        parser.parse(text).to_json(),
    ]
    articles = parse_bag(bag, parser, output="article").compute(scheduler="sync")
    assert [a.text for a in articles] == [text] * 3


def test_dataframe_column_with_dates_and_missing_values(
    parser: Parser, texts: list[str], expected: dict[str, dict[str, object]]
) -> None:
    dates: list[object] = [None, "2025-03-14", pd.Timestamp("2024-10-21")] * (N // 3)
    frame = pd.DataFrame({"body": texts, "date": dates})
    frame.loc[7, "body"] = None
    ddf = dd.from_pandas(frame, npartitions=3)
    column = parse_column(ddf, "body", published="date")
    result = ddf.assign(article=column).compute(scheduler="threads")
    assert list(result.index) == list(frame.index)
    assert result.loc[7, "article"] is None
    for i in (0, 1, 2, 300 - 1):
        date = dates[i]
        want = parser.parse(texts[i], None if date is None else date).to_dict()
        assert result.loc[i, "article"] == want
    # without dates: the same as parsing each text
    plain = parse_column(ddf, "body").compute(scheduler="sync")
    assert plain[0] == expected[texts[0]]


def test_dataframe_json_output_is_json(texts: list[str]) -> None:
    ddf = dd.from_pandas(pd.DataFrame({"text": texts[:20]}), npartitions=2)
    out = parse_column(ddf, output="json").compute(scheduler="sync")
    assert all(isinstance(json.loads(x), dict) for x in out)


def test_clear_errors(texts: list[str]) -> None:
    ddf = dd.from_pandas(pd.DataFrame({"text": texts[:4]}), npartitions=1)
    with pytest.raises(KeyError, match="no column 'body'"):
        parse_column(ddf, "body")
    with pytest.raises(ValueError, match="output must be one of"):
        parse_column(ddf, output="xml")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Parser"):
        parse_bag(db.from_sequence(["x"]), parser="not a parser")  # type: ignore[arg-type]


def test_missing_dask_gives_an_install_hint() -> None:
    code = (
        "import sys; sys.modules['dask'] = None; sys.modules['dask.bag'] = None\n"
        "import diplotext.dask as d\n"
        "try:\n    d.parse_bag([])\nexcept ImportError as e:\n    print(e)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "pip install 'diplotext[dask]'" in r.stdout
