"""Actor filter ``victim-of-condemned-act`` (registered in
:data:`cablegram.events.junk.JUNK_ACTORS`; imported by :mod:`cablegram.events.registered`
so that it registers).

"Germany condemned the attack on Kyiv", "Turkey protested the strike against the convoy":
the place or people an attack was aimed at are its victims, never the one accused. The
target found by the "on"/"against" of the attack noun made the victim the accused
(ACCUSE Germany -> Ukraine). The attacker, where the text names it ("Russia's attack on
Kyiv", "the Russian strike on Odesa", "condemned Russia for its attack"), is found by the
other argument rules and stays.
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


def _aimed_spans(noun: Token) -> list[tuple[int, int]]:
    """Character spans of what an attack noun was aimed at ("the attack on Kyiv")."""
    out: list[tuple[int, int]] = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in AIMED_AT:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    words = list(obj.subtree)
                    out.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return out


@JUNK_ACTORS.rule("victim-of-condemned-act")
def _victim_of_condemned_act(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    """An actor read from the "on"/"against" phrase of an attack noun, as the target of a
    blame (the phrase's head is the attack noun, or the aimed-at noun itself)."""
    if role != "target" or event_type not in BLAME_TYPES or actor.start < 0:
        return False
    nouns = [tok] if lemma(tok) in ATTACK_NOUNS else []
    if tok.dep_ == "pobj" and tok.head.lower_ in AIMED_AT and lemma(tok.head.head) in ATTACK_NOUNS:
        nouns.append(tok.head.head)
    return any(start <= actor.start < end for noun in nouns for start, end in _aimed_spans(noun))
