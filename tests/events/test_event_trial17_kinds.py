"""Trial-17 kinds (issue 11, round 14, g17e): a firing told as a launch or drill with no
target, plural office holders the document ties to one body. Sentences written for the
tests; each first group fails without its rule, each second group guards the rule's limits."""

from __future__ import annotations

import pytest

from cablegram import api
from cablegram.records import Event

DAY = "2019-05-10"  # a Friday


def _code(text: str) -> list[Event]:
    """The events of a text, through cleaning and the shipped actor dictionary."""
    return list(api.extract(text, DAY).events)


def _types(events: list[Event]) -> set[str]:
    return {e.event_type for e in events}


# -- weapon-test: a firing told as one of a series of launches, or as a drill -------------


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, Iran fired off three medium-range rockets in its second such launch this month.",
        "Pakistan fired two missiles during a military exercise on Tuesday.",
        "Syria fired a rocket in a drill near the border on Sunday.",
    ],
)
def test_a_firing_told_as_a_launch_or_drill_shows_force(text: str) -> None:
    assert _types(_code(text)) == {"MOBILIZE"}, text


@pytest.mark.parametrize(
    "text",
    [
        # aimed, violent, or told as an attack: still an ASSAULT
        "Hamas fired two rockets at Israel in the second such launch this week.",
        "Russia fired missiles during an exercise, killing three soldiers.",
        "Hezbollah fired rockets in an attack on the town on Monday.",
        "Militants fired rockets on Monday.",
    ],
)
def test_a_firing_aimed_or_told_as_an_attack_stays_an_assault(text: str) -> None:
    assert "MOBILIZE" not in _types(_code(text)), text
