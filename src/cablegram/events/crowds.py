"""Crowds that protest, placed in the state where they protest (issue 11; round 14, i133
widens what was ``crowd_in_place`` of :mod:`cablegram.events.phrase_groups`).

PLOVER codes a demonstration's source as the protesters' country (the place's country, or
their nationality), a civilian sector. Rule ``crowd-place``, read by
:func:`cablegram.events.arguments.source_actors` for PROTEST triggers only:

- a crowd that no phrase places (counted people the lookup names nobody for, "tens of
  thousands of people took to the streets"; or a group tied to no state with sector CVL,
  "protesters", "demonstrators") is a civilian group of the one state named where the clause
  takes place: "took to the streets of Lima" (PER), "marched through central Nairobi" (KEN),
  "gathered outside parliament in Tbilisi" (GEO), "demonstrated at a jail in the capital";
- no place, or places of two states, leave the crowd as it was (a placeless group, or no
  source for bare "people"): precision first. Forces, envoys and reporters (``ABROAD``) are
  often foreign where they stand and are never placed;
- narrowed (round 14, f133): a crowd named by its people ("thousands of Kurds demonstrated in
  Berlin", "Kurdish protesters rallied in Vienna", "hundreds of Tamils protested in London":
  a nationality, ethnic or proper name in the crowd's phrase) is not the place's; nor is a
  town written with the state or province it lies in ("rallied in Jordan, Minnesota": a
  US town, not Jordan), whose country the subdivision gives (``state_names``).

Shape: ``crowd_place(trigger, subject, found, ctx) -> actors or []``; the placed crowd is the
subject phrase's group (:func:`cablegram.events.phrases.people_of`) with sector ``CVL``.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from cablegram.actors.base import key
from cablegram.actors.codes import code_for
from cablegram.events.phrase_groups import ABROAD
from cablegram.events.phrases import Context, people_of, placeless
from cablegram.events.tree import noun_phrase
from cablegram.gazetteer.subdivisions import state_names
from cablegram.records import Actor

__all__ = ["crowd_place"]

# Prepositions of where a crowd protests: "in Lima", "outside parliament", "through central
# Nairobi", "across the capital", "to the streets of Seoul", "at a jail".
PLACE_PREPS = frozenset(
    {"in", "inside", "outside", "at", "through", "across", "throughout", "to", "into", "onto",
     "near", "around", "along"}
)  # fmt: skip
# Inner prepositions that carry the place on from the first object: "the streets of Seoul",
# "a jail in the capital".
INNER_PREPS = frozenset({"of", "in"})


def _place_objects(trigger: Token) -> list[Token]:
    """The objects of place prepositions on the trigger (or its object), with their inner
    "of"/"in" objects."""
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    out: list[Token] = []
    for holder in holders:
        preps = [c for c in holder.children if c.dep_ in ("prep", "advmod")]
        for prep in preps + [c for p in preps for c in p.conjuncts]:  # "in Paris and in Rome"
            if prep.lower_ not in PLACE_PREPS:
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                out.extend([obj, *obj.conjuncts])  # "in Paris and Rome"
                out.extend(
                    g
                    for p in obj.children
                    if p.dep_ == "prep" and p.lower_ in INNER_PREPS
                    for g in p.children
                    if g.dep_ == "pobj"
                )
    return out


def _subdivision_countries(place: Token) -> set[str]:
    """The countries of the states or provinces set after a town: "Jordan, Minnesota" ->
    {"USA"}."""
    found = (
        state_names().get(key(noun_phrase(c).text)) for c in place.children if c.dep_ == "appos"
    )
    return {country for country in found if country}


def _place_state(trigger: Token, ctx: Context) -> Actor | None:
    states: dict[str, Actor] = {}
    countries: set[str] = set()
    for place in _place_objects(trigger):
        countries |= _subdivision_countries(place)
        for actor in ctx.actors(noun_phrase(place)):
            if actor.kind == "state" and actor.country:
                states.setdefault(actor.country, actor)
    if len(states) != 1 or not countries <= set(states):
        return None  # none, two, or a town of another state's province
    return next(iter(states.values()))


def _named_people(subject: Token) -> bool:
    """Whether the crowd's phrase names its people: "thousands of Kurds", "Kurdish
    protesters", "hundreds of Tamils" (a NORP entity or a proper noun)."""
    words = [subject, *(g for p in subject.children if p.dep_ == "prep" for g in p.children)]
    return any(
        t.ent_type_ == "NORP" or t.pos_ == "PROPN"
        for w in words
        for t in (w, *(c for c in w.children if c.dep_ in ("amod", "compound")))
    )


def _civilians(actor: Actor) -> Actor:
    role = actor.role or "CVL"
    return dataclasses.replace(actor, role=role, code=code_for("group", actor.country, role))


def crowd_place(trigger: Token, subject: Token, found: list[Actor], ctx: Context) -> list[Actor]:
    """Rule ``crowd-place``: an unplaced crowd (``found`` empty, or one placeless civilian
    group) protesting where one state is named is a civilian group of that state; else []."""
    if found and not (len(found) == 1 and placeless(found[0]) and found[0].role == "CVL"):
        return []
    if subject.pos_ not in ("NOUN", "NUM") or subject.lemma_.lower() in ABROAD:
        return []
    if _named_people(subject):
        return []  # "thousands of Kurds demonstrated in Berlin": not Germans
    state = _place_state(trigger, ctx)
    if state is None:
        return []
    return [_civilians(people_of(subject, state))]
