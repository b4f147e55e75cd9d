"""Calendar math: finish partial date values against an anchor day.

The recognizer hands over what the text states (a month and day without a
year, a weekday, "last month"...); these functions decide the missing parts.
No text is read here.

An :class:`Anchor` is the day relative expressions are resolved against. Its
year may be unknown (a dateline "Colombo, Mar 29" in an article that never
names the year); it then carries a stand-in year, chosen so that a known
weekday falls right, and every value computed from it is written with ``XXXX``.

>>> a = Anchor.of(dt.date(2022, 4, 5))
>>> day_value(*year_less(a, 4, 4, future=False), a)
'2022-04-04'
>>> day_value(*weekday_date(a, 0, None, future=False), a)
'2022-04-04'
>>> month_value(*month_of_year(a, 11, "this", future=False), a)
'2022-11'
>>> shift(a, "year", -1)
'2021'
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import NamedTuple

__all__ = [
    "Anchor",
    "day_value",
    "days_in_month",
    "month_of_year",
    "month_value",
    "shift",
    "weekday_date",
    "year_less",
    "year_value",
]

#: A year-less anchor is computed in this leap year unless a weekday pins another.
_STAND_IN_YEAR = 2000
# the days of each month (index 1-12) but February
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class Anchor(NamedTuple):
    """The reference day: ``day`` (a real date), whether its year and its weekday are known."""

    day: dt.date
    year_known: bool
    weekday_known: bool = True

    @classmethod
    def of(cls, day: dt.date) -> Anchor:
        """An anchor with a known year.

        >>> Anchor.of(dt.date(2024, 10, 21)).year_known
        True
        """
        return cls(day, True)

    @classmethod
    def year_less(cls, month: int, day: int, weekday: int | None = None) -> Anchor:
        """An anchor on ``month``/``day`` of an unknown year.

        When ``weekday`` (0 = Monday) is known, the stand-in year is one where the
        day falls on that weekday, so weekday arithmetic stays right.

        >>> Anchor.year_less(3, 29, weekday=1).day.weekday()
        1
        """
        if weekday is None:
            return cls(dt.date(_STAND_IN_YEAR, month, day), False, False)
        for year in range(2001, 2029):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if candidate.weekday() == weekday:
                return cls(candidate, False)
        return cls(dt.date(_STAND_IN_YEAR, month, day), False, False)


def days_in_month(year: int | None, month: int) -> int:
    """Number of days of ``month`` (29 for February of an unknown year).

    >>> days_in_month(2023, 2), days_in_month(None, 2)
    (28, 29)
    """
    if month == 2:
        return 29 if calendar.isleap(year if year is not None else _STAND_IN_YEAR) else 28
    if not 1 <= month <= 12:
        raise calendar.IllegalMonthError(month)
    return _MONTH_DAYS[month]


def _year_text(year: int, anchor: Anchor | None) -> str:
    if anchor is not None and not anchor.year_known:
        return "XXXX"
    return f"{year:04d}"


def day_value(year: int, month: int, day: int, anchor: Anchor | None) -> str:
    """``YYYY-MM-DD`` (``XXXX`` for the year when ``anchor`` has none).

    >>> day_value(2021, 6, 19, None)
    '2021-06-19'
    """
    return f"{_year_text(year, anchor)}-{month:02d}-{day:02d}"


def month_value(year: int, month: int, anchor: Anchor | None) -> str:
    """``YYYY-MM`` (``XXXX`` for the year when ``anchor`` has none)."""
    return f"{_year_text(year, anchor)}-{month:02d}"


def year_value(year: int) -> str:
    """``YYYY``.

    >>> year_value(992)
    '0992'
    """
    return f"{year:04d}"


def year_less(
    anchor: Anchor, month: int, day: int, *, future: bool, nearest: bool = False
) -> tuple[int, int, int]:
    """The year of "April 4" said in an article of ``anchor``'s day.

    The anchor's year, unless that puts the day more than about two months
    after the anchor in a report of the past (then the year before), or more
    than two months before it when the text speaks of the future (then the
    year after). ``nearest`` (a sentence in neither tense): the occurrence
    nearest the anchor, within half a year either way.

    >>> year_less(Anchor.of(dt.date(2022, 1, 10)), 12, 20, future=False)
    (2021, 12, 20)
    >>> year_less(Anchor.of(dt.date(2022, 12, 20)), 1, 5, future=True)
    (2023, 1, 5)
    >>> year_less(Anchor.of(dt.date(2025, 3, 26)), 6, 7, future=False, nearest=True)
    (2025, 6, 7)
    """
    year = anchor.day.year
    day = min(day, days_in_month(year, month))
    delta = (dt.date(year, month, day) - anchor.day).days
    reach = 183 if nearest else 62
    if not future and delta > reach:
        year -= 1
    elif (future or nearest) and delta < -reach:
        year += 1
    return year, month, min(day, days_in_month(year, month))


def month_of_year(
    anchor: Anchor, month: int, rel: str | None, *, future: bool, nearest: bool = False
) -> tuple[int, int]:
    """The year of a month named without one: "this November", "last June", "in July".

    ``rel`` is ``this``, ``last``/``past``, ``next``/``coming`` or None (a bare
    month, placed by tense like :func:`year_less`; ``nearest``: the occurrence
    nearest the anchor, within half a year either way).

    >>> a = Anchor.of(dt.date(2011, 4, 28))
    >>> month_of_year(a, 6, "last", future=False), month_of_year(a, 5, None, future=True)
    ((2010, 6), (2011, 5))
    >>> month_of_year(a, 7, None, future=False, nearest=True)
    (2011, 7)
    """
    year = anchor.day.year
    here = anchor.day.month
    if rel == "this":
        return year, month
    if rel in ("last", "past"):
        # "last February" said in March is a year back: the month just gone is "last month"
        return (year if month < here - 1 else year - 1), month
    if rel in ("next", "coming"):
        return (year if month > here else year + 1), month
    delta = month - here
    reach = 6 if nearest else 2
    if not future and delta > reach:
        year -= 1
    elif (future or nearest) and delta < -reach:
        year += 1
    return year, month


def weekday_date(
    anchor: Anchor, weekday: int, rel: str | None, *, future: bool
) -> tuple[int, int, int]:
    """The date of a weekday named relative to the anchor.

    Past tense (the default): the one on or before the anchor; future: the one
    on or after it (a report of the day speaks of that day's plans). ``last``:
    strictly before; ``next``: strictly after; ``this`` and ``coming``: on or after.

    >>> a = Anchor.of(dt.date(2022, 5, 17))  # a Tuesday
    >>> weekday_date(a, 0, None, future=False), weekday_date(a, 0, None, future=True)
    ((2022, 5, 16), (2022, 5, 23))
    """
    here = anchor.day
    back = (here.weekday() - weekday) % 7  # days back to the same-or-earlier one
    ahead = (weekday - here.weekday()) % 7  # days ahead to the same-or-later one
    if rel in ("last", "past", "previous", "the previous"):
        target = here - dt.timedelta(days=back or 7)
    elif rel in ("next", "the following"):
        target = here + dt.timedelta(days=ahead or 7)
    elif rel in ("this", "coming", "this coming"):
        target = here + dt.timedelta(days=ahead)
    elif future:
        # "will meet on Wednesday" written on a Wednesday: that same day
        target = here + dt.timedelta(days=ahead)
    else:
        target = here - dt.timedelta(days=back)
    return target.year, target.month, target.day


def shift(anchor: Anchor, unit: str, offset: int) -> str:
    """The value ``offset`` units (day, month, year) from the anchor.

    >>> a = Anchor.of(dt.date(2024, 1, 15))
    >>> shift(a, "day", -1), shift(a, "month", -1), shift(a, "month", 0)
    ('2024-01-14', '2023-12', '2024-01')
    """
    here = anchor.day
    if unit == "day":
        target = here + dt.timedelta(days=offset)
        return day_value(target.year, target.month, target.day, anchor)
    if unit == "month":
        index = here.year * 12 + (here.month - 1) + offset
        return month_value(index // 12, index % 12 + 1, anchor)
    return year_value(here.year + offset)
