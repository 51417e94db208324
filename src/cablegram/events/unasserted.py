"""Acts the sentence names only as left undone, as any act of a kind, as a matter under
discussion or feared, or as a party's record: none is an act the article says happened
(blocking rules registered in :data:`cablegram.events.blockers.BLOCKERS`; imported by the
coder through :mod:`cablegram.events.registered`). Precision first: none of these is coded.

Each rule reads the parse, not a list of sentences. The counts after each are what the rule
did on teftst 2016 news posts (odd days, a seeded shuffle) whose sentences have its words,
judged by hand in round 10: how often it fired, and how often the act it stopped was indeed
not done. The sampled posts are mostly general news, so few of these acts had an actor to
code; on ten political articles the rules removed two wrong records and no right one.

- ``without-act``: an act in the clause of "without" ("answered the charge without attacking
  his rival", "the convoy crossed the border without being able to fire back") is said not
  to have been done. The walk goes through the trigger and the words controlling it, so
  "without being allowed to meet" is caught too; it stops at the first noun that is not the
  trigger ("without any mention of the attack that killed 12 soldiers" leaves the attack
  coded: round 10, f80). (teftst, 120 sentences with "without":
  fired 8 times, 8 not done: "worked through the night without making an arrest".)
- ``any-relative``: an act in a relative clause on "any", "anyone", "whoever" ("will shoot
  down any rocket that threatens its territory", "anyone who attacks the police will be
  punished") is any act of that kind, a condition, not one that was done. (teftst, 85
  sentences: fired 5 times, 5 not acts told as done: "any barrier that existed between
  ... investigations".)
- ``deliberated-act``: a noun act that is the object of a noun of discussion, prospect or
  fear ("a discussion of new sanctions", "the threat of sanctions", "fears of an attack",
  "the prospect of a ceasefire") is only talked of or feared; the discussing or threatening
  is coded where its own verb is. An act told as one occasion (owned, definite, with a
  "by" agent or a date: "questions about Saudi Arabia's bombing of the hospital") was done
  and is only being discussed, so it stays coded (round 10, f80). (teftst, 100 sentences:
  fired twice, both feared acts, "at risk of ransomware attacks".)
- ``known-record``: an act told as something a party "is known to have done" or its
  "history" or "record" of doing ("several of them are known to have carried out attacks",
  "has a long record of jailing critics") is a party's reputation, a background with no
  occasion, not an event. The record noun must be held by a party (an owner, or the object
  of "have"): "published a record of the arrests" is a document; and the act must be no
  one occasion (no "the", owner, "by" agent or date). (teftst, 60 sentences: fired 5
  times, 4 a record; the fifth, "the history of the Stonewall uprising", one event, is
  why an unowned record noun does not count.)
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.irrealis import FEAR_WORDS
from cablegram.events.modality import Site
from cablegram.events.predictions import CAPACITY_NOUNS
from cablegram.events.tree import lemma as _lemma

# Quantifiers that make a noun any member of its kind: "any rocket that threatens it".
ANY_DETERMINERS = frozenset({"any", "whatever", "whichever"})
# Pronouns that stand for any member of a kind: "anyone who attacks".
ANY_PRONOUNS = frozenset({"anyone", "anybody", "anything", "whoever", "whatever"})
# Nouns of discussing, of a prospect, or of fearing, whose object is only talked of or
# feared: "a discussion of sanctions", "the threat of war", "fears of an attack".
# Fear nouns come from irrealis.FEAR_WORDS, the nouns of odds from predictions.CAPACITY_NOUNS.
_DELIBERATION_OWN = frozenset(
    {"discussion", "debate", "talk", "consideration", "speculation", "idea", "prospect",
     "question", "risk", "danger", "threat", "spectre", "specter", "rumor", "rumour",
     "option", "scenario", "hope"}
)  # fmt: skip
DELIBERATION_NOUNS = _DELIBERATION_OWN | FEAR_WORDS | (CAPACITY_NOUNS & {"chance", "likelihood"})
# Prepositions by which such a noun names what is discussed or feared.
DELIBERATION_PREPS = frozenset({"of", "for", "on", "over", "about", "around"})
# Determiners that make a noun act one occasion: "the bombing", "that raid".
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Nouns of a party's record: "a history of jailing critics".
RECORD_NOUNS = frozenset({"history", "record", "tradition", "reputation", "habit", "pattern"})
# Passive verbs of reputation: "is known to have attacked", "are reputed to have".
REPUTE_VERBS = frozenset({"know", "repute"})


def _under_without(tok: Token) -> bool:
    """``tok`` is the clause or object of "without" ("without attacking", "without a fight")."""
    head = tok.head
    return tok.dep_ in ("pcomp", "pobj") and head.lower_ == "without" and head != tok


@BLOCKERS.rule("without-act")
def _without_act(site: Site) -> bool:
    """The trigger, or a word controlling it, is the clause or object of "without".

    The walk stops at the first noun that is not the trigger: "ended without any mention of
    the attack that killed 12 soldiers" leaves the attack (and the killing) alone, since
    "without" governs only the mention."""
    for tok in site.tokens:
        if tok is not site.trigger and tok.pos_ in ("NOUN", "PROPN"):
            return False
        if _under_without(tok):
            return True
    return False


def _any_member(noun: Token) -> bool:
    if noun.lower_ in ANY_PRONOUNS:
        return True
    return any(c.dep_ == "det" and c.lower_ in ANY_DETERMINERS for c in noun.children)


@BLOCKERS.rule("any-relative")
def _any_relative(site: Site) -> bool:
    """The trigger, or a word controlling it, is a relative clause on "any"/"anyone"."""
    return any(tok.dep_ == "relcl" and _any_member(tok.head) for tok in site.tokens)


def _particular(act: Token) -> bool:
    """A noun act told as one occasion, not any act of its kind: owned ("Israel's attack"),
    definite ("the bombing", "that raid"), with a "by" agent ("attacks by Russian jets",
    "the arrests made by police") or with a date in its phrase ("raids last month")."""
    for c in act.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS:
            return True
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return True
    return any(tok.dep_ == "agent" or tok.ent_type_ in ("DATE", "TIME") for tok in act.subtree)


@BLOCKERS.rule("deliberated-act")
def _deliberated_act(site: Site) -> bool:
    """A noun act named "of"/"about"/"over" a noun of discussion, prospect or fear, when the
    act is any act of its kind ("fears of new sanctions"), not one occasion (see
    :func:`_particular`): "questions about Saudi Arabia's bombing of the hospital" ask
    about a bombing that was done."""
    trig = site.trigger
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "pobj":
        return False
    prep = trig.head
    if prep.lower_ not in DELIBERATION_PREPS:
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and _lemma(noun) in DELIBERATION_NOUNS and not _particular(trig)


def _perfect(verb: Token) -> bool:
    """ "to have carried out": a perfect infinitive."""
    return any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)


def _held_record(noun: Token) -> bool:
    """A record noun held by a party: "its record of", "Egypt's history of" (an owner), or
    the object of "have" ("has a long record of jailing critics"); not a document someone
    publishes or keeps ("published a record of the arrests")."""
    if _lemma(noun) not in RECORD_NOUNS:
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    return noun.dep_ == "dobj" and _lemma(noun.head) == "have"


@BLOCKERS.rule("known-record")
def _known_record(site: Site) -> bool:
    """An act a party "is known to have done", or the object of the record noun a party
    holds (:func:`_held_record`) when the act is no one occasion (:func:`_particular`)."""
    for tok in site.tokens:
        head = tok.head
        # "are known to have carried out attacks": a passive verb of repute over a perfect
        if tok.dep_ == "xcomp" and _lemma(head) in REPUTE_VERBS and _perfect(tok):
            if any(c.dep_ == "auxpass" for c in head.children):
                return True
        # "has a history of jailing critics", "its record of attacks on journalists"
        if tok.dep_ in ("pcomp", "pobj") and head.lower_ == "of":
            noun = head.head
            if noun.pos_ == "NOUN" and _held_record(noun) and not _particular(tok):
                return True
    return False
