"""The "negative subject" polarity rule: a verb whose subject is no one ("**Nobody** would
disagree that the treaty is vital", "**No one** can prevent Iran from developing ...", "none
of us opposes it") says what no one does, which is no attitude of any actor; and the walk's
flips cannot tell which way the speaker leans ("nobody would disagree" is agreement, "no
one can prevent" a defiance). Precision first: no claim either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.steps import Step, polarity_rule

if TYPE_CHECKING:
    from spacy.tokens import Token

# Pronouns that name no one: "nobody", "no one" (the "no" hangs on "one"), "none".
_NO_ONE: Final = frozenset({"nobody", "noone", "none", "nothing", "neither"})
_NO: Final = frozenset({"no", "neither"})


def negative_subject(verb: Token) -> Token | None:
    """The active subject of ``verb`` that names no one ("Nobody", "No one", "No country"),
    else None."""
    for child in verb.children:
        if child.dep_ != "nsubj":
            # "no deadlines should be set": a passive subject with "no" is the thing not
            # acted on, read by the negation rule.
            continue
        if child.lower_ in _NO_ONE:
            return child
        if any(c.dep_ == "det" and c.lower_ in _NO for c in child.children):
            return child
    return None


@polarity_rule("negative_subject")
def nobody(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """A verb on the path whose subject is no one (see the module): no claim."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    found = negative_subject(token)
    if found is None:
        return None
    return Step(f'negative subject "{found.text}" of "{token.text}"', void=True)
