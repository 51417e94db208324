"""Relative clauses: the noun a relative clause stands for (:func:`antecedent`, used by
:func:`cablegram.events.subjects.verb_subject`).

- ``singular-relative``: see :func:`antecedent`.
- ``whose-members`` (round 12, f100): a subject owned by "whose" that names the antecedent's
  armed members ("the Islamic State group, whose fighters attacked Kobani", "Russia, whose
  troops seized Crimea") does the act for the antecedent, which is its source. Any other
  "whose" phrase ("whose leader was killed", "whose supporters stormed") names no actor of
  its own and is dropped by ``relative-possessive`` (:mod:`cablegram.events.situations`).
- ``apposition-relative`` (round 13, i110): see :func:`antecedent`.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.forces import ARMED_NOUNS


def whose_members(subject: Token, clause: Token) -> bool:
    """Whether ``subject`` of the relative clause ``clause`` is "whose" and a noun of the
    antecedent's armed members (:data:`cablegram.events.forces.ARMED_NOUNS`)."""
    if clause.dep_ != "relcl" or subject.lemma_.lower() not in ARMED_NOUNS:
        return False
    return any(c.dep_ == "poss" and c.lower_ == "whose" for c in subject.children)


def antecedent(clause: Token) -> Token:
    """Rule ``singular-relative``: the noun a relative clause's pronoun stands for. A clause
    whose verb is singular ("has", "is", "agrees") on a list of nouns ("the UN and the EU,
    which has agreed a fund") is of the last noun before it only, though the parser hangs it
    on the list's first; a plural verb ("which have agreed") is of the whole list.

    Rule ``apposition-relative``: a clause the parser hangs on an apposition ("China,
    Pyongyang's ally, which has resisted sanctions") is of the noun the apposition describes
    (China), never of the possessor inside the apposition (Pyongyang). A name in apposition
    ("Pyongyang's ally, China, which ...") is the antecedent itself, where the parser hangs
    the clause on the apposition or on the description."""
    head = clause.head
    if (
        head.dep_ == "appos"
        and head.pos_ == "NOUN"  # a description ("ally"), not a name ("its ally, Iran, which")
        and head.head.pos_ in ("NOUN", "PROPN")
        and head.head.i < head.i
    ):
        head = head.head
    named = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < clause.i]
    if head.pos_ == "NOUN" and named:
        head = named[-1]  # "Pyongyang's ally, China, which ...": the name, not the owner
    singular = clause.tag_ == "VBZ" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in clause.children
    )
    if not singular or not head.conjuncts:
        return head
    before = [t for t in (head, *head.conjuncts) if t.i < clause.i]
    return max(before, key=lambda t: t.i) if before else head
