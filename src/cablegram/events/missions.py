"""A visitor's mission ended (a type rule registered in
:data:`cablegram.events.kinds.SITE_TYPES`; imported by :mod:`cablegram.events.registered`).

- ``visit-ended`` (round 13, i110): the pattern dictionary reads ending a "mission" as a
  withdrawal (RETREAT, CAMEO 87: "NATO ended its combat mission in Afghanistan"). A person
  ending or concluding a mission ("The United Nations chief, Antonio Guterres, has ended a
  mission in Libya", "the envoy concluded his mission to Damascus") ends a visit: no
  withdrawal, no event. The mission is a person's when the subject is a person's name or an
  office held by one person (:data:`PERSON_OFFICES`), and the mission is no armed one
  ("combat", "military", "peacekeeping", "training" ...); a state's, an alliance's or
  an army's mission ended stays a RETREAT. Narrowed (round 13, f110): a mission owned by a
  state, a body or a country word ("the U.S. mission", "the country's mission", "NATO's
  mission"; :func:`_a_states_mission`) stays a RETREAT whoever ends it, and heads of state
  or government (president, premier, minister, leader, head) are no longer offices whose
  missions are visits.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.tree import lemma

__all__ = ["ARMED_MISSION_WORDS", "PERSON_OFFICES", "visit_ended"]

ENDING_VERBS = frozenset({"end", "conclude", "wrap", "finish", "complete"})
# Offices held by one person, whose missions are visits.
PERSON_OFFICES = frozenset(
    {"chief", "envoy", "secretary-general", "secretary", "ambassador", "mediator",
     "negotiator", "emissary", "representative", "commissioner", "rapporteur", "diplomat"}
)  # fmt: skip
ARMED_MISSION_WORDS = frozenset(
    {"combat", "military", "peacekeeping", "training", "naval", "air", "bombing", "rescue",
     "security", "police", "monitoring", "observer", "stabilisation", "stabilization"}
)  # fmt: skip


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _a_person(subject: Token) -> bool:
    """A person's name, an office held by one person, or such a noun with a name in
    apposition ("The United Nations chief, Antonio Guterres")."""
    if subject.ent_type_ == "PERSON" or lemma(subject) in PERSON_OFFICES:
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children)


STATE_OWNER_WORDS = frozenset({"country", "nation", "state", "government", "army", "alliance"})
STATE_ENTS = frozenset({"GPE", "NORP", "ORG"})


def _a_states_mission(mission: Token) -> bool:
    """A mission owned or named by a state, a body or a country word."""
    return any(
        c.dep_ in ("poss", "compound", "amod", "nmod")
        and (c.ent_type_ in STATE_ENTS or lemma(c) in STATE_OWNER_WORDS)
        for c in mission.children
    )


def visit_ended(site: Site, event_type: str) -> bool:
    """Whether the site is a person's mission ended (see the module's doc)."""
    verb = site.trigger
    if event_type != "RETREAT" or verb.pos_ != "VERB" or lemma(verb) not in ENDING_VERBS:
        return False
    missions = [c for c in verb.children if c.dep_ == "dobj" and lemma(c) == "mission"]
    if (
        not missions
        or any(lemma(m) in ARMED_MISSION_WORDS for mission in missions for m in mission.children)
        or any(_a_states_mission(m) for m in missions)
    ):
        return False
    subject = _subject(verb)
    return subject is not None and _a_person(subject)


@SITE_TYPES.rule("visit-ended")
def _visit_ended(site: Site, event_type: str) -> str | None:
    return "" if visit_ended(site, event_type) else None
