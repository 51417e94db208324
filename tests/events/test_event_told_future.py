"""Acts to come, told by the writer or fixed for a date, keep their own type and are not
``asserted``; a promise is a promise only in someone's own words.

The sentences are written for the test; each group is one kind from real copy ("Russia will
withdraw its troops from Syria" coded AGREE, "Russia is to expel 23 British diplomats"
coded as done).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _told(events: list[Event]) -> list[tuple[str, str | None, str]]:
    return [(e.event_type, e.source.name if e.source else None, e.modality) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia will withdraw its troops from Syria.", ("RETREAT", "RUS", "future")),
        ("Kenya will pull its police officers out of Haiti in May.", ("RETREAT", "KEN", "future")),
        ("Norway will send food aid to Sudan next month.", ("AID", "NOR", "future")),
        ("Turkey will impose sanctions on Sweden.", ("SANCTION", "TUR", "future")),
    ],
)
def test_writers_future_is_the_act_to_come(
    code: CodeFn, text: str, expected: tuple[str, str, str]
) -> None:
    assert _told(code(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Russia said it will withdraw its troops from Syria.",
        "Norway has promised to send food aid to Sudan.",
    ],
)
def test_an_actors_own_future_is_its_promise(code: CodeFn, text: str) -> None:
    assert [e.event_type for e in code(text)] == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia is to expel 23 British diplomats.", "SANCTION"),
        ("Japan is to impose sanctions on Iran.", "SANCTION"),
        ("Egypt is due to meet Sudan on Monday.", "CONSULT"),
        ("France is set to recall its ambassador to Mali.", "SANCTION"),
        ("Chile is scheduled to sign the accord with Argentina in March.", "AGREE"),
    ],
)
def test_an_act_fixed_for_later_is_future(code: CodeFn, text: str, expected: str) -> None:
    events = code(text)
    assert [e.event_type for e in events] == [expected]
    assert all(e.modality == "future" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The aim is to impose sanctions on Iran.",
        "The priority is to send aid to Sudan.",
    ],
)
def test_a_purpose_is_no_act_fixed_for_later(code: CodeFn, text: str) -> None:
    assert all(e.modality != "future" for e in code(text))


def test_a_past_be_to_is_no_future(code: CodeFn) -> None:
    # "was to" tells what was arranged then, which is not an act to come now.
    assert all(e.modality != "future" for e in code("Japan was to impose sanctions on Iran."))


def test_passive_controller_subject_does_the_act(code: CodeFn) -> None:
    # "X is set to meet", "X was asked to": the passive's subject does the infinitive's act.
    events = code("Germany is set to meet France in Berlin on Friday.")
    assert [(e.event_type, e.source.name if e.source else None) for e in events] == [
        ("CONSULT", "DEU")
    ]
