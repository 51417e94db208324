"""The "ceasing" polarity rule: a verb of ceasing with a gerund ("Denmark will **stop
buying** Russian gas", "should **cease supplying** weapons", "**quit selling** arms") is
against the act the gerund names, as "halt" is against what it governs (``ceasing_verbs``
in ``data/claim_words.toml``). Only with the gerund as its complement: "The fighting must
stop" governs no act (it asks for the fighting's end, the ``ending_verbs`` business), "stop
him from becoming" is the "keeping" rule's, "stopped short of condemning" leaves the
condemning undone but not opposed, and "stopped to buy" (an infinitive: stopping in order
to) is for the act. A negated one ("would not stop supplying gas") is read by the negation
rule on the same verb: one more flip, so for the supplying.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.steps import Step, polarity_rule
from cablegram.claims.tokens import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def ceased_gerund(verb: Token, head: Token) -> bool:
    """Whether ``head`` is in the gerund clause ``verb`` takes as its complement ("stop
    **buying** Russian gas")."""
    return any(c.dep_ == "xcomp" and c.tag_ == "VBG" and head in c.subtree for c in verb.children)


@polarity_rule("ceasing")
def ceasing(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """A verb of ceasing the gerund act on the path (see the module)."""
    if token.i == head.i or token.pos_ != "VERB" or lemma(token) not in words.ceasing_verbs:
        return None
    if lemma(token) in words.against_verbs or not ceased_gerund(token, head):
        return None
    return Step(f'ceasing: "{token.text}"', flip=True, attitude=True)
