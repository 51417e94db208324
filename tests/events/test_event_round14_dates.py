"""Round 14 dates. Rule ``weekday-time`` (events/dates.py): a part of a named day ("late
Monday night", "early Thursday morning"), which spaCy labels TIME, dates the act to that
weekday, the one before the article's date, at day precision. Without it the act took the
saying's day ("..., officials said on Wednesday") or none. A timetable ("were slated to sign
on Nov. 17", events/tense.py) looks forward like "is set to". Sentences written for the
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]
DATE = "2024-05-17"  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrian troops shelled Idlib late Monday night, activists said on Wednesday.",
         "2024-05-13"),
        ("Egyptian police arrested six students late on Tuesday night, a spokesman said Thursday.",
         "2024-05-14"),
        ("Turkish jets bombed Kurdish positions in Iraq early Thursday morning, the army said.",
         "2024-05-16"),
        ("Egyptian police detained two reporters on Wednesday evening.", "2024-05-15"),
    ],
)  # fmt: skip
def test_a_part_of_a_weekday_dates_the_act(code: CodeFn, text: str, expected: str) -> None:
    events = [e for e in code(text, date=DATE) if e.event_type in ("ASSAULT", "COERCE")]
    assert events and all(e.date == expected and e.date_precision == "day" for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a clock time names no day, so the saying's day stands as before
        ("Egyptian police detained two reporters at 8 a.m., a spokesman said on Wednesday.",
         "2024-05-15"),
        # the weekday is the saying's, not the act's own
        ("Egyptian police detained two reporters, a spokesman said late Wednesday night.",
         "2024-05-15"),
        # a plain weekday keeps working as before
        ("Turkish jets bombed Kurdish positions in Iraq early Thursday.", "2024-05-16"),
    ],
)  # fmt: skip
def test_other_times_unchanged(code: CodeFn, text: str, expected: str) -> None:
    events = [e for e in code(text, date=DATE) if e.event_type in ("ASSAULT", "COERCE")]
    assert events and all(e.date == expected for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Argentina were slated to sign the fisheries accord on Jan. 9.", "2025-01-09"),
        ("Chile and Argentina are poised to sign the fisheries accord on Jan. 9.", "2025-01-09"),
        # near miss: a pact told as done looks back
        ("Chile and Argentina signed the fisheries accord on Jan. 9.", "2024-01-09"),
    ],
)
def test_a_timetable_looks_forward(code: CodeFn, text: str, expected: str) -> None:
    agree = [e for e in code(text, date="2024-11-21") if e.event_type == "AGREE"]
    assert agree and all(e.date == expected for e in agree)
