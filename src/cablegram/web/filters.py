"""The filters the pages, their CSV downloads and the JSON API share, as FastAPI dependencies.

Each filter is declared once here and read by every endpoint that offers it, so a page and
its ``/csv/<table>`` link cannot drift apart. Values come in as typed in the form: blank
fields are None, dates must be YYYY, YYYY-MM or YYYY-MM-DD and event types one of PLOVER's;
anything else is a 422 naming the field (rendered by :mod:`cablegram.web.errors`), never an
echo of the input.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Query

from cablegram.query.dates import DateError, check_bound
from cablegram.records import PLOVER_TYPES

Text = Annotated[str | None, Query(max_length=500)]
DateText = Annotated[str | None, Query(max_length=10)]


def blank(value: str | None) -> str | None:
    """``value`` stripped, or None when it is missing or only white space."""
    value = value.strip() if value is not None else None
    return value or None


def date_bound(value: str | None, field: str) -> str | None:
    """A date filter as typed, or None when empty; a 422 naming ``field`` when malformed."""
    value = blank(value)
    if value is None:
        return None
    try:
        return check_bound(value)
    except DateError:
        raise HTTPException(
            422, f"Bad request: {field} must be a date as YYYY, YYYY-MM or YYYY-MM-DD."
        ) from None


def plover_type(value: str | None) -> str | None:
    """A PLOVER event type in upper case, or None when empty; a 422 when it is not one."""
    value = blank(value)
    if value is None:
        return None
    if value.upper() not in PLOVER_TYPES:
        raise HTTPException(422, "Bad request: type must be one of the PLOVER event types.")
    return value.upper()


@dataclass(frozen=True)
class Period:
    """A date range, each end a checked YYYY[-MM[-DD]] bound or None (open)."""

    since: str | None
    until: str | None


def period(since: DateText = None, until: DateText = None) -> Period:
    return Period(date_bound(since, "since"), date_bound(until, "until"))


@dataclass(frozen=True)
class EventFilter:
    """The events page's form: actor (name or code), PLOVER type, dates and words."""

    actor: str | None
    type: str | None
    period: Period
    q: str | None

    def form(self) -> dict[str, str]:
        """The fields as the form shows them again (empty strings for unset ones)."""
        return {
            "actor": self.actor or "",
            "type": self.type or "",
            "since": self.period.since or "",
            "until": self.period.until or "",
            "q": self.q or "",
        }


def event_filter(
    dates: Annotated[Period, Depends(period)],
    actor: Text = None,
    type: Text = None,
    q: Text = None,
) -> EventFilter:
    return EventFilter(blank(actor), plover_type(type), dates, blank(q))


@dataclass(frozen=True)
class QuoteFilter:
    """The quotes page's form: words, speaker, speaker's country and dates."""

    q: str | None
    speaker: str | None
    country: str | None
    period: Period


def quote_filter(
    dates: Annotated[Period, Depends(period)],
    q: Text = None,
    speaker: Text = None,
    country: Text = None,
) -> QuoteFilter:
    return QuoteFilter(blank(q), blank(speaker), blank(country), dates)


PeriodDep = Annotated[Period, Depends(period)]
EventFilterDep = Annotated[EventFilter, Depends(event_filter)]
QuoteFilterDep = Annotated[QuoteFilter, Depends(quote_filter)]
