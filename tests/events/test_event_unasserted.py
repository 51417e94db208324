"""Round-10 kinds of not-an-asserted-act (issue 11), events/unasserted.py: an act under
"without", an act in a relative clause on "any", a noun act only discussed or feared, a
party's record. Sentences written for the test; each group fails without its rule, and each
has a near miss that must stay coded."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _kinds(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in events]


@pytest.mark.parametrize(
    ("text", "undone"),
    [
        (
            "Donald Trump won the primary. He answered the charge without attacking Rubio.",
            "ASSAULT",
        ),
        (
            "Angela Merkel spoke first. She replied to critics without accusing Russia of it.",
            "ACCUSE",
        ),
    ],
)
def test_an_act_under_without_is_not_coded(resolved: CodeFn, text: str, undone: str) -> None:
    assert undone not in [e.event_type for e in resolved(text)], _kinds(resolved(text))


def test_an_act_beside_without_stays(resolved: CodeFn) -> None:
    # near miss: "without" in the sentence governs another clause, not the act
    events = resolved(
        "Turkish troops attacked the village on Monday, after talks had ended without a deal."
    )
    assert ("ASSAULT", "asserted") in _kinds(events)


@pytest.mark.parametrize(
    "text",
    [
        "Japan will shoot down any North Korean rocket that threatens its territory.",
        "Seoul will respond firmly to any North Korean unit that attacks its islands.",
    ],
)
def test_an_act_in_a_relative_clause_on_any_is_not_coded(resolved: CodeFn, text: str) -> None:
    events = resolved(text)
    acts = [e for e in events if e.trigger in ("threatens", "attacks")]
    assert not acts, _kinds(events)


def test_a_relative_clause_on_a_named_party_stays(resolved: CodeFn) -> None:
    # near miss: "the rocket that threatened" is one rocket, told as done
    events = resolved("Japan shot down the North Korean rocket, which threatened its territory.")
    assert "threatened" in [e.trigger for e in events], _kinds(events)


@pytest.mark.parametrize(
    "text",
    [
        "The vote comes amid a discussion of UN sanctions on Iran.",
        "The talks were overshadowed by fears of Russian sanctions against Ukraine.",
        "Shares fell amid speculation about Chinese sanctions on South Korea.",
    ],
)
def test_a_noun_act_only_discussed_or_feared_is_not_coded(resolved: CodeFn, text: str) -> None:
    assert "SANCTION" not in [e.event_type for e in resolved(text)], _kinds(resolved(text))


def test_a_noun_act_told_as_done_stays(resolved: CodeFn) -> None:
    # near miss: the sanctions are imposed, not only talked of
    events = resolved("The United Nations imposed new sanctions on Iran on Monday.")
    assert "SANCTION" in [e.event_type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "A number of Chechen fighters are known to have staged bombings in Dagestan.",
        "Sudanese forces are known to have attacked aid convoys in Darfur.",
    ],
)
def test_a_party_s_record_is_not_an_event(resolved: CodeFn, text: str) -> None:
    assert not [e for e in resolved(text) if e.event_type in ("ASSAULT", "COERCE")], _kinds(
        resolved(text)
    )


def test_an_act_told_with_its_occasion_stays(resolved: CodeFn) -> None:
    # near miss: the same act told as done, on a day
    events = resolved("Chechen fighters staged bombings in Dagestan on Friday.")
    assert "ASSAULT" in [e.event_type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Senate Republicans killed the immigration bill on Tuesday.",
        "The senator shot down the proposal to raise taxes.",
        "Obama has been fighting poverty in Chicago for years.",
    ],
)
def test_violence_told_of_a_measure_or_an_abstraction_is_no_assault(
    resolved: CodeFn, text: str
) -> None:
    """events/figurative.py ``figurative-violence``."""
    assert "ASSAULT" not in [e.event_type for e in resolved(text)], _kinds(resolved(text))


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops killed three rebels near Homs on Tuesday.",
        "Kurdish forces fought Islamic State fighters near Raqqa.",
        "Syrian soldiers opened fire on protesters in Homs.",
        "Syrian rebels shelled army headquarters in Aleppo.",
        "Syrian jets bombed rebel territory near Idlib.",
    ],
)
def test_violence_against_a_party_stays(resolved: CodeFn, text: str) -> None:
    # near misses: a counted, named or bounded party; the idiom "opened fire"; a bare noun
    # struck by a verb of force that is no verb of struggle
    assert "ASSAULT" in [e.event_type for e in resolved(text)], _kinds(resolved(text))


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats prepared for the planned resumption of talks between Israel and the "
        "Palestinians next week.",
        "Diplomats discussed a possible extension of EU sanctions against Russia.",
    ],
)
def test_an_act_named_in_a_planned_or_possible_phase_is_not_asserted(
    resolved: CodeFn, text: str
) -> None:
    """events/prospects.py ``expected-head`` (future) and ``proposed-head`` (hypothetical)."""
    events = [e for e in resolved(text) if e.trigger in ("talks", "sanctions")]
    assert not [e for e in events if e.modality == "asserted"], _kinds(events)


def test_a_planned_phase_that_began_is_asserted(resolved: CodeFn) -> None:
    # near miss: the planned resumption is told as begun
    events = resolved(
        "The planned resumption of talks between Syria and the rebels began on Monday."
    )
    assert events and all(e.modality == "asserted" for e in events), _kinds(events)
