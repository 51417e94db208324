"""Votes and vetoes on a text named by what it does.

Two shapes in which counting each attitude word once would say the opposite of the text:

- **A veto's purpose** ("used its veto **to halt** a draft calling for a truce", "cast an
  objection to block the deal"): the infinitive hung on an attitude noun against says what
  the veto does, not what it is on; veto and halt are one attitude said twice, read once
  (at the verb). A noun whose infinitive is its content ("a motion to scrap the tax") is
  left to the other rules: voting against it is against scrapping.
- **Against a censure** ("Russia vetoed a resolution **condemning** the annexation", "voted
  against a motion criticising the raids"): standing against a text that censures an act is
  against the censure; it is no support for the act censured, so the act gets no claim
  (precision first). The text itself is still opposed.

- **Abstaining** ("India abstained in the vote on the resolution", "Spain's abstention on
  the motion"): a vote neither way is no position on the text or on what it asks; the
  frames below it get no claim (precision first), whoever tells of it.

Word lists: ``against_verbs``, ``against_nouns``, ``act_nouns``, ``keeping_verbs`` and
``censure_verbs`` and ``text_nouns`` in ``data/claim_words.toml``. A censure describing
anything but a text ("condemned the vote rejecting the deal") is left to the other rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.steps import Step, polarity_rule
from cablegram.claims.tokens import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def purpose_of_veto(noun: Token, head: Token, words: ClaimWords) -> bool:
    """Whether the walk reaches an attitude noun against ("veto", "objection") through its
    infinitive whose verb is itself against or keeps from ("its veto **to halt** ..."):
    the noun then adds nothing to the verb's attitude. Shape: ``noun -acl-> VERB(aux "to")``
    with the frame ``head`` at or below that verb."""
    for child in noun.children:
        if child.dep_ != "acl" or child.pos_ != "VERB":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            continue
        if not child.left_edge.i <= head.i <= child.right_edge.i:
            continue
        word = lemma(child)
        return word in words.against_verbs or word in words.keeping_verbs
    return False


@polarity_rule("censure_opposed")
def censure_opposed(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """A verb of censure describing a text that an attitude against governs: the frame
    below the censure gets no claim ("vetoed a resolution condemning **the annexation**")."""
    if token.i == head.i or token.pos_ != "VERB" or token.dep_ not in ("acl", "relcl"):
        return None
    if lemma(token) not in words.censure_verbs or lemma(token.head) not in words.text_nouns:
        return None
    if _opposed(token.head, words):
        return Step(f'against a text "{token.text}"', void=True)
    return None


def _opposed(text: Token, words: ClaimWords) -> bool:
    """Whether an attitude against governs the noun: its verb ("vetoed the resolution",
    "rejected the motion"), "against" ("voted against the draft") or an attitude noun's
    "on" / "to" ("its veto on the resolution")."""
    above = text.head
    if text.dep_ in ("dobj", "obj", "nsubjpass"):
        return above.pos_ == "VERB" and lemma(above) in words.against_verbs
    if text.dep_ != "pobj":
        return False
    if above.lower_ == "against":
        return True
    owner = above.head
    return above.lower_ in ("on", "to", "of") and (
        lemma(owner) in words.against_nouns or lemma(owner) in words.act_nouns
    )


# Words of a vote cast neither way ("abstained", "an abstention", "refrained from voting").
ABSTAINING: Final = frozenset({"abstain", "abstention"})


@polarity_rule("abstaining")
def abstaining(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """A word of abstaining above the frame ("abstained **in the vote on the resolution**",
    "its abstention on the motion"): no claim either way on what the vote was on."""
    if token.i == head.i or lemma(token) not in ABSTAINING:
        return None
    return Step(f'abstains "{token.text}"', void=True)
