"""Launches planned or announced at no one (a type rule registered in
:data:`cablegram.events.kinds.SITE_TYPES`; imported by :mod:`cablegram.events.registered`).

- ``planned-launch`` (round 13, i110): a launch of a missile, rocket or satellite that a
  party plans, prepares, schedules or says it will make, aimed at no one ("North Korea plans
  to launch a long-range rocket in April", "Iran will launch a satellite next year"), is an
  intention to test or to reach space, not a threat of force: no THREATEN. Aimed at a place
  or party ("plans to fire missiles at Guam", "will launch rockets into Israel"), told with
  killing or wounding, or under a word of threat ("threatened to launch a missile", "warned
  it would fire rockets") it stays a THREATEN. A launched attack or offensive ("plans to
  launch an offensive") is no launch of a missile and is left to the other rules. A launch
  made on a condition ("will launch missiles if the United States attacks", "unless the
  drills stop": an "if"/"unless" clause on the trigger) is a threat whatever its wording, and
  stays a THREATEN (round 13, f110).

The missile words, aimed prepositions and violence words are those of
:mod:`cablegram.events.armed` (its ``weapon-test`` rule reads launches told as done).
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.armed import LAUNCH_VERBS, MISSILES, aimed, launch_objects, violent_sentence
from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.tree import lemma

__all__ = ["THREAT_WORDS", "planned_launch"]

# Words that make an intended act a threat, wherever they govern it.
THREAT_WORDS = frozenset(
    {"threaten", "threat", "warn", "warning", "vow", "ultimatum", "menace", "retaliate",
     "retaliation", "revenge", "response", "respond"}
)  # fmt: skip


def _threat_told(site: Site) -> bool:
    """A word of threat governs the launch ("threatened to launch", "warned it would fire")
    or stands in its clause ("in response to the drills")."""
    near: list[Token] = [g.token for g in site.chain] + list(site.tokens)
    near += list(site.trigger.subtree)
    return any(lemma(t) in THREAT_WORDS or t.lower_ in THREAT_WORDS for t in near)


CONDITION_MARKS = frozenset({"if", "unless"})
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _conditional(trigger: Token) -> bool:
    """An "if"/"unless" clause on the launch whose subject is a party or a pronoun standing
    for one ("will fire rockets if the United States attacks", "if it is attacked"); a
    condition of weather or readiness ("if the weather allows") makes no threat."""
    for clause in trigger.children:
        if clause.dep_ != "advcl" or not any(
            m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children
        ):
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.ent_type_ in PARTY_ENTS or s.pos_ == "PRON" for s in subjects):
            return True
    return False


def planned_launch(site: Site, event_type: str) -> bool:
    """Whether the site is an intended launch of a missile, rocket or satellite aimed at no
    one, with no threat told (see the module's doc)."""
    trigger = site.trigger
    if event_type != "THREATEN" or trigger.pos_ != "VERB" or lemma(trigger) not in LAUNCH_VERBS:
        return False
    if not any(lemma(o) in MISSILES for o in launch_objects(trigger)):
        return False
    return not (
        aimed(trigger) or violent_sentence(trigger) or _threat_told(site) or _conditional(trigger)
    )


@SITE_TYPES.rule("planned-launch")
def _planned_launch(site: Site, event_type: str) -> str | None:
    return "" if planned_launch(site, event_type) else None
