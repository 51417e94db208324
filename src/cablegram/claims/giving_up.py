"""Giving up an attitude against: "Austria lifted its **veto** on the accession of Romania",
"dropped its opposition to", "withdrew its objection to Sweden's membership". The veto or
opposition turns the act it is on against; the verb that gives it up turns it back, so the
claim supports the accession. Word list: ``giving_up_verbs`` in ``data/claim_words.toml``;
the attitudes given up are its ``against_nouns`` and ``act_nouns``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.steps import Step, polarity_rule
from cablegram.claims.tokens import lemma, predicate_name, stranded_noun

if TYPE_CHECKING:
    from spacy.tokens import Token


@polarity_rule("giving_up")
def giving_up(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """A verb that gives up the attitude noun it takes as object, when the frame is what
    that attitude is on (inside the noun's phrase, not the noun itself): one more flip."""
    if token.i == head.i or token.pos_ != "VERB":
        return None
    if predicate_name(token) not in words.giving_up_verbs and lemma(token) not in (
        words.giving_up_verbs
    ):
        return None
    given_up = words.against_nouns | words.act_nouns
    for noun in token.children:
        if noun.dep_ not in ("dobj", "obj", "nsubjpass") or lemma(noun) not in given_up:
            continue
        if noun.i == head.i:
            continue
        if noun.left_edge.i <= head.i <= noun.right_edge.i or _stranded_on(token, noun, head):
            return Step(f'gives up "{token.text} {noun.text}"', flip=True, attitude=True)
    return None


def _stranded_on(verb: Token, noun: Token, head: Token) -> bool:
    """Whether the frame is in a phrase the parser hung on the verb right after the noun
    ("lift its veto **on the accession**": the phrase is the veto's)."""
    return any(
        c.dep_ == "prep"
        and c.i == noun.right_edge.i + 1
        and c.left_edge.i <= head.i <= c.right_edge.i
        and stranded_noun(c, words=None) is not None
        for c in verb.children
    )
