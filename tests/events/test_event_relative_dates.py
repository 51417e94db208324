"""Relative dates on full articles: spelled-out counts, seasons, "the previous/following" unit,
"mid-", and an unreadable own time that must not give way to the saying's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from cablegram.events import resolve_expression
from cablegram.events.time_words import number
from cablegram.records import Event

BASE = dt.date(2016, 4, 15)  # a Friday in spring
CodeFn = Callable[..., list[Event]]


@pytest.mark.parametrize(
    ("word", "value"),
    [("fifteen", 15), ("eighteen", 18), ("twenty-two", 22), ("thirty one", 31), ("ninety", 90)],
)
def test_spelled_counts(word: str, value: int) -> None:
    assert number(word) == value


@pytest.mark.parametrize(
    ("expression", "expected", "precision"),
    [
        ("Eighteen months ago", "2014-10-01", "month"),
        ("some seventeen years ago", "1999-04-01", "month"),
        ("Twenty-two months ago", "2014-06-01", "month"),
        ("three years ago this month", "2013-04-01", "month"),
        ("Last spring", "2015-01-01", "year"),
        ("last autumn", "2015-01-01", "year"),
        ("this summer", "2016-01-01", "year"),
        ("next fall", "2016-01-01", "year"),
        ("the summer of 2013", "2013-01-01", "year"),
        ("spring 2012", "2012-01-01", "year"),
        ("mid-2013", "2013-01-01", "year"),
        ("mid-October", "2015-10-01", "month"),
        ("the end of last year", "2015-01-01", "year"),
        ("the previous month", "2016-03-01", "month"),
        ("last week", "2016-04-01", "month"),  # 4-10 April
        ("earlier this week", "2016-04-01", "month"),
        ("two weeks ago", "2016-01-01", "year"),  # 28 March - 3 April
    ],
)
def test_relative_expressions(expression: str, expected: str, precision: str) -> None:
    resolved = resolve_expression(expression, BASE)
    assert resolved is not None
    assert (resolved.iso(), resolved.precision) == (expected, precision)


def test_last_season_is_the_one_already_over() -> None:
    # In July the summer is not over: "last summer" is the year before; in October it is.
    july, october = dt.date(2016, 7, 10), dt.date(2016, 10, 10)
    assert resolve_expression("last summer", july).iso() == "2015-01-01"  # type: ignore[union-attr]
    assert resolve_expression("last summer", october).iso() == "2016-01-01"  # type: ignore[union-attr]


@pytest.mark.parametrize("expression", ["last winter", "this winter", "the following week"])
def test_unresolvable_points_stay_open(expression: str) -> None:
    # A winter spans two years; "the following week" needs a date named before it.
    assert resolve_expression(expression, BASE) is None


def test_following_counts_from_the_date_named_before(code: CodeFn) -> None:
    text = (
        "Kenya recalled its ambassador in May 2009 and expelled two Egyptian envoys the "
        "following month."
    )
    expelled = [e for e in code(text, date="2016-04-15") if e.trigger == "expelled"]
    assert expelled and (expelled[0].date, expelled[0].date_precision) == ("2009-06-01", "month")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Nineteen months ago, Egypt expelled the Sudanese ambassador.", "expelled", "2014-09-01"),
        ("Last spring, Norway expelled two Russian diplomats.", "expelled", "2015-01-01"),
        ("In mid-2014, Iraq recalled its ambassador to Qatar.", "recalled", "2014-01-01"),
    ],
)
def test_event_takes_its_relative_date(
    code: CodeFn, text: str, trigger: str, expected: str
) -> None:
    events = [e for e in code(text, date="2016-04-15") if e.trigger == trigger]
    assert events and events[0].date == expected


def test_unreadable_own_time_does_not_borrow_the_sayings_date(code: CodeFn) -> None:
    text = "Last winter, Greece rejected the offer from Turkey, the minister said on Monday."
    events = [e for e in code(text, date="2016-04-15") if e.trigger == "rejected"]
    assert events and events[0].date is None


def test_durations_still_leave_the_sayings_date(code: CodeFn) -> None:
    # "for six months" is a span, not the act's point in time: the saying's Monday stands.
    text = "Japan imposed sanctions on Russia for six months, the minister said on Monday."
    events = [e for e in code(text, date="2016-04-15") if e.trigger == "imposed"]
    assert events and events[0].date == "2016-04-11"
