"""Type rule ``allowed-loss`` (registered in :data:`cablegram.events.kinds.SITE_TYPES`;
imported by :mod:`cablegram.events.registered` so that it registers).

PLOVER's CONCEDE is a party yielding what another asks of it: easing a blockade, letting
aid or inspectors in ("Israel allowed aid trucks to enter Gaza", "allowed 20 trucks to be
delivered"). "Obama allowed Crimea to be taken by Russia", "the army let the town be
overrun", "they permitted the region to be annexed": the subject failed to stop a loss that
a third party inflicted. That is a charge against the subject (its speaker's ACCUSE, told
by whoever says it: issue 11, round 15, "Trump said Obama 'allowed ... Ukraine to be
taken'" was coded CONCEDE by Obama), never a concession the subject made, so the "allow"
codes nothing.

The sign: "allow", "let" or "permit" whose clause is passive ("to be taken", "be overrun")
and whose verb is one of seizing or ruin (:data:`LOSS_VERBS`). An active clause ("allowed
Russia to take Crimea") is left as it was, as is a passive of delivery or release ("allowed
prisoners to be released").
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site

ALLOW_VERBS = frozenset({"allow", "let", "permit"})
# Verbs of seizing and ruin: what happens to a place or people a party failed to defend.
LOSS_VERBS = frozenset(
    {"take", "seize", "annex", "capture", "overrun", "occupy", "invade", "grab", "steal",
     "conquer", "lose", "destroy", "slaughter", "massacre", "kill", "bomb", "attack",
     "swallow", "dismember", "carve"}
)  # fmt: skip


def _lost(clause: Token) -> bool:
    """A passive clause of seizing or ruin: "Crimea to be taken", "the town be overrun"."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    return passive and clause.lemma_.lower() in LOSS_VERBS


@SITE_TYPES.rule("allowed-loss")
def _allowed_loss(site: Site, event_type: str) -> str | None:
    verb = site.trigger
    if event_type != "CONCEDE" or verb.lemma_.lower() not in ALLOW_VERBS:
        return None
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    clauses += [cc for c in clauses for cc in c.conjuncts]
    return "" if clauses and all(_lost(c) for c in clauses) else None
