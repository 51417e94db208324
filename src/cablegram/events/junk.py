"""Argument filters for phrases that are only part of an actor's mention or no actor at all.

Phrase filters (registered in :data:`cablegram.events.filters.NOT_ACTORS`; imported by
:mod:`~cablegram.events.arguments` so that they register):

- ``title-fragment``: a bare title or its abbreviation cut off from the name it precedes
  ("said Cmdr. Gary Ross" read with "Cmdr" as the subject; "Brig" of "Brig. Gen. X");
- ``unowned-instrument``: a weapon that is the subject of the act ("Bombs killed nearly 150
  people", "Rockets hit the port"): it names what did the harm, not who; only an owner
  named on it ("Russian bombs", "Israel's missiles", "Hamas rockets") says who acted;
- ``act-at-a-place``: an act named by its city ("the Kabul bombing").

Actor filters (registered in :data:`JUNK_ACTORS`, run by :func:`junk_actor` on each actor
the lookup reads from a source or target phrase): ``place-in-object``, ``title-only``,
``member-of-body`` ("a NATO member which shot down": not NATO), ``name-fragment``,
``unplaced-modifier-person``.

Phrase rewrites and helpers: ``opponent-not-state`` (:func:`not_the_state`): an
opposition, rebel or militant body is never the state that places it; ``held-by``
(:func:`held_by`): who holds the thing acted on.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.tokens import Token

from cablegram.actors.codes import code_for
from cablegram.events.act_words import ACT_NOUNS, INNER_PLACE_PREPS
from cablegram.events.filters import NOT_ACTORS, capitals
from cablegram.events.patterns import PatternTable
from cablegram.events.tree import lemma
from cablegram.records import Actor, stable_id
from cablegram.rules import Registry
from cablegram.statements.context import NAME_TITLES

# A rule that rules out one actor the lookup read from an argument phrase: (the phrase's
# head, the actor, "source" or "target", the event type) -> True to drop the actor.
ActorFilter = Callable[[Token, Actor, str, str], bool]
JUNK_ACTORS: Registry[ActorFilter] = Registry("actor filters")


def junk_actor(tok: Token, actor: Actor, role: str, event_type: str) -> str | None:
    """The name of the first registered actor filter that drops ``actor``, read from the
    phrase headed by ``tok`` as the event's ``role``; None when none does."""
    for rule in JUNK_ACTORS:
        if rule.fn(tok, actor, role, event_type):
            return rule.name
    return None


# Titles written before a name (shared with the statement stage's abbreviations).
TITLE_WORDS = NAME_TITLES
# Weapons and blasts that may be the subject of an attack verb.
INSTRUMENT_NOUNS = frozenset(
    {"bomb", "bombs", "rocket", "rockets", "missile", "missiles", "shell", "shells", "mortar",
     "mortars", "explosion", "explosions", "blast", "blasts", "grenade", "grenades", "mine",
     "mines", "bullet", "bullets", "shrapnel", "explosive", "explosives", "jet", "jets",
     "warplane", "warplanes", "drone", "drones", "helicopter", "helicopters", "aircraft"}
)  # fmt: skip
# Acts a weapon may be said to do.
HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
# Entity labels of a modifier that names the owner of an instrument ("Russian bombs",
# "Hamas rockets"); a proper-noun modifier is left to the actor lookup, which drops a name
# it does not know ("Katyusha rockets"); a city ("Kabul rockets") is where, not whose.
OWNER_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


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
        or (
            c.dep_ in ("amod", "compound", "nmod")
            and any(
                (t.ent_type_ in OWNER_ENTS or t.pos_ == "PROPN") and t.lower_ not in capitals()
                for t in c.subtree  # "Saudi-led jets": the owner inside the modifier
            )
        )
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
     "militias", "guerrilla", "guerrillas", "jihadist", "jihadists", "terror", "terrorist",
     "terrorists", "extremist", "extremists"}
)  # fmt: skip
# "terror", "terrorist", "extremist" (round 13, i110): "Somalia's al-Shabab terror group"
# is no act of Somalia's.
# The Taliban are left out: since August 2021 "Afghanistan's Taliban government" is the
# state's de facto government, not a body against it.
# Heads of a phrase that names a body of people ("Syria's main opposition group", "Syrian
# militia fighters"); an act ("anti-militant offensive") or a thing is no body.
BODY_NOUNS = frozenset(
    {"group", "groups", "force", "forces", "fighter", "fighters", "movement", "movements",
     "coalition", "alliance", "front", "faction", "factions", "organisation", "organization",
     "army", "unit", "units", "leader", "leaders", "figure", "figures", "party", "council",
     "member", "members", "commander", "commanders", "activist", "activists", "cell", "cells"}
)  # fmt: skip
# Prefixes by which a word stands against what it names: "anti-militant", "counter-insurgent".
AGAINST_PREFIXES = ("anti", "counter")


# Words of a body against its government by politics, not arms.
OPPOSITION_WORDS = frozenset({"opposition", "dissident", "dissidents", "exile", "exiles"})


def opposes_its_state(head: Token) -> bool:
    """The phrase headed by ``head`` names a body against a state ("Syria's opposition
    coalition", "Lebanese militant groups"): the head is an opponent word, or a body noun
    (:data:`BODY_NOUNS`) with an opponent modifier; a modifier written with "anti-" or
    "counter-" ("Pakistan's anti-militant offensive") stands against the opponents."""
    if head.lower_ in OPPONENT_WORDS:
        return True
    if head.lower_ not in BODY_NOUNS:
        return False
    return any(
        c.dep_ in ("compound", "amod") and c.lower_ in OPPONENT_WORDS and not _against_word(c)
        for c in head.children
    )


def _against_word(word: Token) -> bool:
    """ "anti-militant", "counter-insurgent": the word carries a prefix of opposing, in one
    token or split by the tokenizer around a hyphen."""
    if word.lower_.startswith(AGAINST_PREFIXES):
        return True
    doc = word.doc
    before = [doc[i].lower_ for i in range(max(word.i - 2, 0), word.i)]
    return len(before) == 2 and before[1] == "-" and before[0] in AGAINST_PREFIXES


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


@JUNK_ACTORS.rule("place-in-object")
def _place_in_object(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    """A target read from a place phrase inside the object (not a preposition's own object,
    which is the place aimed at: "fired at Israel")."""
    return role == "target" and tok.dep_ != "pobj" and in_place_phrase(tok, actor)


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


# Nouns of an office or body that a person or state owns: "the Prime Minister's Office".
OFFICE_NOUNS = frozenset(
    {"office", "ministry", "bureau", "department", "secretariat", "chancellery", "cabinet",
     "presidency", "directorate", "agency", "commission", "embassy", "consulate", "staff"}
)  # fmt: skip


def _mention_tokens(tok: Token, actor: Actor) -> list[Token]:
    """The tokens of ``tok``'s document inside the actor's mention (by character offsets);
    none when the actor stands for no one place (``start`` of -1)."""
    return [t for t in tok.doc if actor.start <= t.idx < actor.end] if actor.start >= 0 else []


@JUNK_ACTORS.rule("title-only")
def _title_only(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    """A target whose whole mention is a title (sources are screened after pronouns are
    resolved, in :func:`~cablegram.events.arguments.source_actors`)."""
    return role == "target" and title_only(actor)


# Nouns of one member of a body: "a NATO member", "an EU member state", "a NATO ally".
MEMBER_NOUNS = frozenset({"member", "ally", "signatory", "partner"})


@JUNK_ACTORS.rule("member-of-body")
def _member_of_body(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    """ "Turkey, a NATO member which shot down a Russian jet", "an EU member state vetoed
    the plan": one member of a body is not the body; the organisation named on a singular
    member noun is what it belongs to, never the doer or the one acted on (plural members,
    "EU member states including Greece", are left to the phrase rules that name them)."""
    member = lemma(tok) in MEMBER_NOUNS or any(
        c.dep_ == "compound" and lemma(c) in MEMBER_NOUNS for c in tok.children
    )
    if actor.kind not in ("organization", "group") or not member or tok.tag_ != "NN":
        return False  # "EU member states including Greece and Cyprus" name their members
    words = _mention_tokens(tok, actor)
    return bool(words) and all(_modifies(w, tok) for w in words)


def _modifies(word: Token, head: Token) -> bool:
    """Whether ``word`` sits in a modifier before ``head`` ("EU" in "an EU member state"),
    by compound, nominal or adjectival links only (not "states including Greece")."""
    while word.i != head.i:
        if (
            word.dep_ not in ("compound", "nmod", "amod")
            or word.i > head.i
            or word.head.i == word.i
        ):
            return False
        word = word.head
    return True


@JUNK_ACTORS.rule("name-fragment")
def _name_fragment(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    return fragment_of_name(tok, actor)


def fragment_of_name(tok: Token, actor: Actor) -> bool:
    """Rule ``name-fragment``: the actor is read from a piece of a longer name ("the Prime
    Minister's Office" read as a person "Office"; "a Doctors Without Borders hospital" read
    as "Doctors"): a person or group whose mention stops before a capitalised linking word
    of the same name ("Without", "Of"), or a person read from an office noun
    (:data:`OFFICE_NOUNS`) that a name owns ("Yemen's Alimi" is a person, and stays)."""
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
    # "the Prime Minister's Office" named "Office": a person named by the head of an office
    # that a name owns; "Yemen's Alimi" is a person, not an office
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    return (
        actor.kind == "person"
        and tok.lemma_.lower() in OFFICE_NOUNS
        and owner is not None
        and owner.pos_ == "PROPN"
    )


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


# Acts whose noun may carry the name of what is moved: "the Iskander deployment".
MOVED_TYPES = frozenset({"MOBILIZE"})


@JUNK_ACTORS.rule("unplaced-modifier-person")
def _unplaced_modifier(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    return role == "source" and unplaced_modifier_person(tok, actor, event_type)


def unplaced_modifier_person(tok: Token, actor: Actor, event_type: str = "") -> bool:
    """Rule ``unplaced-modifier-person``: a name on a noun act read as a person with no
    country ("the Thaad deployment", "the Patriot deployment"): in a deployment it is most
    often the thing moved, not its doer; in any act, a name the lookup does not know (its
    name is only the mention's own text) is no person. "The Rutte visit" (a known person,
    named "Mark Rutte") and "the Obama deployment" (a placed person) stay."""
    if not (
        tok.dep_ in ("compound", "nmod")
        and tok.head.pos_ == "NOUN"
        and actor.kind == "person"
        and not actor.country
    ):
        return False
    return event_type in MOVED_TYPES or actor.name == actor.text
