"""Acts a modal context leaves unrealised: told inside the description of something that may
never exist, or spoken only in the counterfactual under a condition. Sentences written for
the test; each kind has its counter-cases that stay events."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.events.coder import TriggerTrace
from cablegram.records import Event

Traced = Callable[[str], list[TriggerTrace]]


def _blocked(traced: Traced, text: str, trigger: str) -> str | None:
    return next(t.blocked for t in traced(text) if t.trigger == trigger)


@pytest.mark.parametrize(
    "text",
    [
        "Peace would have to rest on a broad bargain, in which Sudan agreed to disarm.",
        "Any deal could only come from a summit in which Iran agreed to halt enrichment.",
        "A settlement might follow a deal in which Russia agreed to withdraw its troops.",
    ],
)
def test_an_act_inside_a_hypothetical_thing_did_not_happen(traced: Traced, text: str) -> None:
    assert _blocked(traced, text, "agreed") == "nonspecific"


@pytest.mark.parametrize(
    "text",
    [
        # a definite noun names a real thing
        "Peace would have to rest on the 2005 bargain, in which Sudan agreed to disarm.",
        "A settlement might follow the deal in which Russia agreed to withdraw its troops.",
        # no modal: the bargain was struck
        "Talks resumed after a bargain, in which Sudan agreed to disarm.",
    ],
)
def test_a_real_thing_keeps_its_relative_clause(traced: Traced, text: str) -> None:
    assert _blocked(traced, text, "agreed") is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("If talks failed, I would urge Germany to leave the alliance.", "urge"),
        ("If the vote were held today, Spain would accuse Italy of cheating.", "accuse"),
    ],
)
def test_a_counterfactual_speech_act_is_not_made(traced: Traced, text: str, trigger: str) -> None:
    assert _blocked(traced, text, trigger) == "counterfactual-speech"


def test_a_reported_conditional_offer_stays(traced: Traced) -> None:
    text = "Norway said on Monday it would meet Sweden if it dropped its demands."
    assert _blocked(traced, text, "meet") is None


def test_a_possessed_thing_is_asked_nothing_but_a_possessors_forces_are(
    strict_code: Callable[..., list[Event]],
) -> None:
    assert not [e for e in strict_code("Kenya said Sudan's plan must fail.") if e.target]
    demands = [e for e in strict_code("Kenya said Sudan's soldiers must withdraw.")]
    assert [(e.event_type, e.target.country if e.target else None) for e in demands] == [
        ("REQUEST", "SDN")
    ]
