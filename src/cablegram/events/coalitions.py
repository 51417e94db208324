"""Coalitions named by the state that leads them (a phrase part joining ``PHRASE_PARTS`` of
:mod:`cablegram.events.phrases`, after the others):

- ``leading-state``: where the actor lookup places no actor in a phrase of a coalition or of
  what it fields or does ("the Saudi-led coalition", "a U.S.-led coalition air strike",
  "coalition warplanes led by France"), the state named as leading it acts: CAMEO codes an
  act of a coalition under its lead state. Only a coalition, an alliance or a force is so
  led ("a Kurdish-led administration", "a Chinese-led bank" name no doer of force), and only
  a state's name or demonym before "-led" (or after "led by") counts: "a women-led protest",
  "a rebel-led offensive" are left.

And a source fallback (joining ``SOURCE_FALLBACKS`` of :mod:`cablegram.events.owners`, after
its own ``attack-owner``, which reads named owners only):

- ``coalition-act-owner``: a passive of harm with no agent whose "in" act is a led
  coalition's ("twelve civilians were killed in a U.S.-led coalition air strike"): the lead
  state. Not where the harmed are the coalition's own ("a U.S. Marine was killed in a
  U.S.-led coalition raid", "two coalition soldiers were killed in a coalition assault":
  the other side harmed them), nor an act the harm only fell "during" (a raid in which
  either side may have killed).
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.modifiers import modifier_state, state_of_text
from cablegram.events.act_words import ACT_NOUNS
from cablegram.events.modality import Site
from cablegram.events.owners import SOURCE_FALLBACKS
from cablegram.events.phrases import PHRASE_PARTS, Context, resolve
from cablegram.events.tree import agent, is_passive
from cablegram.records import Actor

# Bodies a state leads: the heads a "-led" modifier makes a lead state's.
LED_BODIES = frozenset({"coalition", "alliance", "force", "forces", "mission", "operation"})
# Dependents of a harmed phrase that may name its state ("U.S. Marine", "Saudi pilots").
STATE_MODS = frozenset({"compound", "amod", "nmod", "poss"})


def _hyphen_led(mod: Token) -> Actor | None:
    """ "U.S.-led" (one token) or "Saudi - led" (the state hung on "led"): the state."""
    lower = mod.lower_
    if lower.endswith("-led") and len(lower) > 4:
        name = mod.text[: -len("-led")]
        return state_of_text(name, mod.idx, mod.idx + len(name))
    if lower == "led":
        for kid in mod.children:
            if kid.dep_ in ("npadvmod", "compound", "amod", "nmod") and kid.ent_type_ in (
                "GPE",
                "NORP",
            ):
                return modifier_state(kid)
        before = mod.doc[mod.i - 2] if mod.i >= 2 else None
        if before is not None and mod.doc[mod.i - 1].text == "-" and before.ent_type_:
            return modifier_state(before)
    return None


def _led_by(body: Token) -> Actor | None:
    """ "the coalition led by France": the state the agent phrase names."""
    for acl in body.children:
        if acl.dep_ != "acl" or acl.lower_ != "led":
            continue
        for by in acl.children:
            if by.dep_ != "agent":
                continue
            for obj in by.children:
                if obj.dep_ == "pobj":
                    return modifier_state(obj)
    return None


def _bodies(token: Token) -> list[Token]:
    """The head and its compounds that name a led body ("coalition" in "coalition air
    strikes")."""
    words = [token, *(c for c in token.children if c.dep_ == "compound")]
    return [w for w in words if w.lemma_.lower() in LED_BODIES or w.lower_ in LED_BODIES]


@PHRASE_PARTS.rule("leading-state")
def _leading_state(token: Token, role: str, ctx: Context, depth: int) -> list[Actor]:
    """ "the Saudi-led coalition", "U.S.-led coalition air strikes": the lead state."""
    bodies = _bodies(token)
    if not bodies:
        return []
    for body in bodies:
        by = _led_by(body)
        if by is not None:
            return [by]
    # the "-led" modifier hangs on the body or, in a compound phrase, on the head (also
    # where the body is itself the compound read: "coalition" of "U.S.-led coalition strike")
    holders = {token, *bodies}
    if token.dep_ == "compound":
        holders.add(token.head)
    for holder in sorted(holders, key=lambda t: t.i):
        for mod in holder.children:
            if mod.dep_ in ("amod", "compound", "nummod", "npadvmod", "nmod"):
                state = _hyphen_led(mod)
                if state is not None:
                    return [state]
    return []


@SOURCE_FALLBACKS.rule("coalition-act-owner")
def _coalition_act_owner(trigger: Token, site: Site, ctx: Context, event_type: str) -> list[Actor]:
    """ "killed in a U.S.-led coalition air strike": the state leading the act's coalition."""
    if event_type != "ASSAULT" or trigger.pos_ != "VERB" or not is_passive(trigger):
        return []
    if agent(trigger) is not None:
        return []
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for act in prep.children:
            if act.dep_ == "pobj" and act.lemma_.lower() in ACT_NOUNS:
                found = _leading_state(act, "source", ctx, 0)
                if found and not _own_harmed(trigger, found[0], ctx):
                    return found
    return []


def _own_harmed(trigger: Token, lead: Actor, ctx: Context) -> bool:
    """The harmed (the passive's subject) are the coalition's own: a member of it by word
    ("coalition soldiers") or of the lead state's country ("a U.S. Navy SEAL", "Saudi
    troops"), by the lookup or by a state modifier."""
    for victim in (c for c in trigger.children if c.dep_ == "nsubjpass"):
        words = list(victim.subtree)
        if any(w.lemma_.lower() in LED_BODIES for w in words):
            return True
        countries = {a.country for a in resolve(victim, ctx)}
        for word in words:
            if word.ent_type_ in ("GPE", "NORP") or word.dep_ in STATE_MODS:
                state = modifier_state(word)
                if state is not None:
                    countries.add(state.country)
        if lead.country in countries:
            return True
    return False
