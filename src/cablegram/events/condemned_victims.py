"""Actor filter ``victim-of-condemned-act`` (registered in
:data:`cablegram.events.junk.JUNK_ACTORS`; imported by :mod:`cablegram.events.registered`
so that it registers).

"Germany condemned the attack on Kyiv", "Turkey protested the strike against the convoy":
the place or people an attack was aimed at are its victims, never the one accused. The
target found by the "on"/"against" of the attack noun made the victim the accused
(ACCUSE Germany -> Ukraine). The attacker, where the text names it ("Russia's attack on
Kyiv", "the Russian strike on Odesa", "condemned Russia for its attack"), is found by the
other argument rules and stays.

Review f134: the victim named deeper in the aimed-at phrase ("the attack against Ukraine's
energy grid") is the victim too, and acts of force whose "of" names the victim ("Russia's
invasion of Ukraine", "the occupation of Crimea", "the war on Ukraine") are of the kind; an
agent ("the strike on Kyiv by Russian forces") and a clause of its own inside the phrase are
not the victim. Hostile measures that are not force ("the sanctions on Iran") are left out.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.act_words import ATTACK_NOUNS
from cablegram.events.junk import JUNK_ACTORS
from cablegram.events.tree import lemma
from cablegram.records import Actor

# Acts of blame or protest whose target is whoever is blamed.
BLAME_TYPES = frozenset({"ACCUSE", "PROTEST"})
# Prepositions naming what an attack was aimed at.
AIMED_AT = frozenset({"on", "against", "upon", "at"})
# Acts of force whose "of" names the victim ("the invasion of Ukraine", "the shelling of
# Kharkiv"); a plain attack noun's "of" may name the attacker ("an attack of the rebels").
VICTIM_OF_NOUNS = frozenset(
    {"invasion", "occupation", "annexation", "siege", "blockade", "bombing", "shelling",
     "bombardment"}
)  # fmt: skip
# Nouns of force against a victim: attacks, and wars waged "on" someone.
FORCE_NOUNS = ATTACK_NOUNS | VICTIM_OF_NOUNS | frozenset({"war"})


def _victim_preps(noun: Token) -> frozenset[str]:
    """The prepositions by which ``noun`` names its victim."""
    return AIMED_AT | {"of"} if lemma(noun) in VICTIM_OF_NOUNS else AIMED_AT


def _aimed_spans(noun: Token) -> list[tuple[int, int]]:
    """Character spans of what an attack noun was aimed at ("the attack on Kyiv")."""
    out: list[tuple[int, int]] = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _victim_preps(noun):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    words = list(obj.subtree)
                    out.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return out


def _in_aimed_phrase(tok: Token) -> bool:
    """``tok`` lies in the victim phrase of a noun of force ("Ukraine" of "the attack against
    Ukraine's grid"), climbing from it to the noun through no agent ("by Russia") and no
    verb (a clause of its own: "the attack on the town where Russian troops massed")."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "agent" or (node.dep_ == "prep" and node.lower_ == "by"):
            return False
        head = node.head
        if node.dep_ == "prep" and lemma(head) in FORCE_NOUNS:
            return node.lower_ in _victim_preps(head)
        if head.pos_ in ("VERB", "AUX"):
            return False
        node = head
    return False


@JUNK_ACTORS.rule("victim-of-condemned-act")
def _victim_of_condemned_act(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    """An actor read from the victim phrase of a noun of force ("on"/"against" an attack,
    "of" an invasion), as the target of a blame: the phrase's head is the noun of force
    itself, or the actor's word lies inside the victim phrase."""
    if role != "target" or event_type not in BLAME_TYPES or actor.start < 0:
        return False
    if lemma(tok) in FORCE_NOUNS and any(
        start <= actor.start < end for start, end in _aimed_spans(tok)
    ):
        return True
    return _in_aimed_phrase(tok)
