"""The placeholder "it" ("it would be unfair to hold another vote") refers back to no act of
the sentence before (cablegram.claims.expletive).

Sentences written for the test, with a near miss that keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Claim

Claims = Callable[[str], list[Claim]]


def held(found: list[Claim], predicate: str) -> set[tuple[str | None, str]]:
    return {
        (c.actor.country or c.actor.name, c.polarity) for c in found if c.predicate == predicate
    }


def test_a_placeholder_it_refers_back_to_no_act(claims: Claims) -> None:
    found = claims(
        "Prime Minister Mark Carney rejected the Alberta premier's request for a separation "
        "vote.\n\nCarney said that it would be unfair for the people of Alberta to hold "
        "another referendum so soon."
    )
    # "it" is the holding, judged unfair; not the rejection the sentence before states.
    assert ("CAN", "support") not in held(found, "separation")
    assert ("CAN", "oppose") in held(found, "separation")
    # Near miss: "it" as an object still stands for the act of the sentence before.
    found = claims(
        "Hungary blocked the ban on gas imports. Belgium called it a major disappointment."
    )
    assert ("BEL", "support") in held(found, "ban")


def test_it_before_do_so_or_a_degree_refers_back(claims: Claims) -> None:
    # "to do so" / "to do that" stands for the act before, which "it" names; in "too X to
    # be Y" "it" fills the infinitive's gap. Neither "it" is a placeholder.
    found = claims("Greece built a fence on the border. Turkey said it was wrong to do so.")
    assert ("TUR", "oppose") in held(found, "build")
    found = claims("Italy proposed sending troops. Spain said it would be wrong to do that.")
    assert ("ESP", "oppose") in held(found, "send")
    found = claims(
        "Brussels proposed a levy on imports. Warsaw said it was far too unfair to be accepted."
    )
    assert ("POL", "oppose") in held(found, "levy")


def test_a_judgement_with_a_for_subject_judges_the_put_off_act(claims: Claims) -> None:
    # "it would be unfair for the islanders to hold a vote": the "for" clause is what "it"
    # stands for, so "unfair" is said of the holding (it was read as support for it).
    found = claims("Costa said it would be unfair for the islanders to hold a vote on autonomy.")
    assert ("Costa", "support") not in held(found, "hold")
    assert ("Costa", "oppose") in held(found, "hold")
    # Near miss: a judgement for the act keeps it supported.
    found = claims("Costa said it would be wise for the islanders to hold a vote on autonomy.")
    assert ("Costa", "support") in held(found, "hold")
