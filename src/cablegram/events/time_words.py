"""Words of relative time: spelled-out numbers, "N units ago", seasons, "the previous week".

The pieces :func:`cablegram.events.dates.resolve_expression` uses for expressions that name
a time by its distance from the document's date (or from the last date the text named):

- counts written in words, up to ninety-nine ("fifteen", "twenty-two", "twenty two");
- ``shift``: a date moved by days, weeks, months, years or decades (day of month clamped);
- ``relative``: "fifteen months ago" (month precision), "five years later" (from the
  anchor), "two years ago this month" (the month);
- ``week_of``: "last week", "two weeks ago", "the previous week" name a week, not a day:
  its month when the whole week lies in one, else its year;
- ``season``: "last spring", "this summer", "the fall of 2014", "spring 2015": the season's
  year, at year precision (a season is three months, coarser than a month); a winter
  spans two years and is left unresolved unless a year is written with it;
- ``neighbour``: "the previous week/month/year" from the anchor when the text named a date
  before, else from the document's date; "the following week" only from an anchor.

Seasons are those of the northern hemisphere (spring March-May, summer June-August, autumn
September-November), as the English-language wires use them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

Precision = Literal["day", "month", "year"]

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, **_UNITS, **_TENS, "a few": 3, "several": 3, "a couple of": 2,
    "couple of": 2,
}  # fmt: skip
_ONES = "|".join(k for k, v in _UNITS.items() if v < 10)
_WORDS = "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
# A count: digits, "twenty-two" / "twenty two", or one of NUMBER_WORDS.
NUMBER_PATTERN = rf"(?P<n>\d+|(?:{'|'.join(_TENS)})[- ](?:{_ONES})|{_WORDS})"
_UNIT_DAYS = {"day": 1, "week": 7}
RELATIVE = re.compile(
    NUMBER_PATTERN
    + r"\s+(?P<unit>day|week|month|year|decade)s?\s+(?P<dir>ago|earlier|before|later|after|"
    r"afterwards|afterward|on)(?:\s+this\s+(?P<this>month|week))?$"
)
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SEASON = re.compile(
    r"^(?:(?P<which>last|this|next|past|previous|coming)\s+)?(?P<season>"
    + "|".join(SEASONS)
    + r")(?:\s+(?:of\s+)?(?P<year>(?:1[89]|20)\d{2}))?$"
)
NEIGHBOUR = re.compile(r"^(?P<which>previous|preceding|following)\s+(?P<unit>week|month|year)$")


def number(word: str) -> int | None:
    """The value of a count written in digits or words ("15", "fifteen", "twenty-two")."""
    if word.isdigit():
        return int(word)
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
        return _TENS[parts[0]] + _UNITS[parts[1]]
    return None


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """The date ``amount`` units (day, week, month, year, decade) after ``day``."""
    if unit in _UNIT_DAYS:
        return day + dt.timedelta(days=amount * _UNIT_DAYS[unit])
    months = amount * {"month": 1, "year": 12, "decade": 120}[unit]
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    # Clamp the day: a month ago from 31 March is the last of February.
    for dom in range(day.day, 27, -1):
        try:
            return dt.date(year, month + 1, dom)
        except ValueError:
            continue
    return dt.date(year, month + 1, min(day.day, 28))


def truncate(day: dt.date, precision: Precision) -> dt.date:
    """The first day of the period of ``precision`` that holds ``day``."""
    if precision == "year":
        return day.replace(month=1, day=1)
    if precision == "month":
        return day.replace(day=1)
    return day


def period_end(day: dt.date, precision: Precision) -> dt.date:
    """The last day of the period of ``precision`` that begins at ``day``."""
    if precision == "year":
        return day.replace(month=12, day=31)
    if precision == "month":
        return shift(day.replace(day=1), 1, "month") - dt.timedelta(days=1)
    return day


def holding(lo: dt.date, hi: dt.date, finest: Precision) -> tuple[dt.date, Precision] | None:
    """The finest period, no finer than ``finest``, that holds every day from ``lo`` to
    ``hi``: "ten days after" a date known to its month only falls in that month or the
    next, so only its year is said; ``None`` across a new year."""
    if finest == "day" and lo == hi:
        return lo, "day"
    if finest != "year" and (lo.year, lo.month) == (hi.year, hi.month):
        return lo.replace(day=1), "month"
    if lo.year == hi.year:
        return dt.date(lo.year, 1, 1), "year"
    return None


def _from_period(
    start: dt.date, precision: Precision, amount: int, unit: str, finest: Precision
) -> tuple[dt.date, Precision] | None:
    """``amount`` units from a date known only to its month or year ("in May 2009 ... ten
    days later"): the period that holds every day the count can reach."""
    lo = shift(start, amount, unit)
    hi = shift(period_end(start, precision), amount, unit)
    if unit == "week":  # the act's week, Monday to Sunday
        lo, hi = lo - dt.timedelta(days=lo.weekday()), hi + dt.timedelta(days=6 - hi.weekday())
    return holding(lo, hi, finest)


def week_of(day: dt.date, weekend: bool = False) -> tuple[dt.date, Precision] | None:
    """The week (Monday to Sunday) or weekend holding ``day``, at the finest precision that
    holds all of it: its month, else its year; ``None`` across a new year. "Last week" gives
    no day, so no day is claimed."""
    start = day - dt.timedelta(days=day.weekday())
    if weekend:
        start += dt.timedelta(days=5)
    end = start + dt.timedelta(days=6 if not weekend else 1)
    if (start.year, start.month) == (end.year, end.month):
        return start.replace(day=1), "month"
    if start.year == end.year:
        return dt.date(start.year, 1, 1), "year"
    return None


def relative(
    rel: re.Match[str],
    base: dt.date | None,
    anchor: dt.date | None,
    anchor_precision: Precision = "day",
) -> tuple[dt.date, Precision] | None:
    """ "three years ago" (from the base), "five years later" (from the anchor, a date
    known to ``anchor_precision``), as the first day of its period and the precision;
    ``None`` with nothing to count from, or when the count from a month or year known only
    as such may end in either of two years."""
    amount = number(rel["n"])
    if amount is None:
        return None
    unit = rel["unit"]
    # "three years ago" is as precise as a month at best; "two weeks ago" is a day.
    precision: Precision = "day" if unit in _UNIT_DAYS else "month"
    if rel["dir"] == "ago":
        start = base
        sign = -1
    else:
        start = anchor
        sign = -1 if rel["dir"] in ("earlier", "before") else 1
    if start is None:
        return None
    if rel["this"] == "month" and unit in ("year", "decade"):
        precision = "month"  # "two years ago this month"
    if rel["dir"] != "ago" and anchor_precision != "day":
        finest: Precision = "month" if unit == "week" else precision
        return _from_period(start, anchor_precision, sign * amount, unit, finest)
    if unit == "week":
        return week_of(shift(start, sign * amount, unit))  # "two weeks ago": that week
    return truncate(shift(start, sign * amount, unit), precision), precision


def season(found: re.Match[str], base: dt.date | None, future: bool) -> dt.date | None:
    """The first of January of the year a season expression names, or ``None``.

    "this summer" is the base's year; "last spring" the latest spring ended before the base
    month; "next fall" the first autumn begun after it; a bare "in the spring" the latest
    one begun by the base (or, looking forward, the first not yet over).
    """
    first = SEASONS[found["season"]]
    if found["year"]:
        return dt.date(int(found["year"]), 1, 1)
    if first == 12 or base is None:
        return None  # a winter runs over two years
    which = found["which"]
    last = first + 2
    if which == "this":
        year = base.year
    elif which in ("last", "past", "previous"):
        year = base.year if base.month > last else base.year - 1
    elif which in ("next", "coming"):
        year = base.year if base.month < first else base.year + 1
    elif future:
        year = base.year if base.month <= last else base.year + 1
    else:
        year = base.year if base.month >= first else base.year - 1
    return dt.date(year, 1, 1)


def neighbour(
    found: re.Match[str],
    base: dt.date | None,
    anchor: dt.date | None,
    anchor_precision: Precision = "day",
) -> tuple[dt.date, Precision] | None:
    """ "the previous week" and "the following month": one unit before or after the last
    date the text named (known to ``anchor_precision``: "in December 2009 ... the
    following week" may be 2010, and is ``None``), or, for "previous" with none named,
    before the document's date."""
    start = anchor if anchor is not None else (None if found["which"] == "following" else base)
    if start is None:
        return None
    unit = found["unit"]
    precision: Precision = "month" if unit == "month" else "year"
    sign = 1 if found["which"] == "following" else -1
    if anchor is not None and anchor_precision != "day":
        finest: Precision = "year" if unit == "year" else "month"
        return _from_period(start, anchor_precision, sign, unit, finest)
    if unit == "week":
        return week_of(shift(start, sign, unit))
    return truncate(shift(start, sign, unit), precision), precision
