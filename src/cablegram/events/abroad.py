"""A group's country when the text places its act in another state.

Rule ``group-acting-abroad`` (applied by :func:`cablegram.events.arguments.source_actors`):
a non-state group whose country the lookup took from its bare name ("Taliban militants" read
as Afghan), acting in a place the sentence names as another state ("stormed a university in
northwestern Pakistan"), keeps no country: the text does not tie the group to the state the
dictionary guesses for the name (the Pakistani Taliban act in Pakistan), and the place of
the act is where, not whose. A mention that names its own state ("Afghan Taliban", "Syria's
rebels") keeps it, and so does a state's own arm (government, army, police, intelligence).
When unsure, no country: the precision-first reading.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from cablegram.actors.dictionary import load_dictionary
from cablegram.events.phrases import Context
from cablegram.records import Actor

# Roles of a state's own arms, whose country is the state's wherever they act.
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})
# Prepositions that place an act in a state: "in Pakistan", "inside Syria".
IN_PREPS = frozenset({"in", "inside"})


def _act_places(trigger: Token) -> list[Token]:
    """The objects of "in"/"inside" on the trigger or on its direct object ("stormed a
    university in Pakistan", "attacked in Pakistan")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    return [
        obj
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in IN_PREPS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _names_own_state(trigger: Token, actor: Actor) -> bool:
    """The mention itself carries a word the dictionary knows as the group's state ("Afghan
    Taliban", "Pakistan's Taliban"), not only the group's own name."""
    if actor.start < 0:
        return True  # no mention to read: keep what the lookup said
    words = [t for t in trigger.doc if actor.start <= t.idx < actor.end]
    for word in words:
        entry = load_dictionary().entry(word.text)
        if entry is not None and entry.kind == "state" and entry.country == actor.country:
            return True
    return False


def abroad_states(trigger: Token, actor: Actor, ctx: Context) -> set[str]:
    """The states other than the group's own in which the sentence places its act."""
    out: set[str] = set()
    for place in _act_places(trigger):
        span = trigger.doc[place.left_edge.i : place.right_edge.i + 1]
        for found in ctx.actors(span):
            if found.kind == "state" and found.country and found.country != actor.country:
                out.add(found.country)
    return out


def unplaced_abroad(trigger: Token, actors: list[Actor], ctx: Context) -> list[Actor]:
    """Rule ``group-acting-abroad``: the actors, each group acting in another state named
    in the sentence, whose mention names no state of its own, without a country."""
    out: list[Actor] = []
    for actor in actors:
        if (
            actor.kind == "group"
            and actor.country
            and actor.role not in STATE_ROLES
            and not _names_own_state(trigger, actor)
            and abroad_states(trigger, actor, ctx)
        ):
            actor = dataclasses.replace(actor, country=None, code=None)
        out.append(actor)
    return out
