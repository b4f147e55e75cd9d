"""Load the package's data files: TSV tables and line lists, cached per process.

Tables are tab-separated with a header row; ``#`` starts a comment line and
blank lines are skipped. Every row must have as many cells as the header
(trailing empty cells may be left out). A malformed row raises
:class:`~diplotext.errors.GazetteerError` naming the file and line.

>>> t = load_table("abbreviations")
>>> "dr" in {row["abbreviation"] for row in t.rows}
True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources

import attrs

from diplotext.errors import GazetteerError

__all__ = ["Table", "load_lines", "load_table", "parse_table", "read_text"]


@attrs.frozen
class Table:
    """An immutable table: the file it came from, its columns and its rows.

    ``lines`` holds the source line number of each row, for error messages.
    """

    name: str
    columns: tuple[str, ...]
    rows: tuple[Mapping[str, str], ...]
    lines: tuple[int, ...]

    def __iter__(self) -> Iterator[Mapping[str, str]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def located(self) -> Iterator[tuple[int, Mapping[str, str]]]:
        """Rows with their line numbers: ``(line, row)``."""
        return zip(self.lines, self.rows, strict=False)


@functools.cache
def read_text(filename: str) -> str:
    """The text of a data file of the package (``data/<filename>``), read once per process."""
    return (resources.files("diplotext") / "data" / filename).read_text(encoding="utf-8")


def parse_table(name: str, lines: Iterable[str], required: Iterable[str] = ()) -> Table:
    """Parse TSV ``lines`` (header first) into a :class:`Table`; ``name`` is used in errors.

    >>> parse_table("x.tsv", ["a\\tb", "1\\t2", "# note", "3"]).rows[1]
    {'a': '3', 'b': ''}
    """
    columns: tuple[str, ...] | None = None
    rows: list[Mapping[str, str]] = []
    numbers: list[int] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if columns is None:
            columns = tuple(cells)
            missing = [c for c in required if c not in columns]
            if missing:
                raise GazetteerError(name, number, f"missing column(s) {', '.join(missing)}")
            continue
        if len(cells) > len(columns):
            raise GazetteerError(
                name, number, f"{len(cells)} cells but the header has {len(columns)} columns"
            )
        cells += [""] * (len(columns) - len(cells))
        rows.append(dict(zip(columns, cells, strict=False)))
        numbers.append(number)
    if columns is None:
        raise GazetteerError(name, None, "no header row")
    return Table(name, columns, tuple(rows), tuple(numbers))


@functools.cache
def load_table(name: str, required: tuple[str, ...] = ()) -> Table:
    """Load ``data/<name>.tsv`` (cached: each file is read once per process)."""
    filename = f"{name}.tsv"
    return parse_table(filename, read_text(filename).splitlines(), required)


@functools.cache
def load_lines(name: str) -> tuple[str, ...]:
    """Load ``data/<name>.txt``: one entry per line, ``#`` comments and blank lines skipped."""
    out = []
    for raw in read_text(f"{name}.txt").splitlines():
        line = raw.rstrip()
        if line.strip() and not line.lstrip().startswith("#"):
            out.append(line)
    return tuple(out)
