"""Attitudes whose holder is not the clause's main subject: a relative "that" the parser
tags as a mark ("the reform that Peru rejected"), a participle with its doer ("the tests
condemned by Japan"); and a span of time after an attitude ("blocked it for years"), which
is no act. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]


def _of(found: list[Claim], country: str) -> list[tuple[str, str | None, str]]:
    return [(c.predicate, c.object, c.polarity) for c in found if c.actor.country == country]


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Chile welcomed the reform that Peru rejected.", "PER", ("reform", None, "oppose")),
        (
            "Argentina criticised the sanctions that Brazil supports.",
            "BRA",
            ("sanction", None, "support"),
        ),
        (
            "The minister praised the treaty that Greece had blocked for years.",
            "GRC",
            ("treaty", None, "oppose"),
        ),
    ],
)
def test_a_gap_relative_gives_its_subject_the_noun(
    claims: Annotate, text: str, country: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in _of(claims(text), country)


def test_a_that_clause_with_its_own_object_is_content_not_a_relative(claims: Annotate) -> None:
    # "that" opens what Peru did, not a clause about the claim: no claim on "claim".
    found = claims("Chile rejected the claim that Peru opposed the reform.")
    assert all(c.predicate != "claim" for c in found if c.actor.country == "PER")


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            "Sweden criticised the missile tests condemned by Japan.",
            "JPN",
            ("test", "missile", "oppose"),
        ),
        (
            "Kenya said the reform supported by the African Union would fail.",
            None,
            ("reform", None, "support"),
        ),
        (
            "The deal backed by Qatar was signed on Monday, the ministry said.",
            "QAT",
            ("deal", None, "support"),
        ),
    ],
)
def test_a_participle_gives_its_doer_the_noun(
    claims: Annotate, text: str, country: str | None, expected: tuple[str, str | None, str]
) -> None:
    found = claims(text)
    if country is None:
        got = [(c.predicate, c.object, c.polarity) for c in found if c.actor.name == "AU"]
    else:
        got = _of(found, country)
    assert expected in got


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Fighters backed by Turkey seized the town.", "TUR"),
        ("The treaty was not backed by Poland, the ministry said.", "POL"),
        ("Officials in Rome praised the plan backed by Egypt.", "EGY"),
    ],
)
def test_no_participle_claim_for_those_who_act_a_negation_or_a_bare_plan(
    claims: Annotate, text: str, country: str
) -> None:
    assert not [c for c in claims(text) if c.actor.country == country and c.polarity == "support"]


def test_a_span_of_time_is_not_what_an_attitude_is_on(claims: Annotate) -> None:
    found = claims("The minister praised the treaty, which Greece had blocked for years.")
    assert ("treaty", None, "oppose") in _of(found, "GRC")
    assert all(c.object != "year" and c.predicate != "year" for c in found)
