"""Rule ``claim_actor_before_who``: a statement's speaker written "who" (statements'
``relative_who_mention``) gives its claims the mention of the noun the relative clause hangs
on, so that what the mention says of the actor ("former", an office, a coordination) is kept.
Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Claim

Claims = Callable[[str], list[Claim]]


def _actor_texts(found: list[Claim], predicate: str) -> set[str]:
    return {c.actor.text for c in found if c.predicate == predicate}


def test_a_former_ministers_claim_keeps_former(claims: Claims) -> None:
    found = claims(
        "The debate grew heated on Monday. Former French Foreign Minister Hubert Vedrine, who"
        " said France should leave NATO, drew applause."
    )
    texts = _actor_texts(found, "leave")
    assert texts and all("Former" in t for t in texts), texts


def test_a_speaker_named_as_written_is_left_alone(claims: Claims) -> None:
    # Near miss: no "who"; the mention is the speaker's own.
    found = claims("Former French Foreign Minister Hubert Vedrine said France should leave NATO.")
    assert _actor_texts(found, "leave") == {"Former French Foreign Minister Hubert Vedrine"}
