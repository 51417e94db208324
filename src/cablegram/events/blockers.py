"""Blocking rules: the sentence says the act did not happen, so no event is coded.

Each is a small named rule in ``BLOCKERS`` reading a trigger's :class:`Site`; the first that
fires names why nothing was coded:

- ``condition-premise``: "if it is attacked";
- ``speculation``: "could be reluctant to send", "he'd probably agree";
- ``wish-or-failure``: "aims to establish", "is considering a plan to send", "failed to";
- ``demanded-act``: "Russia must withdraw" (the demand is the speaker's REQUEST instead);
- ``question``: "Will Russia withdraw?";
- ``denied-report``: "denied reports that it had sent troops".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from cablegram.events.modality import (
    CONDITION_MARKS,
    CONTROL_DEPS,
    Site,
    demand_modal,
    is_speculative,
    reported_intent,
)
from cablegram.events.rules import Registry

# A denial of these is a denial that something happened, not a refusal.
REPORT_NOUNS = frozenset(
    {
        "report", "claim", "allegation", "suggestion", "rumour", "rumor", "speculation",
        "story", "involvement", "responsibility", "role", "accusation", "charge",
        "wrongdoing", "link", "knowledge", "participation", "complicity",
    }
)  # fmt: skip
DENY_VERBS = frozenset({"deny", "dismiss", "refute", "rebut", "dispute"})


Blocker = Callable[[Site], bool]
BLOCKERS: Registry[Blocker] = Registry("blockers")


@BLOCKERS.rule("condition-premise")
def _condition_premise(site: Site) -> bool:
    """ "if it is attacked", "what if I talk": the premise of a condition did not happen."""
    return any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
        for tok in site.tokens
        for c in tok.children
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
    for gov in site.chain:
        if gov.token.lemma_.lower() in site.table.speech_verbs:
            return False
        if gov.via not in CONTROL_DEPS:
            return False
        if _is_form(gov.token, idle):
            return True
    return False


@BLOCKERS.rule("demanded-act")
def _demanded(site: Site) -> bool:
    """ "Russia must withdraw", "Iran should stop", "has to leave": a demand is no report of
    the act demanded (the demand itself is coded as the speaker's REQUEST)."""
    return any(demand_modal(t) for t in site.tokens if t.pos_ in ("VERB", "AUX"))


@BLOCKERS.rule("question")
def _question(site: Site) -> bool:
    """ "Will Russia withdraw?", "Did France send troops?": a question asserts nothing."""
    return site.sent.text.rstrip().rstrip("\"'\u201d\u2019)").endswith("?")


@BLOCKERS.rule("denied-report")
def _denied_report(site: Site) -> bool:
    """ "denied reports that it sent troops", "denied that it had attacked": neither the
    denied act nor the denial is an event."""
    trig = site.trigger
    if trig.lemma_.lower() in DENY_VERBS and any(
        c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.lemma_.lower() in REPORT_NOUNS)
        for c in trig.children
    ):
        return True
    for gov in site.chain:
        if (
            gov.token.pos_ == "NOUN"
            and gov.token.lemma_.lower() in REPORT_NOUNS
            and gov.via in ("acl", "ccomp")
            and _is_denied(gov.token)
        ):
            return True
        if gov.token.lemma_.lower() in DENY_VERBS and gov.via == "ccomp":
            return True
    return False


def _is_denied(noun: Token) -> bool:
    """ "denied reports that ...", "dismissed the claim that ...": the noun is denied."""
    return noun.dep_ in ("dobj", "pobj") and noun.head.lemma_.lower() in DENY_VERBS


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
    return any(word in (lem + "s", lem + "d", lem + "ed", lem + "ing") for lem in lemmas)


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
