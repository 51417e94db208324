"""Round 14 (issue 11, arguments): plural office holders with no name or state are no actor
(actor filter ``unowned-office-holders``, events/office_holders.py), and a pact two parties
signed, read from one clause, is one AGREE record, not two mirrored ones (rule ``one-pact``,
events/mutual.py). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers agreed to hold another round of talks in June.",
        "Presidents around the region condemned the bombing of the market.",
        "The leaders of the three largest economies signed a climate pledge.",
        "Ministers condemned the shelling of the hospital on Sunday.",
    ],
)
def test_unowned_office_holders_are_no_source(resolved: CodeFn, text: str) -> None:
    assert not [e for e in resolved(text) if e.source is not None]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # near misses: a nationality, a name or an owner says whose they are
        ("Brazilian ministers condemned the shelling of the hospital on Sunday.", "BRA"),
        ("The leaders of Kenya and Uganda signed a border deal.", "KEN"),
        ("EU leaders condemned the bombing of the market.", None),
    ],
)
def test_owned_office_holders_stay(resolved: CodeFn, text: str, country: str | None) -> None:
    sources = [e.source for e in resolved(text) if e.source is not None]
    assert sources
    if country:
        assert country in {s.country for s in sources}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda signed a border deal in Nairobi on Tuesday.",
        "Chile and Argentina agreed on Monday to reopen the mountain pass.",
    ],
)
def test_a_pact_of_two_is_one_record(code: CodeFn, text: str) -> None:
    agree = [e for e in code(text, date="2024-05-17") if e.event_type == "AGREE"]
    assert len(agree) == 1
    pair = {agree[0].source.country if agree[0].source else None,
            agree[0].target.country if agree[0].target else None}  # fmt: skip
    assert None not in pair and len(pair) == 2


def test_a_meeting_of_two_keeps_both_directions(code: CodeFn) -> None:
    # near miss: CONSULT is left as it was, each party meeting the other
    consult = [
        e for e in code("Kenya and Uganda held talks in Nairobi on Tuesday.", date="2024-05-17")
        if e.event_type == "CONSULT"
    ]  # fmt: skip
    assert len(consult) == 2


def test_a_pact_of_three_credits_each(code: CodeFn) -> None:
    # near miss: with three parties nothing is mirrored; each signer keeps its record
    agree = [
        e for e in code("Kenya, Uganda and Sudan signed a border deal on Tuesday.")
        if e.event_type == "AGREE"
    ]  # fmt: skip
    assert len(agree) == 3
