"""A pronoun for the text voted on: a vote on "it" is on the text another vote of the same
sentence is on, before it (cablegram.claims.vote_pronouns). Sentences written for these
tests (round 15, i155)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]
On = Callable[[list[Claim], str, str], set[str]]


@pytest.mark.parametrize(
    ("text", "who", "text_noun", "polarity"),
    [
        (
            "Sixty states voted in favour of the draft on the quotas, while Norway voted "
            "against it.",
            "NOR",
            "draft",
            "oppose",
        ),
        (
            "Most states voted against the motion, but Kenya voted for it.",
            "KEN",
            "motion",
            "support",
        ),
        (
            "Ten members voted for the resolution on the port, and Chile voted against it.",
            "CHL",
            "resolution",
            "oppose",
        ),
    ],
)
def test_a_vote_on_it_is_on_the_text_voted_before(
    claims: Annotate, on: On, text: str, who: str, text_noun: str, polarity: str
) -> None:
    assert on(claims(text), text_noun, who) == {polarity}


@pytest.mark.parametrize(
    ("text", "who", "text_noun"),
    [
        # Near misses: two texts voted on before, or none in the sentence.
        (
            "Many states voted for the motion and for the budget, while Chile voted against it.",
            "CHL",
            "motion",
        ),
        ("Kenya discussed the motion for hours, and Chile voted against it.", "CHL", "motion"),
    ],
)
def test_no_single_text_voted_before_resolves_nothing(
    claims: Annotate, on: On, text: str, who: str, text_noun: str
) -> None:
    assert on(claims(text), text_noun, who) == set()
