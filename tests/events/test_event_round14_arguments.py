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


def test_they_after_a_joined_pair_of_people_is_the_pair(resolved: CodeFn) -> None:
    # rule ``they-the-pair`` (events/pair_pronouns.py)
    text = (
        "The Elysee issued a readout of the call.\n\n"
        "Emmanuel Macron and Angela Merkel spoke by phone on Sunday.\n\n"
        "They agreed to prepare a joint plan for the summit."
    )
    agree = [e for e in resolved(text) if e.event_type == "AGREE"]
    assert agree
    parties = {a.name for e in agree for a in (e.source, e.target) if a}
    assert parties == {"Emmanuel Macron", "Angela Merkel"}


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the sentence before has one person as subject, or "they" is not the
        # first subject of its sentence: the rule does not name the pair
        "The Kremlin said Putin spoke with Erdogan. They agreed to meet in Sochi.",
        "Emmanuel Macron and Angela Merkel met in Paris. Officials said they agreed to meet.",
    ],
)
def test_other_theys_are_left_to_the_lookup(resolved: CodeFn, text: str) -> None:
    agree = [e for e in resolved(text) if e.event_type == "AGREE"]
    assert not [e for e in agree if e.source and e.source.kind == "person" and e.target]


@pytest.mark.parametrize(
    "text",
    [
        # actor filter ``victim-of-condemned-act`` (events/condemned_victims.py)
        "Spain condemned the attack on Baghdad on Sunday.",
        "Brazil protested the bombing of a school in Kabul and the strike against Lima.",
        "Sweden condemned the missile strike on Tehran.",
    ],
)
def test_the_victim_of_a_condemned_attack_is_not_accused(resolved: CodeFn, text: str) -> None:
    blamed = [e for e in resolved(text) if e.event_type in ("ACCUSE", "PROTEST")]
    assert blamed
    assert not [e for e in blamed if e.target and e.target.country in ("IRQ", "PER", "IRN")]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # near misses: the attacker named on the attack, or the one blamed named as object
        ("Spain condemned Turkey's attack on Baghdad on Sunday.", "TUR"),
        ("Spain condemned the Turkish strike on Baghdad.", "TUR"),
        ("Spain condemned Turkey for its attack on Baghdad.", "TUR"),
        ("Spain condemned the sanctions on Iraq.", "IRQ"),
    ],
)
def test_the_one_blamed_stays_the_target(resolved: CodeFn, text: str, accused: str) -> None:
    blamed = [e for e in resolved(text) if e.event_type == "ACCUSE"]
    assert blamed and blamed[0].target and blamed[0].target.country == accused
