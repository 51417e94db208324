"""A statement's words when they are a fragment of a phrase: the quoted word or two that
a writer lifts from a speech into a phrase of their own.

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
    if top.dep_ not in _MODIFIERS or noun.pos_ not in ("NOUN", "PROPN") or noun.i == top.i:
        return list(tokens)
    phrase = list(noun.subtree)
    if speaker is not None and any(speaker[0] <= t.idx < speaker[1] for t in phrase):
        return list(tokens)
    return phrase
