"""Addressees of speech: whom a statement was told to ("told X (that)", "said to X", "X were
told by Y"), read from the cue verb's object, dative, passive subject or "to" phrase.

:func:`addressee_of` returns the resolved actor of that argument, or the mention as written when
the resolver knows none; ``None`` when the verb names no addressee. :data:`TELL_LIKE` holds the
lemmas of verbs of telling whose object is the one told.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.base import GROUP_PRONOUNS, PERSON_PRONOUNS
from cablegram.records import Actor
from cablegram.statements.context import Context
from cablegram.statements.speakers import mention_as_written

TELL_LIKE = frozenset({"tell", "assure", "warn", "urge", "inform", "ask", "remind", "advise"})


def addressee_of(ctx: Context, verb: Token) -> Actor | None:
    """Whom the speech was addressed to: "told X (that)", "said to X", "X were told by Y"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "nsubjpass") and verb.lemma_.lower() in TELL_LIKE:
            actors = ctx.actors.lookup(child)
            if actors:
                return actors[0]
            if child.pos_ in ("NOUN", "PROPN") or child.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
                return mention_as_written(ctx, child)
        if child.dep_ == "prep" and child.lower_ == "to":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    actors = ctx.actors.lookup(pobj)
                    if actors:
                        return actors[0]
    return None


__all__ = ["TELL_LIKE", "addressee_of"]
