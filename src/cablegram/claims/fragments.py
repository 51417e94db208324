"""A statement's words when they are a fragment of a phrase: the quoted word or two that
a writer lifts from a speech into a phrase of their own.

A quoted attitude or judgement word that a verb takes ("expressed “concerns” regarding the
decision", "characterised such actions as “theft”") stands for the verb's whole clause.

In "The Spanish government approved a **“total”** arms embargo on Israel" or "Germany
condemned the **“illegal”** sanctions", the statement's own words are one modifier; what
the speaker approved or condemned is the noun phrase it modifies. Reading the modifier
alone finds no frame, so the claims are read from the whole phrase (:func:`phrase_of`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Token

# How a quoted word hangs on the noun it describes.
_MODIFIERS: Final = frozenset({"amod", "compound", "nmod", "advmod"})
# Quote marks and the like, which may hang on the noun beside the word.
_MARKS: Final = frozenset({"punct"})


def phrase_of(tokens: Sequence[Token], speaker: tuple[int, int] | None = None) -> list[Token]:
    """The noun phrase a fragment of quoted words modifies, when the words are only
    modifiers of one noun outside them ("a “total” arms embargo on Israel"); else the
    tokens unchanged. The phrase is the noun's whole subtree.

    ``speaker``: the character offsets of the speaker's mention; a phrase that holds it
    ("the EU's “absurd” plan", the EU taken for the speaker) is not the speaker's words."""
    words = [t for t in tokens if t.dep_ not in _MARKS and not t.is_punct]
    if not words:
        return list(tokens)
    inside = {t.i for t in tokens}
    tops = [t for t in words if t.head.i not in inside]
    if len(tops) != 1:
        return list(tokens)
    top = tops[0]
    noun = top.head
    clause = _attitude_clause(top)
    if clause is not None:
        return _without_speaker(list(clause.subtree), speaker) or list(tokens)
    if top.dep_ not in _MODIFIERS or noun.pos_ not in ("NOUN", "PROPN") or noun.i == top.i:
        return list(tokens)
    phrase = list(noun.subtree)
    if speaker is not None and any(speaker[0] <= t.idx < speaker[1] for t in phrase):
        return list(tokens)
    return phrase


def _attitude_clause(word: Token) -> Token | None:
    """The verb whose clause a quoted attitude or judgement word states: in "the Commission
    expressed **“concerns”** regarding the decision to withdraw" or "Moscow characterised
    such actions as **“theft”**" the speaker's position is the whole clause (what the
    concern is about, what is called theft). None for any other word."""
    from cablegram.claims.lexicon import claim_words
    from cablegram.claims.tokens import judgement, lemma

    words = claim_words()
    if lemma(word) not in words.attitude_words and judgement(word, words) is None:
        return None
    verb = word.head
    if word.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head
        if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "obj"):
            # "described the seizure as “theft”": the parser hangs "as" on the object.
            verb = verb.head
    elif word.dep_ not in ("dobj", "obj"):
        return None
    return verb if verb.pos_ == "VERB" and verb.i != word.i else None


def _without_speaker(tokens: list[Token], speaker: tuple[int, int] | None) -> list[Token]:
    """The tokens outside the speaker's mention (and before it nothing is lost)."""
    if speaker is None:
        return tokens
    return [t for t in tokens if not speaker[0] <= t.idx < speaker[1]]
