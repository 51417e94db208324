"""More parts of an argument phrase that say whose actors it names (see
:mod:`cablegram.events.phrases`, whose ``PHRASE_PARTS`` registry these rules join, after its
own):

- ``apposition``: a name the lookup cannot place, described by an apposition that it can
  ("Toshiro Ikeda, the United Nations relief coordinator, demanded ...");
- ``named-group``: a generic head named by its modifier ("the Hizbollah group", "the Houthi
  movement", "the opposition Rally party");
- ``named-members``: states, countries or members picked out by name ("19 countries,
  including Russia and China, voted against it", "several states such as Chile"): the
  states named act, not a body;
- ``located-in``: a description placed in a state ("opposition groups in Belarus", "student
  unions in Chile"), a group of that state; not forces, envoys, reporters or visitors, who
  are often foreign where they stand (``ABROAD``: "troops in Iraq", "diplomats in Moscow").

And two readings the source finder uses when no phrase part names anyone:
:func:`demonym_state` ("Palestinian protests", "Israeli raids": the state of a noun
trigger's demonym); :mod:`cablegram.events.crowds` places a protesting crowd.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.modifiers import modifier_state
from cablegram.actors.places import STATE_NOUNS
from cablegram.events.phrases import (
    PHRASE_PARTS,
    Context,
    people_of,
    phrase_actors,
    placeless,
    titled_people,
)
from cablegram.events.tree import entity_span, noun_phrase
from cablegram.records import Actor

# Heads that stand for the body their modifier names: "the Hizbollah group".
GENERIC_BODIES = frozenset(
    {
        "group", "movement", "party", "organisation", "organization", "militia", "faction",
        "network", "front", "coalition", "alliance", "union", "association", "body", "wing",
        "outfit", "council", "committee", "bloc", "camp",
    }
)  # fmt: skip
# People often foreign to the place where they stand: "troops in Iraq" are not Iraq's.
ABROAD = frozenset(
    {
        "troop", "soldier", "force", "army", "military", "marine", "peacekeeper", "observer",
        "monitor", "inspector", "diplomat", "envoy", "ambassador", "embassy", "consulate",
        "mission", "delegation", "journalist", "correspondent", "reporter", "tourist",
        "visitor", "expatriate", "foreigner", "national", "citizen", "refugee", "migrant",
        "mercenary", "contingent", "investor", "company", "firm", "worker", "volunteer",
        "adviser", "advisor", "official", "representative", "agency", "office", "staff",
        "team", "base", "fighter", "militant", "guerrilla", "rebel", "hostage", "prisoner",
    }
)  # fmt: skip
# Prepositions that place a description: "groups in Belarus", "people inside Gaza".
PLACE_PREPS = frozenset({"in", "inside", "within"})


@PHRASE_PARTS.rule("apposition")
def _apposition(token: Token, role: str, ctx: Context, depth: int) -> list[Actor]:
    """ "Toshiro Ikeda, the United Nations Emergency Relief Coordinator": what the lookup
    says of the apposition, when the name itself is unknown to it."""
    out: list[Actor] = []
    for appos in token.children:
        if appos.dep_ == "appos" and appos.pos_ in ("NOUN", "PROPN"):
            out.extend(a for a in phrase_actors(appos, role, ctx, depth + 1) if not placeless(a))
    return out


@PHRASE_PARTS.rule("named-group")
def _named_group(token: Token, role: str, ctx: Context, depth: int) -> list[Actor]:
    """ "The pro-Iranian Hizbollah (Party of God) group declared ...": a generic head stands
    for the organisation or armed group its proper-name modifier names."""
    if token.lemma_.lower() not in GENERIC_BODIES:
        return []
    out: list[Actor] = []
    for mod in token.children:
        if mod.dep_ not in ("compound", "nmod") or mod.pos_ != "PROPN":
            continue
        for actor in ctx.actors(entity_span(mod) if mod.ent_type_ else noun_phrase(mod)):
            if actor.kind == "organization" or (actor.kind == "group" and not placeless(actor)):
                out.append(actor)
    return out


# Prepositions that pick members out by name: "countries including Chile", "states like Peru".
NAMING_PREPS = frozenset({"including", "like", "as"})


@PHRASE_PARTS.rule("named-members")
def _named_members(token: Token, role: str, ctx: Context, depth: int) -> list[Actor]:
    """ "19 countries, including Russia and China, voted against it": a plural noun of
    states (``STATE_NOUNS``) is the states it names after "including", "like" or "such as"
    (the preposition's objects and their conjuncts); only states, so "countries including
    some in Africa" names none."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lemma_.lower() not in STATE_NOUNS:
        return []
    out: list[Actor] = []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in NAMING_PREPS:
            continue
        if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for named in (obj, *obj.conjuncts):
                span = entity_span(named) if named.ent_type_ else noun_phrase(named)
                out.extend(a for a in ctx.actors(span) if a.kind == "state" and a not in out)
    return out


@PHRASE_PARTS.rule("located-in")
def _located_in(token: Token, role: str, ctx: Context, depth: int) -> list[Actor]:
    """ "Opposition groups in Belarus called for ...": a description placed in one state
    is a group of that state (not those often abroad: ``ABROAD``)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or lemma in ABROAD:
        return []
    if lemma not in GENERIC_BODIES and lemma not in ctx.table.group_nouns:
        if not titled_people(token):
            return []  # "the latest developments in Syria" are no actors
    states: dict[str, Actor] = {}
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for actor in ctx.actors(noun_phrase(obj)):
                if actor.kind == "state" and actor.country:
                    states.setdefault(actor.country, actor)
    if len(states) != 1:
        return []
    return [people_of(token, next(iter(states.values())))]


def demonym_state(token: Token) -> list[Actor]:
    """ "Palestinian riots", "Iranian threats": a noun trigger's demonym or state name that
    the lookup does not read alone names the state (not "anti-American protests")."""
    if token.ent_type_ not in ("NORP", "GPE"):
        return []
    before = token.doc[max(token.i - 2, 0) : token.i].text.lower()
    if before.endswith(("anti-", "anti", "pro-", "non-")) or token.lower_.startswith("anti"):
        return []
    state = modifier_state(entity_span(token)) or modifier_state(token)
    return [state] if state is not None else []
