"""A possessive pronoun bound by its clause's subject (used by
:func:`cablegram.events.subjects.noun_sources`).

- ``bound-possessor`` (round 13, i110): "Jabouri said troops started their latest attack":
  "their" on the object of a verb whose subject is a noun ("troops") stands for that
  subject, not for the speaker the sentence reports, nor for the last party named. When a
  noun event's light verb has a subject of its own that is no pronoun, the pronoun
  possessor is dropped from the event's candidate sources, so the subject is read instead;
  if the subject names no actor, the event has no source (precision first). "Russia said
  its offensive would go on" (a possessor with no light verb subject) is left as it was.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["bound_possessor"]


def bound_possessor(
    candidates: list[Token | list[Token]], poss: Token | None
) -> list[Token | list[Token]]:
    """``candidates`` without the pronoun possessor ``poss`` when a later candidate is a
    verb's subject that is no pronoun (see the module's doc); otherwise unchanged."""
    if poss is None or poss.pos_ != "PRON" or not candidates or candidates[0] is not poss:
        return candidates
    subjects = [
        c
        for c in candidates[1:]
        if isinstance(c, Token) and c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
    ]
    if not subjects:
        return candidates
    return candidates[1:]
