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
    found = claims(
        "Finland declined to sign the declaration because it wants a complete ban on "
        "cluster munitions."
    )
    assert ("FIN", "support") in held(found, "ban")
    found = claims("Greece blocked the new sanctions because it opposes any cap on oil prices.")
    assert ("GRC", "oppose") in held(found, "cap")


def test_a_pronoun_outside_a_reason_clause_gets_no_holder(claims: Claims) -> None:
    # Near misses: a contrast ("but"), a pronoun that does not agree with the subject.
    found = claims("Greece blocked the new sanctions, but it wants a cap on oil prices.")
    assert ("GRC", "support") not in held(found, "cap")
    found = claims("Greece blocked the new sanctions because they want a cap on oil prices.")
    assert ("GRC", "support") not in held(found, "cap")
