"""A country's name that is a person's surname: after "Murilo Portugal", "Steve Israel" or
"Jim Jordan" is named in full, "Portugal said", "Israel added" and "Jordan, who ..." are that
person, not the state.

Inside a full name the word is already no country (:mod:`cablegram.actors.namewords`); this
rule reads the word standing alone. It is the person's when all of these hold:

* a person of the text has the word as the last word of a name of two words or more;
* the word heads its own noun phrase: no possessive, compound or adjective use ("Israel's
  government", "the Israel lobby"), no determiner ("the Jordan");
* the word itself is marked as a person's: a relative clause of "who", "whom" or "whose"
  hangs on it ("Jordan, who chairs the panel,"), or an apposition whose head is a person's
  title or a party member's noun ("Israel, a New York Democrat,"); the recogniser's PERSON
  tag is not enough ("Jordan has closed its border" is tagged so);
* it is not joined by "and"/"or" to another state ("Egypt and Jordan");
* the text names the state in no other way (no other name, demonym or capital of it:
  "Israeli", "Amman", "the United States").

Otherwise the word stays the state: a story about Israel that quotes a Steve Israel keeps
its state mentions. Shapes: :func:`surname_not_state` takes the resolver and a token and
says yes or no.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.base import ResolverState, strip_possessive
from cablegram.actors.capitalnames import country_named_elsewhere

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
    if not _marked_as_a_person(resolver, token) or _joined_to_a_state(resolver, token):
        return False
    return not country_named_elsewhere(resolver, token.doc, entry.country, frozenset(), word)


_RELATIVE_PERSONS = frozenset({"who", "whom", "whose"})


def _marked_as_a_person(resolver: ResolverState, token: Token) -> bool:
    """A "who" relative clause or a person's apposition on the word."""
    for child in token.children:
        if child.dep_ == "relcl" and any(t.lower_ in _RELATIVE_PERSONS for t in child.subtree):
            return True
        if child.dep_ == "appos":
            if child.ent_type_ == "NORP" and child.pos_ == "PROPN":  # "a Democrat"
                return True
            title = resolver.dictionary.title(child.lemma_) or resolver.dictionary.title(child.text)
            if title is not None and title.kind == "person":
                return True
    return False


def _joined_to_a_state(resolver: ResolverState, token: Token) -> bool:
    """Whether the word is a conjunct of a state's name ("Egypt and Jordan", "Jordan and
    Syria")."""
    others = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        others.append(token.head)
        others.extend(c for c in token.head.children if c.dep_ == "conj" and c.i != token.i)
    for other in others:
        entry = resolver.entry(strip_possessive(other.text))
        if entry is not None and entry.kind == "state":
            return True
    return False
