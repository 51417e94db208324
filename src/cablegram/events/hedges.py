"""Acts told only as they seem, as a guess, or as a thing received (blocking rules registered
in :data:`cablegram.events.blockers.BLOCKERS`; imported by the coder so that they register).
Precision first: such acts are not coded at all.

- ``seeming``: an act under "seems to", "appears to", "looks to" ("China seems to be in
  agreement with the Indian stand", "she seems to be less welcomed", "Russia appears to
  have attacked") is the writer's impression, not a report;
- ``guessed``: an act in a clause hedged by "perhaps", "maybe", "possibly", "conceivably"
  ("Perhaps Russia will oppose any move") is a guess, even with "will".
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import Site

SEEM_VERBS = frozenset({"seem", "appear", "look"})
# How the walk from the act reaches the verb of seeming.
SEEM_PATH = frozenset({"xcomp", "acomp", "attr", "prep", "pobj", "pcomp", "dobj", "conj"})
GUESS_ADVERBS = frozenset({"perhaps", "maybe", "possibly", "conceivably", "presumably"})
MAX_STEPS = 6


@BLOCKERS.rule("seeming")
def _seeming(site: Site) -> bool:
    tok: Token = site.trigger
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
        c.dep_ == "advmod" and c.lower_ in GUESS_ADVERBS
        for t in site.mood_carriers()
        for c in t.children
    )
