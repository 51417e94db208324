"""The PLOVER mode of an event, corrected by what was used.

A pattern gives its trigger a mode ("fired on" is ``firearms``). What the act's object
names may say otherwise: tear gas, water cannon, rubber bullets, stun grenades and pepper
spray are the crowd control of CAMEO 175 ("use tactics of violent repression", ASSAULT in
the CAMEO-to-PLOVER table), not firearms: "police fired tear gas on the convoy" is an
ASSAULT in the ``repression`` mode (the mode the pattern table gives water cannon).

Repression is done to people: water cannon turned on ships, boats or aircraft ("the coast
guard fired water cannon at two Philippine vessels") is force at sea, an ASSAULT in no mode
(PLOVER has no mode for it; ``repression`` would file a clash of coast guards with a police
charge on a crowd).
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


# Craft at which water cannon may be aimed (the head word's lemma): ships and aircraft, not
# the cars of a protest convoy ("fired tear gas on the opposition convoy" is repression).
CRAFT = frozenset(
    {"vessel", "ship", "boat", "trawler", "cutter", "ferry", "tanker", "freighter", "barge",
     "yacht", "dinghy", "craft", "fleet", "flotilla", "warship", "frigate", "destroyer",
     "aircraft", "plane", "helicopter", "drone"}
)  # fmt: skip


def _aimed_at_craft(trigger: Token) -> bool:
    """What the act was aimed at ("at/on/against/toward X", or the object of "sprayed X
    with water cannon", "hit X") is a craft, not people."""
    aimed: list[Token] = []
    # "used water cannon against two vessels" may hang the preposition on the munition.
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    for c in (c for h in holders for c in h.children):
        if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "against", "toward", "towards"):
            aimed.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "dobj" and not _crowd_control(c):
            aimed.append(c)
    return any(
        t.lemma_.lower() in CRAFT or any(c.lemma_.lower() in CRAFT for c in t.conjuncts)
        for t in aimed
    )


def used_mode(trigger: Token, mode: str | None) -> str | None:
    """The mode, or ``repression`` when a weapon mode's act used crowd-control munitions
    (its object, or what it was done "with"); no mode when repression was aimed at a craft
    (a ship, a boat, an aircraft)."""
    if mode == REPRESSION:
        return None if _aimed_at_craft(trigger) else mode
    if mode not in WEAPON_MODES:
        return mode
    used = [c for c in trigger.children if c.dep_ == "dobj"]
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            used.extend(c for c in prep.children if c.dep_ == "pobj")
    if not any(_crowd_control(n) for n in used):
        return mode
    return None if _aimed_at_craft(trigger) else REPRESSION
