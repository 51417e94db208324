"""A present-tense clause of time under a future tells an act still to come (trial 10: a
meeting "when he meets with dissidents", under "will cast a spotlight", was coded as done)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

Resolved = Callable[[str], list[Event]]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Obama will press Cuba on Tuesday when he meets with dissidents in Havana.", "CONSULT"),
        ("The president will raise it after she meets with Xi Jinping next week.", "CONSULT"),
        ("Israel will respond when Hamas fires rockets.", "ASSAULT"),
    ],
)
def test_an_act_in_a_clause_of_time_under_a_future_is_to_come(
    resolved: Resolved, text: str, event_type: str
) -> None:
    found = [e for e in resolved(text) if e.event_type == event_type]
    assert found and all(e.modality == "future" for e in found)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Russia attacks Ukraine while NATO meets in Brussels.", "ASSAULT"),
        ("The envoy meets Assad when he visits Damascus each month.", "CONSULT"),
    ],
)
def test_a_clause_of_time_under_a_present_is_told_as_done(
    resolved: Resolved, text: str, event_type: str
) -> None:
    found = [e for e in resolved(text) if e.event_type == event_type]
    assert found and all(e.modality == "asserted" for e in found)
