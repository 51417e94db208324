"""Acts told only as they seem, as a guess, or as a thing received (blocking rules registered
in :data:`cablegram.events.blockers.BLOCKERS`; imported by the coder so that they register).
Precision first: such acts are not coded at all.

- ``seeming``: an act under "seems to", "appears to", "looks to" ("China seems to be in
  agreement with the Indian stand", "she seems to be less welcomed", "Russia appears to
  have attacked", "officials said Iran appears to have rejected") is an impression, not a
  report. This is the one rule for seeming (:data:`SEEM_VERBS` the one list): the act is
  not coded at all, never coded as hypothetical;
- ``guessed``: an act in a clause hedged by an adverb of guessing
  (:data:`cablegram.events.modality.HEDGES`: "perhaps", "maybe", "probably", "likely"; "Perhaps
  Russia will oppose any move") is a guess, even with "will".
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import HEDGES, Site

# Raising verbs that hedge their complement: "seems to", "appears to", "looks to".
SEEM_VERBS = frozenset({"seem", "appear", "look"})
# How the walk from the act reaches the verb of seeming.
SEEM_PATH = frozenset({"xcomp", "acomp", "attr", "prep", "pobj", "pcomp", "dobj", "conj"})
MAX_STEPS = 6


@BLOCKERS.rule("seeming")
def _seeming(site: Site) -> bool:
    # up the clause chain: "said Iran appears to have rejected the offer"
    if any(g.via == "xcomp" and g.token.lemma_.lower() in SEEM_VERBS for g in site.chain):
        return True
    return _seeming_path(site.trigger)


def _seeming_path(trigger: Token) -> bool:
    """The walk from the act through predicates and prepositions to a verb of seeming:
    "seems to be in agreement with", "appears to be a rejection of"."""
    tok: Token = trigger
    via_xcomp = False
    for _ in range(MAX_STEPS):
        if tok.head == tok or tok.dep_ not in SEEM_PATH:
            return False
        via_xcomp = tok.dep_ == "xcomp"
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SEEM_VERBS:
            return via_xcomp
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() != "be" and not via_xcomp:
            return False
    return False


@BLOCKERS.rule("guessed")
def _guessed(site: Site) -> bool:
    return any(
        c.dep_ == "advmod" and c.lower_ in HEDGES for t in site.mood_carriers() for c in t.children
    )
