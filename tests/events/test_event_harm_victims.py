"""The one harmed or held, named in the "of" phrase of a noun of harm or custody, is not
whom a condemnation or demand is aimed at (trial 10: "condemn the murder of Mr. Robert
Hall" had Hall, the victim, as the target of the ACCUSE)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

Resolved = Callable[[str], list[Event]]


def _accusations(events: list[Event]) -> list[Event]:
    return [e for e in events if e.event_type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Canada condemned the killing of John Ridsdel.", "John Ridsdel"),
        ("The United States condemned the detention of Andrew Brunson.", "Andrew Brunson"),
        ("We condemn the brutal and senseless murder of Robert Hall, Trudeau said.", "Robert Hall"),
    ],
)
def test_the_victim_of_a_condemned_act_is_not_its_target(
    resolved: Resolved, text: str, victim: str
) -> None:
    found = _accusations(resolved(text))
    assert found and all(e.target is None or e.target.name != victim for e in found)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("France condemned Iran's detention of Ahmadreza Djalali.", "IRN"),
        ("China condemned the arrest of its citizens by Japan.", "JPN"),
    ],
)
def test_the_doer_of_a_condemned_act_stays_the_target(
    resolved: Resolved, text: str, doer: str
) -> None:
    found = _accusations(resolved(text))
    assert found and all(e.target is not None and e.target.country == doer for e in found)
