"""Blocking rules: the sentence says the act did not happen, so no event is coded.

Each is a small named rule in ``BLOCKERS`` reading a trigger's :class:`Site`; the first that
fires names why nothing was coded:

- ``condition-premise``: "if it is attacked";
- ``speculation``: "could be reluctant to send", "he'd probably agree";
- ``wish-or-failure``: "aims to establish", "is considering a plan to send", "failed to";
- ``demanded-act``: "Russia must withdraw" (the demand is the speaker's REQUEST instead);
- ``question``: "Will Russia withdraw?";
- ``denied-report`` (in :mod:`~cablegram.events.alleged`): "denied reports that it had sent
  troops".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from cablegram.events.modality import (
    CONDITION_MARKS,
    CONTROL_DEPS,
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    Governor,
    Site,
    demand_modal,
    governors,
    inverted_condition,
    is_speculative,
    reported_intent,
)
from cablegram.events.tree import conj_root
from cablegram.events.triggers import match_token
from cablegram.rules import Registry

# Verbs that stop the act named by their object: "banned visits by Lukashenko", "called off
# the talks", "prevented a meeting". What they stop did not happen (the stopping, when it is
# an event, has its own pattern: "suspend talks" is SANCTION).
PREVENT_VERBS = frozenset(
    {"ban", "bar", "prohibit", "forbid", "prevent", "block", "cancel", "postpone", "delay",
     "suspend", "halt", "stop", "avert", "thwart", "foil", "obstruct", "scrap", "outlaw"}
)  # fmt: skip
PREVENT_PHRASALS = frozenset({("call", "off"), ("put", "off"), ("break", "up")})
# What someone declines when declining to speak: "declined to comment" is no refusal.
COMMENT_VERBS = frozenset(
    {"comment", "elaborate", "speculate", "confirm", "say", "disclose", "specify", "discuss",
     "identify", "name", "reveal", "detail", "answer", "respond", "give"}
)  # fmt: skip
# Wishes and expectations whose that-clause is hoped for, not told: "was hoping the
# authorities would accept", "expects that talks will resume".
WISH_CLAUSE_VERBS = frozenset({"hope", "wish", "want", "expect", "pray", "trust"})


Blocker = Callable[[Site], bool]
BLOCKERS: Registry[Blocker] = Registry("blockers")


@BLOCKERS.rule("condition-premise")
def _condition_premise(site: Site) -> bool:
    """ "if it is attacked", "what if I talk", "should Russia attack", "in case Russia
    prefers to invade": the premise of a condition did not happen."""
    if any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
        for tok in site.tokens
        for c in tok.children
    ):
        return True
    if any(inverted_condition(t) for t in site.tokens if t.pos_ in ("VERB", "AUX")):
        return True
    return any(
        g.via == "acl" and g.token.lower_ == "case" and g.token.head.lower_ == "in"
        for g in site.chain
    )


@BLOCKERS.rule("speculation")
def _speculation(site: Site) -> bool:
    """ "could be reluctant to send", "he'd probably agree": what might happen."""
    return is_speculative(site.mood_carriers()) and not reported_intent(site)


@BLOCKERS.rule("wish-or-failure")
def _wish(site: Site) -> bool:
    """ "aims to establish", "is considering a plan to send", "failed to commit": under a
    wish, a consideration or a failure nothing was done."""
    idle = site.table.wish_verbs | site.table.unrealised_verbs
    for gov in _through_conjuncts(site.chain):
        if gov.token.lemma_.lower() in site.table.speech_verbs:
            return False
        if gov.via == "ccomp" and _is_form(gov.token, WISH_CLAUSE_VERBS):
            return True
        if gov.via not in CONTROL_DEPS:
            return False
        if _is_form(gov.token, idle):
            return True
    return False


def _through_conjuncts(chain: Sequence[Governor]) -> list[Governor]:
    """The chain, carried on past a joined verb it ends at: in "wants Turkey to close its
    borders and join the war", "war" reaches "join", which shares the place of "close"
    under "wants"."""
    out = list(chain)
    if out and out[-1].token.dep_ == "conj" and out[-1].token.head.pos_ in ("VERB", "AUX"):
        out += governors(conj_root(out[-1].token))
    return out


@BLOCKERS.rule("demanded-act")
def _demanded(site: Site) -> bool:
    """ "Russia must withdraw", "Iran should stop", "has to leave": a demand is no report of
    the act demanded (the demand itself is coded as the speaker's REQUEST)."""
    return any(demand_modal(t) for t in site.tokens if t.pos_ in ("VERB", "AUX"))


@BLOCKERS.rule("question")
def _question(site: Site) -> bool:
    """ "Will Russia withdraw?", "Did France send troops?": a question asserts nothing."""
    return site.sent.text.rstrip().rstrip("\"'\u201d\u2019)").endswith("?")


def blocked_by(site: Site) -> str | None:
    """The name of the first blocking rule that fires, if any."""
    for rule in BLOCKERS:
        if rule.fn(site):
            return rule.name
    return None


def _is_form(token: Token, lemmas: frozenset[str]) -> bool:
    if token.lemma_.lower() in lemmas:
        return True
    word = token.lower_
    # The lemmatiser misreads some forms ("hoping" -> "hop"): the word's own form decides.
    return any(
        word in (lem + "s", lem + "d", lem + "ed", lem + "ing", lem.removesuffix("e") + "ing")
        for lem in lemmas
    )


# Prepositions whose noun object is the setting of another event, not an event told:
# "following a four-month truce", "during the truce", "through battle", "amid talks".
BACKGROUND_PREPS = frozenset(
    {"during", "following", "after", "before", "since", "amid", "amidst", "through",
     "despite", "until", "throughout", "like", "unlike", "without"}
)  # fmt: skip
# Verbs whose passive hedges the clause under it: "are believed to have participated".
HEDGING_PASSIVES = frozenset(
    {"believe", "think", "suspect", "rumour", "rumor", "presume", "suppose", "expect", "fear"}
)


@BLOCKERS.rule("background-noun")
def _background_noun(site: Site) -> bool:
    """ "Following a four-month truce, ...", "during the truce": a noun event named as the
    setting of the sentence is not reported by it."""
    trig = site.trigger
    return (
        trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ == "pobj"
        and trig.head.lower_ in BACKGROUND_PREPS
    )


@BLOCKERS.rule("purpose")
def _purpose(site: Site) -> bool:
    """ "must reduce violence to allow the peace process", "resigned to allow elections":
    an infinitive of purpose is an aim, not an act."""
    for tok in site.tokens:
        if tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return True
    return False


# Nouns of trying: an act aimed at through them may have happened ("an attempt to stage a
# coup"); see ``retype.ATTEMPTS``.
TRYING_NOUNS = frozenset({"attempt", "bid", "try"})


@BLOCKERS.rule("aim")
def _aim(site: Site) -> bool:
    """ "urgent action to achieve a full withdrawal", "efforts to secure a ceasefire", "talks
    to reach an agreement": an act noun that an infinitive on another noun aims at is an
    outcome sought, not an act (PLOVER codes what was done)."""
    trig = site.trigger
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "dobj":
        return False
    verb = trig.head
    # "action to alleviate the suffering and achieve a withdrawal": the first infinitive
    # carries the "to" of those joined to it.
    first = conj_root(verb)
    return (
        verb.tag_ == "VB"
        and first.dep_ == "acl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children)
        and first.head.lemma_.lower() not in TRYING_NOUNS
    )


@BLOCKERS.rule("hedged")
def _hedged(site: Site) -> bool:
    """ "warplanes are believed to have participated": a hedged report is no event."""
    for gov in site.chain:
        if gov.via != "xcomp":
            return False
        # "are believed to have", "now believed to have", "officials believe them to have".
        if gov.token.lemma_.lower() in HEDGING_PASSIVES:
            return True
    return False


@BLOCKERS.rule("habitual")
def _habitual(site: Site) -> bool:
    """ "Every time I speak to Vladimir ...", "whenever they meet": a habit, not an event."""
    trig = site.trigger
    if trig.dep_ == "relcl" and trig.head.lemma_.lower() == "time":
        if any(d.lower_ in ("every", "each") for d in trig.head.children):
            return True
    for tok in site.tokens:
        for c in tok.children:
            if c.lower_ == "whenever":
                return True
            if (
                c.dep_ in ("npadvmod", "advmod")
                and c.lemma_.lower() == "time"
                and any(d.lower_ in ("every", "each") for d in c.children)
            ):
                return True
    return False


@BLOCKERS.rule("subjunctive")
def _subjunctive(site: Site) -> bool:
    """ "demanded that Israel ease restrictions", "insisted that he be reinstated": a bare
    verb with its own subject in a that-clause is what someone asked for, not what was done."""
    for tok in site.tokens:
        if (
            tok.tag_ == "VB"
            and tok.dep_ in ("ccomp", "acl")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            and not any(c.dep_ in ("aux", "auxpass") and c.lower_ != "be" for c in tok.children)
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        ):
            return True
    return False


@BLOCKERS.rule("prevented-act")
def _prevented(site: Site) -> bool:
    """ "banned visits by Lukashenko", "thwarted a meeting": a noun event that is the object
    of a verb that stops it did not take place."""
    trig = site.trigger
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ not in ("dobj", "nsubjpass"):
        return False
    head = trig.head
    particles = {c.lower_ for c in head.children if c.dep_ == "prt"}
    return _is_form(head, PREVENT_VERBS) or any(
        head.lemma_.lower() == verb and particle in particles for verb, particle in PREVENT_PHRASALS
    )


@BLOCKERS.rule("no-comment")
def _no_comment(site: Site) -> bool:
    """ "declined to comment", "refused to confirm": not speaking is no rejection."""
    trig = site.trigger
    if trig.lemma_.lower() not in site.table.negative_verbs:
        return False
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in COMMENT_VERBS for c in trig.children
    ) or any(c.dep_ == "dobj" and c.lemma_.lower() == "comment" for c in trig.children)


@BLOCKERS.rule("characterisation")
def _characterisation(site: Site) -> bool:
    """ "This is a direct assault on the sovereignty of Pakistan", "the arrest was an act of
    war": a noun event as the predicate of "be" names what something else was; the act it
    describes is coded where it is told."""
    trig = site.trigger
    return (
        trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "attr" and trig.head.lemma_.lower() == "be"
    )


WARN_WORDS = frozenset({"warn", "warning", "caution"})
# "warned of retaliation", "warned against intervention", "a warning to Moscow".
WARNED_OF = frozenset({"of", "about", "against", "to"})
# An act under a warning that makes the warning a threat: force, coercion, punishment.
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "REJECT"})


@BLOCKERS.rule("pessimistic-comment")
def _pessimistic(site: Site) -> bool:
    """ "warned that peace talks could fail", "warning it was putting talks in peril": a
    warning of what may happen or what is so is a comment (CAMEO 012), not a threat. A
    warning stays a THREATEN when it names an act: a person warned ("warned Iran"), "warned of
    retaliation", a hostile act in its clause ("warned it would strike back"), or what someone
    will do ("warned that police will no longer tolerate rallies")."""
    trig = site.trigger
    if trig.lemma_.lower() not in WARN_WORDS or site.pattern.event_type != "THREATEN":
        return False
    clauses = [c for c in trig.children if c.dep_ in ("ccomp", "acl")]
    if not clauses or any(
        c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in WARNED_OF)
        for c in trig.children
    ):
        return False
    for clause in clauses:
        auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
        # "will"/"would" tell what someone is to do; "could"/"may" only what might happen.
        if auxes & (FUTURE_AUX | {"would", "'d"}) and not auxes & (
            HYPOTHETICAL_AUX - {"would", "'d"}
        ):
            return False
        for tok in clause.subtree:
            if tok.pos_ != "VERB":
                # "warned that China's military threat was growing": a noun names a state.
                continue
            pattern = match_token(tok, site.table)
            if pattern is not None and pattern.event_type in HOSTILE_TYPES:
                return False
    return True


@BLOCKERS.rule("modifier-noun")
def _modifier_noun(site: Site) -> bool:
    """ "a blockade drill", "attack helicopters", "protest songs": a noun event that only
    modifies another noun names a kind of thing, not an act."""
    trig = site.trigger
    return (
        trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ == "compound"
        and trig.head.lemma_.lower() not in ACT_HEADS
    )


# Nouns that only frame the act named before them: "a mediation mission", "an attack
# operation", "the withdrawal process".
ACT_HEADS = frozenset(
    {"mission", "effort", "operation", "campaign", "process", "role", "bid", "initiative",
     "attempt", "work", "activity", "action", "programme", "program"}
)  # fmt: skip


# Verbs whose object names a danger, not an act: "poses a threat to the region".
STATE_VERBS = frozenset({"pose", "represent", "constitute", "remain", "become", "see"})


@BLOCKERS.rule("threat-as-danger")
def _danger(site: Site) -> bool:
    """ "China's military threat was growing", "posing a threat to the region": a threat
    as a danger is no act of threatening. An act has its content ("a threat to invade",
    "threats against Iran") or is issued ("made threats", "issued a threat")."""
    trig = site.trigger
    if trig.pos_ != "NOUN" or trig.lemma_.lower() != "threat":
        return False
    if trig.dep_ == "dobj" and trig.head.lemma_.lower() in STATE_VERBS:
        return True
    if any(
        c.dep_ == "acl" or (c.dep_ == "prep" and c.lower_ in ("against", "of"))
        for c in trig.children
    ):
        return False
    return not (trig.dep_ == "dobj" and trig.head.lemma_.lower() in site.table.light_verbs)


@BLOCKERS.rule("named-agreement")
def _named_agreement(site: Site) -> bool:
    """ "the Minsk agreements", "the Paris accord", "commitments under the agreement": a
    treaty named by its place or title, or one under which something holds, is a thing that
    exists, not an act of agreeing (signing or breaking it is coded at its own verb)."""
    trig = site.trigger
    if trig.pos_ not in ("NOUN", "PROPN") or site.pattern.event_type != "AGREE":
        return False
    # "commitments under the agreement": what holds under a treaty is not agreeing to it.
    if trig.dep_ == "pobj" and trig.head.lower_ == "under":
        return True
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in trig.children)
