"""Argument phrases that name a situation or stand for another noun: no actor of the event
(filters registered in :data:`cablegram.events.filters.NOT_ACTORS`; imported by the coder
through :mod:`cablegram.events.registered`).

- ``situation-as-doer``: a phrase headed by a noun of a situation, a war or a spell of
  violence ("Syria's civil war has killed 250,000 people", "the five-year Yemeni conflict
  has displaced millions", "the Libyan unrest left 40 dead") is no source: the war is where
  and when people died, and the state its phrase names is where, not who. The lookup read
  such phrases as the state ("Syria") or as an actor named after the war ("five-year Syrian
  civil war"). An attack or a body keeps its doer: "Russian air strikes killed" (an act with
  its owner), "the Taliban insurgency killed" (an insurgency is its insurgents, not listed),
  "Russia's bombing campaign" (a campaign is someone's act). A war its owner wages on
  another or elsewhere ("Turkey's war against the rebels", "Russia's war in Georgia") keeps
  the owner as doer (round 12, f100; review r100).
- ``relative-possessive``: a phrase owned by the relative pronoun "whose" ("the Afghan
  Taliban, whose leader was killed", "a movement whose leader the government accuses",
  "Obama, whose 2009 Cairo speech ...") names its owner only through the clause's antecedent;
  the lookup read "whose leader" as an actor of its own (a government leader of no state).
  It is no actor, as source or target; as a subject naming the antecedent's armed members
  ("Russia, whose troops seized") it acts for the antecedent (``whose-members``,
  :mod:`cablegram.events.relatives`).

Measured in round 12 (i100) on teftst 2016 posts of odd days and PolNeAR train/dev text:
of 23 sentences with a war, a conflict, a blast or a crash "killing" someone, the current
build made a source of the war once ("The five-year Syrian civil war has killed": ASSAULT
by "five-year Syrian civil war"); the other members ("The fighting has killed", "The war has
killed", "Five years of conflict have killed", "a five-year civil war has killed") named no
actor in the phrase and were already left alone. Of 60 sentences with "whose" and a word of
an act, three coded a "whose" phrase as an actor ("whose leader the government accuses",
"whose supporters ... stormed", "whose 2009 Cairo speech" as REJECT), all wrong.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.filters import NOT_ACTORS
from cablegram.events.patterns import PatternTable
from cablegram.events.tree import lemma

# Nouns of a situation in which people suffer or fight, none of which acts: what its phrase
# names (a state, a region) is where it happens. "insurgency", "uprising", "rebellion" name a
# body of people in arms and are left out, as are acts with a doer ("bombing", "offensive").
SITUATION_NOUNS = frozenset(
    {"war", "conflict", "fighting", "violence", "unrest", "crisis", "clash", "turmoil",
     "chaos", "hostility", "bloodshed", "strife", "instability", "warfare"}
)  # fmt: skip


# Prepositions by which a war owned by one party is waged on another or elsewhere.
WAGED_ON = frozenset({"against", "on", "in", "with", "inside"})


def _waged_by_owner(tok: Token) -> bool:
    """A war owned by a name and waged on another party or in another place ("Saudi Arabia's
    war in Yemen", "Russia's war against Ukraine", "Israel's war on Hamas"): the owner wages
    it and stays the doer (round 12, f100). A civil war is where it is fought ("Syria's civil
    war in the north"), and a war with no owner ("the war in Syria") names no doer."""
    owned = any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in tok.children)
    if not owned or any(c.lower_ == "civil" for c in tok.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in WAGED_ON and any(o.dep_ == "pobj" for o in c.children)
        for c in tok.children
    )


@NOT_ACTORS.rule("situation-as-doer")
def _situation_as_doer(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """A source phrase whose head is a common noun of :data:`SITUATION_NOUNS`, unless its
    owner wages it on another (:func:`_waged_by_owner`)."""
    if role != "source" or tok.pos_ != "NOUN" or lemma(tok) not in SITUATION_NOUNS:
        return False
    return not _waged_by_owner(tok)


@NOT_ACTORS.rule("relative-possessive")
def _relative_possessive(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """A phrase owned by "whose": it stands for the antecedent's part or people, which the
    phrase alone does not name."""
    return any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children)
