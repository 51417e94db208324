"""Abstaining is no position on what the vote was on, whoever tells of it; parties joined by
"and" before a gerund are its subject ("dropped its opposition to Sweden and Finland
joining"). Sentences written for these tests (round 15, i155)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]
On = Callable[[list[Claim], str, str], set[str]]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Chile said it abstained in the vote on the resolution on the fisheries.", "CHL"),
        ("Kenya said its abstention on the resolution was a message to both sides.", "KEN"),
        ("Norway said it would abstain on the resolution on the quotas.", "NOR"),
        # Not read as support either way: "not abstain but vote against" is left void.
        ("Peru said it would not abstain but vote against the resolution.", "PER"),
    ],
)
def test_abstaining_is_no_position_on_the_text(
    claims: Annotate, on: On, text: str, who: str
) -> None:
    assert "support" not in on(claims(text), "resolution", who)


@pytest.mark.parametrize(
    ("text", "who", "polarity"),
    [
        # Near misses: a vote either way is a position on the text.
        ("Chile said it voted for the resolution on the fisheries.", "CHL", "support"),
        ("Kenya said it voted against the resolution on the fisheries.", "KEN", "oppose"),
    ],
)
def test_a_vote_either_way_is_a_position(
    claims: Annotate, on: On, text: str, who: str, polarity: str
) -> None:
    assert on(claims(text), "resolution", who) == {polarity}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Hungary dropped its opposition to Sweden and Finland joining NATO.", "join"),
        ("Hungary lifted its objection to Norway and Denmark joining the pact.", "pact"),
    ],
)
def test_coordinated_parties_before_a_gerund_are_its_subject(
    claims: Annotate, on: On, text: str, act: str
) -> None:
    assert on(claims(text), act, "HUN") == {"support"}


def test_a_single_party_before_a_gerund_is_read_as_before(claims: Annotate, on: On) -> None:
    assert on(claims("Hungary dropped its opposition to Sweden joining NATO."), "join", "HUN") == {
        "support"
    }
