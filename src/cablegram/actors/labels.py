"""Speaker labels of a transcript: "LAVROV:", "FOREIGN MINISTER SERGEI LAVROV:", "MR JOHNSON:".

A label is a run of one to six words written in capitals that opens a line or a sentence and
ends in a colon. It names the person whose words follow; the recogniser often misses it (a
surname in capitals alone) or tags it as an organisation. The label is a mention of the person
of the text with that surname ("Sergei Lavrov" named elsewhere), else of the one person the
dictionary knows by that surname; title words and honorifics in it are read as the person's
title. Labels that name no person ("Q:", "MODERATOR:", "NEW DELHI:", "UPDATE:") are left
alone: their last word is no surname of the text or the dictionary, or it is a place.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.base import Cluster, ResolverState, key

# The most words a label holds ("DEPUTY FOREIGN MINISTER SERGEI A. RYABKOV").
MAX_LABEL_WORDS = 6


def _opens_line(token: Token) -> bool:
    if token.i == 0 or token.is_sent_start:
        return True
    before = token.doc[token.i - 1]
    return before.is_space and "\n" in before.text


def _label_at(colon: Token) -> list[Token] | None:
    """The words of the label a colon closes, or None when the colon closes none."""
    words: list[Token] = []
    index = colon.i - 1
    while index >= 0 and len(words) <= MAX_LABEL_WORDS:
        token = colon.doc[index]
        if token.is_space or not (token.text.isupper() or token.text == "."):
            break
        words.insert(0, token)
        if _opens_line(token):
            break
        index -= 1
    alpha = [t for t in words if t.is_alpha]
    if not alpha or len(words) > MAX_LABEL_WORDS or not _opens_line(words[0]):
        return None
    return words


def label_person(resolver: ResolverState, words: list[Token]) -> Cluster | None:
    """The person a label names: by its last word, the person of the text with that surname,
    else the one dictionary person who has it; None when neither or the word is a place."""
    names = [t for t in words if t.is_alpha and not resolver.is_descriptor(t)]
    if not names or len(names[-1].text) < 3:
        return None
    surname = names[-1].text.lower()
    found = resolver.entry(names[-1].text.title())
    if found is not None and found.kind != "person":
        return None  # "WASHINGTON:", "NATO:"
    cluster = resolver.by_surname.get(surname)
    if cluster is not None and cluster.kind == "person":
        return cluster
    holders = resolver.dictionary.surnames.get(key(surname), [])
    if len(holders) != 1 or holders[0].kind != "person":
        return None
    return resolver.person_cluster(names)


def read_labels(resolver: ResolverState) -> None:
    """Make every transcript label of the document a mention of the person it names."""
    for colon in resolver.doc:
        if colon.text != ":":
            continue
        words = _label_at(colon)
        if words is None or any(t.i in resolver.head_cluster for t in words):
            continue
        person = label_person(resolver, words)
        if person is None:
            continue
        facts = resolver.facts_from_tokens([t for t in words if t.is_alpha])
        person.enrich(facts.country, facts.role, facts.title, facts.code)
        person.add(*resolver.where(words[0].idx, words[-1].idx + len(words[-1].text)))
        for token in words:
            resolver.head_cluster[token.i] = person
