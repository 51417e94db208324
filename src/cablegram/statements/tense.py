"""Tense shapes of a cue verb that stands as a finite report.

- ``perfect_parenthetical``: "The deal, he has said, is dead", "as police have said": a
  past participle with its perfect auxiliary ("has", "have", "had") reports as the simple
  past does. A participle with no such auxiliary ("the ceasefire agreed in March") does not.
"""

from __future__ import annotations

from spacy.tokens import Token

_FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP"])
_PERFECT = frozenset(["have", "has", "had", "'ve", "'d"])


def perfect(verb: Token) -> bool:
    """A past participle in the perfect ("has said", "had argued"), not a passive."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children)
        and not any(c.dep_ == "auxpass" for c in verb.children)
    )


def finite_report(verb: Token) -> bool:
    """Whether the verb's own tense makes it a report: simple past or present, or (rule
    ``perfect_parenthetical``) the perfect."""
    return verb.tag_ in _FINITE_TAGS or perfect(verb)


__all__ = ["finite_report", "perfect"]
