"""Who did an attack, where the sentence tells it by a claim of responsibility (a source
fallback joining ``SOURCE_FALLBACKS`` of :mod:`cablegram.events.owners`, after its own):

- ``claimed-responsibility``: an attack noun that someone claims, admits, accepts or takes
  responsibility for ("The Taliban claimed responsibility for the attack", "the group
  admitted responsibility for the bombing") is the claimant's ASSAULT; a responsibility
  denied, rejected or refused, one claimed by no one ("no group has claimed
  responsibility"), one not claimed ("has not claimed responsibility"), or only borne or
  blamed ("Israel bears responsibility for the attack": an accusation, not a claim), is
  left; so is an attack whose result a participle on the claim tells ("claimed
  responsibility for the attack, killing nine people": coded once, from the participle).
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.arguments import source_actors
from cablegram.events.modality import Site
from cablegram.events.owners import SOURCE_FALLBACKS
from cablegram.events.phrases import Context
from cablegram.records import Actor

# Verbs by which one owns up to an act: "claimed responsibility for", "took responsibility".
CLAIM_VERBS = frozenset({"claim", "admit", "accept", "take", "assume", "announce"})
RESPONSIBILITY = frozenset({"responsibility", "credit"})
# Participles that tell an attack's result ("..., killing nine people").
RESULT_VERBS = frozenset({"kill", "wound", "injure", "destroy", "damage", "leave", "hit"})
# Words on a claimant that make the claim no one's.
NO_ONE = frozenset({"no", "nobody", "none", "neither"})


def _claim_verb(act: Token) -> Token | None:
    """The verb of a claim of responsibility for the act noun ("claimed responsibility for
    the attack"), or None."""
    prep = act.head
    if act.dep_ != "pobj" or prep.lower_ != "for":
        return None
    noun = prep.head
    if noun.lemma_.lower() not in RESPONSIBILITY or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLAIM_VERBS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "has not claimed responsibility"
    if any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in RESULT_VERBS
        for c in verb.children
    ):
        return None  # "claimed responsibility for the attack, killing 9": the participle
    return verb


@SOURCE_FALLBACKS.rule("claimed-responsibility")
def _claimed(trigger: Token, site: Site, ctx: Context, event_type: str) -> list[Actor]:
    """ "The Taliban claimed responsibility for the attack": the claimant."""
    if event_type != "ASSAULT" or trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    verb = _claim_verb(trigger)
    if verb is None:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(t.lower_ in NO_ONE for t in subject.subtree):
        return []
    actors, _ = source_actors(verb, site.chain, site.statement, ctx, event_type)
    return actors
