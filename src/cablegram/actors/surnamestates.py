"""A country's name that is a person's surname: after "Murilo Portugal", "Steve Israel" or
"Jim Jordan" is named in full, "Portugal said", "Israel added" and "Jordan, who ..." are that
person, not the state.

Inside a full name the word is already no country (:mod:`cablegram.actors.namewords`); this
rule reads the word standing alone. It is the person's when all of these hold:

* a person of the text has the word as the last word of a name of two words or more;
* the word heads its own noun phrase: no possessive, compound or adjective use ("Israel's
  government", "the Israel lobby"), no determiner ("the Jordan");
* the recogniser tagged it as a person, or the text names the state in no other way (no
  other name, demonym or capital of it: "Israeli", "Amman", "the United States").

Otherwise the word stays the state: a story about Israel that quotes a Steve Israel keeps
its state mentions. Shapes: :func:`surname_not_state` takes the resolver and a token and
says yes or no.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.base import ResolverState, strip_possessive

_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def surname_not_state(resolver: ResolverState, token: Token) -> bool:
    """Whether ``token``, a word the dictionary reads as a state, is the surname of a person
    the text names in full (see the module's conditions)."""
    word = strip_possessive(token.text).lower()
    person = resolver.by_surname.get(word)
    if person is None or person.kind != "person" or len(person.name.split()) < 2:
        return False
    if person.name.split()[-1].lower() != word:
        return False
    if token.dep_ in _MODIFIER_DEPS or token.tag_ == "POS":
        return False
    if any(c.dep_ in ("det", "case") for c in token.children):
        return False  # "the Jordan", "Israel's" (the possessive reads as a state's)
    entry = resolver.entry(token.text)
    if entry is None or entry.kind != "state" or not entry.country:
        return False
    if token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and _entity_len(token) == 1:
        return True
    return not _state_named_otherwise(resolver, token, word, entry.country)


def _entity_len(token: Token) -> int:
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - token.i


def _state_named_otherwise(resolver: ResolverState, token: Token, word: str, country: str) -> bool:
    """Whether the text names ``country`` by a word or name other than the bare surname:
    "Israeli", "Amman", "the United States"; words of a person's name are not counted."""
    for ent in token.doc.ents:
        if ent.label_ == "PERSON" or ent.text.lower() == word:
            continue
        entry = resolver.entry(strip_possessive(ent.text))
        if entry is not None and entry.kind == "state" and entry.country == country:
            return True
    for other in token.doc:
        if other.ent_type_ or other.lower_ == word or not other.text[:1].isupper():
            continue
        entry = resolver.entry(strip_possessive(other.text))
        if entry is not None and entry.kind == "state" and entry.country == country:
            return True
    return False
