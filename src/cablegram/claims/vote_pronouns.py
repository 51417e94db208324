"""A pronoun for the text voted on: "84 countries voted in favour of **the document**,
while 19 countries, including Russia and China, voted against **it**". A vote whose object
is a pronoun ("voted against it", "voted for it") is on the text that another vote of the
same sentence, before it, is on: the other vote's object, read as its own frame
(:func:`cablegram.claims.frames.nominal_frame`), stands for the pronoun. With no such vote,
or with two different texts voted on before, nothing is resolved (precision first) and the
other rules (:mod:`cablegram.claims.antecedents`) read the pronoun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from cablegram.claims.frames import Frame, nominal_frame
from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.tokens import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions that give a vote its text: "voted against it", "voted for the draft".
_VOTE_PREPS: Final = frozenset({"for", "against", "of"})
_VOTE_PRONOUNS: Final = frozenset({"it", "them"})


def _vote_of(noun: Token) -> Token | None:
    """The verb "vote" whose text the noun is ("voted against **it**", "voted in favour
    of **the draft**"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _VOTE_PREPS:
        return None
    above = prep.head
    if prep.dep_ == "conj" and above.dep_ == "prep":
        # "voted for the motion and **for** the budget": the first preposition's verb.
        above = above.head
    if prep.lower_ == "of":
        # "in favour of": of <- favour <- in <- voted
        if lemma(above) not in ("favour", "favor") or above.head.lower_ != "in":
            return None
        above = above.head.head
    return above if above.pos_ == "VERB" and lemma(above) == "vote" else None


def voted_text(token: Token, words: ClaimWords) -> Frame | None:
    """The frame of the text an earlier vote of the sentence is on, for a pronoun that is
    the text of a vote; None otherwise."""
    if token.lower_ not in _VOTE_PRONOUNS or _vote_of(token) is None:
        return None
    texts = [
        t for t in token.sent if t.i < token.i and t.pos_ == "NOUN" and _vote_of(t) is not None
    ]
    if len({lemma(t) for t in texts}) != 1:
        return None
    return nominal_frame(texts[0], words)
