"""Tense shapes of a cue verb that stands as a finite report.

- ``perfect_parenthetical``: "The deal, he has said, is dead", "as police have said": a
  past participle with its perfect auxiliary ("has", "have", "had") reports as the simple
  past does. A participle with no such auxiliary ("the ceasefire agreed in March") does not.
- ``present_as_base``: "..., advisers to Mr. Obama say, ...": a present the tagger took for
  a base form (``VB``) is finite when it has a plural or first/second-person subject of its
  own and no auxiliary ("to", a modal) at all.
"""

from __future__ import annotations

from spacy.tokens import Token

_FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP"])
_PERFECT = frozenset(["have", "has", "had", "'ve", "'d"])
_BARE_PRESENT_PRONOUNS = frozenset(["they", "we", "you", "i"])


def perfect(verb: Token) -> bool:
    """A past participle in the perfect ("has said", "had argued"), not a passive."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children)
        and not any(c.dep_ == "auxpass" for c in verb.children)
    )


def present_as_base(verb: Token) -> bool:
    """A plain present tagged as a base form: a subject that takes the bare present ("they",
    "officials") and no auxiliary of any kind."""
    if verb.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(
        c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or c.lower_ in _BARE_PRESENT_PRONOUNS)
        for c in verb.children
    )


def finite_report(verb: Token) -> bool:
    """Whether the verb's own tense makes it a report: simple past or present, or (rules
    ``perfect_parenthetical``, ``present_as_base``) the perfect or a mistagged present."""
    return verb.tag_ in _FINITE_TAGS or perfect(verb) or present_as_base(verb)


__all__ = ["finite_report", "perfect", "present_as_base"]
