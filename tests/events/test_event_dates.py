"""Event dates against a fixed document date, and estimating an undated article's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram.events import estimate_document_date, resolve_expression
from cablegram.events.dates import Prefer, event_date
from cablegram.records import Event

CodeFn = Callable[..., list[Event]]
BASE = dt.date(2004, 10, 15)  # a Friday


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("last week", "2004-10-01"),  # a week names no day: its month (4-10 October)
        ("on Friday", "2004-10-15"),
        ("last Friday", "2004-10-08"),
        ("on Thursday", "2004-10-14"),
        ("on Tuesday", "2004-10-12"),
        ("yesterday", "2004-10-14"),
        ("in February 2010", "2010-02-01"),
        ("November 2", "2003-11-02"),
        ("nearly three years ago", "2001-10-01"),
        ("two weeks ago", "2004-01-01"),  # 27 September - 3 October: only the year
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
    assert (event.date, event.date_precision) == ("2004-10-01", "month")
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


@pytest.mark.parametrize(
    ("expression", "base", "prefer", "expected", "precision"),
    [
        # A weekday equal to the publication day is that day, whichever the tense.
        ("Friday", dt.date(2024, 3, 15), "past", "2024-03-15", "day"),
        ("on Friday", dt.date(2024, 3, 15), "future", "2024-03-15", "day"),
        ("Monday morning", dt.date(2024, 3, 11), "past", "2024-03-11", "day"),
        # The tense decides the direction of any other weekday.
        ("on Friday", dt.date(2024, 3, 13), "future", "2024-03-15", "day"),
        ("on Friday", dt.date(2024, 3, 13), "past", "2024-03-08", "day"),
        ("Tuesday", dt.date(2024, 3, 13), "future", "2024-03-19", "day"),
        ("next Tuesday", dt.date(2024, 3, 13), "past", "2024-03-19", "day"),
        # A deadline is never in the past; a month alone takes its year from the tense.
        ("by June", dt.date(2024, 3, 13), "past", "2024-06-01", "month"),
        ("by June", dt.date(2024, 8, 2), "past", "2025-06-01", "month"),
        ("until Friday", dt.date(2024, 3, 13), "past", "2024-03-15", "day"),
        ("in June", dt.date(2024, 3, 13), "past", "2023-06-01", "month"),
        ("in June", dt.date(2024, 3, 13), "future", "2024-06-01", "month"),
        ("in March", dt.date(2024, 3, 13), "past", "2024-03-01", "month"),
        ("last March", dt.date(2024, 3, 13), "past", "2023-03-01", "month"),
        # Precision is kept: the date is the first day of the period the text gives.
        ("in 2013", dt.date(2024, 3, 13), "past", "2013-01-01", "year"),
        ("in February 2005", dt.date(2024, 3, 13), "past", "2005-02-01", "month"),
        ("March 5, 2001", dt.date(2024, 3, 13), "past", "2001-03-05", "day"),
    ],
)
def test_direction_and_precision(
    expression: str, base: dt.date, prefer: Prefer, expected: str, precision: str
) -> None:
    resolved = resolve_expression(expression, base, prefer=prefer)
    assert resolved is not None
    assert (resolved.iso(), resolved.precision) == (expected, precision)


def test_dateline_weekday_is_the_publication_day(code: CodeFn) -> None:
    text = (
        "BERLIN, March 15 (Wire) - Germany on Friday recalled its ambassador to Russia "
        "for consultations."
    )
    events = code(text, date="2024-03-15")
    assert events and {e.date for e in events} == {"2024-03-15"}


@pytest.mark.parametrize(
    ("text", "trigger", "published", "expected"),
    [
        ("Britain will impose sanctions on Friday.", "impose", "2024-03-13", "2024-03-15"),
        ("The UK will announce new sanctions on Tuesday.", "announce", "2024-03-13", "2024-03-19"),
        ("France plans to impose sanctions on Monday.", "impose", "2024-03-13", "2024-03-18"),
        ("France imposed sanctions on Iran on Monday.", "imposed", "2024-03-13", "2024-03-11"),
        ("Spain is set to sign the deal by June.", "sign", "2024-08-02", "2025-06-01"),
        ("Spain signed the deal in June.", "signed", "2024-08-02", "2024-06-01"),
    ],
)
def test_tense_decides_the_direction(
    events_nlp: Language, text: str, trigger: str, published: str, expected: str
) -> None:
    parsed = events_nlp(text)
    (token,) = [t for t in parsed if t.text == trigger]
    resolved = event_date(token, token.sent, published)
    assert resolved is not None and resolved.iso() == expected


# ------------------------------------------------------------ estimating an undated article


def test_an_old_year_named_is_no_evidence_of_writing_time() -> None:
    text = (
        "The war that began in 1980 still shapes the region. Veterans of the 1980 campaign "
        "met in the capital to remember it."
    )
    assert estimate_document_date(text, today=dt.date(2026, 1, 1)) is None
    assert estimate_document_date("The 2004 election changed little.") is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("It is now 43 years since the 1980 invasion, and the border is still closed.", 2023),
        ("The 1980 invasion, 43 years ago, is remembered in the capital.", 2023),
        ("Thousands marked the 30th anniversary of the 1991 referendum.", 2021),
        ("Turnout fell in last year's election, held in 2022, to a record low.", 2023),
        ("The party hopes to win next year's 2024 vote.", 2023),
    ],
)
def test_estimate_from_evidence_of_writing_time(text: str, year: int) -> None:
    estimate = estimate_document_date(text, today=dt.date(2026, 1, 1))
    assert estimate is not None
    assert estimate.date == f"{year}-01-01"
    assert (estimate.range_start, estimate.range_end) == (f"{year}-01-01", f"{year}-12-31")
    assert 0.3 <= estimate.confidence <= 0.8


def test_estimate_from_a_recent_full_date() -> None:
    text = (
        "Negotiators met again in Geneva on Monday, March 7, 2011, a month after the talks "
        "first broke down. The two delegations first sat down together in 2008.\n"
        "Copyright 2005-2016 Example Media. All rights reserved."
    )
    estimate = estimate_document_date(text, today=dt.date(2024, 1, 1))
    assert estimate is not None
    assert (estimate.date, estimate.range_start, estimate.range_end) == (
        "2011-03-07",
        "2011-03-07",
        "2011-03-14",
    )
    assert estimate.confidence >= 0.5


def test_estimate_ignores_counts_copyright_and_the_future() -> None:
    counts = "About 2000 troops arrived. Copyright 2016 Example Media."
    assert estimate_document_date(counts) is None
    text = "It is 40 years since the 2000 treaty."
    assert estimate_document_date(text, today=dt.date(2026, 1, 1)) is None


def test_a_time_in_another_clause_dates_nothing(events_nlp: Language) -> None:
    parsed = events_nlp("Egypt refused to cancel the powers it granted itself last month.")
    (token,) = [t for t in parsed if t.text == "refused"]
    assert event_date(token, token.sent, "2012-12-07") is None
    parsed = events_nlp('"We will not retreat," Putin said on Tuesday.')
    (token,) = [t for t in parsed if t.text == "retreat"]
    resolved = event_date(token, token.sent, "2023-03-10")
    assert resolved is not None and resolved.iso() == "2023-03-07"  # the saying's Tuesday


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "It was the first time since November 2021 that the coast guard had used water "
            "cannon against a resupply mission.",
            "used",
        ),
        ("Rebels have shelled the town every night since March 2023.", "shelled"),
    ],
)
def test_where_a_span_begins_dates_no_act(events_nlp: Language, text: str, word: str) -> None:
    parsed = events_nlp(text)
    (token,) = [t for t in parsed if t.text == word]
    assert event_date(token, token.sent, "2023-08-07") is None


def test_estimate_from_years_ago_after_a_dated_sentence() -> None:
    text = (
        "In a June 2009 meeting, the two ministers discussed the pipeline. "
        "That meeting took place nearly two years ago, and little has changed since."
    )
    estimate = estimate_document_date(text, today=dt.date(2024, 1, 1))
    assert estimate is not None
    assert (estimate.date, estimate.range_end) == ("2011-06-01", "2011-06-30")
    assert estimate.confidence < 0.5


def test_ago_never_counts_from_an_old_year_further_back() -> None:
    text = (
        "Iran is dealing with the America of the 1953 coup. Kerry said it wants a dialogue. "
        "Of course, that conversation took place nearly three years ago."
    )
    assert estimate_document_date(text, today=dt.date(2024, 1, 1)) is None
