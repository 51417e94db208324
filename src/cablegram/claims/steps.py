"""The pieces a polarity rule is made of: a :class:`Step` (what one rule makes of one
token), the :class:`Reading` a walk adds up to, and the registry the rules join
(:func:`polarity_rule`). The rules are in :mod:`cablegram.claims.rules`, the walk in
:mod:`cablegram.claims.polarity`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from cablegram.claims.lexicon import ClaimWords

if TYPE_CHECKING:
    from spacy.tokens import Token

Polarity = Literal["support", "oppose"]
Modality = Literal["asserted", "future", "hypothetical"]


@dataclass(frozen=True, slots=True)
class Step:
    """What one rule makes of one token: a flip, a drop, a modality, with its cue."""

    cue: str
    flip: bool = False
    drop: bool = False
    modality: Modality | None = None
    attitude: bool = False
    # The frame is judged in words the vocabulary cannot read: no claim either way.
    void: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    """A frame's polarity for its actor, with the cues that decided it.

    ``attitude``: an explicit attitude word or negation took part (stronger evidence
    than a bare assertion); ``denial``: the frame is a report the speaker denies.
    """

    polarity: Polarity
    modality: Modality
    cues: tuple[str, ...]
    attitude: bool
    denial: bool = False


Rule = Callable[["Token", "Token", ClaimWords], "Step | None"]
# Rules about a verb's own attitude toward what it governs; they do not reach a verb
# coordinated with it. (A negation, a modal or a subject's ownership does.)
OWN_VERB_RULES: Final = frozenset(
    {
        "against",
        "support",
        "account",
        "off_the_agenda",
        "leaving",
        "named_as",
        "unjudged",
        "consequence",
        "giving_up",
    }
)
RULES: dict[str, Rule] = {}


def polarity_rule(name: str) -> Callable[[Rule], Rule]:
    """Register a rule under ``name``; rules run in registration order at each token."""

    def register(rule: Rule) -> Rule:
        RULES[name] = rule
        return rule

    return register
