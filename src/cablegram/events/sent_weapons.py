"""Type rule ``weapons-sent-at`` (registered in :data:`cablegram.events.kinds.SITE_TYPES`;
imported by :mod:`cablegram.events.registered` so that it registers).

"Iran retaliated, sending a swarm of drones at Israel", "fired back by dispatching missiles
against the base": weapons sent AT someone are an attack, ASSAULT (CAMEO 19x), not the
military AID that sending drones TO an ally is ("the U.S. sent drones to Ukraine"). The
verb's own object (or the noun an "of" counts: "a swarm of drones", "a barrage of rockets")
must be a weapon, and a preposition of aim ("at", "against", "toward", "into") must hang on
the verb or on the thing sent. Sending troops, aid or weapons "to" someone is left as it was.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.armed import MISSILES
from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.tree import lemma

# Verbs of sending that carry AID ("sent drones to Kyiv") and, with a weapon aimed, attack.
SEND_VERBS = frozenset({"send", "dispatch", "hurl", "unleash"})
# Weapons that are sent to strike, never to be handed over when aimed "at" someone.
STRIKING_WEAPONS = MISSILES | frozenset(
    {"drone", "bomb", "shell", "mortar", "warplane", "grenade", "munition", "uav"}
)
# Prepositions of aim (not "to": the recipient of aid).
AIM_PREPS = frozenset({"at", "against", "toward", "towards", "into"})
# Nouns that count what is sent: "a swarm of drones", "a barrage of rockets".
COUNT_NOUNS = frozenset({"swarm", "barrage", "salvo", "volley", "wave", "fleet", "dozen"})


def _sent_things(verb: Token) -> list[Token]:
    """The verb's direct objects, and what a counting object counts ("a swarm of drones")."""
    out: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        out.append(obj)
        if lemma(obj) in COUNT_NOUNS:
            out += [o for p in obj.children if p.lower_ == "of" for o in p.children]
    return out


@SITE_TYPES.rule("weapons-sent-at")
def _weapons_sent_at(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "AID" or trigger.pos_ != "VERB" or lemma(trigger) not in SEND_VERBS:
        return None
    sent = _sent_things(trigger)
    if not any(lemma(t) in STRIKING_WEAPONS for t in sent):
        return None
    # the aim hangs on the verb, or (as the parser often has it) on the object sent
    aimed = any(
        c.dep_ == "prep" and c.lower_ in AIM_PREPS for t in (trigger, *sent) for c in t.children
    )
    return "ASSAULT" if aimed else None
