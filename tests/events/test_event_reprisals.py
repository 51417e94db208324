"""Reprisals (issue 11, events/reprisals.py and the confidence of vows of retaliation).
Sentences composed for the test; each first group fails without its rule, each second
guards its limits."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _types(events: list[Event]) -> set[str]:
    return {e.event_type for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "France vowed swift retaliation against the attackers.",
        "Germany pledged revenge for the killing of its soldiers.",
        "Egypt promised the harshest punishment for those responsible.",
        "Japan vowed retaliatory measures against China.",
    ],
)
def test_a_vow_of_a_reprisal_threatens(code: CodeFn, text: str) -> None:
    events = code(text)
    assert [e.event_type for e in events] == ["THREATEN"]
    assert events[0].confidence >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "The minister promised a response to the report.",
        "Obama won the nomination by promising its furious revenge.",
        "France vowed support for the rebels' cause.",
    ],
)
def test_a_vow_of_no_reprisal_threatens_no_one(code: CodeFn, text: str) -> None:
    assert "THREATEN" not in _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Turkish officials vowed to retaliate swiftly against militants.",
        "Italy promised to retaliate against Libya.",
        # the attack in the vow's circumstance phrase is not the act vowed (triggers.select)
        "Greek officials vowed to retaliate after a bombing killed ten soldiers in Athens.",
    ],
)
def test_a_vow_to_retaliate_is_listed(code: CodeFn, text: str) -> None:
    """The type is read off the vowed verb; the vow's default doubt no longer applies."""
    events = [e for e in code(text) if e.event_type == "THREATEN"]
    assert events and events[0].confidence >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Russia halted flights to Egypt in retaliation for the bombing.",
        "Canada suspended operations at the joint plant as punishment for the missile test.",
        "India stopped the shipments to Nepal in reprisal for the blockade.",
    ],
)
def test_a_stop_made_as_punishment_sanctions(code: CodeFn, text: str) -> None:
    assert "SANCTION" in _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Boeing cut output in response to weak demand.",
        "Egypt suspended operations at the port for three days of maintenance.",
        "Sweden halted operations at the plant after the storm.",
        "Spain suspended Carlos Tevez as punishment for the foul.",
    ],
)
def test_a_stop_for_other_reasons_is_no_sanction(code: CodeFn, text: str) -> None:
    assert "SANCTION" not in _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia kicked out Turkish journalists on Monday.",
        "Kenya expelled Sudan's workers from the camp.",
        "Iran threw out Canadian researchers last week.",
    ],
)
def test_another_partys_people_expelled_are_coerced(code: CodeFn, text: str) -> None:
    assert "COERCE" in _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "The school expelled the student on Monday.",
        "The party expelled its own members.",
        "Spain kicked out the old furniture.",
    ],
)
def test_expelling_no_partys_people_is_no_coercion(code: CodeFn, text: str) -> None:
    assert "COERCE" not in _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt ended its dialogue with Iran.",
        "Pakistan cancelled the dialogue with the Taliban to protest the killings.",
        "Turkey suspended the dialogue with Greece on Monday.",
    ],
)
def test_a_dialogue_broken_off_sanctions(code: CodeFn, text: str) -> None:
    """A dialogue is talks (CAMEO 164 "halt negotiations"), as in the pattern dictionary."""
    assert "SANCTION" in _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Sudan ended another round of dialogue on Monday.",
        "France and Germany ended their dialogue on Friday.",
        "Kenya welcomed the dialogue with Somalia.",
    ],
)
def test_a_session_of_dialogue_that_ended_sanctions_no_one(code: CodeFn, text: str) -> None:
    assert "SANCTION" not in _types(code(text))
