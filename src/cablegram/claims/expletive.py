"""The "it" that stands for nothing: the subject a clause put off to the end leaves behind.

In "it would be unfair for the people of Scotland to cast another vote" or "it is a mistake
to send troops", "it" is a placeholder for the infinitive or "that" clause after it, which
the parse keeps as the clause's own frame. Such an "it" refers back to no act of the
sentence before (:mod:`cablegram.claims.antecedents`): read as one, the judgement of the
clause ("unfair") would be turned onto another act ("May rejected Sturgeon's request for a
referendum. ... it would be unfair ...", read as support for the referendum).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Token

# Clauses the parser hangs on the verb or on its complement for the put-off subject.
_CLAUSES: Final = frozenset({"advcl", "xcomp", "ccomp", "csubj"})
_COMPLEMENTS: Final = frozenset({"acomp", "attr", "oprd"})
# Objects of "do" that make it a pro-verb for an act before: "do so", "do that".
_PRO_OBJECTS: Final = frozenset({"so", "that", "it", "this", "likewise"})
# Words of degree that give an infinitive a gap "it" fills: "too unfair to be accepted".
_DEGREE: Final = frozenset({"too", "enough", "sufficiently"})


def _pro_verb(clause: Token) -> bool:
    """Whether a clause is "do so" / "do that": a verb standing for an act named before."""
    if clause.lemma_.casefold() != "do":
        return False
    return any(
        c.dep_ in ("dobj", "obj", "advmod") and c.lower_ in _PRO_OBJECTS for c in clause.children
    )


def _put_off(clause: Token, after: int) -> bool:
    """Whether a clause after the placeholder is an infinitive or a "that" clause."""
    if clause.dep_ not in _CLAUSES or clause.i <= after or _pro_verb(clause):
        return False
    return any(
        (c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ == "that")
        for c in clause.children
    )


def is_placeholder(token: Token) -> bool:
    """Whether ``token`` is a placeholder "it": the subject of a verb that has a complement
    ("unfair", "a mistake") and an infinitive or "that" clause after it, on the verb or on
    the complement ("it is important **to** keep", "it was clear **that** ...")."""
    if token.lower_ != "it" or token.dep_ != "nsubj":
        return False
    verb = token.head
    complements = [c for c in verb.children if c.dep_ in _COMPLEMENTS]
    if not complements:
        return False
    if any(c.lower_ in _DEGREE for h in complements for c in h.children):
        return False
    holders = [verb, *complements]
    return any(_put_off(c, token.i) for h in holders for c in h.children)


def put_off_subject(clause: Token) -> bool:
    """Whether ``clause`` is the subject a placeholder "it" stands for ("it would be unfair
    **for the Scots to hold** another vote", "it was a mistake **to send** troops"): the
    judgement on the verb it hangs on ("unfair") is said of it, so the walk up from the
    act goes on through that verb (:func:`cablegram.claims.polarity.read_polarity`)."""
    placeholder = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if placeholder is None or not is_placeholder(placeholder):
        return False
    return _put_off(clause, placeholder.i)
