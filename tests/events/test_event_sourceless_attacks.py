"""Attacks whose doer is only a category (events/parties.py ``victim_object``): kept with no
source when the object names the victim's side; never merged with another sourceless
report (events/dedup.py). Sentences composed for the test."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from cablegram.events.dedup import same_event
from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed four Egyptian soldiers near the checkpoint.",
        "Masked attackers killed two Pakistani soldiers on the highway.",
    ],
)
def test_an_attack_by_a_category_on_a_states_forces_is_kept(resolved: CodeFn, text: str) -> None:
    events = [e for e in resolved(text) if e.event_type == "ASSAULT"]
    assert len(events) == 1
    assert events[0].source is None and events[0].target is not None


@pytest.mark.parametrize(
    "text",
    [
        "A truck bomb killed 20 people in Baghdad on Friday.",
        "Gunmen killed six villagers in Kenya on Sunday.",
    ],
)
def test_a_bare_count_of_people_attacked_by_no_one_named_is_dropped(
    resolved: CodeFn, text: str
) -> None:
    assert not [e for e in resolved(text) if e.event_type == "ASSAULT" and e.source is None]


def _two_reports(event: Event) -> tuple[Event, Event]:
    """The same report, dated to the day, as filed by two documents."""
    first = replace(event, date="2016-03-01", date_precision="day")
    return first, replace(first, doc_id="other", event_id="other")


def test_two_sourceless_reports_are_never_one_event(resolved: CodeFn) -> None:
    events = resolved("Gunmen ambushed four Egyptian soldiers near the checkpoint.")
    assert events and events[0].source is None
    assert not same_event(*_two_reports(events[0]))


def test_two_reports_with_a_source_are_still_one_event(resolved: CodeFn) -> None:
    events = resolved("Egypt ambushed four Libyan soldiers near the checkpoint.")
    assert events and events[0].source is not None
    assert same_event(*_two_reports(events[0]))
