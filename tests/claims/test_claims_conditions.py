"""Conditional acceptance is no position yet (sentences written for these tests): "will only
agree to X if", "would not block X as long as", "could accept X provided that", "on
condition that" make the claim hypothetical; "even if" concedes and leaves it as it is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]


def about(found: list[Claim], predicate: str, country: str) -> list[Claim]:
    return [c for c in found if c.predicate == predicate and c.actor.country == country]


@pytest.mark.parametrize(
    ("text", "predicate", "country"),
    [
        (
            "Moscow has said it will only agree to renew the accord if its demands are met.",
            "renew",
            "RUS",
        ),
        (
            "Austria would not veto the tariffs as long as its car makers are spared, "
            "the chancellor said.",
            "tariff",
            "AUT",
        ),
        (
            "Italy could accept the treaty provided that its fishermen are compensated, "
            "Meloni said.",
            "accept",
            "ITA",
        ),
        (
            "Portugal's foreign minister said Lisbon will send engineers to Haiti on "
            "condition that the UN approves it.",
            "send",
            "PRT",
        ),
    ],
)
def test_a_condition_makes_the_claim_hypothetical(
    claims: Annotate, text: str, predicate: str, country: str
) -> None:
    found = about(claims(text), predicate, country)
    assert found, "the conditional act is read"
    assert {c.modality for c in found} == {"hypothetical"}
    assert all(c.confidence < 0.5 for c in found)


def test_what_the_condition_names_is_no_position(claims: Annotate) -> None:
    # The condition's own clause is no one's position: read as one, "if Chile votes to
    # quit" gave Chile support for quitting, and "if we do not vote to quit" its opposite.
    found = claims("Moscow has said it will only agree to renew the accord if its demands are met.")
    assert [c for c in found if c.predicate == "renew"], "the conditional act is still read"
    assert not [c for c in found if c.predicate == "meet"]
    found = claims("Bankers warned the peso could slump if Chile votes to quit the trade bloc.")
    assert not [c for c in found if c.predicate == "quit"]
    found = claims(
        '"If we do not vote to quit the bloc, we will regret it," the Chilean senator said.'
    )
    assert not [c for c in found if c.predicate == "quit"]


def test_even_if_concedes_and_keeps_the_position(claims: Annotate) -> None:
    found = claims("France opposes the accord even if farmers are protected, Macron said.")
    assert {c.polarity for c in about(found, "accord", "FRA")} == {"oppose"}
    assert {c.modality for c in about(found, "accord", "FRA")} <= {"asserted", "reported"}


def test_even_if_keeps_a_stated_course(claims: Annotate) -> None:
    text = (
        "Portugal's foreign minister said Lisbon will send engineers to Haiti even if "
        "the UN objects."
    )
    found = about(claims(text), "send", "PRT")
    assert found and {c.modality for c in found} == {"future"}


def test_an_elliptic_if_is_readiness_not_a_condition(claims: Annotate) -> None:
    text = "Denmark and Estonia called for the suspension of the accord if necessary."
    found = [c for c in claims(text) if c.predicate == "suspension"]
    assert found and {c.polarity for c in found} == {"support"}
    said = [c for c in found if c.source_kind == "statement"]
    assert said and "hypothetical" not in {c.modality for c in said}
