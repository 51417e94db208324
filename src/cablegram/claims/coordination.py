"""A claim's actor when the one named is a state among several coordinated ones.

"The UK, Canada, France and Portugal have all announced intentions to recognize Palestine"
states the position of all four, though the statement's speaker (or the event's source)
may be only the first of them. When the actor's mention is one conjunct of a coordinated
subject whose conjuncts are all states, the claim's actor becomes that group ("The UK,
Canada, France and Portugal", kind ``group``), which the stance query splits back into
one voice per state (:func:`cablegram.query.stance_evidence.members`).

Only subjects: "Paris and Berlin said" widens, "France told Germany and Italy" does not.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from cablegram.claims.lexicon import claim_words
from cablegram.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass"})


def _state(text: str) -> str | None:
    """The ISO3 code of a state the words name ("the UK", "Portugal"), else None."""
    from cablegram.gazetteer.dictionary import load_dictionary

    dictionary = load_dictionary()
    cleaned = text.strip()
    if cleaned.lower().startswith("the "):
        cleaned = cleaned[4:]
    entry = dictionary.entry(cleaned)
    if entry is None or entry.kind != "state" or not entry.country:
        return None
    return entry.country


def _conjunct_text(token: Token) -> str:
    """One conjunct's own words ("the UK" -> "UK"): its subtree without the conjuncts,
    conjunctions and commas that hang on it, and without determiners."""
    skip: set[int] = set()
    for child in token.children:
        if child.dep_ in ("conj", "cc", "punct", "appos"):
            skip.update(t.i for t in child.subtree)
    words = [t for t in token.subtree if t.i not in skip and t.dep_ != "det"]
    return " ".join(t.text for t in words)


def coordination(doc: Doc, actor: Actor) -> list[Token] | None:
    """The coordinated subject the actor's mention is one conjunct of, or None."""
    if actor.start < 0 or actor.end <= actor.start:
        return None
    if doc.text[actor.start : actor.end] != actor.text:
        # Offsets into another text (a record re-read from its sentence alone).
        return None
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = span.root
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ not in _SUBJECTS:
        return None
    # "The UK, Canada, France and Portugal": the parser may hang the second name on the
    # first as an apposition and coordinate the rest with it.
    found = {first.i: first}
    todo = [first]
    while todo:
        token = todo.pop()
        for other in [*token.conjuncts, *(c for c in token.children if c.dep_ == "appos")]:
            if other.i not in found:
                found[other.i] = other
                todo.append(other)
    if len(found) < 2 or not any(t.dep_ == "conj" for t in found.values()):
        return None
    return [found[i] for i in sorted(found)]


def _of_states(token: Token) -> list[Token]:
    """The states an office or body is "of": "the Minister of Foreign Affairs **of
    Hungary**", "the foreign ministers **of France, Germany and the United Kingdom**"."""
    found: list[Token] = []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if _state(_conjunct_text(pobj)) is not None:
                found += [pobj, *(c for c in pobj.conjuncts if c.i > pobj.i)]
            else:
                found += _of_states(pobj)
    return found


def of_state(doc: Doc, actor: Actor) -> Actor:
    """A person or group without a country whose mention is "of" one state speaks for it
    ("the Minister of Foreign Affairs of Hungary" -> HUN); "of" several states, for each of
    them (a group named by the states, which the stance query splits). Else the actor."""
    if actor.kind not in ("person", "group") or actor.country:
        return actor
    if actor.start < 0 or doc.text[actor.start : actor.end] != actor.text:
        return actor
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return actor
    states = _of_states(span.root)
    codes = [_state(_conjunct_text(t)) for t in states]
    if not states or not all(codes):
        return actor
    if len(set(codes)) == 1:
        return replace(actor, country=codes[0])
    names = [_conjunct_text(t) for t in states]
    name = ", ".join(names[:-1]) + " and " + names[-1]
    return replace(actor, name=name, kind="group", country=None)


def listed_states(doc: Doc, actor: Actor) -> Actor | None:
    """The states a common noun the actor's mention names or modifies lists in apposition
    or by "including": "Three EU nations - Spain, Ireland, and Slovenia - have requested"
    and "Several EU member states including Italy, Bulgaria and Malta oppose" are those
    states (a group the stance query splits), not the EU. None when there is no such list of two
    or more states."""
    if actor.start < 0 or doc.text[actor.start : actor.end] != actor.text:
        return None
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    noun = span.root
    while noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "NOUN":
        # "Several **EU** member states including ...": up to the noun the list is of.
        noun = noun.head
    if noun.pos_ != "NOUN":
        return None
    listed = next((c for c in noun.children if c.dep_ == "appos"), None) or _included(noun)
    if listed is None:
        return None
    members = sorted([listed, *listed.conjuncts], key=lambda t: t.i)
    names = [_conjunct_text(t) for t in members]
    codes = [_state(name) for name in names]
    if len(members) < 2 or not all(codes):
        return None
    name = ", ".join(names[:-1]) + " and " + names[-1]
    return replace(
        actor, name=name, kind="group", country=None, text=name, code=None, actor_id="", role="GOV"
    )


def _included(noun: Token) -> Token | None:
    """The first name a noun lists by one of ``example_links`` or "such as" ("member states
    **including Italy**, Bulgaria and Malta"); None when it lists none. Each named one is
    among those the noun says act, so each holds what they hold."""
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        word = prep.lower_
        if word == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such":
            word = "including"
        if word in claim_words().example_links:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def before_who(doc: Doc, actor: Actor) -> Actor:
    """Rule ``claim_actor_before_who``: a speaker whose mention is the "who" of a relative
    clause (statements' ``relative_who_mention``: "Former Foreign Minister Hubert Vedrine,
    who said ...") takes back, for its claims, the mention of the noun that clause hangs on:
    what it says of the actor ("former", an office, a coordination) is read from there."""
    span = doc.char_span(actor.start, actor.end)
    if span is None or len(span) != 1 or span[0].lower_ != "who":
        return actor
    verb = span[0].head
    noun = verb.head
    if verb.dep_ != "relcl" or noun.i == verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return actor
    start, end = noun.left_edge.idx, noun.idx + len(noun.text)
    return replace(actor, text=doc.text[start:end], start=start, end=end)


def widened(doc: Doc, actor: Actor) -> Actor:
    """The actor (its mention before a "who": :func:`before_who`), or the states a noun it
    names lists (:func:`listed_states`), or the group of states its mention is coordinated
    with (see module), or the state(s) an office without a country is "of"
    (:func:`of_state`)."""
    actor = before_who(doc, actor)
    listed = listed_states(doc, actor)
    if listed is not None:
        return listed
    if actor.kind != "state":
        return of_state(doc, actor)
    conjuncts = coordination(doc, actor)
    if conjuncts is None:
        return actor
    names = [_conjunct_text(t) for t in conjuncts]
    codes = [_state(name) for name in names]
    if not all(codes) or len(set(codes)) < 2:
        return actor
    name = ", ".join(names[:-1]) + " and " + names[-1]
    return replace(actor, name=name, kind="group", country=None, text=name, code=None, actor_id="")
