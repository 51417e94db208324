"""Round 14 types: weapons sent AT someone are an attack (type rule ``weapons-sent-at``,
events/sent_weapons.py), not the military AID that weapons sent TO someone are. Sentences
written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


@pytest.mark.parametrize(
    "text",
    [
        "Syria hit back on Sunday, sending a barrage of missiles at Turkey.",
        "Russia sent dozens of drones against Ukrainian power plants overnight.",
    ],
)
def test_weapons_sent_at_someone_are_an_attack(resolved: CodeFn, text: str) -> None:
    types = {e.event_type for e in resolved(text)}
    assert "ASSAULT" in types and "AID" not in types


@pytest.mark.parametrize(
    "text",
    [
        # near misses: weapons sent to a recipient are aid; troops sent into a country are
        # left to the deployment rules
        "Germany sent a fleet of drones to Ukraine in March.",
        "Germany sent missiles to Ukraine for its defence against Russian attacks.",
    ],
)
def test_weapons_sent_to_someone_stay_aid(resolved: CodeFn, text: str) -> None:
    types = {e.event_type for e in resolved(text)}
    assert "AID" in types and "ASSAULT" not in types
