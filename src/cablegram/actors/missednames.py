"""A capitalised name the recogniser missed, taken as a person ("Little said"): one of the
resolver's last resorts, for a speaker the statement finder found and no name covered."""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.base import ResolverState, noun_phrase
from cablegram.records import Actor


def name_as_person(resolver: ResolverState, token: Token) -> Actor | None:
    """A capitalised name the recogniser missed, taken as a person ("Little said")."""
    phrase = noun_phrase(token)
    name_tokens = [t for t in phrase if t.pos_ == "PROPN" and not resolver.is_descriptor(t)]
    if not name_tokens or resolver.entry(token.text) is not None or not token.text[:1].isupper():
        return None  # a name is capitalised: "ministry" tagged NNP is not a person
    cluster = resolver.person_cluster(name_tokens)
    if cluster is None:
        return None
    facts = resolver.facts_from_tokens(phrase)
    # A title standing just before the name in brackets or as a sibling ("[spokesman] Little").
    siblings = [t for t in token.head.children if t.i < token.i and t.dep_ == token.dep_]
    for sibling in siblings:
        facts = facts.filled_from(resolver.facts_from_tokens(noun_phrase(sibling)))
    cluster.enrich(facts.country, facts.role, facts.title)
    cluster.add(*resolver.where(phrase.start_char, phrase.end_char))
    resolver.head_cluster[token.i] = cluster
    resolver.identify(cluster)
    return cluster.actor(*resolver.where(phrase.start_char, phrase.end_char))
