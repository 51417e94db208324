"""Argument filters for phrases that are only part of an actor's mention or no actor at all
(registered in :data:`cablegram.events.filters.NOT_ACTORS`; imported by
:mod:`~cablegram.events.arguments` so that they register):

- ``title-fragment``: a bare title or its abbreviation cut off from the name it precedes
  ("said Cmdr. Gary Ross" read with "Cmdr" as the subject; "Brig" of "Brig. Gen. X");
- ``opponent-not-state`` (:func:`not_the_state`): an opposition, rebel or militant phrase
  is never the state that places it;
- ``place-in-object`` (:func:`in_place_phrase`): a place inside the object phrase;
- ``held-by`` (:func:`held_by`): who holds the thing acted on;
- ``unowned-instrument``: a weapon that is the subject of the act ("Bombs killed nearly 150
  people", "Rockets hit the port"): it names what did the harm, not who; only an owner
  named on it ("Russian bombs", "Israel's missiles") says who acted.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from cablegram.actors.codes import code_for
from cablegram.events.filters import NOT_ACTORS, capitals
from cablegram.events.patterns import PatternTable
from cablegram.records import Actor, stable_id

# Titles written before a name, as the tokenizer leaves them (without the full stop).
TITLE_WORDS = frozenset(
    {"capt", "cmdr", "cdr", "lt", "gen", "col", "maj", "brig", "sgt", "adm", "cpl", "pvt",
     "gov", "sen", "rep", "dr", "mr", "mrs", "ms", "prof", "rev", "amb", "lieut", "cmdt"}
)  # fmt: skip
# Weapons and blasts that may be the subject of an attack verb.
INSTRUMENT_NOUNS = frozenset(
    {"bomb", "bombs", "rocket", "rockets", "missile", "missiles", "shell", "shells", "mortar",
     "mortars", "explosion", "explosions", "blast", "blasts", "grenade", "grenades", "mine",
     "mines", "bullet", "bullets", "shrapnel", "explosive", "explosives"}
)  # fmt: skip
# Acts a weapon may be said to do.
HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
# Entity labels of a modifier that names the owner of an instrument ("Russian bombs").
OWNER_ENTS = frozenset({"NORP", "GPE"})


@NOT_ACTORS.rule("title-fragment")
def _title_fragment(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """A phrase that is only a title, with no name of its own under it."""
    if tok.text.rstrip(".").lower() not in TITLE_WORDS:
        return False
    return not any(c.pos_ == "PROPN" and c.text.rstrip(".").lower() not in TITLE_WORDS
                   for c in tok.subtree if c != tok)  # fmt: skip


@NOT_ACTORS.rule("unowned-instrument")
def _unowned_instrument(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """A weapon as the source, with no owner named on it."""
    if role != "source" or tok.lower_ not in INSTRUMENT_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if event_type not in HARM_TYPES:
        return False  # "Shell agreed to ...": a company, not a shell
    return not any(
        (c.dep_ == "poss" and c.pos_ != "PRON")
        or (c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in OWNER_ENTS)
        for c in tok.children
    )


def title_only(actor: Actor) -> bool:
    """An actor whose whole mention is a title ("Cmdr" of "said Cmdr. Gary Ross", taken as
    a quote's speaker): a fragment of a name, never a source."""
    return actor.text.rstrip(".").strip().lower() in TITLE_WORDS


# Words of a body that stands against the state its phrase names: "Syria's main opposition
# group", "the Yemeni rebel movement".
OPPONENT_WORDS = frozenset(
    {"opposition", "rebel", "rebels", "insurgent", "insurgents", "dissident", "dissidents",
     "exile", "exiles", "separatist", "separatists", "militant", "militants", "militia",
     "militias", "guerrilla", "guerrillas", "jihadist", "jihadists", "taliban"}
)  # fmt: skip


# Words of a body against its government by politics, not arms.
OPPOSITION_WORDS = frozenset({"opposition", "dissident", "dissidents", "exile", "exiles"})


def opposes_its_state(head: Token) -> bool:
    """The phrase headed by ``head`` names a body against a state ("Syria's opposition
    coalition"), by its head or a modifier of it."""
    words = {head.lower_} | {c.lower_ for c in head.children if c.dep_ in ("compound", "amod")}
    return bool(words & OPPONENT_WORDS)


def _owning_words(head: Token) -> set[str]:
    """The words that place a phrase in a state: its possessor and its name or people
    modifiers, with their conjuncts ("Palestinian and Lebanese militant groups")."""
    owners = [c for c in head.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    owners += [c for o in list(owners) for c in o.conjuncts]
    return {t.text for o in owners for t in o.subtree}


def not_the_state(head: Token, actors: list[Actor]) -> list[Actor]:
    """Rule ``opponent-not-state``: an opposition, rebel or militant phrase ("Syria's main
    opposition group", "Lebanese militant groups", "Afghan Taliban") is never the state
    whose name or people word places it: that state, read from the phrase, becomes a group
    of that state named by the phrase (role ``OPP`` for an opposition, else ``REB``)."""
    if not opposes_its_state(head):
        return actors
    owners = _owning_words(head)
    words = {head.lower_} | {c.lower_ for c in head.children if c.dep_ in ("compound", "amod")}
    role = "OPP" if words & OPPOSITION_WORDS else "REB"
    span = head.doc[head.left_edge.i : head.i + 1]
    name = span.text[4:] if span.text.lower().startswith("the ") else span.text
    out: list[Actor] = []
    for actor in actors:
        if actor.kind == "state" and actor.text in owners:
            actor = dataclasses.replace(
                actor,
                kind="group",
                name=name,
                role=role,
                code=code_for("group", actor.country, role),
                actor_id=stable_id("group", name.lower(), actor.country or ""),
            )
        out.append(actor)
    return out


# Prepositions of a place inside an object phrase: "struck a base in Yemen".
INNER_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "outside of"})


# Participles that name who holds a thing: "a camp belonging to the Shabab", "a base run by
# Hezbollah", "positions held by the rebels".
HOLDING_VERBS = frozenset({"belong", "own", "run", "hold", "control", "operate", "use"})


def held_by(thing: Token) -> list[Token]:
    """Rule ``held-by``: who holds the thing an act is done to ("struck a training camp
    belonging to the Shabab"): the target, where the thing itself names no actor."""
    out: list[Token] = []
    for part in thing.children:
        if part.dep_ != "acl" or part.lemma_.lower() not in HOLDING_VERBS:
            continue
        for prep in part.children:
            if (prep.dep_ == "prep" and prep.lower_ == "to") or prep.dep_ == "agent":
                out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def in_place_phrase(tok: Token, actor: Actor) -> bool:
    """Rule ``place-in-object``: the actor is read from a place phrase of the object ("struck
    a base in Yemen", "bombed a hospital in Aleppo"): where the thing is, not whom the act
    is done to."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in INNER_PLACE_PREPS:
            sub = list(prep.subtree)
            start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
            if start <= actor.start < end:
                return True
    return False


def _mention_tokens(tok: Token, actor: Actor) -> list[Token]:
    return [t for t in tok.doc if actor.start <= t.idx < actor.end] if actor.start >= 0 else []


def fragment_of_name(tok: Token, actor: Actor) -> bool:
    """Rule ``name-fragment``: the actor is read from a piece of a longer name ("the Prime
    Minister's Office" read as a person "Office"; "a Doctors Without Borders hospital" read
    as "Doctors"): a person or group whose mention stops before a capitalised linking word
    of the same name ("Without", "Of"), or a person named only by the head of an office
    that a possessor owns."""
    if actor.kind not in ("person", "group"):
        return False
    words = _mention_tokens(tok, actor)
    if not words:
        return False
    last = words[-1]
    if last.i + 1 < len(tok.doc):
        after = tok.doc[last.i + 1]
        if after.tag_ in ("IN", "CC", "DT") and after.is_title and after.i > after.sent.start:
            return True
    # "the Prime Minister's Office" named "Office": a person named by an owned office's head
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    return (
        actor.kind == "person"
        and actor.name == tok.text
        and owner is not None
        and owner.pos_ == "PROPN"
    )


# Nouns of a violent act that may head a source or target phrase ("the Kabul bombing").
ACT_NOUNS = frozenset(
    {"bombing", "attack", "strike", "airstrike", "blast", "shelling", "explosion", "raid",
     "ambush", "assault", "massacre", "bombardment", "siege", "offensive"}
)  # fmt: skip


@NOT_ACTORS.rule("act-at-a-place")
def _act_at_a_place(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """ "The Kabul bombing killed 20 people", "condemned the Aleppo shelling": an act named
    by the city where it happened names no actor (the victim's or the place's state is not
    the doer); a people or possessor on it ("Russian strikes") still may."""
    return bool(place_modifiers(tok))


def place_modifiers(noun: Token) -> list[Token]:
    """The city or place words that name where an act noun's act happened ("the Kabul
    bombing"), when no people word or possessor names who did it ("Moscow's strikes",
    "Russian strikes")."""
    if noun.lemma_.lower() not in ACT_NOUNS:
        return []
    mods = [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod")]
    placed = [m for m in mods if m.lower_ in capitals() or m.ent_type_ in ("LOC", "FAC")]
    owned = any(m.ent_type_ == "NORP" for m in mods) or any(c.dep_ == "poss" for c in noun.children)
    return [] if owned else placed


def unplaced_modifier_person(tok: Token, actor: Actor) -> bool:
    """Rule ``unplaced-modifier-person``: a name on a noun act read as a person with no
    country ("the Thaad deployment", "the Patriot deployment"): most often the thing the
    act moves, not its doer ("the Obama deployment" names a placed person and stays)."""
    return (
        tok.dep_ in ("compound", "nmod")
        and tok.head.pos_ == "NOUN"
        and actor.kind == "person"
        and not actor.country
    )
