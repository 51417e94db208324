"""A capital's name inside the name of an organisation or a building: "Georgetown
University", "the Paris Club", "Nassau Coliseum". Such a word names the body, not the state
whose capital shares it: Georgetown University is in Washington, not Guyana.

The word gives the capital's country only when the dictionary knows the whole name ("The
Washington Post" is American), or when the text names that country in another way too (a
state, demonym or capital outside such names: "Cairo University" in a story that says
"Egypt"). Otherwise it gives none, so the body keeps the country other words give, or none.

Shapes: :func:`capital_in_a_name` takes the resolver and one token and says whether the token
is such a word, to be left out of the tokens a country is read from.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cablegram.actors.base import ResolverState, entity_of, strip_determiner, strip_possessive

_NAME_LABELS = frozenset({"ORG", "FAC"})


def capital_in_a_name(resolver: ResolverState, token: Token) -> bool:
    """Whether ``token`` is a capital's name that is only part of a longer organisation or
    building name the dictionary does not know, in a text that names the capital's country
    nowhere else."""
    entity = entity_of(token)
    if entity is None or entity.label_ not in _NAME_LABELS:
        return False
    entry = resolver.entry(token.text)
    if entry is None or entry.via != "capital" or not entry.country:
        return False
    words = [t for t in entity if t.is_alpha and t.lower_ != "the" and t.tag_ != "POS"]
    if len(words) < 2:
        return False  # "Paris" alone tagged as an organisation is still the capital
    if resolver.entry(strip_possessive(strip_determiner(entity.text))) is not None:
        return False  # a body the dictionary knows
    return not _country_named_elsewhere(resolver, entity, entry.country)


def _country_named_elsewhere(resolver: ResolverState, name: Span, country: str) -> bool:
    """Whether a word or name outside organisation and building names (and outside persons'
    names) is a name, demonym or capital of ``country``."""
    for ent in name.doc.ents:
        if ent.label_ in _NAME_LABELS or ent.label_ == "PERSON":
            continue
        entry = resolver.entry(strip_possessive(strip_determiner(ent.text)))
        if entry is not None and entry.kind == "state" and entry.country == country:
            return True
    for token in name.doc:
        if token.ent_type_ or not token.text[:1].isupper():
            continue
        entry = resolver.entry(strip_possessive(token.text))
        if entry is not None and entry.kind == "state" and entry.country == country:
            return True
    return False
