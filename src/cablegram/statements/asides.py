"""Parenthetical asides ("The deal, he said, is dead"): which clause an aside stands in, and
which objects leave a verb an aside.

- ``aside_on_subject``: the parser may hang the aside on the clause's subject or auxiliary
  rather than on its verb; the clause is still the verb's.
- ``parenthetical_addressee``: "The deal, he told me, is dead": the object of a telling verb
  is whom it was told, and the verb is still an aside.
"""

from __future__ import annotations

from spacy.tokens import Token


def clause_head(verb: Token) -> Token:
    """The verb of the clause an aside stands in. Rule ``aside_on_subject``: the parser may hang
    the aside on the clause's subject ("The difference now, he told me, is ...") or on its
    auxiliary ("The bridge, they say, is closed"): the verb they belong to."""
    head = verb.head
    if head.dep_ in ("aux", "auxpass") and head.head.i != head.i and head.i > verb.i:
        return head.head
    if (
        verb.dep_ == "parataxis"
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.i < verb.i
        and head.head.pos_ in ("VERB", "AUX")
    ):
        return head.head
    return head


# Telling verbs whose object is the one told ("he told me", "she assured them").
_TELLING = frozenset(["tell", "assure", "inform", "remind", "warn"])
_TOLD_PRONOUNS = frozenset(["me", "us", "him", "her", "them", "you"])


def told_whom(verb: Token, obj: Token, speaker_nouns: frozenset[str]) -> bool:
    """Rule ``parenthetical_addressee``: the object of a telling verb is whom it was told
    ("The deal, he told me on Friday, is dead"), not what was said; an object with a clause of
    its own ("told a story that ...") is not."""
    return (
        verb.lemma_.lower() in _TELLING
        and (
            obj.lower_ in _TOLD_PRONOUNS
            or obj.ent_type_ in ("PERSON", "ORG", "NORP")
            or obj.lemma_.lower() in speaker_nouns
        )
        and not any(c.dep_ in ("ccomp", "relcl", "acl") for c in obj.children)
    )


__all__ = ["clause_head", "told_whom"]
