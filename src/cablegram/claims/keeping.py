"""The "keeping" polarity rule: a verb of keeping someone from an act ("prevent the YPG
**from expanding** its territory", "bar Muslims from entering", "stop him from becoming the
nominee", "deter Russia from attacking") is against the act the gerund after "from" names
(``keeping_verbs`` in ``data/claim_words.toml``). Only with an object kept and "from" with a
gerund: "withdraw from Syria", "benefit from the deal" keep no one from anything. A verb
already against what it governs ("block", ``against_verbs``) is read by the "against" rule.
A negated one ("would not stop Ukraine from joining") says nothing either way: no claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.rules import negator
from cablegram.claims.steps import Step, polarity_rule
from cablegram.claims.tokens import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def kept_from(verb: Token, head: Token) -> bool:
    """Whether ``head`` is in the gerund clause of a "from" that ``verb`` keeps its object
    from ("prevent the YPG **from expanding**")."""
    if not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for gerund in prep.children:
            if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG" and head in gerund.subtree:
                return True
    return False


@polarity_rule("keeping")
def keeping(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """A verb of keeping its object from the act on the path (see the module)."""
    if token.i == head.i or token.pos_ != "VERB" or lemma(token) not in words.keeping_verbs:
        return None
    if lemma(token) in words.against_verbs or not kept_from(token, head):
        return None
    if any(negator(c, words) for c in token.children):
        # "would not stop Ukraine from joining": not keeping someone from an act is no
        # support of it; no claim (the "not keeping" rule).
        return Step(f'not keeping from: "{token.text}"', void=True)
    return Step(f'keeping from: "{token.text}"', flip=True, attitude=True)
