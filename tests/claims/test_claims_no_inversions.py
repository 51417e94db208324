"""Readings that would turn a claim into the opposite of its sentence (sentences written
for these tests, one kind each): ending another's act, a harm to an adversary's good, a
superlative that only grades, a prediction with "should", and claims said twice."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Police ended the protest against the war, Russia said.", "war"),
        ("Police ended the protest against the sanctions.", "sanction"),
        ("The army lifted the blockade of the port, officials said.", "port"),
    ],
)
def test_ending_someone_elses_act_is_no_claim_on_what_it_was_on(
    claims: Annotate, text: str, topic: str
) -> None:
    found = claims(text)
    assert not [c for c in found if c.predicate.startswith(topic)]


@pytest.mark.parametrize(
    "text",
    [
        "Russia carried out its worst attack on Kyiv, Ukraine said.",
        "Rebels launched their worst offensive in years, the army said.",
    ],
)
def test_a_superlative_before_the_noun_grades_and_judges_nothing(
    claims: Annotate, text: str
) -> None:
    found = claims(text)
    assert not [c for c in found if c.polarity == "oppose"]


def test_worst_as_a_complement_still_judges(claims: Annotate) -> None:
    found = claims("Ukraine said sending troops would be the worst of all options.")
    assert {c.polarity for c in found if c.predicate.startswith("send")} == {"oppose"}


def test_a_claim_one_sentence_gives_twice_is_kept_once(claims: Annotate) -> None:
    found = claims("Poland rejected the agreement with Russia.")
    said = [(c.actor.name, c.predicate, c.polarity, c.modality) for c in found]
    assert said.count(("Poland", "agreement", "oppose", "asserted")) == 1


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Failing to extend the deal would undermine trust, Germany said.", "extend"),
        ("Arming Ukraine would undermine Russia's security, Zelensky said.", "arm"),
        (
            "Lifting the sanctions would undermine the regime's credibility, "
            "the United States said.",
            "lift",
        ),
        ("Sending troops would not destabilise the region, France said.", "send"),
    ],
)
def test_an_effect_that_is_not_the_acts_own_harm_to_a_common_good_is_not_read(
    claims: Annotate, text: str, act: str
) -> None:
    found = claims(text)
    assert not [c for c in found if c.predicate.startswith(act)]


def test_the_harm_of_failing_to_act_never_opposes_the_act(claims: Annotate) -> None:
    found = claims("Neglecting to renew the truce would endanger peace, Egypt said.")
    assert not [c for c in found if c.predicate.startswith("renew") and c.polarity == "oppose"]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The agreement should be signed next week, the ministry said.", "sign"),
        ("Talks on the ceasefire should resume on Monday, Egypt said.", "resume"),
        ("France said it was unclear whether Europe should send troops.", "send"),
    ],
)
def test_a_dated_or_asked_should_is_no_position_stated_outright(
    claims: Annotate, text: str, act: str
) -> None:
    found = [c for c in claims(text) if c.predicate.startswith(act)]
    assert found
    assert {c.modality for c in found} == {"hypothetical"}


def test_a_plain_should_states_a_position(claims: Annotate) -> None:
    found = [
        c
        for c in claims("France said the deal should be extended.")
        if c.predicate.startswith("extend")
    ]
    assert {(c.polarity, c.modality) for c in found} == {("support", "asserted")}


def test_withdrawing_ones_support_is_no_support(claims: Annotate) -> None:
    found = claims("France withdrew its support for the deal.")
    assert not [c for c in found if c.predicate == "deal" and c.polarity == "support"]
