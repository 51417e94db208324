"""Stopping an act named by a gerund: "we will **stop buying** Russian gas", "Israel must
**cease bombing** the city". The gerund is the act stopped; the one who stops it, or the
speaker who demands it stopped, is against it, so the walk up from the gerund takes one
flip at the verb of stopping (rule ``stopping``). "Will not stop buying" flips back through
the negation: buying goes on.

Only a gerund governed as the verb's complement (``xcomp`` or object, tag VBG). The verb
itself keeps its own frame ("the fighting must stop" supports stopping; "stop the war"
and "end the imports" are one act, read by the verb rules), and keeping someone from an act
("stop Ukraine from joining") is :mod:`cablegram.claims.keeping`'s. Word list:
``stopping_verbs`` in ``data/claim_words.toml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.steps import Step, polarity_rule
from cablegram.claims.tokens import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def stopped_gerund(verb: Token, head: Token, words: ClaimWords) -> Token | None:
    """The gerund complement of a verb of stopping whose phrase holds the frame ``head``,
    else None. Shape: ``VERB(stop) -xcomp|dobj-> VERB/VBG`` with ``head`` in its subtree."""
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in words.stopping_verbs:
        return None
    for child in verb.children:
        if child.dep_ not in ("xcomp", "dobj", "obj") or child.tag_ != "VBG":
            continue
        if child.left_edge.i <= head.i <= child.right_edge.i:
            return child
    return None


@polarity_rule("stopping")
def stopping(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """One flip at a verb of stopping for the act its gerund names."""
    if token.i == head.i:
        return None
    gerund = stopped_gerund(token, head, words)
    if gerund is None:
        return None
    return Step(f'stops "{token.text} {gerund.text}"', flip=True, attitude=True)
