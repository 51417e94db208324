"""The writer of a text to be kept is not whom a demand or charge is aimed at (issue 11,
arguments; filter ``text-kept``): "demanded the implementation of UN Security Council
resolution 2216" is no REQUEST of the Security Council. Who must keep the text stays the
target where the sentence names it ("compliance from Iran", "Iran's compliance", "urged the
rebels to implement"). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _target(events: list[Event], event_type: str) -> str | None:
    found = [e for e in events if e.event_type == event_type]
    assert found, events
    return found[0].target.name if found[0].target else None


@pytest.mark.parametrize(
    "text",
    [
        "President Hadi demanded the implementation of UN Security Council resolution 2216.",
        "The government called for full implementation of UN Security Council Resolution 2254.",
        "The prime minister demanded respect for the UN Security Council resolution.",
    ],
)
def test_the_writer_of_a_text_is_no_target(resolved: CodeFn, text: str) -> None:
    assert _target(resolved(text), "REQUEST") is None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The minister demanded compliance from Iran.", "Iran"),
        ("The United States demanded Iran's compliance with the agreement.", "Iran"),
        ("The foreign minister urged the rebels to implement the UN resolution.", "rebels"),
        ("France demanded that Russia respect the Minsk agreements.", "Russia"),
    ],
)
def test_who_must_keep_the_text_stays_the_target(resolved: CodeFn, text: str, target: str) -> None:
    assert _target(resolved(text), "REQUEST") == target


def test_a_rejected_decision_keeps_its_maker(resolved: CodeFn) -> None:
    """Near miss: a text rejected or welcomed is aimed at whoever made it."""
    assert _target(resolved("Russia rejected the EU decision."), "REJECT") == "EU"
