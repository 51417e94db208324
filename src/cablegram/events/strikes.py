"""A strike by attackers is an attack (a type rule registered in
:data:`cablegram.events.kinds.SITE_TYPES`; imported by :mod:`cablegram.events.registered`).

- ``attackers-struck`` (round 13, i110): the pattern dictionary reads "strike" with no object
  as a labour strike (PROTEST, CAMEO 143). Done by attackers ("the Taliban struck Thursday in
  Kunduz", "the 9/11 attackers struck in 2001", "terrorists struck again in Paris", "Russian
  jets struck overnight"), it is an attack, ASSAULT (CAMEO 19). The doers are the verb's
  subjects, the names set in apposition to them (a dateline the parser made the subject:
  "KABUL, Afghanistan - The Taliban struck"), and their conjuncts; every one must be a word
  of attackers. Workers, unions or anyone else who strikes keep the PROTEST; soldiers, police
  and armed groups named by :data:`cablegram.events.forces.ARMED_NOUNS` are read by
  ``armed-protest`` (:mod:`cablegram.events.forces`) before this rule.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.kinds import in_dateline
from cablegram.events.forces import ARMED_NOUNS
from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.tree import lemma

__all__ = ["ATTACKER_WORDS", "attackers_struck"]

# Who strikes only by attacking: attackers, terror groups, warplanes. "Taliban" is the
# insurgency's name used as a common noun ("the Taliban", "Taliban fighters").
ATTACKER_WORDS = ARMED_NOUNS | frozenset(
    {"attacker", "assailant", "terrorist", "bomber", "jihadi", "extremist", "taliban",
     "warplane", "jet", "drone", "aircraft", "plane", "helicopter", "artillery", "missile",
     "hijacker", "raider", "shabaab", "al-shabaab", "isis", "isil", "daesh"}
)  # fmt: skip


def _doers(trigger: Token) -> list[Token]:
    """The verb's subjects (through a conjoined verb: "moved in and struck"), the names in
    apposition to them, and their conjuncts."""
    verb = trigger
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    while not subjects and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    out: list[Token] = []
    for subject in subjects:
        out += [subject, *subject.conjuncts]
        out += [c for c in subject.children if c.dep_ == "appos"]
    return out


def _attacker(tok: Token) -> bool:
    return lemma(tok) in ATTACKER_WORDS or tok.lower_ in ATTACKER_WORDS


def attackers_struck(site: Site, event_type: str) -> bool:
    """Whether the site is "strike" read as a labour strike whose doers are attackers."""
    trigger = site.trigger
    if event_type != "PROTEST" or trigger.pos_ != "VERB" or lemma(trigger) != "strike":
        return False
    if any(c.dep_ == "dobj" for c in trigger.children):
        return False
    doers = _doers(trigger)
    named = [d for d in doers if _attacker(d)]
    if not named:
        return False
    # A dateline subject ("KABUL") stands beside the name in apposition; any other doer
    # must be an attacker too ("workers and militants struck" is no clear attack).
    return all(_attacker(d) or in_dateline(d.doc, d) for d in doers)


@SITE_TYPES.rule("attackers-struck")
def _attackers_struck(site: Site, event_type: str) -> str | None:
    return "ASSAULT" if attackers_struck(site, event_type) else None
