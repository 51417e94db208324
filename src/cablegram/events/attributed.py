"""Actor filter ``suspected-doer`` (registered in :data:`cablegram.events.junk.JUNK_ACTORS`;
imported by :mod:`cablegram.events.registered` so that it registers).

Issue 11 (round 15): "a suspected Israeli air strike hit a building", "an alleged Russian
missile attack destroyed a school", "suspected militants attacked a police station",
"presumed Islamist gunmen killed five": the strike happened, but who struck is only
suspected. A doer read from a phrase that "suspected", "alleged", "presumed" or "purported"
hedges (on the doer's own noun, or on the act noun the doer modifies) is no source: the
writer does not assert it (precision first: the act keeps its other arguments, with no
source). "Apparent", "believed to be" and "blamed on" were already left uncoded.

Kept: "an Israeli air strike" (no hedge), "Israel struck a suspected militant hideout" (the
hedge is on the target's phrase, not the doer's), "police arrested a suspected militant"
(a target), "a suspected Israeli strike" read as a target of a condemnation (only the
source is filtered).

A hedge on a role noun that names the doer in apposition is about the role, not about who
acted, unless the role is a wrongdoer's (review of round 15): "The presumed winner, Kenya,
signed the accord" keeps Kenya ("winner" says nothing of guilt; the name is asserted), while
"The alleged ringleader, Ahmed Salim, bombed the embassy" and "The suspected attacker, a man
from Texas, shot ..." stay hedged (a wrongdoer's role, or no name in apposition).
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.forces import ARMED_NOUNS
from cablegram.events.junk import JUNK_ACTORS
from cablegram.records import Actor

# Participles that leave who did an act in doubt, as tagged VBN (lemma "suspect") or JJ
# (lemma "suspected"): both forms.
HEDGE_WORDS = frozenset(
    {"suspect", "suspected", "allege", "alleged", "presume", "presumed", "purport", "purported"}
)
# How a doer's word hangs on the act noun it names the doer of ("Israeli air strike").
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# Roles of a doer of a wrong (lemmas): a hedge on one of them is about guilt even when a name
# stands in apposition ("the alleged ringleader, Ahmed Salim"). Armed men are among them.
GUILT_NOUNS = ARMED_NOUNS | frozenset(
    {"attacker", "assailant", "perpetrator", "culprit", "ringleader", "mastermind", "killer",
     "murderer", "shooter", "bomber", "terrorist", "hijacker", "kidnapper", "abductor",
     "gunman", "hacker", "spy", "smuggler", "trafficker", "plotter", "conspirator",
     "accomplice", "arsonist", "rapist", "thief", "robber", "looter", "rioter", "raider",
     "extremist", "jihadi", "operative", "agent", "member", "associate", "collaborator",
     "informant", "mercenary", "criminal", "offender", "suspect", "author", "organiser",
     "organizer", "instigator", "financier", "sponsor", "backer"}
)  # fmt: skip


def _hedged(noun: Token) -> bool:
    """Whether a noun carries a hedging participle of its own: "a suspected strike",
    "alleged militants"."""
    return any(
        c.dep_ in ("amod", "advmod", "compound") and c.i < noun.i and c.lower_ in HEDGE_WORDS
        for c in noun.children
    )


def _named_role(noun: Token) -> bool:
    """A role noun that names its holder in apposition and is no wrongdoer's role: "the
    presumed winner, Kenya," ("winner" holds the name; the hedge is on the role)."""
    if noun.lemma_.lower() in GUILT_NOUNS or noun.lower_ in GUILT_NOUNS:
        return False
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


@JUNK_ACTORS.rule("suspected-doer")
def _suspected_doer(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    """A source whose phrase, or the act noun it modifies, is hedged by "suspected",
    "alleged", "presumed" or "purported"."""
    if role != "source":
        return False
    if _hedged(tok):
        return not _named_role(tok)
    return tok.dep_ in MODIFIER_DEPS and tok.head.pos_ == "NOUN" and _hedged(tok.head)
