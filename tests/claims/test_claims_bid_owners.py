"""A bid named again without its content is the bid named before, and only its owner's
(rule ``same-noun-owner``; texts written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]
Polarities = Callable[[list[Claim], str, str], set[str]]


def test_a_bare_bid_is_the_bid_named_before(claims: Annotate, on: Polarities) -> None:
    text = (
        "Ghana has backed Kenya's bid for a permanent seat on the council. "
        "Peru opposes Kenya's bid, and other members are divided."
    )
    assert on(claims(text), "seat", "PER") == {"oppose"}


def test_another_owners_bid_is_not_the_bid_named_before(
    claims: Annotate, on: Polarities
) -> None:
    text = (
        "Ghana has backed Kenya's bid for a permanent seat on the council. "
        "Peru opposes Chile's bid."
    )
    assert not on(claims(text), "seat", "PER")


def test_another_owners_plan_is_not_the_act_before(claims: Annotate, on: Polarities) -> None:
    text = "Norway backed Sweden's plan to build a bridge. Finland rejected Denmark's plan."
    assert not on(claims(text), "build", "FIN")


def test_a_plan_without_an_owner_still_refers_back(claims: Annotate, on: Polarities) -> None:
    text = "Norway backed Sweden's plan to build a bridge. Finland rejected the plan."
    assert on(claims(text), "build", "FIN") == {"oppose"}


def test_a_bid_two_sentences_back_with_a_seat_for_its_content(
    claims: Annotate, on: Polarities
) -> None:
    text = (
        "Ghana voiced support for Kenya's bid for a permanent seat on the council with a veto. "
        "Reform has stalled for years. "
        "Peru opposes Kenya's bid, and others hesitate."
    )
    assert on(claims(text), "seat", "PER") == {"oppose"}
