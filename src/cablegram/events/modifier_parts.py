"""Phrase parts read from a head's named modifiers (joining ``PHRASE_PARTS`` of
:mod:`cablegram.events.phrases`, after its own rules):

- ``modifier-organisation``: an organisation modifying the head ("U.N. helicopters",
  "European Community foreign ministers"); not on a relation noun of members ("NATO allies
  Paris and Madrid", "EU members": the members are not the body);
- ``modifier-state``: a state's demonym or name modifying the head names the state for what
  it fields (``ARMS``: "Israeli tanks", "Turkish warplanes") and a group of that state for
  other heads ("Algerian landowners"); as a target the state, only on heads that name
  people, organisations or their property (``STATE_HELD``: "sanctions on five Russian banks",
  not "a Russian-brokered deal").
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.allegiance import of_allegiance
from cablegram.actors.modifiers import modifier_state
from cablegram.events.phrases import (
    ARMS,
    MODIFIER_ENTS,
    PHRASE_PARTS,
    Context,
    people_of,
    titled_people,
)
from cablegram.events.tree import entity_span
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import Actor

# Heads whose state modifier names the target of an act done to them: people, organisations
# and what they own or field ("sanctions on five Russian banks", "shelled Syrian positions").
STATE_HELD = frozenset(
    {
        "bank", "company", "firm", "business", "corporation", "conglomerate", "enterprise",
        "entity", "lender", "exporter", "importer", "producer", "manufacturer", "airline",
        "insurer", "fund", "institution", "organisation", "organization", "agency", "group",
        "party", "network", "individual", "person", "people", "national", "citizen",
        "vessel", "ship", "tanker", "boat", "trawler", "cutter", "ferry", "aircraft", "plane",
        "jet", "drone", "warplane",
        "helicopter", "convoy", "position", "base", "outpost", "embassy", "consulate", "post",
        "unit", "tank", "refinery", "facility", "interest", "asset", "good", "product",
    }
)  # fmt: skip


def _modifiers(token: Token) -> list[Token]:
    """The named modifiers of the head and of its unnamed compounds ("Israeli army
    bulldozers"), with their conjuncts ("the Turkish and Greek sides"); never a word of
    allegiance ("pro-Russian separatists", "Iranian-backed rebels": whom they side with)."""
    near = [token, *(c for c in token.children if c.dep_ == "compound" and not c.ent_type_)]
    mods = [
        c
        for t in near
        for c in t.children
        if c.dep_ in ("amod", "compound", "nmod")
        and c.ent_type_ in MODIFIER_ENTS
        and not (c.text == "-" or of_allegiance(c))  # rule ``allegiance-modifier``
    ]
    for mod in list(mods):
        mods.extend(c for c in mod.conjuncts if c not in mods and c.ent_type_)
    return mods


@PHRASE_PARTS.rule("modifier-organisation")
def _modifier_organisation(token: Token, role: str, ctx: Context, depth: int) -> list[Actor]:
    """ "U.N. helicopters", "European Community foreign ministers": the body named before."""
    out: list[Actor] = []
    for mod in _modifiers(token):
        if mod.ent_type_ == "ORG":
            out.extend(
                a for a in ctx.actors(entity_span(mod)) if a.kind in ("organization", "group")
            )
    return out


@PHRASE_PARTS.rule("modifier-state")
def _modifier_state(token: Token, role: str, ctx: Context, depth: int) -> list[Actor]:
    """ "Israeli tanks shelled ...", "sanctions on five Russian banks": the state of the
    demonym or country name (as a target, only on heads in ``STATE_HELD`` or titles of
    people: "Chinese border guards"). Persons and offices are the lookup's to place."""
    dictionary = load_dictionary()
    title = dictionary.title(token.text)
    if role == "target" and token.lemma_.lower() not in STATE_HELD and not titled_people(token):
        return []
    if token.ent_type_ == "PERSON" or (title is not None and title.kind == "person"):
        return []  # a person or an office: the lookup places those ("the British envoy")
    out: list[Actor] = []
    for mod in _modifiers(token):
        found = [a for a in ctx.actors(entity_span(mod)) if a.kind == "state"]
        if not found:
            state = modifier_state(entity_span(mod)) or modifier_state(mod)
            found = [state] if state is not None else []
        out.extend(found)
    untitled = token.lemma_.lower() not in ARMS and not titled_people(token)
    if role == "source" and len(out) == 1 and untitled:
        # "Palestinian prisoners rioted": people of the state, not the state itself (titles
        # of people, "Egyptian students", the lookup places as groups of their own).
        return [people_of(token, out[0])]
    return out
