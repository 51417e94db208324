"""The PLOVER mode of an event, corrected by what was used.

A pattern gives its trigger a mode ("fired on" is ``firearms``). What the act's object
names may say otherwise: tear gas, water cannon, rubber bullets, stun grenades and pepper
spray are the crowd control of CAMEO 175 ("use tactics of violent repression", ASSAULT in
the CAMEO-to-PLOVER table), not firearms: "police fired tear gas on the convoy" is an
ASSAULT in the ``repression`` mode (the mode the pattern table gives water cannon).
"""

from __future__ import annotations

from spacy.tokens import Token

REPRESSION = "repression"
# Modes that name a weapon of war, which crowd-control munitions are not.
WEAPON_MODES = frozenset({"firearms", "military", "explosives"})
# Crowd-control munitions (the head word's lemma, with the words that may go before it).
CROWD_CONTROL = frozenset(
    {("tear", "gas"), ("teargas", ""), ("water", "cannon"), ("rubber", "bullet"),
     ("stun", "grenade"), ("pepper", "spray"), ("pepper", "ball"), ("plastic", "bullet"),
     ("gas", "canister"), ("flash", "bang"), ("baton", "round")}
)  # fmt: skip


def _crowd_control(noun: Token) -> bool:
    before = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    word = noun.lemma_.lower()
    if (word, "") in CROWD_CONTROL:
        return True
    return any((b, word) in CROWD_CONTROL for b in before)


def used_mode(trigger: Token, mode: str | None) -> str | None:
    """The mode, or ``repression`` when a weapon mode's act used crowd-control munitions
    (its object, or what it was done "with")."""
    if mode not in WEAPON_MODES:
        return mode
    used = [c for c in trigger.children if c.dep_ == "dobj"]
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            used.extend(c for c in prep.children if c.dep_ == "pobj")
    return REPRESSION if any(_crowd_control(n) for n in used) else mode
