"""A good endangered ("was threatening the gains", trial 10) is no threat made."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

Resolved = Callable[[str], list[Event]]


def _types(events: list[Event]) -> set[str]:
    return {e.event_type for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban insurgency was threatening the gains made since 2001.",
        "Hezbollah is threatening the fragile ceasefire, Israel said.",
    ],
)
def test_a_good_in_danger_is_no_threat(resolved: Resolved, text: str) -> None:
    assert "THREATEN" not in _types(resolved(text))


@pytest.mark.parametrize(
    "text",
    [
        "North Korea threatened South Korea with nuclear strikes.",
        "Hamas threatened to end the ceasefire.",
    ],
)
def test_a_threat_made_is_still_coded(resolved: Resolved, text: str) -> None:
    assert "THREATEN" in _types(resolved(text))
