"""Per-event confidence: the measured share right of events found the same way.

The figure estimates the probability that a careful reader calls the event right (type,
an act the article says happened, source and target). It starts from the measured
precision of the event's type and modality on full-length news articles, and moves it by
how the event was found compared with the commonest way (the rule names of the
:mod:`cablegram.events.rules` registries):

- ``TYPE_COUNTS``: the share right of each PLOVER type among 239 events coded from 30
  full-length 2016 news articles and judged one by one by an independent tester (three trial
  rounds), shrunk towards the overall share (0.69) by five pseudo-events, so that a type
  seen a few times is not trusted on little evidence;
- ``MODALITY_RATIO``: the share right of each modality over the overall share (asserted
  0.75, reported 0.54, hypothetical 0.60, future 0.75 on 8 events, so taken as 1.0):
  an event told inside someone's statement is wrong almost twice as often as one the
  article asserts;
- the way the type was found, relative to the commonest path (a bare verb lemma with its
  own subject and a target, which gets the measured figure itself): a phrase pattern with
  conditions ("send troops") beats a bare lemma ("attack"), a verb a noun, a pattern a
  demand read off "must", no retyping a retyping (refusal, intention);
- the arguments: a source that is the trigger's own subject or agent beats one found up the
  clause chain or through a pronoun; no source, or no target, costs more.

Read ``--min-confidence 0.8`` as "types and paths that were right at least four times in
five on real text": on the trials, ACCUSE, CONSULT, AID, MOBILIZE, CONCEDE and RETREAT
asserted, found the common way or better. The path factors are not measured separately (too
few events per path) and only order events within a type and modality.
"""

from __future__ import annotations

from typing import Final

from cablegram.events.patterns import Pattern

# Overall share right of the judged events the tables below come from.
OVERALL: Final = 0.69
# (right, judged) per type on the trials' full-length articles (see the module docstring).
TYPE_COUNTS: Final = {
    "ACCUSE": (17, 21),
    "AGREE": (17, 27),
    "AID": (4, 5),
    "ASSAULT": (31, 45),
    "COERCE": (9, 13),
    "CONCEDE": (4, 5),
    "CONSULT": (17, 22),
    "COOPERATE": (2, 3),
    "MOBILIZE": (4, 5),
    "PROTEST": (3, 5),
    "REJECT": (15, 21),
    "REQUEST": (20, 28),
    "RETREAT": (3, 4),
    "SANCTION": (11, 16),
    "SUPPORT": (3, 5),
    "THREATEN": (6, 14),
}
# Pseudo-events at the overall share added to each type's count.
PRIOR_WEIGHT: Final = 5.0


def type_precision(event_type: str) -> float:
    """The measured share right of a type, shrunk towards :data:`OVERALL`."""
    right, judged = TYPE_COUNTS.get(event_type, (0, 0))
    return (right + PRIOR_WEIGHT * OVERALL) / (judged + PRIOR_WEIGHT)


MODALITY_RATIO: Final = {"asserted": 1.09, "reported": 0.78, "future": 1.0, "hypothetical": 0.87}
TRIGGER_RULE: Final = {
    "pattern": 1.0,
    "speech-must": 0.85,
    "speech-noun-must": 0.8,
    "quoted-demand": 0.8,
}
RETYPE: Final = {
    None: 1.0,
    "refusal": 0.95,
    "ultimatum": 0.9,
    "conditional-threat": 0.8,
    "intent-to-cooperate": 0.9,
    "intent-to-harm": 0.9,
}
SOURCE: Final = {"direct": 1.0, "indirect": 0.9, "none": 0.6}
# The path factor of the commonest way an event is found (a bare verb lemma, its own subject,
# a target): it gets the measured precision of its type and modality; surer paths (a phrase
# pattern) a little more, weaker ones less.
COMMON_PATH: Final = 0.92


def type_factor(rule: str, pattern: Pattern, noun: bool, retype: str | None) -> float:
    """How surely the type was found, relative to the best path (1.0): trigger rule, pattern
    conditions, part of speech, retyping."""
    base = TRIGGER_RULE.get(rule, 0.75)
    base *= 1.0 if pattern.specificity > 0 else 0.92
    if noun:
        base *= 0.92
    return base * RETYPE.get(retype, 0.85)


def confidence(
    rule: str,
    pattern: Pattern,
    noun: bool,
    retype: str | None,
    modality: str,
    source_how: str,
    has_target: bool,
    event_type: str | None = None,
) -> float:
    """The event's confidence in [0, 0.99], rounded to two decimals: the measured precision
    of ``event_type`` (the pattern's type when not given) and ``modality``, times how its path
    compares with the commonest one (see the module docstring)."""
    value = type_precision(event_type or pattern.event_type)
    value *= MODALITY_RATIO.get(modality, MODALITY_RATIO["hypothetical"])
    path = type_factor(rule, pattern, noun, retype)
    path *= SOURCE.get(source_how, 0.9)
    path *= 1.0 if has_target else 0.95
    value *= path / COMMON_PATH
    return round(max(0.0, min(0.99, value)), 2)
