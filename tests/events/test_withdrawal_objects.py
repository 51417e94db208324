"""What is withdrawn decides the type and the target: a permission, a recognition or support
withdrawn is a SANCTION (CAMEO 16, 162), forces withdrawn a RETREAT whose own troops are no
target, and a state's own government is never the target of its act. Sentences written for
the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Annotation, Event

Annotate = Callable[[str], Annotation]


def _events(annotation: Annotation, lemma_prefix: str) -> list[Event]:
    return [e for e in annotation.events if e.trigger.lower().startswith(lemma_prefix)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Norway withdrew its recognition of the rebel council on Monday.", "withdr"),
        ("Peru withdrew accreditation from two Chilean journalists.", "withdr"),
        ("Moscow revoked the visas of three Estonian officials.", "revok"),
    ],
)
def test_withdrawing_a_permission_or_recognition_is_a_sanction(
    annotate: Annotate, text: str, trigger: str
) -> None:
    found = _events(annotate(text), trigger)
    assert [e.event_type for e in found] == ["SANCTION"], found


def test_own_troops_withdrawn_are_no_target(annotate: Annotate) -> None:
    text = "Norway withdrew its troops from the border town on Friday."
    found = _events(annotate(text), "withdr")
    assert [e.event_type for e in found] == ["RETREAT"]
    assert found[0].target is None


def test_a_states_own_government_is_not_its_target(annotate: Annotate) -> None:
    a = annotate("Norway will withdraw its troops from Mali, the Norwegian government said.")
    for e in _events(a, "withdr"):
        assert e.target is None or e.target.country != "NOR", e


def test_a_measure_decided_by_a_decision_noun_keeps_its_type(annotate: Annotate) -> None:
    a = annotate("The move answers Norway's decision to expel three Chilean diplomats.")
    assert [e.event_type for e in _events(a, "expel")] == ["SANCTION"]
