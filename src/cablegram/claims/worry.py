"""Worry nouns ("expressed concern over the decision to expel"): against what they are
about, read only through a preposition of worry and only when nothing stands between the
worry and the act that turns or hides which way it points (a noun undoing the act, a clause
of another subject). The same worry as an adjective of its holder ("is concerned over")
reads alike. Word lists: ``worry_nouns``, ``worry_adjectives``, ``worry_preps`` and
``undoing_nouns`` in ``data/claim_words.toml``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.tokens import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def worried_holder(token: Token, head: Token, words: ClaimWords) -> bool:
    """Whether ``token`` is a worry said of its holder (``worry_adjectives``: "Korea **is
    concerned** over the decision to release", "alarmed **by** plans to") and the frame at
    ``head`` is what it is about."""
    if token.lower_ not in words.worry_adjectives or token.pos_ not in ("ADJ", "VERB"):
        return False
    return worried_about(token, head, words, also=("by",))


def worried_about(noun: Token, head: Token, words: ClaimWords, also: tuple[str, ...] = ()) -> bool:
    """Whether the frame at ``head`` is what the worry noun is about: under one of its
    prepositions of worry ("concern **over** the decision"), not "concern for" someone."""
    if any(lemma(c) in words.against_nouns for c in noun.conjuncts):
        # "concern and disappointment with": one attitude, read at the noun against.
        return False
    for c in noun.children:
        if not (
            c.dep_ in ("prep", "agent")
            and (c.lower_ in words.worry_preps or c.lower_ in also)
            and c.left_edge.i <= head.i <= c.right_edge.i
        ):
            continue
        # "concern about the failure to extend the deal": a noun that undoes the act stands
        # between the worry and the act, which way it points is not read.
        between = c.doc[c.i + 1 : head.i]
        if any(lemma(t) in words.undoing_nouns for t in between if t.pos_ == "NOUN"):
            return False
        return not _own_clause_between(head, noun)
    return False


def _own_clause_between(head: Token, noun: Token) -> bool:
    """A clause with its own subject, or a relative clause, stands between the frame and the
    worry noun above it: "concerns about ... after a meeting with Netanyahu, who has
    criticized the deal" is no concern about the deal."""
    node = head
    while node.i != noun.i and node.head.i != node.i:
        if node.i != head.i and (
            node.dep_ == "relcl"
            or (
                node.pos_ in ("VERB", "AUX")
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
            )
        ):
            return True
        node = node.head
    return False


def stranded_worry(verb: Token, head: Token, words: ClaimWords) -> Token | None:
    """The worry noun a light verb takes when the preposition of worry hangs on the verb:
    in "the Commission expressed concerns on Tuesday **regarding** the decision to
    withdraw" the parser hangs "regarding" on "expressed", but the concern is about the
    decision. None unless the frame is under such a preposition and nothing undoes it."""
    if lemma(verb) not in words.light_verbs:
        return None
    noun = next(
        (c for c in verb.children if c.dep_ in ("dobj", "obj") and lemma(c) in words.worry_nouns),
        None,
    )
    if noun is None:
        return None
    for prep in verb.children:
        if prep.i < noun.i or prep.lower_ not in words.worry_preps:
            continue
        if prep.dep_ != "prep" or not prep.left_edge.i <= head.i <= prep.right_edge.i:
            continue
        between = prep.doc[prep.i + 1 : head.i]
        if any(lemma(t) in words.undoing_nouns for t in between if t.pos_ == "NOUN"):
            return None
        return None if _own_clause_between(head, prep) else noun
    return None
