"""Checks for the consequence rule (:func:`cablegram.claims.rules.consequence`): whether an
effect said of an act judges it. An effect judges only when it is the act's own ("sending
troops would destabilise the region"), not the effect of failing to do it ("**failing** to
extend the deal would undermine trust"), and only on a good that is common or the speaker's,
not an adversary's ("arming Ukraine would undermine **Russia's** security, Zelensky said").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.tokens import is_attitude_word, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# Owners a good may have that stand for the speaker or a common "we".
_OWN: Final = frozenset({"our", "my", "its", "their"})


def act_said_of(said_of: Token, head: Token, words: ClaimWords) -> bool:
    """Whether the effect's subject is the act itself: no verb between them other than an
    attitude word (which its own rule reads: "**refusing** to lift the sanctions"). A verb
    such as "failing", "neglecting" or "delaying" makes the effect that of another act."""
    node = head.head if head.i != said_of.i else head
    while node.i != head.i:
        if node.pos_ in ("VERB", "AUX") and not is_attitude_word(node, words):
            return False
        if node.i == said_of.i or node.head.i == node.i:
            break
        node = node.head
    return True


def others_good(affected: Token, effect: Token, words: ClaimWords) -> bool:
    """Whether the good has an owner named other than the speaker ("Russia's security",
    "the security of Russia", "the regime's credibility"): an adversary's loss may be the
    point of the act, and judges nothing."""
    owners = [c for c in affected.children if c.dep_ == "poss"]
    owners += [
        p
        for c in affected.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if not owners:
        return False
    speaker = _speaker(effect, words)
    said = {t.lower_ for t in speaker.subtree if t.is_alpha} if speaker is not None else set()
    for owner in owners:
        if owner.lower_ in _OWN:
            continue
        named = {t.lower_ for t in owner.subtree if t.is_alpha} - {"the", "of"}
        if not named or not named <= said:
            return True
    return False


def _speaker(effect: Token, words: ClaimWords) -> Token | None:
    """The subject of the verb of saying the effect is reported by, if any."""
    for node in [effect, *effect.ancestors]:
        reporting = node if node.i != effect.i else None
        if reporting is None:
            continue
        if lemma(reporting) in words.report_verbs:
            return next((c for c in reporting.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "..., Zelensky said": the parser may hang the verb of saying on the effect.
    for child in effect.children:
        if lemma(child) in words.report_verbs:
            return next((c for c in child.children if c.dep_ == "nsubj"), None)
    return None
