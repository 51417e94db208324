"""A body's agreement to sanction is its sanction (a type rule registered in
:data:`cablegram.events.kinds.SITE_TYPES`; imported by the coder so that it registers).

- ``agreed-sanction``: the members of one body agreeing, deciding or reaching an agreement
  to impose sanctions ("EU governments agreed on Friday to put nine Iranian entities on
  its sanctions list", "EU foreign ministers agreed to slap sanctions on Russian officials",
  "we reached a political agreement to impose restrictive measures") take the decision to
  sanction: PLOVER codes the measure, SANCTION (CAMEO 16/17), not an AGREE between parties
  (CAMEO 03, an intent to cooperate with someone). An agreement with another party ("Japan
  agreed with the US to impose sanctions", "agreed between them") stays an AGREE.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.triggers import match_token

# Verbs and nouns of coming to a common decision.
DECIDE_WORDS = frozenset({"agree", "decide", "resolve", "vote", "agreement", "decision"})
# Verbs that make an agreement noun: "reached an agreement to", "took a decision to".
MAKE_VERBS = frozenset({"reach", "take", "make", "strike"})
# Adjectives that make "measures" sanctions.
PUNITIVE = frozenset({"restrictive", "punitive", "retaliatory", "economic", "coercive"})
# Verbs that undo or only talk of sanctions: "agreed to lift / ease / review sanctions".
UNDOING_VERBS = frozenset(
    {"lift", "ease", "remove", "suspend", "review", "discuss", "end", "relax", "drop", "waive",
     "scrap", "cancel", "loosen", "roll", "phase", "reconsider"}
)  # fmt: skip
# Prepositions that name another party to the agreement.
PARTNER_PREPS = frozenset({"with", "between", "among", "amongst"})


def _decision_word(trigger: Token) -> Token | None:
    """The word of deciding: the trigger ("agreed to"), or the agreement noun a trigger
    verb makes ("reached a political agreement to")."""
    if trigger.lemma_.lower() in DECIDE_WORDS:
        return trigger
    if trigger.lemma_.lower() in MAKE_VERBS:
        return next(
            (c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in DECIDE_WORDS),
            None,
        )
    return None


def _sanctions(act: Token, site: Site) -> bool:
    """The decided act is a sanction: its verb, or a noun it takes ("put X on its sanctions
    list", "impose restrictive measures")."""
    if act.lemma_.lower() in UNDOING_VERBS:
        return False  # "agreed to lift sanctions on Iran": the opposite of sanctioning
    for tok in act.subtree:
        if tok.head.lemma_.lower() in UNDOING_VERBS:
            continue
        pattern = match_token(tok, site.table)
        if pattern is not None and pattern.event_type == "SANCTION":
            return True
        if tok.lemma_.lower() == "sanction":
            return True
        if tok.lemma_.lower() == "measure" and any(
            c.lower_ in PUNITIVE for c in tok.children if c.dep_ == "amod"
        ):
            return True  # "restrictive measures", "punitive measures"
    return False


@SITE_TYPES.rule("agreed-sanction")
def _agreed_sanction(site: Site, event_type: str) -> str | None:
    if event_type != "AGREE":
        return None
    word = _decision_word(site.trigger)
    if word is None:
        return None
    holders = {word, site.trigger}
    if any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for h in holders for c in h.children):
        return None  # agreed with another party
    acts = [c for c in word.children if c.dep_ in ("xcomp", "acl") and c.pos_ in ("VERB", "AUX")]
    return "SANCTION" if any(_sanctions(a, site) for a in acts) else None
