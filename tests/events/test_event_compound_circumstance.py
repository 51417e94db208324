"""A compound source is each actor, never an alliance named as a modifier beside it; the doer
of an act told inside a "with" phrase is no target."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Annotation, Event

AnnotateFn = Callable[[str], Annotation]
CodeFn = Callable[..., list[Event]]


def _sources(annotation: Annotation, trigger: str) -> set[str | None]:
    return {e.source.name if e.source else None for e in annotation.events if e.trigger == trigger}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "NATO allies Paris and Madrid said they would send troops to Estonia.",
            "send",
            {"France", "Spain"},
        ),
        (
            "EU members Rome and Athens said they would send troops to Mali.",
            "send",
            {"Italy", "Greece"},
        ),
    ],
)
def test_they_of_a_titled_compound_is_each_capital(
    annotate: AnnotateFn, text: str, trigger: str, expected: set[str]
) -> None:
    assert _sources(annotate(text), trigger) == expected


def test_a_name_only_qualifying_a_noun_is_no_they(annotate: AnnotateFn) -> None:
    # The parse hangs the capitals on "Brussels"; "they" must not fall back on "a NATO summit".
    text = "At a NATO summit in Brussels, Ottawa and Oslo said they would each provide a ship."
    assert "NATO" not in _sources(annotate(text), "provide")


def test_a_named_alliance_is_still_they(annotate: AnnotateFn) -> None:
    text = "NATO met in Brussels on Monday. They agreed to send more troops to Latvia."
    sources = {e.source.name for e in annotate(text).events if e.source}
    assert "NATO" in sources


@pytest.mark.parametrize(
    "text",
    [
        "Kenya canceled the visit to Nairobi with the prospect of parliament suspending him.",
        "Egypt closed its embassy in Tripoli with the risk of Libya expelling its staff.",
        "Italy called off the summit with the threat of France boycotting it.",
    ],
)
def test_doer_inside_a_with_circumstance_is_no_target(annotate: AnnotateFn, text: str) -> None:
    events = annotate(text).events
    inner = {"parliament", "Libya", "France"}
    assert events
    assert not any(e.target and e.target.text in inner for e in events)


def test_met_with_keeps_the_people_named(annotate: AnnotateFn) -> None:
    # A head naming people may do the act itself: the partner stays the target.
    text = "Brazil's president met with members of Congress opposing the bill."
    events = [e for e in annotate(text).events if e.trigger == "met"]
    assert events and events[0].target is not None
