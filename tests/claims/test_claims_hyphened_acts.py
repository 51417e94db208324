"""A hyphened spelling of an act word is that act ("a cease-fire" is a ceasefire, not a
fire); other hyphened words are read as before (cablegram.claims.nominal.unhyphened).
Sentences written for these tests (round 15, i155)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]
On = Callable[[list[Claim], str, str], set[str]]


@pytest.mark.parametrize(
    ("text", "act", "polarity"),
    [
        ("Kenya demanded a cease-fire in the north.", "ceasefire", "support"),
        ("Kenya rejected the cease-fire in the north.", "ceasefire", "oppose"),
        ("Kenya called for a pull-out from the border.", "pullout", "support"),
    ],
)
def test_a_hyphened_act_word_is_the_act(
    claims: Annotate, on: On, text: str, act: str, polarity: str
) -> None:
    found = claims(text)
    assert on(found, act, "KEN") == {polarity}
    assert on(found, "fire", "KEN") == set()


def test_an_unhyphened_act_word_reads_as_before(claims: Annotate, on: On) -> None:
    # near miss: the word written whole
    assert on(claims("Kenya demanded a ceasefire in the north."), "ceasefire", "KEN") == {"support"}
