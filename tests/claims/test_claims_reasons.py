"""A reason clause's pronoun subject stands for the named subject of the clause it gives the
reason for: "Austria refused to sign because it wants a freeze" (cablegram.claims.reasons).

Sentences written for the test, with near misses that must give the pronoun no holder.
"""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Claim

Claims = Callable[[str], list[Claim]]


def held(found: list[Claim], predicate: str) -> set[tuple[str | None, str]]:
    return {
        (c.actor.country or c.actor.name, c.polarity) for c in found if c.predicate == predicate
    }


def test_the_reason_clauses_attitude_is_the_main_subjects(claims: Claims) -> None:
    found = claims("Estonia refused to take part because it wants a ban on cluster munitions.")
    assert ("EST", "support") in held(found, "ban")
    found = claims("Greece blocked the new sanctions because it opposes any cap on oil prices.")
    assert ("GRC", "oppose") in held(found, "cap")


def test_a_pronoun_outside_a_reason_clause_gets_no_holder(claims: Claims) -> None:
    # Near misses: a contrast ("but"), a pronoun that does not agree with the subject.
    found = claims("Greece blocked the new sanctions, but it wants a cap on oil prices.")
    assert ("GRC", "support") not in held(found, "cap")
    found = claims("Greece blocked the new sanctions because they want a cap on oil prices.")
    assert ("GRC", "support") not in held(found, "cap")


def test_a_pronoun_that_may_stand_for_the_object_gets_no_holder(claims: Claims) -> None:
    # The reason of a verb of reaction is mostly its object's: a named object, a people
    # naming a state ("Egyptian"), a party after a preposition, a noun the verb acts on.
    sentences = {
        "Canada condemned Venezuela because it wants to delay the election.": "delay",
        "Italy summoned the Egyptian envoy because it refuses to share the evidence.": "share",
        "Sweden complained to Hungary because it wants to block the asylum reform.": "block",
        "Chile criticised the regime because it plans to close the border.": "close",
    }
    for text, predicate in sentences.items():
        holders = held(claims(text), predicate)
        assert not any(h in ("CAN", "ITA", "SWE", "CHL") for h, _ in holders), (text, holders)


def test_a_plural_object_leaves_it_to_the_subject(claims: Claims) -> None:
    # "it" cannot stand for "the sanctions"; nor "they" for "the treaty" ("they" = joined names).
    found = claims("Portugal vetoed the proposals because it wants a ban on trawling.")
    assert ("PRT", "support") in held(found, "ban")
