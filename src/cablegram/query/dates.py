"""Dates as listings treat them: periods of a day, a month or a year, and date ranges.

A record's date is an ISO day (``YYYY-MM-DD``) with a precision (``"day"``, ``"month"``,
``"year"``; null reads as ``"day"``): a date of precision ``"year"`` is the first day of its
year and stands for the whole year (records.md). A range ``--since/--until`` takes
``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, inclusive at both ends ("--until 2003" takes in all
of 2003). A coarse-dated record whose period overlaps the range is kept and marked
``coarse``; an undated record is kept out and counted, never silently dropped.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Final, Literal

Precision = Literal["day", "month", "year"]
Fit = Literal["inside", "coarse", "outside", "undated"]

_RANK: Final[dict[str, int]] = {"day": 0, "month": 1, "year": 2}


class DateError(ValueError):
    """A date bound that is not YYYY, YYYY-MM or YYYY-MM-DD (or not a real date)."""


def _bound(value: str | dt.date, end: bool) -> str:
    """The first (or, with ``end``, last) day a partial date ``value`` covers, as ISO."""
    if isinstance(value, dt.date):
        return value.isoformat()
    text = value.strip()
    parts = text.split("-")
    try:
        if len(parts) == 1 and len(parts[0]) == 4:
            year = int(parts[0])
            day = dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        elif len(parts) == 2 and len(parts[0]) == 4 and len(parts[1]) == 2:
            year, month = int(parts[0]), int(parts[1])
            last = calendar.monthrange(year, month)[1]
            day = dt.date(year, month, last if end else 1)
        elif len(parts) == 3 and len(parts[0]) == 4 and len(parts[1]) == len(parts[2]) == 2:
            day = dt.date.fromisoformat(text)
        else:
            raise ValueError(text)
    except ValueError:
        raise DateError(f"not a date as YYYY, YYYY-MM or YYYY-MM-DD: {value!r}") from None
    return day.isoformat()


def check_bound(value: str) -> str:
    """``value`` when it is a valid range bound; raises :class:`DateError` otherwise."""
    _bound(value, end=False)
    return value.strip()


def period(date: str, precision: str | None) -> tuple[str, str]:
    """The first and last day (ISO) a record's date stands for."""
    if precision == "year":
        return _bound(date[:4], False), _bound(date[:4], True)
    if precision == "month":
        return _bound(date[:7], False), _bound(date[:7], True)
    return date[:10], date[:10]


def shown(date: str | None, precision: str | None) -> str | None:
    """A date as people read it: ``2013`` for a year, ``2013-02`` for a month."""
    if date is None:
        return None
    if precision == "year":
        return date[:4]
    if precision == "month":
        return date[:7]
    return date


def sort_key(date: str | None, precision: str | None, order: int) -> tuple[int, str, int, int]:
    """Dated records in date order, a coarse date after the dated records of its period
    (a year after every day and month of that year), undated ones last, ties in ``order``."""
    if date is None:
        return (1, "", 0, order)
    return (0, period(date, precision)[1], _RANK.get(precision or "day", 0), order)


@dataclass(frozen=True, slots=True)
class DateRange:
    """An inclusive range of days; either end may be open."""

    since: str | None = None
    until: str | None = None

    @classmethod
    def of(cls, since: str | dt.date | None, until: str | dt.date | None) -> DateRange:
        """A range from user bounds; raises :class:`DateError` for a malformed one."""
        return cls(
            _bound(since, end=False) if since is not None else None,
            _bound(until, end=True) if until is not None else None,
        )

    @property
    def open(self) -> bool:
        """True when neither end is set: every record fits."""
        return self.since is None and self.until is None

    def fit(self, date: str | None, precision: str | None) -> Fit:
        """Where a record of ``date``/``precision`` stands against the range."""
        if self.open:
            return "inside"
        if date is None:
            return "undated"
        first, last = period(date, precision)
        if (self.since is not None and last < self.since) or (
            self.until is not None and first > self.until
        ):
            return "outside"
        if (self.since is not None and first < self.since) or (
            self.until is not None and last > self.until
        ):
            return "coarse"
        return "inside"

    def describe(self) -> str:
        if self.since and self.until:
            return f"from {self.since} to {self.until}"
        if self.since:
            return f"on or after {self.since}"
        if self.until:
            return f"on or before {self.until}"
        return "at any date"
