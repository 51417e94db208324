"""Demands need a party with standing (a type rule registered in
:data:`cablegram.events.kinds.SITE_TYPES`; imported by the coder so that it registers).

PLOVER's REQUEST (CAMEO 02) is a party's demand or appeal to another party. A commentator's
judgement of what a party needs to do ("some nuclear proliferation experts said China needs
to safeguard its capabilities", "analysts say the government must cut spending") is an
opinion about the party, not a demand made of it: no event.

- ``commentator-demand``: a REQUEST read off an opinion in a reported clause ("said X
  must", "say X needs to") whose own subject is a word for commentators (experts, analysts,
  observers, scholars, economists), without a name; a commentator who urges, demands or
  calls on a party ("UN rights experts urged Myanmar to halt the executions") makes a
  demand, and a named official, a government or a group ("the ministry said Iran must",
  "protesters demanded") keeps its demand;
- ``who-decides``: saying that a people must decide for themselves ("Russia and Iran say
  Syrians themselves must decide", "the Libyans alone must choose their own future") states
  a position on who decides, and demands no act of anyone: no event. Only a self word
  qualifying the deciders counts, never an "own" of what is decided ("Greece must settle
  its own debts" stays a REQUEST).
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events import parties
from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site

# People who comment on politics without a party's standing to demand: the commentators of
# :mod:`cablegram.events.parties`, and the academic titles a commentator is given.
COMMENTATORS = parties.COMMENTATORS | {"professor", "watcher", "political scientist"}
# Titles of the press, who narrate and comment and demand nothing of a party: "BBC
# correspondent Chris Morris says the EU needs to ...".
PRESS_TITLES = frozenset(
    {"correspondent", "reporter", "journalist", "columnist", "editor", "analyst", "commentator"}
)
# Verbs that report an opinion: "analysts said the government must cut spending". A
# commentator's urging or calling on ("UN human rights experts urged Myanmar to halt") is a
# demand made, and keeps its REQUEST.
OPINION_VERBS = frozenset(
    {"say", "tell", "argue", "believe", "think", "write", "note", "suggest", "add", "contend",
     "insist", "reckon", "agree", "conclude", "observe", "feel"}
)  # fmt: skip


def _commentator(subject: Token) -> bool:
    """A common noun for commentators, named by no person's or party's name ("experts",
    "some analysts", "Western observers"; not "Debra Decker, an expert"), or a person's
    name titled by the press ("BBC correspondent Chris Morris", ``press-titled``)."""
    if subject.ent_type_ == "PERSON" and any(
        c.dep_ == "compound" and c.lower_ in PRESS_TITLES for c in subject.children
    ):
        return True
    if subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    return subject.lemma_.lower() in COMMENTATORS or subject.lower_ in COMMENTATORS


@SITE_TYPES.rule("commentator-demand")
def _commentator_demand(site: Site, event_type: str) -> str | None:
    if event_type != "REQUEST":
        return None
    trigger = site.trigger
    if trigger.lemma_.lower() not in OPINION_VERBS or not any(
        c.dep_ == "ccomp" for c in trigger.children
    ):
        return None  # only an opinion in a reported clause, never "urged", "called on"
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "they also said China needs to", where "they" are the experts of the clause before
    if not subjects and trigger.dep_ == "conj":
        subjects = [c for c in trigger.head.children if c.dep_ == "nsubj"]
    for subject in subjects:
        if _commentator(subject):
            return ""
        if subject.lower_ == "they" and _commentator_antecedent(subject):
            return ""
    return None


def _commentator_antecedent(pronoun: Token) -> bool:
    """ "While some experts expressed optimism ..., they also said": the nearest plural
    subject before the pronoun in its sentence is a commentator noun."""
    before = [
        t
        for t in pronoun.sent
        if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS")
    ]
    return bool(before) and _commentator(before[-1])


# Verbs of deciding, and the words that make a decision one's own when they qualify the
# deciding subject ("Syrians themselves must decide", "the Libyans alone", "its own people
# must choose"); "Greece must settle its own debts" says what is to be settled, not who.
SELF_RULE_VERBS = frozenset({"decide", "determine", "choose", "settle", "shape"})
SELF_WORDS = frozenset({"themselves", "itself", "alone", "ourselves", "himself", "herself"})
OWN_PEOPLE = frozenset({"people", "peoples", "citizens", "voters", "nation", "population"})


def _self_deciding(subject: Token) -> bool:
    """The deciding subject is qualified as the deciders themselves: "Syrians themselves",
    "the Libyans alone", "their own people"."""
    if subject.lower_ in SELF_WORDS:
        return False  # "itself must decide" has no antecedent here to name the decider
    if any(c.lower_ in SELF_WORDS for c in subject.children):
        return True
    return subject.lemma_.lower() in OWN_PEOPLE and any(c.lower_ == "own" for c in subject.children)


def _decided_by_selves(verb: Token) -> bool:
    """The self word hangs on the deciding verb, as the parser often puts it: "Syrians
    themselves must decide" (npadvmod), "the Sudanese alone must choose" (advmod), "must
    decide for themselves", or a second subject ("Libyans themselves": nsubj twice); never an
    "own" of the object ("settle its own debts")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1 and any(c.lower_ in SELF_WORDS for c in subjects):
        return True
    for kid in verb.children:
        if kid.dep_ in ("npadvmod", "advmod", "appos") and kid.lower_ in SELF_WORDS:
            return True
        if kid.dep_ == "prep" and kid.lower_ == "for":
            if any(o.dep_ == "pobj" and o.lower_ in SELF_WORDS for o in kid.children):
                return True
    return False


@SITE_TYPES.rule("who-decides")
def _who_decides(site: Site, event_type: str) -> str | None:
    if event_type != "REQUEST":
        return None
    trigger = site.trigger
    for comp in (c for c in trigger.children if c.dep_ == "ccomp"):
        if comp.lemma_.lower() not in SELF_RULE_VERBS:
            continue
        subjects = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(_self_deciding(s) for s in subjects) or _decided_by_selves(comp):
            return ""
    return None
