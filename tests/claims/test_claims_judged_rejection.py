"""A judgement said of an attitude against is a judgement of that attitude, not the same
attitude said twice: "France's rejection of the deal was a mistake" supports the deal
(cablegram.claims.polarity). Sentences written for these tests (round 15, i155)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]
On = Callable[[list[Claim], str, str], set[str]]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said Peru's rejection of the treaty was a mistake.",
        "Kenya said the decision to reject the treaty was wrong.",
        "Kenya said Chile's opposition to the treaty was a grave error.",
    ],
)
def test_a_judgement_of_a_rejection_turns_it_back(claims: Annotate, on: On, text: str) -> None:
    assert on(claims(text), "treaty", "KEN") == {"support"}


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # Near misses: the attitude and the judgement one holder's, said twice; a judgement
        # of a backing; a rejection judged right.
        ("Kenya condemned the treaty as unjustifiable.", "oppose"),
        ("Kenya said Peru's support for the treaty was a mistake.", "oppose"),
        ("Kenya rejected the treaty, calling it a mistake.", "oppose"),
    ],
)
def test_an_attitude_said_twice_or_a_judged_backing_reads_as_before(
    claims: Annotate, on: On, text: str, polarity: str
) -> None:
    assert on(claims(text), "treaty", "KEN") == {polarity}
