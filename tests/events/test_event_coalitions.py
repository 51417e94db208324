"""A coalition's acts by the state that leads it (events/coalitions.py): "-led" and "led by"
on a coalition or what it fields, as subject or as the act a passive of harm happened in;
near misses where no state leads a body. Sentences composed for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _assault_sources(events: list[Event]) -> set[str | None]:
    return {e.source.country if e.source else None for e in events if e.event_type == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Saudi-led coalition warplanes bombed rebel positions near the port on Monday.", "SAU"),
        ("A French-led coalition air strike killed nine militants near the border.", "FRA"),
        ("The U.S.-led coalition struck a convoy near the dam on Friday.", "USA"),
    ],
)
def test_a_led_coalitions_act_is_the_lead_states(resolved: CodeFn, text: str, country: str) -> None:
    assert _assault_sources(resolved(text)) == {country}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Eight Egyptian soldiers were killed in a French-led coalition raid on Monday.", "FRA"),
        ("Four Kenyan soldiers were wounded in a U.S.-led coalition air strike on Sunday.", "USA"),
        (
            "Nine Kenyan soldiers were killed in raids carried out by the French-led coalition"
            " in Mali's Gao region.",
            "FRA",
        ),
    ],
)
def test_harm_in_a_led_coalitions_strike_is_the_lead_states(
    resolved: CodeFn, text: str, country: str
) -> None:
    assert _assault_sources(resolved(text)) == {country}


@pytest.mark.parametrize(
    "text",
    [
        "A rebel-led offensive killed thirty Egyptian soldiers near the border.",
        "A women-led militia attacked the Egyptian police post.",
        "Eight Egyptian soldiers were killed in a rebel-led raid near the border.",
    ],
)
def test_a_body_led_by_no_state_is_no_state(resolved: CodeFn, text: str) -> None:
    sources = _assault_sources(resolved(text))
    assert not any(c in ("FRA", "USA", "SAU") for c in sources)
    assert all(e.source is None or e.source.kind != "state" for e in resolved(text))
