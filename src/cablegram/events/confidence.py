"""Per-event confidence: how surely the type, modality and arguments were found.

The figure is a product of three factors in [0, 1], each read from which rule found that part
of the event (the rule names of :mod:`cablegram.events.rules` registries). It is a ranking
aid, not a calibrated probability: an analyst filters with ``--min-confidence`` to trade
recall for precision.

- type: a phrase pattern with conditions ("send troops", "impose sanctions") is surer than
  a bare lemma ("attack"); a noun trigger less sure than a verb; a type reached by a
  retyping rule (refusal, intention) or by a fallback trigger rule less sure again;
- modality: asserted and reported surest, future less, hypothetical least;
- arguments: a source that is the trigger's own subject or agent is surer than one found up
  the clause chain, through a modifier or a pronoun; no source or no target costs more.
"""

from __future__ import annotations

from typing import Final

from cablegram.events.patterns import Pattern

TRIGGER_RULE: Final = {
    "pattern": 1.0,
    "speech-must": 0.8,
    "speech-noun-must": 0.75,
    "quoted-demand": 0.75,
}
RETYPE: Final = {
    None: 1.0,
    "refusal": 0.9,
    "ultimatum": 0.85,
    "conditional-threat": 0.75,
    "intent-to-cooperate": 0.85,
    "intent-to-harm": 0.85,
}
MODALITY: Final = {"asserted": 1.0, "reported": 0.95, "future": 0.85, "hypothetical": 0.6}
SOURCE: Final = {"direct": 1.0, "indirect": 0.85, "none": 0.5}


def type_factor(rule: str, pattern: Pattern, noun: bool, retype: str | None) -> float:
    """How surely the type was found: trigger rule, pattern conditions, part of speech."""
    base = TRIGGER_RULE.get(rule, 0.65)
    base *= 0.95 if pattern.specificity > 0 else 0.85
    if noun:
        base *= 0.9
    return base * RETYPE.get(retype, 0.8)


def confidence(
    rule: str,
    pattern: Pattern,
    noun: bool,
    retype: str | None,
    modality: str,
    source_how: str,
    has_target: bool,
) -> float:
    """The event's confidence, rounded to two decimals (see the module docstring)."""
    value = type_factor(rule, pattern, noun, retype)
    value *= MODALITY.get(modality, 0.6)
    value *= SOURCE.get(source_how, 0.85)
    value *= 1.0 if has_target else 0.9
    return round(max(0.0, min(1.0, value)), 2)
