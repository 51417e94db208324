"""Words a document or the dictionary already knows as people's names: a surname of a person
of the text, a given name or surname of the dictionary, or a dictionary name ("Trump" of
"Trump supporters", "Netanyahu" of "Netanyahu's opposition")."""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.base import ResolverState, key, strip_possessive


def known_word(resolver: ResolverState, word: str) -> bool:
    """Whether a word (as written) is the surname of a person of the text or a name of the
    dictionary (an actor however it is used: "Trump supporters")."""
    known = resolver.by_surname, resolver.dictionary.surnames, resolver.dictionary.given_names
    return any(key(word) in names for names in known) or resolver.entry(word) is not None


def owned_by_person(resolver: ResolverState, token: Token) -> bool:
    """Whether a person's possessive owns the noun ("Netanyahu's opposition"): a child
    tagged as a person or a person of the dictionary."""
    return any(
        child.dep_ == "poss"
        and (child.ent_type_ == "PERSON" or _is_known_person(resolver, child.text))
        for child in token.children
    )


def _is_known_person(resolver: ResolverState, text: str) -> bool:
    entry = resolver.entry(strip_possessive(text))
    return entry is not None and entry.kind == "person"


def opposition_as_stance(resolver: ResolverState, token: Token) -> bool:
    """Whether an "opposition" noun is someone's stance, no opposition body: a person's
    possessive owns it ("Netanyahu's opposition", :func:`owned_by_person`), or any owner's
    possessive does and it takes what is opposed ("China's opposition to the missile shield",
    "Silicon Valley's opposition against the bill": ``poss`` and a ``prep`` "to"/"against").
    "Japan's opposition party" and "the opposition to the president" (no owner) stay bodies."""
    if owned_by_person(resolver, token):
        return True
    owned = any(child.dep_ == "poss" for child in token.children)
    opposed = any(
        child.dep_ == "prep" and child.lower_ in ("to", "against") for child in token.children
    )
    return owned and opposed
