"""A verb of ceasing with a gerund is against the act the gerund names (the "ceasing" rule,
:mod:`cablegram.claims.ceasing`; sentences written for these tests): "Finland would stop
buying Russian timber" opposes the buying, as "halt" opposes what it governs; a negated one
turns back ("would never stop exporting" is for the exporting)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Claims = Callable[[str], list[Claim]]
On = Callable[[list[Claim], str, str], set[str]]


@pytest.mark.parametrize(
    ("text", "predicate", "who", "polarity"),
    [
        (
            "The Finnish foreign minister said Finland would stop buying Russian timber.",
            "buy",
            "FIN",
            "oppose",
        ),
        # a call on another ("should cease"): the speaker's position against the selling
        (
            "Spain should cease selling weapons to the junta, the Irish foreign minister said.",
            "sell",
            "IRL",
            "oppose",
        ),
        (
            "The Canadian trade minister said Canada had quit importing Venezuelan oil.",
            "import",
            "CAN",
            "oppose",
        ),
        # negated: not ceasing is going on with it
        (
            "The Mexican president said Mexico would never stop exporting oil to Cuba.",
            "export",
            "MEX",
            "support",
        ),
    ],
)
def test_ceasing_the_gerund_act_is_against_it(
    claims: Claims, on: On, text: str, predicate: str, who: str, polarity: str
) -> None:
    assert on(claims(text), predicate, who) == {polarity}


def test_going_on_with_the_act_is_for_it(claims: Claims, on: On) -> None:
    found = claims("The Portuguese prime minister said Portugal will keep exporting cork to China.")
    assert on(found, "export", "PRT") == {"support"}


@pytest.mark.parametrize(
    "text",
    [
        # no gerund: the violence's end is asked for, no act is opposed
        "The violence must stop, the Kenyan president said.",
        # "stopped short of": the condemning is left undone, not opposed
        "The Austrian chancellor stopped short of condemning the referendum.",
        # an infinitive: stopping in order to act
        "The Swiss delegation stopped to discuss the treaty.",
    ],
)
def test_near_misses_oppose_nothing(claims: Claims, text: str) -> None:
    assert not [c for c in claims(text) if c.polarity == "oppose"]
