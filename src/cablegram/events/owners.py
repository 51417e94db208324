"""Whose act a trigger tells of, where its own subject names no one: the owner of the noun
or of the forces. Each is a small named rule in ``SOURCE_FALLBACKS``, tried in order by the
coder only when the argument finder found no source; the first that finds actors wins:

- ``nested-owner``: a name modifying a modifier of a noun measure, a SANCTION or COERCE
  ("U.S. trade and arms embargoes": the United States);
- ``counted-act``: a noun trigger counted by another noun ("an array of sanctions", "a new
  round of talks", "a package of aid"), whose light verb or owner acts as for the counting
  noun ("Biden has orchestrated an array of sanctions");
- ``pact-parties``: the parties of a pact whose signing is told ("the Russia-Turkey
  memorandum signed yesterday": Russia and Turkey; "the deal signed by X and Y");
- ``forces-owner``: forces moved by a passive with no agent ("4,000 German soldiers are to be
  stationed in Lithuania", "eighty UN peacekeepers were shipped out"): the state or body they
  belong to;
- ``held-between``: a meeting held in the passive ("talks between X and Y were held"): the
  parties "between" names;
- ``visitor``: a visit "of X" ("the first visit of Imran Khan to Sri Lanka"), or one during
  which the subject spoke ("Pistorius said during a visit to Vilnius"): the traveller;
- ``forces-of``: a noun of moving forces with the forces as its "of" object ("the first
  deployment of NATO peacekeeping troops", "the withdrawal of Russian forces"): their owner.

This module also registers a target rule (``experiencer``, after those of
:mod:`cablegram.events.targets`): the subject of a verb that undergoes a noun event ("Cuba
has faced U.S. embargoes", "Russia suffered sanctions") is its target. And a type rule
(``troops-to-alliance``, after those of :mod:`cablegram.events.kinds`): forces provided or
contributed to an alliance or a multinational force ("will provide the NATO military alliance
with 35,000 troops") are military cooperation, COOPERATE (CAMEO 062), not a deployment into
another state.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from cablegram.events.act_words import ACT_NOUNS
from cablegram.events.arguments import source_actors
from cablegram.events.filters import capitals
from cablegram.events.junk import place_modifiers
from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.mutual import between_parties
from cablegram.events.phrase_groups import demonym_state
from cablegram.events.phrases import Context, phrase_actors, placeless
from cablegram.events.shapes import forces_phrase, signed_pact, stationed_forces
from cablegram.events.subjects import noun_sources
from cablegram.events.targets import TARGET_RULES
from cablegram.events.tree import agent, child, entity_span, is_passive
from cablegram.records import Actor
from cablegram.rules import Registry

SourceFallback = Callable[[Token, Site, Context, str], list[Actor]]
SOURCE_FALLBACKS: Registry[SourceFallback] = Registry("source fallbacks")

# Entity labels of a name that may own a noun event.
OWNER_ENTS = frozenset({"GPE", "NORP", "ORG"})
# Types of a measure one imposes, whose noun a nested name owns ("U.S. trade embargoes");
# not a state of affairs ("the U.S. intelligence community consensus").
MEASURES = frozenset({"SANCTION", "COERCE"})
# Nouns that count or collect acts: "an array of sanctions", "a round of talks".
COUNTING_NOUNS = frozenset(
    {"array", "series", "raft", "package", "round", "wave", "set", "slew", "host", "battery",
     "range", "string", "flurry", "barrage", "spate", "batch", "volley", "number", "list",
     "suite", "tranche", "layer", "web", "cascade", "salvo"}
)  # fmt: skip
# Verbs whose subject undergoes the noun event that is their object.
EXPERIENCER_VERBS = frozenset(
    {"face", "suffer", "endure", "weather", "withstand", "undergo", "survive", "absorb"}
)
# Verbs of being or coming under a measure: "has been under a U.S. embargo since 1962".
UNDER_VERBS = frozenset({"be", "remain", "stay", "come", "fall", "live", "suffer"})
# Verbs by which an owner moves its own forces, whatever the type ("eighty UN peacekeepers
# were shipped out": the UN withdrew them, CAMEO 1661), and nouns of moving forces.
OWN_MOVES = frozenset({"ship", "pull", "withdraw", "evacuate", "redeploy", "recall"})
FORCE_MOVES = frozenset(
    {"deployment", "withdrawal", "pullout", "pullback", "redeployment", "drawdown", "arrival"}
)
# Nouns of a journey to someone: the traveller is the one who consults.
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "journey"})
# Recipients that make forces provided to them military cooperation.
ALLIANCE_NOUNS = frozenset(
    {"alliance", "coalition", "force", "mission", "operation", "bloc", "command", "pact"}
)
PROVIDE_VERBS = frozenset(
    {"provide", "supply", "furnish", "contribute", "commit", "pledge", "offer", "send"}
)


def _bodies(actors: list[Actor]) -> list[Actor]:
    """States and organisations, and groups placed in a state."""
    return [a for a in actors if a.kind in ("state", "organization") or not placeless(a)]


@SOURCE_FALLBACKS.rule("nested-owner")
def _nested_owner(trigger: Token, site: Site, ctx: Context, event_type: str) -> list[Actor]:
    if trigger.pos_ not in ("NOUN", "PROPN") or event_type not in MEASURES:
        return []
    out: list[Actor] = []
    for mod in trigger.children:
        if mod.dep_ not in ("compound", "nmod", "amod") or mod.ent_type_:
            continue
        for owner in [*mod.children, *(g for c in mod.conjuncts for g in c.children)]:
            if owner.dep_ in ("compound", "amod", "nmod") and owner.ent_type_ in OWNER_ENTS:
                out.extend(a for a in ctx.actors(entity_span(owner)) if a not in out)
    return _bodies(out)


@SOURCE_FALLBACKS.rule("counted-act")
def _counted_act(trigger: Token, site: Site, ctx: Context, event_type: str) -> list[Actor]:
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj":
        return []
    prep = trigger.head
    counter = prep.head
    if prep.lower_ != "of" or counter.lemma_.lower() not in COUNTING_NOUNS:
        return []
    actors, _ = source_actors(counter, site.chain, site.statement, ctx, event_type)
    return actors


@SOURCE_FALLBACKS.rule("forces-owner")
def _forces_owner(trigger: Token, site: Site, ctx: Context, event_type: str) -> list[Actor]:
    own_move = event_type in ("MOBILIZE", "RETREAT") or trigger.lemma_.lower() in OWN_MOVES
    if not own_move or not is_passive(trigger):
        return []
    if agent(trigger) is not None:
        return []
    forces = stationed_forces(trigger) or child(trigger, "nsubjpass")
    if not forces_phrase(forces):
        return []
    assert forces is not None
    return _bodies(phrase_actors(forces, "source", ctx))


@SOURCE_FALLBACKS.rule("pact-parties")
def _pact_parties(trigger: Token, site: Site, ctx: Context, event_type: str) -> list[Actor]:
    """ "the Russia-Turkey memorandum signed yesterday", "the deal signed by X and Y"."""
    pact = signed_pact(trigger)
    if pact is None:
        return []
    by = agent(trigger)
    if by is not None:
        return _bodies(phrase_actors(by, "source", ctx))
    out: list[Actor] = []
    for mod in pact.children:
        named = bool(mod.ent_type_) or mod.pos_ == "PROPN"
        if mod.dep_ == "poss" or (mod.dep_ in ("compound", "nmod", "amod") and named):
            for tok in (mod, *(c for c in mod.children if c.dep_ in ("compound", "nmod"))):
                out.extend(a for a in ctx.actors(entity_span(tok)) if a not in out)
    return _bodies(out)


@SOURCE_FALLBACKS.rule("forces-of")
def _forces_of(trigger: Token, site: Site, ctx: Context, event_type: str) -> list[Actor]:
    """ "the first deployment of NATO peacekeeping troops", "the withdrawal of Russian
    forces": the owner of the forces a noun of moving forces names."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in FORCE_MOVES:
        return []
    if event_type not in ("MOBILIZE", "RETREAT", "AID", "SANCTION"):
        return []  # retyped ("had not seen the withdrawal of Russian forces"): no one's act
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for forces in prep.children:
                if forces.dep_ == "pobj" and forces_phrase(forces):
                    return _bodies(phrase_actors(forces, "source", ctx))
    return []


@SOURCE_FALLBACKS.rule("held-between")
def _held_between(trigger: Token, site: Site, ctx: Context, event_type: str) -> list[Actor]:
    """ "Talks between X and Y were held on Monday": the parties of a meeting told by a
    passive with no agent."""
    if not is_passive(trigger) or agent(trigger) is not None:
        return []
    held = child(trigger, "nsubjpass")
    return between_parties(held, ctx) if held is not None else []


@SOURCE_FALLBACKS.rule("visitor")
def _visitor(trigger: Token, site: Site, ctx: Context, event_type: str) -> list[Actor]:
    """ "the first visit of Imran Khan to Sri Lanka": the visitor; "X said during a visit
    to Vilnius": the one who spoke during it."""
    if event_type != "CONSULT" or trigger.lemma_.lower() not in VISIT_NOUNS:
        return []
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for person in prep.children:
                if person.dep_ == "pobj" and person.ent_type_ in ("PERSON", "GPE", "NORP"):
                    actors = phrase_actors(person, "source", ctx)
                    return _bodies(actors) or [a for a in actors if a.kind == "person"]
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ in ("during", "on") and head.head.pos_ == "VERB":
        subject = child(head.head, "nsubj")
        if subject is not None and subject.pos_ != "PRON":
            return phrase_actors(subject, "source", ctx)
    return []


@SOURCE_FALLBACKS.rule("attack-owner")
def _attack_owner(trigger: Token, site: Site, ctx: Context, event_type: str) -> list[Actor]:
    """ "Two soldiers were killed in a PKK attack", "wounded in an armed attack by Kurdish
    militants", "killed in an Israeli air strike": a passive of harm with no agent, whose
    "in" act names who did it."""
    if event_type != "ASSAULT" or trigger.pos_ != "VERB" or not is_passive(trigger):
        return []
    if agent(trigger) is not None:
        return []
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for act in prep.children:
            if act.dep_ != "pobj" or act.lemma_.lower() not in ACT_NOUNS:
                continue
            places = place_modifiers(act)
            for found in noun_sources(act, ctx.table):
                toks = found if isinstance(found, list) else [found]
                out: list[Actor] = []
                for tok in toks:
                    if tok not in places and tok.lower_ not in capitals():
                        out.extend(phrase_actors(tok, "source", ctx) or demonym_state(tok))
                named = [a for a in out if not placeless(a)]
                if named:
                    return named
    return []


def fallback_sources(
    trigger: Token, site: Site, ctx: Context, event_type: str
) -> tuple[list[Actor], str]:
    """(sources, how) from the first fallback rule that finds actors; ([], "none") if none."""
    for rule in SOURCE_FALLBACKS:
        found = rule.fn(trigger, site, ctx, event_type)
        if found:
            return found, "indirect"
    return [], "none"


@TARGET_RULES.rule("experiencer")
def _experiencer(trigger: Token) -> list[Token]:
    """ "Cuba has faced U.S. embargoes", "Cuba has been under a U.S. embargo": who undergoes
    a noun event is its target."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in EXPERIENCER_VERBS:
        verb = trigger.head
    elif (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ == "under"
        and trigger.head.head.lemma_.lower() in UNDER_VERBS
    ):
        verb = trigger.head.head
    else:
        return []
    subject = child(verb, "nsubj")
    return [subject] if subject is not None else []


def _recipient_is_alliance(tok: Token) -> bool:
    if tok.lemma_.lower() in ALLIANCE_NOUNS or tok.ent_type_ == "ORG":
        return True
    return any(c.dep_ == "compound" and c.ent_type_ == "ORG" for c in tok.children)


@SITE_TYPES.rule("troops-to-alliance")
def _troops_to_alliance(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "MOBILIZE" or trigger.lemma_.lower() not in PROVIDE_VERBS:
        return None
    # "provide the alliance with troops": the object receives; "provide troops to X": "to".
    with_forces = any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children)
    recipients = [c for c in trigger.children if c.dep_ == "dobj" and with_forces]
    for prep in trigger.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
            recipients.extend(c for c in prep.children if c.dep_ == "pobj")
    if any(_recipient_is_alliance(r) for r in recipients):
        return "COOPERATE"
    return None
