"""Actor filter for the name of a place given after "of": a place, not a party.

Registered in :data:`cablegram.events.junk.JUNK_ACTORS` (imported by
:mod:`cablegram.events.registered`):

- ``named-place``: whatever the lookup reads from the name of a place given after "of"
  ("captured the village of al-Tamura", "shelled the town of Azaz") is dropped, whatever
  kind the lookup gave it; a state or self-governing territory that the actor dictionary
  knows by its own name as a country ("threatened the island of Taiwan", "the island of
  Cyprus") stays a party. A capital read as its state ("the city of Kyiv") is still a place.

Dropping the actor leaves the event without that argument (a source-less event is not
coded), the precision-first reading.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.places import PLACE_NOUNS as SHARED_PLACES
from cablegram.events.act_words import ATTACK_NOUNS
from cablegram.events.filters import NOT_ACTORS
from cablegram.events.junk import JUNK_ACTORS, in_place_phrase
from cablegram.events.patterns import PatternTable
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import Actor

# Nouns of a place whose "of" object is its name.
PLACE_NOUNS = SHARED_PLACES | frozenset(
    {"area", "neighbourhood", "neighborhood", "suburb", "enclave", "governorate", "county"}
)


def known_country(actor: Actor) -> bool:
    """The actor is a state the dictionary knows by this very name as a country ("Taiwan",
    "Hong Kong"), not one read from its capital or a city in it."""
    if actor.kind != "state":
        return False
    text = actor.text.removesuffix("'s").removesuffix("\u2019s").strip()
    if text.lower().startswith("the "):
        text = text[4:]
    entry = load_dictionary().entry(text)
    return entry is not None and entry.kind == "state" and entry.via == "country"


@JUNK_ACTORS.rule("named-place")
def _named_place(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    """Rule ``named-place``: the actor is read from the "of" object of a place noun
    (``PLACE_NOUNS``) and is no country the dictionary knows by that name."""
    if known_country(actor):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return tok.head.head.lemma_.lower() in PLACE_NOUNS  # the name itself as the phrase
    if tok.lemma_.lower() not in PLACE_NOUNS:
        return False
    return any(
        obj.left_edge.idx <= actor.start <= obj.idx  # the name, not a clause on it
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


@JUNK_ACTORS.rule("owner-of-a-place")
def _owner_of_a_place(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    """Rule ``owner-of-a-place``: a person read from the possessor of a place noun ("took
    over Gaddafi's home city of Sirte", "shelled the governor's home town"): a person whose
    town it is is not the party the act is done to, nor its doer. A state owning a place
    ("seized Ukraine's city of Kherson") stays: the act is done to that state."""
    places = PLACE_NOUNS | {"hometown"}
    if actor.kind != "person":
        return False
    if tok.dep_ == "poss":
        return tok.head.lemma_.lower() in places  # the possessor itself, as read by the owner rule
    if tok.lemma_.lower() not in places:
        return False
    return any(c.left_edge.idx <= actor.start <= c.idx for c in tok.children if c.dep_ == "poss")


# Heads of an apposition that call a name a place: "Derna, a town near the border".
APPOSED_PLACES = PLACE_NOUNS | frozenset({"hometown", "stronghold", "outpost", "hub"})


@JUNK_ACTORS.rule("place-in-apposition")
def _place_in_apposition(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    """Rule ``place-in-apposition``: a name that an apposition calls a place ("struck Derna,
    a town near the Egyptian border", "Homs, a city in central Syria"): a place, not a
    party, whatever kind the lookup gave the name. A country the dictionary knows by that
    name ("Taiwan, a self-ruled island") stays, and so does a capital called the capital
    ("Kyiv, the capital"), which may stand for its government."""
    if known_country(actor) or tok.idx > actor.start or actor.start > tok.idx + len(tok.text):
        return False
    return any(c.dep_ == "appos" and c.lemma_.lower() in APPOSED_PLACES for c in tok.children)


# Nouns of a part or side of a place: "the other side of the city", "the edge of town".
SPATIAL_NOUNS = frozenset(
    {"side", "edge", "outskirts", "part", "end", "corner", "heart", "centre", "center",
     "middle", "rest", "north", "south", "east", "west", "outskirt", "fringe", "fringes"}
)  # fmt: skip
# What such a part may be of: a place noun, or words of the land and the street.
PLACE_WORDS = PLACE_NOUNS | frozenset(
    {"border", "river", "road", "street", "square", "capital", "frontier", "country", "camp",
     "hometown", "valley", "coast", "lake", "sea"}
)  # fmt: skip


@NOT_ACTORS.rule("part-of-a-place")
def _part_of_a_place(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """Rule ``part-of-a-place``: a phrase that names part of a place ("met on the other side
    of the city", "gathered at the edge of the camp", "the outskirts of the capital"): where,
    never who. "The Russian side" (a party to talks) has no place after "of", and "the
    Turkish and Greek sides of the island" are named by their people: both stay."""
    if tok.lemma_.lower() not in SPATIAL_NOUNS or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in tok.children):
        return False  # "the Turkish and Greek sides of the island": the parties, by people
    return any(
        obj.lemma_.lower() in PLACE_WORDS or obj.ent_type_ in ("LOC", "FAC")
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


@JUNK_ACTORS.rule("place-of-an-attack")
def _place_of_an_attack(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    """Rule ``place-of-an-attack``: a doer read from the place phrase of an attack noun ("A
    suicide car bombing in the capital Ankara killed 37 people", "an explosion at a Kabul
    market"): where it struck, not who struck. A doer named on the noun ("a PKK attack in
    Ankara") is read from the noun's own modifiers, not the place phrase, and stays."""
    if role != "source":
        return False
    if tok.lemma_.lower() in ATTACK_NOUNS:
        return in_place_phrase(tok, actor)
    # "A bombing in the capital Kabul killed": the parse may cut the place's name off as a
    # second subject, right after the attack noun's place phrase
    return tok.dep_ == "nsubj" and any(
        other.dep_ == "nsubj"
        and other.i < tok.i
        and other.lemma_.lower() in ATTACK_NOUNS
        and other.right_edge.i == tok.left_edge.i - 1
        and any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near") for c in other.children)
        for other in tok.head.children
    )
