"""Blocking rules for acts the sentence only names as alleged or asked about (registered in
:data:`cablegram.events.blockers.BLOCKERS`; imported by the coder so that they register).

- ``alleged-act``: the act someone is accused of is the accusation's content, not an act the
  text reports: "accused Russia of sending troops", "blamed Kiev for shelling the town",
  "allegations that Iran armed the rebels". The accusation itself is coded (ACCUSE); the
  act accused of is not, by anybody.
- ``denied-report``: "denied reports that it sent troops", "denied that it had attacked"
  (not "X accused Y of ..., a charge Y denies", which the parser reads the same way):
  neither the denied act nor the denial is an event; rejecting a party's claim is a REJECT
  of that party ("the army rejected India's claims").
- ``embedded-question``: an act in a clause opened by "where", "how", "when", "whether"
  that hangs on a noun or a preposition, or that carries a modal, is asked about, not told:
  "disagreements about where Israel would begin withdrawing troops", "talks on how the
  rebels will disarm", "maps showing how its forces would withdraw".
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import CHAIN_DEPS, Site
from cablegram.events.moods import (
    DENY_VERBS,
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    REPORT_NOUNS,
    aux_lemmas,
    resumed_charge,
)

# Words of accusing whose "of"/"for" gerund or that-clause holds the act accused of.
# Only the words that leave the act in doubt: "condemned X for invading" (factive) tells that
# the invasion happened, and stays.
ACCUSE_WORDS = frozenset(
    {"accuse", "allege", "blame", "charge", "accusation", "allegation", "claim", "suspect",
     "suspicion", "implicate", "indict"}
)  # fmt: skip
# Prepositions by which an accusation takes its act: "accused X of", "blamed X for".
ACCUSED_OF = frozenset({"of", "for"})
# Words opening an embedded question.
QUESTION_WORDS = frozenset({"where", "how", "when", "whether", "why", "what", "which"})
# How far up the walk goes (the chain of a trigger is short; conjuncts add a step each).
MAX_STEPS = 8
_WALK_DEPS = CHAIN_DEPS | {"conj", "advcl", "relcl"}


def _ancestors(trigger: Token) -> list[tuple[Token, Token]]:
    """(word, the word below it) pairs up the clause chain, conjuncts included: "of arming
    rebels, and of sending units" reaches "accused" from "sending"."""
    out: list[tuple[Token, Token]] = []
    tok = trigger
    for _ in range(MAX_STEPS):
        if tok.head == tok or tok.dep_ not in _WALK_DEPS:
            break
        out.append((tok.head, tok))
        tok = tok.head
    return out


@BLOCKERS.rule("alleged-act")
def _alleged_act(site: Site) -> bool:
    for word, below in _ancestors(site.trigger):
        lemma = word.lemma_.lower()
        if below.pos_ == "ADP" and below.lower_ in ACCUSED_OF and lemma in ACCUSE_WORDS:
            # "accused X of sending", "... and of sending": the preposition (or a conjunct
            # of it) hangs on the accusing word
            return word.pos_ in ("VERB", "NOUN")
        if (
            below.pos_ == "ADP"
            and below.lower_ == "by"
            and lemma in ACCUSE_WORDS
            and any(c.dep_ == "dobj" for c in word.children)
        ):
            # "accusing Israel of ceasefire violations by targeting civilians and conducting
            # airstrikes": the "by" of an accusation spells out what the accused did
            return True
        if below.dep_ == "conj":
            continue
        if below.dep_ in ("ccomp", "acl") and lemma in ACCUSE_WORDS and word.pos_ == "NOUN":
            # "allegations that Iran armed the rebels"
            return True
        if below.dep_ == "ccomp" and lemma in {"allege", "accuse"}:
            # "alleged that Iran armed the rebels"
            return True
        if below.dep_ in ("advcl", "relcl"):
            break
    return False


@BLOCKERS.rule("embedded-question")
def _embedded_question(site: Site) -> bool:
    clause_heads = [site.trigger, *(g.token for g in site.chain)]
    for tok in clause_heads:
        if tok.dep_ not in ("pcomp", "acl", "ccomp"):
            continue
        # "maps showing how its forces would withdraw": under a verb, a question told with
        # a modal is asked about too ("explained how the army attacked" tells the attack).
        modal = bool(aux_lemmas(tok) & (HYPOTHETICAL_AUX | FUTURE_AUX))
        if tok.head.pos_ not in ("ADP", "NOUN", "PROPN") and not modal:
            continue
        opener = next(
            (
                c
                for c in tok.children
                if c.i < tok.i
                and c.lower_ in QUESTION_WORDS
                and c.dep_ in ("advmod", "mark", "nsubj", "dobj", "det")
            ),
            None,
        )
        if opener is not None:
            return True
    return False


@BLOCKERS.rule("denied-report")
def _denied_report(site: Site) -> bool:
    """ "denied reports that it sent troops", "denied that it had attacked": neither the
    denied act nor the denial is an event. Rejecting someone's claim is an act toward the
    one who made it ("the army rejected India's claims", "dismissed claims by Kabul"):
    a REJECT of that party, as rejecting a party's call or proposal is."""
    trig = site.trigger
    if trig.lemma_.lower() in DENY_VERBS and resumed_charge(trig):
        return False  # "..., a charge Pakistan denies": a REJECT of the charge told before
    if trig.lemma_.lower() in DENY_VERBS and any(
        c.dep_ == "ccomp"
        or (c.dep_ == "dobj" and c.lemma_.lower() in REPORT_NOUNS and not _owned_claim(c))
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
            return not resumed_charge(gov.token)
    return False


def _owned_claim(noun: Token) -> bool:
    """A claim with its claimant named: "India's claims", "claims by Kabul", "the Afghan
    claim" (a possessor, a "by"/"from" object, or a people or state modifying it), rejected
    by a verb of rejecting (to "deny" a claim is to deny what it says)."""
    if noun.head.lemma_.lower() == "deny":
        return False
    for kid in noun.children:
        if kid.dep_ == "poss" and kid.pos_ != "PRON":
            return True
        if kid.dep_ == "amod" and kid.ent_type_ in ("NORP", "GPE"):
            return True
        if kid.dep_ == "prep" and kid.lower_ in ("by", "from"):
            return True
    return False


def _is_denied(noun: Token) -> bool:
    """ "denied reports that ...", "dismissed the claim that ...": the noun is denied."""
    return noun.dep_ in ("dobj", "pobj") and noun.head.lemma_.lower() in DENY_VERBS
