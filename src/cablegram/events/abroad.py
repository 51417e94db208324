"""A group's country when its name is shared by a movement of the state it acts in.

Rule ``group-acting-abroad`` (applied by :func:`cablegram.events.arguments.source_actors`):
a non-state group whose name the dictionary also gives, after another state's adjective, to
that state's own movement (``organizations.csv``: "Taliban" is the Afghan movement, and
"Pakistani Taliban" an alias of Tehrik-i-Taliban Pakistan), doing an act in a place
(ASSAULT, COERCE) in that other state ("Taliban militants stormed a university in
northwestern Pakistan"), keeps no country: the bare name does not say which of the two
movements acted. The fact is read from the dictionary's aliases (:func:`shared_names`), not
from a list in code. Every other group keeps its country wherever it acts (Houthis attacking
in Saudi Arabia are Yemeni), and so does any group meeting, talking or signing abroad (the
Taliban signing in Qatar). A mention that names its own state ("Afghan Taliban") keeps it,
and so does a state's own arm (government, army, police, intelligence).
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from spacy.tokens import Token

from cablegram.events.act_words import IN_PREPS
from cablegram.events.phrases import Context
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import Actor

# Roles of a state's own arms, whose country is the state's wherever they act.
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})
# Event types of acts done in a place (an attack, a raid, a seizure): where they happen can
# be where the group lives. A meeting or an agreement abroad says nothing of the group's home.
PLACED_ACTS = frozenset({"ASSAULT", "COERCE"})


@lru_cache(maxsize=1)
def shared_names() -> dict[str, frozenset[str]]:
    """Group names (lower-cased canonical names) -> the other states whose own movement the
    dictionary names by that state's adjective and the same name ("taliban" -> {"PAK"}, from
    the alias "Pakistani Taliban" of Tehrik-i-Taliban Pakistan)."""
    book = load_dictionary()
    out: dict[str, set[str]] = {}
    for phrase, entry in book.phrases.items():
        first, _, rest = phrase.partition(" ")
        if not rest or entry.kind != "group" or entry.country is None:
            continue
        state = book.entry(first)
        named = book.phrases.get(rest)
        if (
            state is not None
            and state.kind == "state"
            and state.country == entry.country
            and named is not None
            and named.kind == "group"
            and named.country not in (None, entry.country)
            and named.role not in STATE_ROLES
        ):
            out.setdefault(named.name.lower(), set()).add(entry.country)
    return {name: frozenset(states) for name, states in out.items()}


def _shared_states(actor: Actor) -> frozenset[str]:
    """The other states sharing the name of the group the actor's name holds ("Taliban
    militants" holds "Taliban": {"PAK"}); empty when it holds no such name."""
    shared = shared_names()
    book = load_dictionary()
    words = actor.name.split()
    out: frozenset[str] = frozenset()
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            entry = book.entry(" ".join(words[i:j]))
            if entry is not None and entry.kind == "group":
                out |= shared.get(entry.name.lower(), frozenset())
    return out


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


def unplaced_abroad(
    trigger: Token, actors: list[Actor], ctx: Context, event_type: str
) -> list[Actor]:
    """Rule ``group-acting-abroad``: the actors, each group whose name another state's
    movement shares (:func:`shared_names`), doing a placed act (``PLACED_ACTS``) in that
    state, whose mention names no state of its own, without a country."""
    if event_type not in PLACED_ACTS:
        return actors
    out: list[Actor] = []
    for actor in actors:
        others = _shared_states(actor) if actor.kind == "group" else frozenset()
        if (
            others
            and actor.kind == "group"
            and actor.country
            and actor.role not in STATE_ROLES
            and not _names_own_state(trigger, actor)
            and others & abroad_states(trigger, actor, ctx)
        ):
            actor = dataclasses.replace(actor, country=None, code=None)
        out.append(actor)
    return out
