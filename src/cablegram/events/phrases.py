"""What actors an argument phrase of an event names.

The caller's actor lookup says what a noun phrase names. Where it names no actor, or only a
description that belongs to no state or organisation ("foreign ministers", "activists"), the
phrase's parts may say whose the actors are. Each part is a small named rule in
``PHRASE_PARTS``, tried in order, given the phrase's head token, the role (``"source"`` or
``"target"``) and the coder's context; the first that finds actors wins:

- ``counted-group``: the "of" object of a counting or collective noun ("thousands of Iraqi
  Kurds", "a group of Moroccan diplomats");
- ``affiliation``: the organisation people belong to ("activists from the Fatah party",
  "leaders of the opposition coalition", "workers affiliated with the union", "militants
  loyal to the government");
- ``possessor``: the owner of a description ("their forces", in what Bosnian Serbs said,
  are the Bosnian Serbs' forces);
- ``modifier-organisation`` and ``modifier-state`` (in
  :mod:`~cablegram.events.modifier_parts`): an organisation, or a state's demonym or name,
  modifying the head ("U.N. helicopters", "Israeli tanks", "sanctions on five Russian banks").

A group named with several states of origin ("soldiers from India and China") is one actor
per state; an ethnic group acting in a state is of that state ("ethnic Albanians demonstrated
in Serbia"). A description that the lookup placed in no state keeps its own identity where a
part names only the state it belongs to ("Radical French farmers": farmers, of France).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from cablegram.actors.codes import code_for
from cablegram.events.patterns import PatternTable
from cablegram.events.tree import noun_phrase
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import Actor, Document, Statement, stable_id
from cablegram.rules import Registry

ActorLookup = Callable[[Span], Sequence[Actor]]

# Entity labels of a modifier that may stand for the actor of its phrase ("Israeli tanks").
MODIFIER_ENTS = frozenset({"NORP", "GPE", "ORG"})
# How people hang on the organisation they belong to: "leaders of", "activists from",
# "workers affiliated with", "militants loyal to", "forces allied to".
AFFILIATION_PREPS = frozenset({"of", "from"})
AFFILIATION_WORDS = frozenset(
    {"affiliated", "linked", "loyal", "allied", "belonging", "attached", "aligned", "tied"}
)
# People who follow a person: "supporters of President X" are of X's state.
FOLLOWERS = frozenset({"supporter", "follower", "loyalist", "backer", "partisan", "aide"})
# Nouns of a relation between states: "NATO ally Lithuania" is Lithuania.
RELATION_NOUNS = frozenset(
    {"ally", "neighbour", "neighbor", "partner", "member", "rival", "adversary", "foe"}
)
# What a state fields, whose acts are the state's own ("Israeli tanks shelled ..."); other
# heads with a state's demonym are people of that state ("Algerian landowners").
ARMS = frozenset(
    {
        "tank", "aircraft", "warplane", "jet", "fighter", "drone", "helicopter", "gunship",
        "artillery", "missile", "rocket", "warship", "ship", "vessel", "submarine", "boat",
        "bulldozer", "plane", "bomber", "convoy", "battery", "navy", "frigate", "destroyer",
    }
)  # fmt: skip


@dataclass(slots=True)
class Context:
    """What the argument finder needs besides the parse: the document and the lookups."""

    parsed: Doc
    document: Document
    actors: ActorLookup
    statements: Sequence[Statement]
    table: PatternTable


PartRule = Callable[[Token, str, Context, int], list[Actor]]
PHRASE_PARTS: Registry[PartRule] = Registry("phrase parts")


def resolve(token: Token, ctx: Context) -> list[Actor]:
    """What the lookup says the phrase headed by ``token`` names."""
    return list(ctx.actors(noun_phrase(token)))


def placeless(actor: Actor) -> bool:
    """A description the lookup tied to no state and no known body ("foreign ministers")."""
    return actor.kind == "group" and not actor.country and (actor.code or "") in ("", "IGO", "NGO")


def phrase_actors(token: Token, role: str, ctx: Context, depth: int = 0) -> list[Actor]:
    """The actors a source or target phrase names, its parts consulted where the phrase as a
    whole names none or only placeless descriptions."""
    named = _related_by_name(token, ctx)
    if named:
        return named
    actors = resolve(token, ctx)
    if token.lemma_.lower() in FOLLOWERS:
        # "Supporters of President Zelaya" are not Zelaya: a person named after the head is
        # whom they follow (the affiliation part below places them).
        end = token.idx + len(token.text)
        actors = [a for a in actors if not (a.kind == "person" and a.start >= end)]
    if token.pos_ == "PRON" or depth > 2:
        return actors
    if actors and not all(placeless(a) for a in actors):
        return _ethnic_where(token, _split_by_origin(token, actors, ctx), ctx)
    for rule in PHRASE_PARTS:
        found = rule.fn(token, role, ctx, depth)
        if found:
            return _unique(_placed(actors, found))
    return actors


def _related_by_name(token: Token, ctx: Context) -> list[Actor]:
    """ "NATO ally Lithuania", "its neighbour Kenya", "EU members Rome and Athens": a relation
    noun whose apposition names the states is those states, not the body the relation is
    to."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in RELATION_NOUNS:
        return []
    named = [c for c in token.children if c.dep_ == "appos"]
    if token.i + 1 < len(token.doc):
        # "EU members Rome and Athens said": parsed as two subjects of the verb, side by side.
        after = token.doc[token.i + 1]
        if after.head == token.head != token and after.dep_ == token.dep_ == "nsubj":
            named.append(after)
    for appos in named:
        if appos.pos_ == "PROPN":
            found = [a for a in ctx.actors(noun_phrase(appos)) if a.kind == "state"]
            if found:
                return found
    return []


def _split_by_origin(token: Token, actors: list[Actor], ctx: Context) -> list[Actor]:
    """ "Soldiers from India and China clashed": one group named with several states of
    origin is one actor per state (each credited, as "French and German officials" is)."""
    if len(actors) != 1 or actors[0].kind != "group":
        return actors
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in AFFILIATION_PREPS:
            continue
        for obj in _objects(prep):
            states = [a for a in ctx.actors(noun_phrase(obj)) if a.kind == "state" and a.country]
            first: dict[str, Actor] = {}
            for state in states:
                first.setdefault(state.country or "", state)
            if len(first) > 1:
                return [_of_state(actors[0], state) for state in first.values()]
    return actors


def _ethnic_where(token: Token, actors: list[Actor], ctx: Context) -> list[Actor]:
    """ "Ethnic Albanians demonstrated in Serbia": an ethnic group acting in a state is a
    group of that state, not of the state its name comes from (as "Albanians in Serbia")."""
    counted = [
        o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in _objects(p)
    ]
    people = counted[0] if counted else token  # "thousands of ethnic Hungarians"
    ethnic = next((c for c in people.children if c.dep_ == "amod" and c.lower_ == "ethnic"), None)
    if ethnic is None or len(actors) != 1 or actors[0].kind != "group":
        return actors
    subject = token
    while subject.dep_ in ("pobj", "prep") and subject.head != subject:
        subject = subject.head  # "thousands of [ethnic Hungarians]" acts as the subject
    if not subject.dep_.startswith("nsubj"):
        return actors
    for prep in subject.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "inside", "across"):
            continue
        for obj in _objects(prep):
            states = [a for a in ctx.actors(noun_phrase(obj)) if a.kind == "state" and a.country]
            if len(states) == 1 and states[0].country != actors[0].country:
                named = token.doc[ethnic.i : people.i + 1].text
                return [_of_state(actors[0], states[0], f"{named} in {states[0].name}")]
    return actors


def _of_state(group: Actor, state: Actor, name: str = "") -> Actor:
    """ "Soldiers" of India: the group's share from one state, an actor of its own."""
    name = name or f"{group.name} of {state.name}"
    return dataclasses.replace(
        group,
        name=name,
        country=state.country,
        code=code_for(group.kind, state.country, group.role),
        actor_id=stable_id(group.kind, name.lower(), state.country or ""),
    )


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: dict[tuple[str, str | None], Actor] = {}
    for actor in actors:
        seen.setdefault((actor.name, actor.country), actor)
    return list(seen.values())


def _placed(described: list[Actor], found: list[Actor]) -> list[Actor]:
    """A placeless description keeps its identity when the part names only its state."""
    if len(described) == 1 and len(found) == 1 and found[0].kind == "state":
        actor = described[0]
        country = found[0].country
        return [
            dataclasses.replace(
                actor, country=country, code=code_for(actor.kind, country, actor.role)
            )
        ]
    return found


def _objects(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


@PHRASE_PARTS.rule("counted-group")
def _counted_group(token: Token, role: str, ctx: Context, depth: int) -> list[Actor]:
    """ "thousands of Iraqi Kurds", "a group of Moroccan diplomats": the counted ones act."""
    if not (token.lemma_.lower() in ctx.table.group_nouns or token.like_num or token.pos_ == "NUM"):
        return []
    out: list[Actor] = []
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in _objects(prep):
                out.extend(phrase_actors(obj, role, ctx, depth + 1))
    return out


def _body(actors: list[Actor]) -> list[Actor]:
    """The organisations and states among what an affiliation names (not persons: the
    supporters of a leader are not that leader)."""
    return [
        a
        for a in actors
        if a.kind in ("organization", "state") or (a.kind == "group" and a.country)
    ]


@PHRASE_PARTS.rule("affiliation")
def _affiliation(token: Token, role: str, ctx: Context, depth: int) -> list[Actor]:
    """ "activists from the Fatah party", "workers affiliated with the union", "militants
    loyal to the government": the body the people belong to."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in AFFILIATION_PREPS]
    for word in token.children:
        if word.dep_ in ("acl", "amod") and word.lower_ in AFFILIATION_WORDS:
            preps.extend(c for c in word.children if c.dep_ == "prep")
    followers = token.lemma_.lower() in FOLLOWERS
    for prep in preps:
        for obj in _objects(prep):
            named = phrase_actors(obj, role, ctx, depth + 1)
            found = _body(named)
            if found:
                return found
            leader = next((a for a in named if a.kind == "person" and a.country), None)
            if leader is not None and (followers or prep.head.lower_ in AFFILIATION_WORDS):
                # "Militants loyal to Iraq's al-Qaeda frontman", "supporters of President X":
                # a leader's followers are not the leader, but people of the leader's state.
                return [people_of(token, leader)]
    return []


def _speaker_above(token: Token, ctx: Context) -> Token | None:
    """The subject of the verb of saying whose complement holds ``token``."""
    node = token
    for _ in range(12):
        head = node.head
        if head == node:
            return None
        if node.dep_ == "ccomp" and head.lemma_.lower() in ctx.table.speech_verbs:
            return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        node = head
    return None


@PHRASE_PARTS.rule("possessor")
def _possessor(token: Token, role: str, ctx: Context, depth: int) -> list[Actor]:
    """ "Bosnian Serbs said their forces had withdrawn": a possessive pronoun that the lookup
    reads as the description itself is the speaker's; a named possessor is itself."""
    poss = next((c for c in token.children if c.dep_ == "poss"), None)
    if poss is None:
        return []
    if poss.pos_ != "PRON":
        return _body(phrase_actors(poss, role, ctx, depth + 1))
    if poss.lower_ not in ("their", "its", "our"):
        return []
    speaker = _speaker_above(token, ctx)
    if speaker is None or speaker.pos_ == "PRON":
        return []
    return _body(phrase_actors(speaker, role, ctx, depth + 1))


def titled_people(token: Token) -> bool:
    """The head, with its compounds, is a title of people ("border guards", "soldiers")."""
    dictionary = load_dictionary()
    start = token.i
    while (
        start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head == token
    ):
        start -= 1
    return any(
        dictionary.title(token.doc[i : token.i + 1].text) is not None
        for i in range(start, token.i + 1)
    )


def possessed_thing(token: Token) -> bool:
    """A common noun owned by someone that is neither people nor arms: "Sudan's efforts",
    "Iran's programme". It can be acted on, but is asked to do nothing itself."""
    return (
        token.pos_ == "NOUN"
        and any(c.dep_ == "poss" for c in token.children)
        and token.lemma_.lower() not in ARMS
        and not titled_people(token)
    )


def people_of(token: Token, state: Actor) -> Actor:
    """A group named by its phrase ("Algerian landowners"), of the modifier's state."""
    phrase = noun_phrase(token)
    named = phrase[1:] if len(phrase) > 1 and phrase[0].dep_ == "det" else phrase
    name = named.text
    return Actor(
        name=name,
        kind="group",
        text=phrase.text,
        country=state.country,
        start=phrase.start_char,
        end=phrase.end_char,
        actor_id=stable_id("group", name.lower(), state.country or ""),
        code=code_for("group", state.country, None),
    )


# The modifier rules come after the rules above, in this order (they register on import).
from cablegram.events import modifier_parts  # noqa: E402

__all__ = ["modifier_parts"]
