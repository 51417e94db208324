"""Judgements said of an act: the complement or object that says what it is ("the plan is
**counterproductive**", "would **constitute** a nightmare", "we consider the option the
**worst** of all"), read by the polarity rule ``against`` of :mod:`cablegram.claims.rules`.
The word lists are ``against_adjectives``, ``against_nouns`` and ``complement_adjectives`` of
``data/claim_words.toml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from cablegram.claims.lexicon import ClaimWords, claim_words
from cablegram.claims.tokens import lemma, threat_to_a_good

if TYPE_CHECKING:
    from spacy.tokens import Token

# Dependencies by which a word judges its head: a complement, a clause, a modifier.
_JUDGED_BY: Final = frozenset({"acomp", "attr", "oprd", "advcl", "xcomp", "amod"})


def said_to_be(child: Token, words: ClaimWords | None = None) -> bool:
    """Whether a child says what its head's subject is: a complement, or the object of one
    of ``copular_objects`` ("would constitute a legal nightmare")."""
    words = words or claim_words()
    if child.dep_ in ("attr", "oprd"):
        return True
    if child.dep_ not in ("dobj", "obj"):
        return False
    if lemma(child.head) in words.copular_objects:
        return True
    # "we consider the option the worst of all": the parser makes the judgement a second
    # object of the verb of naming (``naming_verbs``).
    return lemma(child.head) in words.naming_verbs and any(
        c.dep_ in ("dobj", "obj") and c.i < child.i for c in child.head.children
    )


def judged_against(token: Token, words: ClaimWords) -> Token | None:
    """The word that judges ``token`` against: an adjective or noun of the
    ``against_adjectives``/``against_nouns`` lists as its complement ("is counterproductive",
    "would constitute a nightmare"), or an adjective on such a complement ("would be a
    dangerous escalation"); a grading modifier ("its worst attack") never, nor an adjective of
    the holder's set before the clause ("Wary of an escalation, Washington urged ..."); None
    if none."""
    for child in token.children:
        if child.dep_ == "advcl" and lemma(child) in words.agent_adjectives:
            # "**Wary** of an escalation, Washington urged ...", "**Unwilling** to wait,
            # France sent ...": an adjective of the holder set before the clause says how
            # the subject stands toward what it governs itself, not what the verb does.
            continue
        if child.dep_ in _JUDGED_BY and lemma(child) in words.against_adjectives:
            if child.dep_ == "amod" and lemma(child) in words.complement_adjectives:
                continue
            return child
        if said_to_be(child, words) and lemma(child) in words.against_adjectives:
            return child
        if said_to_be(child, words) and lemma(child) in words.against_nouns:
            return child
        if said_to_be(child, words) and threat_to_a_good(child, words):
            # "was a direct threat to stability", "posed a danger to security"
            return child
        if said_to_be(child, words) and child.pos_ in ("NOUN", "NUM", "PRON"):
            # "would be a **dangerous** escalation", "was a politicised **one**"
            judge = next(
                (
                    c
                    for c in child.children
                    if c.dep_ == "amod"
                    and lemma(c) in words.against_adjectives - words.complement_adjectives
                ),
                None,
            )
            if judge is not None:
                return judge
    return None
