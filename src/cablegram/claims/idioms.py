"""Fixed phrases that name an act by words of their own: "declared three diplomats
**persona non grata**" is expelling them. The phrases and the act each names are data
(``idiom_acts`` in ``data/claim_words.toml``); the one the act is done to is the phrase's
subject as the parser reads it ("diplomats ... persona", the parser taking "persona" for a
verb), or the object or passive subject of the verb the phrase completes ("were declared
persona non grata").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from cablegram.claims.lexicon import ClaimWords

if TYPE_CHECKING:
    from spacy.tokens import Token

_DONE_TO: Final = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})


def idiom_act(token: Token, words: ClaimWords) -> tuple[str, Token | None] | None:
    """The act a fixed phrase starting at ``token`` names, and the noun it is done to (None
    when the parse gives none); None when no listed phrase starts there."""
    doc = token.doc
    for phrase, act in words.idiom_acts.items():
        parts = phrase.split()
        end = token.i + len(parts)
        if end > len(doc) or [t.lower_ for t in doc[token.i : end]] != parts:
            continue
        return act, _done_to(token)
    return None


def _done_to(token: Token) -> Token | None:
    own = next((c for c in token.children if c.dep_ in _DONE_TO and c.i < token.i), None)
    if own is not None:
        return own
    verb = token.head
    if verb.i == token.i:
        return None
    # Not the verb's subject: "Poland declared them persona non grata" is done to them.
    return next(
        (c for c in verb.children if c.dep_ in _DONE_TO - {"nsubj"} and c.i < token.i), None
    )
