"""Demands need a party with standing (a type rule registered in
:data:`cablegram.events.kinds.SITE_TYPES`; imported by the coder so that it registers).

PLOVER's REQUEST (CAMEO 02) is a party's demand or appeal to another party. A commentator's
judgement of what a party needs to do ("some nuclear proliferation experts said China needs
to safeguard its capabilities", "analysts say the government must cut spending") is an
opinion about the party, not a demand made of it: no event.

- ``commentator-demand``: a REQUEST whose own subject is a word for commentators (experts,
  analysts, observers, scholars, economists), without a name: a named official, a government
  or a group ("the ministry said Iran must", "protesters demanded") keeps its demand;
- ``who-decides``: saying that a people must decide for themselves ("Russia and Iran say
  Syrians themselves must decide", "the Libyans alone must choose their own future") states
  a position on who decides, and demands no act of anyone: no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site

# People who comment on politics without a party's standing to demand.
COMMENTATORS = frozenset(
    {"expert", "analyst", "observer", "commentator", "scholar", "academic", "researcher",
     "economist", "pundit", "columnist", "historian", "strategist", "specialist",
     "political scientist", "professor", "pollster", "watcher"}
)  # fmt: skip


def _commentator(subject: Token) -> bool:
    """A common noun for commentators, named by no person's or party's name ("experts",
    "some analysts", "Western observers"; not "Debra Decker, an expert")."""
    if subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    return subject.lemma_.lower() in COMMENTATORS or subject.lower_ in COMMENTATORS


@SITE_TYPES.rule("commentator-demand")
def _commentator_demand(site: Site, event_type: str) -> str | None:
    if event_type != "REQUEST":
        return None
    trigger = site.trigger
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


# Verbs of deciding, and the words that make a decision one's own.
DECIDING_VERBS = frozenset({"decide", "determine", "choose", "settle", "shape"})
OWN_WORDS = frozenset({"themselves", "itself", "alone", "own", "ourselves", "himself"})


@SITE_TYPES.rule("who-decides")
def _who_decides(site: Site, event_type: str) -> str | None:
    if event_type != "REQUEST":
        return None
    trigger = site.trigger
    for comp in (c for c in trigger.children if c.dep_ == "ccomp"):
        if comp.lemma_.lower() not in DECIDING_VERBS:
            continue
        if any(t.lower_ in OWN_WORDS for t in comp.subtree if t.i != comp.i):
            return ""
    return None
