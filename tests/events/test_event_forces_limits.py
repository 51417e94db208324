"""Limits of the round-10 forces rules (events/forces.py, review rv81 of i81): ties between
states are no routes (``cut-route``, ``route-ends``), a doer's series or launched act is no
record of a place (``record-place``), soldiers' own grievances are a protest
(``armed-protest``). Sentences written for the test; each group fails without its change."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

Resolved = Callable[[str], list[Event]]


def _typed(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            e.event_type,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait severed diplomatic links with Iran after the embassy was attacked.",
        "Egypt cut its trade links with Qatar last month.",
        "Sudan cut air links to Iran in January.",
    ],
)
def test_cutting_ties_between_states_is_no_route(resolved: Resolved, text: str) -> None:
    assert not [e for e in resolved(text) if e.event_type == "COERCE"], _typed(resolved(text))


def test_the_other_end_of_a_cut_tie_stays_the_target(resolved: Resolved) -> None:
    events = resolved("Sudan cut its air links to Iran in January.")
    assert [e.target.country for e in events if e.target] == ["IRN"], _typed(events)


@pytest.mark.parametrize(
    "text",
    [
        "Government forces cut off the supply road from Turkey to the besieged town.",
        "The army cut the insurgents' supply link to the coast on Sunday.",
    ],
)
def test_cutting_a_physical_route_still_restricts_movement(resolved: Resolved, text: str) -> None:
    assert [e.event_type for e in resolved(text)] == ["COERCE"], _typed(resolved(text))


@pytest.mark.parametrize(
    "text, doer",
    [
        ("Turkey's latest air strikes in Iraq killed 12 militants.", "TUR"),
        ("Pakistan's latest raids in the tribal region killed 9 militants.", "PAK"),
        ("Egypt's biggest offensive in the Sinai killed dozens of militants.", "EGY"),
        ("France's deadliest bombing of the city destroyed a hospital.", "FRA"),
        ("Iran's first air strikes in Syria hit a rebel base.", "IRN"),
        ("Britain's heaviest shelling of Basra killed 12 people.", "GBR"),
    ],
)
def test_a_doers_series_or_launched_act_keeps_its_doer(
    resolved: Resolved, text: str, doer: str
) -> None:
    events = resolved(text)
    assert doer in [e.source.country for e in events if e.source], _typed(events)


def test_a_record_in_the_place_itself_still_has_no_source(resolved: Resolved) -> None:
    for text in (
        "Spain's worst bombing in a decade killed 40 people.",
        "Kenya's deadliest attack since 1998 killed 67 shoppers.",
        "Baghdad's deadliest bombing of Ramadan killed 80 people.",
    ):
        events = resolved(text)
        assert not [e for e in events if e.source and e.source.country], _typed(events)


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of soldiers blocked the bridge to demand their overdue salaries.",
        "Former soldiers blocked the road to the airport on Tuesday.",
        "Troops blocked the main roads, demanding bonuses promised after the war.",
        "Mutinous soldiers blocked the roads around the barracks.",
    ],
)
def test_forces_with_a_grievance_of_their_own_protest(resolved: Resolved, text: str) -> None:
    types = [e.event_type for e in resolved(text)]
    assert "PROTEST" in types and "COERCE" not in types, _typed(resolved(text))


@pytest.mark.parametrize(
    "text",
    [
        "Police officers blocked the road after the missile strike.",
        "Army officers blocked the highway leading to the border.",
    ],
)
def test_officers_blocking_roads_restrict_movement(resolved: Resolved, text: str) -> None:
    assert [e.event_type for e in resolved(text)] == ["COERCE"], _typed(resolved(text))
