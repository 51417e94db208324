"""Relative dates on full articles: spelled-out counts, seasons, "the previous/following" unit,
"mid-", and an unreadable own time that must not give way to the saying's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of days from a month known only as such may end in the next month
        (
            "Chile recalled its envoy in June 2011 and expelled three Bolivian diplomats "
            "twelve days later.",
            ("2011-01-01", "year"),
        ),
        (
            "Chile recalled its envoy in early June 2011 and expelled three Bolivian diplomats "
            "the following week.",
            ("2011-01-01", "year"),
        ),
        # from a year known only as such, "two months later" may be the next year
        (
            "Chile recalled its envoy in 2011 and expelled three Bolivian diplomats three "
            "months later.",
            (None, None),
        ),
        # from December, "the following week" may be January
        (
            "Chile recalled its envoy in December 2011 and expelled three Bolivian diplomats "
            "the following week.",
            (None, None),
        ),
        # a whole year after a month is still that next year
        (
            "Chile recalled its envoy in June 2011 and expelled three Bolivian diplomats the "
            "following year.",
            ("2012-01-01", "year"),
        ),
    ],
)
def test_a_count_from_a_month_or_year_claims_no_finer_date(
    code: CodeFn, text: str, expected: tuple[str | None, str | None]
) -> None:
    expelled = [e for e in code(text, date="2016-04-15") if e.trigger == "expelled"]
    assert expelled and (expelled[0].date, expelled[0].date_precision) == expected


def test_a_count_from_a_month_in_an_earlier_sentence_claims_no_day(code: CodeFn) -> None:
    text = "Chile recalled its envoy in June 2011. Twelve days later, Chile expelled a diplomat."
    expelled = [e for e in code(text, date="2016-04-15") if e.trigger == "expelled"]
    assert expelled and expelled[0].date_precision != "day"


def test_a_time_the_parse_hangs_on_a_verb_tagged_object_is_the_clauses(
    code: CodeFn, events_nlp: Language
) -> None:
    # the tagger reads "envoys" after a nationality as a verb; the time is still the clause's
    text = (
        "Kenya recalled its ambassador in March 2012 and expelled two Ugandan envoys the "
        "following year."
    )
    assert [t.pos_ for t in events_nlp(text) if t.text == "envoys"] == ["VERB"]
    expelled = [e for e in code(text, date="2016-04-15") if e.trigger == "expelled"]
    assert expelled and (expelled[0].date, expelled[0].date_precision) == ("2013-01-01", "year")


@pytest.mark.parametrize(
    "text",
    [
        "Austria closed its border with Italy three days before the election, aides said on "
        "Tuesday.",
        "Austria closed its border with Italy after the referendum, aides said on Tuesday.",
        "Austria closed its border with Italy earlier, aides said on Tuesday.",
    ],
)
def test_an_own_relative_time_does_not_borrow_the_sayings_date(code: CodeFn, text: str) -> None:
    events = [e for e in code(text, date="2016-04-15") if e.trigger == "closed"]
    assert events and events[0].date is None
