"""An order to the orderer's own body, named by a possessive pronoun, is no REQUEST between
actors (issue 11; rule ``own_pronoun_body`` in events/orders.py). Sentences written for the
test; they fail without the rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


@pytest.mark.parametrize(
    "text",
    [
        "The president of Iran ordered his country to be ready for a long conflict.",
        "The Chinese government ordered its diplomats to prepare for the summit.",
        "Russia ordered its troops to improve their readiness.",
    ],
)
def test_an_order_to_ones_own_body_is_no_request(code: CodeFn, text: str) -> None:
    assert not [e for e in code(text) if e.event_type == "REQUEST"]


def test_the_act_ordered_of_ones_own_troops_is_coded_for_the_state(code: CodeFn) -> None:
    events = code("Russia ordered its troops to withdraw from Syria.")
    assert [(e.event_type, e.source.name if e.source else None) for e in events] == [
        ("RETREAT", "RUS")
    ]


def test_an_order_to_another_state_stays_a_request(code: CodeFn) -> None:
    events = code("Russia ordered Iran to withdraw from Syria.")
    assert [(e.event_type, e.target.name if e.target else None) for e in events] == [
        ("REQUEST", "IRN")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "NATO ordered its soldiers to attack the village.",
        "The UN ordered its troops to arrest the strikers.",
    ],
)
def test_an_order_by_one_placed_in_no_state_keeps_the_request(code: CodeFn, text: str) -> None:
    assert "REQUEST" in [e.event_type for e in code(text)]
