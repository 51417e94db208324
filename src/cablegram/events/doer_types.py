"""Types read from who does an act (used by :mod:`cablegram.events.coder`; moved out of
:mod:`cablegram.events.retype` in round 13, f110, to keep that module under ~400 lines).

- :func:`spoken_protest`: a state or official body protesting complains in words (PROTEST
  becomes a spoken complaint).
- :func:`armed_attack`: armed men "attacking" a place act, not accuse (ACCUSE becomes
  ASSAULT).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from cablegram.actors.places import PLACE_NOUNS
from cablegram.events.forces import ARMED_NOUNS
from cablegram.records import Actor

__all__ = ["SPEAKING_ROLES", "armed_attack", "spoken_protest"]


# Roles of bodies that complain in words, not in the street (an official, a ministry, an
# international or non-governmental organisation, a court, a newspaper).
SPEAKING_ROLES = frozenset({"GOV", "IGO", "NGO", "JUD", "MED", "LEG", "MIL"})


def spoken_protest(trigger: Token, sources: Sequence[Actor]) -> bool:
    """ "China protested the arms sale", "the minister protested that ...", "protested to the
    embassy": a state, an official body or a government's office-holder protesting, anyone
    protesting that something is so, or to someone, complains in words,
    which PLOVER codes ACCUSE ("complain officially"); a crowd, students or workers
    protesting demonstrate (PROTEST).
    Read on the verb "protest" only, from its complement or its source actors."""
    if trigger.lemma_.lower() != "protest" or trigger.pos_ != "VERB":
        return False
    if any(c.dep_ == "ccomp" for c in trigger.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children):
        return True  # "protested to the embassy": a complaint is made to someone
    # A person alone may be marching ("supporters ..., who have been protesting"): only a
    # state, a body or an office-holder of a government speaks for certain.
    return bool(sources) and all(
        a.kind == "state"
        or (a.kind in ("organization", "group") and a.role in SPEAKING_ROLES)
        or (a.kind == "person" and a.role == "GOV" and a.title is not None)
        for a in sources
    )


# Verbs that tell words against someone, or force on them, as the doer says.
ATTACK_VERBS = frozenset({"attack", "assail"})
# Where words are told: "attacked the minister in a speech", "in an open letter".
SPOKEN_MEDIA = frozenset(
    {
        "speech",
        "statement",
        "letter",
        "interview",
        "remark",
        "address",
        "article",
        "op-ed",
        "column",
        "editorial",
        "tweet",
        "post",
        "video",
        "message",
        "broadcast",
        "sermon",
    }
)
# Prepositions of criticism: "attacked him over the policy", "for his record", "as a puppet".
CRITICISM_PREPS = frozenset({"over", "for", "as"})


def armed_attack(trigger: Token, sources: Sequence[Actor]) -> bool:
    """Rule ``armed-attacker``: "militants attacked the governor", "Taliban fighters attacked
    Karzai": armed men (the subject's head noun one of
    :data:`~cablegram.events.forces.ARMED_NOUNS`) attacking a named person (a PERSON entity
    as object) use force on them (ASSAULT), not words. Read on :data:`ATTACK_VERBS` only, and
    never when the attack is told as words: a medium ("in a televised speech", "in an open
    letter": :data:`SPOKEN_MEDIA`) or a ground of criticism ("over the policy", "as a
    puppet": :data:`CRITICISM_PREPS`). A place named by a person's name ("attacked the town
    of Palmyra", the name tagged PERSON) is attacked the same way. An armed body's leader or
    spokesman attacking a person ("the army chief attacked the president") and anyone
    attacking a thing ("the military attacked the budget") stay an ACCUSE."""
    del sources  # the rule reads the words, not the roles: a general's words are words
    if trigger.lemma_.lower() not in ATTACK_VERBS or trigger.pos_ != "VERB":
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in ARMED_NOUNS:
        return False
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lemma_.lower() in PLACE_NOUNS:
        # "troops attacked the town of Palmyra", the place's name read as a person's
        obj = next((o for p in obj.children if p.lower_ == "of" for o in p.children), None)
    if obj is None or obj.ent_type_ != "PERSON":
        return False
    for prep in trigger.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in CRITICISM_PREPS:
            return False
        if any(c.dep_ == "pobj" and c.lemma_.lower() in SPOKEN_MEDIA for c in prep.children):
            return False
    return True
