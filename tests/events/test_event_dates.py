"""Event dates against a fixed document date, and estimating an undated article's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from cablegram.events import estimate_document_date, resolve_expression
from cablegram.records import Event

CodeFn = Callable[..., list[Event]]
BASE = dt.date(2004, 10, 15)  # a Friday


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("last week", "2004-10-08"),
        ("on Friday", "2004-10-08"),
        ("on Tuesday", "2004-10-12"),
        ("yesterday", "2004-10-14"),
        ("in February 2010", "2010-02-01"),
        ("November 2", "2003-11-02"),
        ("nearly three years ago", "2001-10-01"),
        ("two weeks ago", "2004-10-01"),
        ("last month", "2004-09-01"),
        ("last year", "2003-01-01"),
        ("in 1998", "1998-01-01"),
        ("March 5, 2001", "2001-03-05"),
    ],
)
def test_relative_and_absolute_expressions(expression: str, expected: str) -> None:
    resolved = resolve_expression(expression, BASE)
    assert resolved is not None and resolved.iso() == expected


def test_future_preference_for_future_events() -> None:
    resolved = resolve_expression("November 2", BASE, prefer="future")
    assert resolved is not None and resolved.iso() == "2004-11-02"


def test_later_counts_from_the_last_named_date() -> None:
    resolved = resolve_expression("five years later", BASE, anchor=dt.date(2005, 2, 1))
    assert resolved is not None and resolved.iso() == "2010-02-01"
    assert resolve_expression("five years later", BASE) is None


@pytest.mark.parametrize("expression", ["six months", "the past few days", "decades", "annual"])
def test_durations_and_vague_spans_do_not_resolve(expression: str) -> None:
    assert resolve_expression(expression, BASE) is None


def test_relative_needs_a_document_date() -> None:
    assert resolve_expression("last week", None) is None
    resolved = resolve_expression("in February 2010", None)
    assert resolved is not None and resolved.iso() == "2010-02-01"


def test_event_date_from_its_sentence(code: CodeFn) -> None:
    (event,) = code("Russia withdrew its troops from Georgia last week.", date="2004-10-15")
    assert event.date == "2004-10-08"
    (event,) = code("Japan met Chinese officials in February 2010.", date="2012-12-20")
    assert event.date == "2010-02-01"
    (event,) = code("Russia withdrew its troops from Georgia.", date="2004-10-15")
    assert event.date is None


def test_event_date_later_anchor(code: CodeFn) -> None:
    text = (
        "Qatar and France signed a trade pact in February 2005. "
        "Five years later, Qatar met French officials in Doha."
    )
    events = code(text, date="2013-01-10")
    consult = [e for e in events if e.event_type == "CONSULT"]
    assert consult and consult[0].date == "2010-02-01"


UNDATED = """Talks resume in Geneva

Negotiators met again this week in Geneva, a month after the talks broke down on
March 3, 2011. The two delegations first sat down together in 2008, and officials said on
Monday that a deal could be reached before the summer.

Copyright 2005-2016 Example Media. All rights reserved.
"""


def test_estimate_from_latest_full_date() -> None:
    estimate = estimate_document_date(UNDATED, today=dt.date(2024, 1, 1))
    assert estimate is not None
    assert estimate.date == "2011-03-03"
    assert estimate.range_start == "2011-03-03"
    assert estimate.range_start <= estimate.date <= estimate.range_end
    assert estimate.range_end < "2011-06-01"  # words of recency keep the range short
    assert 0.5 <= estimate.confidence <= 0.8


def test_estimate_from_years_ago() -> None:
    text = (
        "In a June 2009 meeting, the two ministers discussed the pipeline. "
        "That meeting took place nearly two years ago, and little has changed since."
    )
    estimate = estimate_document_date(text, today=dt.date(2024, 1, 1))
    assert estimate is not None
    assert estimate.date == "2011-06-01"
    assert estimate.range_start == "2009-06-01"


def test_estimate_ignores_counts_and_copyright() -> None:
    text = "About 2000 troops arrived. Copyright 2016 Example Media."
    assert estimate_document_date(text, today=dt.date(2024, 1, 1)) is None


def test_estimate_year_only_is_unsure() -> None:
    estimate = estimate_document_date(
        "The 2004 election changed little.", today=dt.date(2024, 1, 1)
    )
    assert estimate is not None
    assert estimate.range_start == "2004-01-01"
    assert estimate.confidence < 0.4
