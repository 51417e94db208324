"""An objection given up to a party joining (sentences written for these tests): the parser
hangs the gerund ("Sweden **joining**") on the verb, yet it is what the objection was to, so
giving the objection up supports the joining."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Greece dropped its objection to North Macedonia joining the bloc.", "GRC"),
        (
            "Hungary will drop its objection to Ukraine joining the union, the foreign "
            "minister said.",
            "HUN",
        ),
    ],
)
def test_an_objection_given_up_to_a_party_joining_supports_the_joining(
    claims: Annotate, text: str, who: str
) -> None:
    # The parser hangs "joining" on the verb; it is still what the objection was to.
    mine = {c.polarity for c in claims(text) if c.actor.country == who}
    assert mine == {"support"}


def test_an_objection_to_a_party_joining_still_opposes_it(claims: Annotate) -> None:
    # near miss: nothing given up
    found = claims("Croatia voiced its objection to Serbia joining the bloc.")
    assert {c.polarity for c in found if c.actor.country == "HRV"} == {"oppose"}


def test_a_gerund_of_the_speakers_own_is_not_what_was_given_up(claims: Annotate) -> None:
    # near miss: a common noun before the gerund; the gerund is the subject's own act
    found = claims("Greece dropped its objection to the plan, citing the risks.")
    assert not [c for c in found if c.predicate == "cite" and c.polarity == "oppose"]
