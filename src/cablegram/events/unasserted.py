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
  "without being allowed to meet" is caught too. (teftst, 120 sentences with "without":
  fired 8 times, 8 not done: "worked through the night without making an arrest".)
- ``any-relative``: an act in a relative clause on "any", "anyone", "whoever" ("will shoot
  down any rocket that threatens its territory", "anyone who attacks the police will be
  punished") is any act of that kind, a condition, not one that was done. (teftst, 85
  sentences: fired 5 times, 5 not acts told as done: "any barrier that existed between
  ... investigations".)
- ``deliberated-act``: a noun act that is the object of a noun of discussion, prospect or
  fear ("a discussion of new sanctions", "the threat of sanctions", "fears of an attack",
  "the prospect of a ceasefire") is only talked of or feared; the discussing or threatening
  is coded where its own verb is. (teftst, 100 sentences: fired twice, both
  feared acts, "at risk of ransomware attacks".)
- ``known-record``: an act told as something a party "is known to have done" or its
  "history" or "record" of doing ("several of them are known to have carried out attacks",
  "has a long record of jailing critics") is a party's reputation, a background with no
  occasion, not an event. (teftst, 60 sentences: fired 5 times, 4
  a record; the fifth, "the history of the Stonewall uprising", one event, is why a record
  noun with "the" does not count.)
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import Site
from cablegram.events.tree import lemma as _lemma

# Quantifiers that make a noun any member of its kind: "any rocket that threatens it".
ANY_DETERMINERS = frozenset({"any", "whatever", "whichever"})
# Pronouns that stand for any member of a kind: "anyone who attacks".
ANY_PRONOUNS = frozenset({"anyone", "anybody", "anything", "whoever", "whatever"})
# Nouns of discussing, of a prospect, or of fearing, whose object is only talked of or
# feared: "a discussion of sanctions", "the threat of war", "fears of an attack".
DELIBERATION_NOUNS = frozenset(
    {"discussion", "debate", "talk", "consideration", "speculation", "idea", "prospect",
     "question", "risk", "danger", "fear", "threat", "spectre", "specter", "rumor", "rumour",
     "chance", "likelihood", "option", "scenario", "hope"}
)  # fmt: skip
# Prepositions by which such a noun names what is discussed or feared.
DELIBERATION_PREPS = frozenset({"of", "for", "on", "over", "about", "around"})
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
    return any(_under_without(tok) for tok in site.tokens)


def _any_member(noun: Token) -> bool:
    if noun.lower_ in ANY_PRONOUNS:
        return True
    return any(c.dep_ == "det" and c.lower_ in ANY_DETERMINERS for c in noun.children)


@BLOCKERS.rule("any-relative")
def _any_relative(site: Site) -> bool:
    return any(tok.dep_ == "relcl" and _any_member(tok.head) for tok in site.tokens)


@BLOCKERS.rule("deliberated-act")
def _deliberated_act(site: Site) -> bool:
    trig = site.trigger
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "pobj":
        return False
    prep = trig.head
    if prep.lower_ not in DELIBERATION_PREPS:
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and _lemma(noun) in DELIBERATION_NOUNS


def _perfect(verb: Token) -> bool:
    """ "to have carried out": a perfect infinitive."""
    return any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)


@BLOCKERS.rule("known-record")
def _known_record(site: Site) -> bool:
    for tok in site.tokens:
        head = tok.head
        # "are known to have carried out attacks": a passive verb of repute over a perfect
        if tok.dep_ == "xcomp" and _lemma(head) in REPUTE_VERBS and _perfect(tok):
            if any(c.dep_ == "auxpass" for c in head.children):
                return True
        # "a history of jailing critics", "a record of attacks on journalists"
        if tok.dep_ in ("pcomp", "pobj") and head.lower_ == "of":
            noun = head.head
            # "the history of the Stonewall uprising" is the history of one event
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            if noun.pos_ == "NOUN" and _lemma(noun) in RECORD_NOUNS and not definite:
                return True
    return False
