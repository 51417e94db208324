"""The act a retaliation answers (issue 11, round 14, i133; a trigger rule registered in
:data:`cablegram.events.triggers.TRIGGER_RULES`, imported by
:mod:`cablegram.events.registered`).

- ``answered-strike``: a bare "strike" answered by a retaliation ("will retaliate against
  the Israeli strike on its consulate", "vowed revenge for the strike", "in retaliation for
  the strike on its embassy") is an armed strike, ASSAULT (military): the pattern dictionary
  takes the noun only with a modifier of arms ("air strike"), since "the strike" alone may
  be a labour strike. The answered act keeps its own record
  (``answering.ANSWERING_WORDS``); "responded to the strike", "condemned the strike", "the
  general strike" are left (a labour strike is answered too). Narrowed (round 14, f133): a
  strike not (yet) done ("vowed to retaliate against any Israeli strike", "against future
  strikes", ``answering.UNDONE_WORDS``) is none: the vow is the only act told.

Shape: ``(token, table) -> Pattern | None``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.answering import ANSWERING_WORDS, UNDONE_WORDS
from cablegram.events.patterns import Pattern, PatternTable
from cablegram.events.triggers import TRIGGER_RULES

# Words of a retaliation whose "against"/"for"/"to" object is the act answered: the words
# that answer an act (``answering.ANSWERING_WORDS``), with the plural and the counterattack a
# strike noun is also the object of.
RETALIATIONS = ANSWERING_WORDS | frozenset({"reprisals", "counterattack", "counter-attack"})
ANSWER_PREPS = frozenset({"against", "for", "to"})


@TRIGGER_RULES.rule("answered-strike")
def _answered_strike(token: Token, table: PatternTable) -> Pattern | None:
    """ "will retaliate against the strike": the strike answered is an armed one."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "strike":
        return None
    if token.dep_ == "dobj":
        answering = token.head  # "vowed to avenge the strike"
    elif token.dep_ == "pobj" and token.head.lower_ in ANSWER_PREPS:
        answering = token.head.head  # "will retaliate against the strike"
    else:
        return None
    if answering.lemma_.lower() not in (RETALIATIONS if token.dep_ == "pobj" else {"avenge"}):
        return None
    if any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("hunger", "general") for c in token.children
    ):
        return None  # "in response to the hunger strike"
    if any(c.lower_ in UNDONE_WORDS for c in token.children):
        return None  # "will retaliate against any strike": none told as done
    return Pattern("strike", "noun", "ASSAULT", mode="military")
