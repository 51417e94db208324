"""The act a claim's words name, read by meaning before it is compared with a proposition
(:func:`cablegram.query.propositions_match.bears_on`): a verb named after what it gives
("arm": giving weapons), a light verb on an act noun ("trigger the snapback"), an act noun
read as the data's term its sentence writes ("military operation"), a plan's object
("the project of an agreement"), and the thing a part or a pace is "of" ("lift most of its
sanctions", "speed up the pace of reform": :func:`of_phrase_object`)."""

from __future__ import annotations

import re
from typing import Final

from cablegram.query.meaning import denominal, is_decision_shell, is_light, object_term

# Nouns and quantifiers that name a part or a measure of the thing their "of" phrase
# names, adding no thing of their own: partitives ("most of its sanctions", "some of the
# troops", "half of the prisoners") and the pace of an act ("the pace of reform", "the
# rate of withdrawals"). Quirk et al. 1985, 5.7-5.9 (partitive constructions). "part" is
# not here: "as part of the talks" names no part that is acted on.
PART_WORDS: Final = frozenset(
    {"most", "some", "all", "half", "bulk", "rest", "remainder", "pace", "rate", "speed"}
)
# Words that may open the "of" phrase before its noun: determiners and possessives.
_OPENERS: Final = frozenset(
    {"the", "its", "their", "his", "her", "our", "a", "an", "this", "these", "those", "that"}
)
# Words that end the noun phrase after "of" (prepositions, conjunctions, relatives).
_ENDERS: Final = frozenset(
    {
        "against", "on", "in", "to", "from", "for", "with", "by", "at", "over", "and", "or",
        "but", "that", "which", "who", "as", "into", "within", "before", "after", "of",
    }
)  # fmt: skip
_WORDS: Final = 4
# Words that end the noun phrase once its noun is read: auxiliaries and modals ("most of
# the sanctions will be lifted"), particles and adverbs of place or time ("out of Syria",
# "now in Afghanistan") and irregular past participles of a reduced relative ("the
# prisoners held in its jails"); participles in -ed and adverbs in -ly are read by ending.
_AFTER_NOUN: Final = frozenset(
    {
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "is",
        "are", "was", "were", "be", "been", "being", "has", "have", "had", "out", "off",
        "up", "down", "away", "back", "now", "still", "already", "there", "here", "held",
        "kept", "left", "built", "sent", "seen", "taken", "given", "made", "put", "set",
        "brought", "bought", "caught", "hidden", "frozen", "stolen", "won", "lost", "found",
        "laid", "paid", "sold", "spent", "stuck", "thrown", "shot", "drawn", "driven",
    }
)  # fmt: skip


def _after_noun(word: str, before: str) -> bool:
    """Whether a word after the first word of the "of" phrase (``before`` the word read
    before it) ends its noun phrase: an auxiliary, particle or participle
    (:data:`_AFTER_NOUN`), a word in -ed or -ly, unless an adverb in -ly comes before it
    ("the newly imposed sanctions") or it is a noun in -eed ("speed", "breed")."""
    low = word.casefold()
    if low in _AFTER_NOUN:
        return True
    if before.casefold().endswith("ly") or low.endswith("eed") or len(low) <= 4:
        return False
    return low.endswith(("ed", "ly"))


def of_phrase_object(obj: str | None, sentence: str | None) -> str | None:
    """The noun a partitive or pace object is "of" in the claim's sentence ("most" of "lift
    most of its sanctions against Iran" -> "sanctions", "pace" of "speed up the pace of
    reform" -> "reform"): the last word of the "of" phrase before a preposition, a
    conjunction, punctuation, or a word that follows its noun (an auxiliary, particle,
    adverb or participle: "most of the sanctions imposed on Iran" -> "sanctions"), at most
    four words on; the object as it is when it is no
    such word, the sentence writes no "of" after it, or the phrase names a person ("most of
    them", a capitalised name)."""
    if obj is None or obj.casefold() not in PART_WORDS or not sentence:
        return obj
    found = re.search(rf"\b{re.escape(obj)}\s+of\s+([^.,;:()!?\"]+)", sentence, re.IGNORECASE)
    if found is None:
        return obj
    words: list[str] = []
    for word in found.group(1).split():
        low = word.casefold()
        if low in _ENDERS or len(words) >= _WORDS or (words and _after_noun(word, words[-1])):
            break
        if not words and low in _OPENERS:
            continue
        words.append(word)
    if not words or not words[-1].isalpha() or not words[-1].islower():
        return obj
    if words[-1] in ("them", "us", "it", "these", "those"):
        return obj
    return words[-1]


def claim_act(predicate: str, obj: str | None, sentence: str | None) -> tuple[str, str | None]:
    """The act a claim names, read by meaning: a verb named after what it gives or lays on
    as that act ("arm" -> "give" / "weapon"), and its object as the data's term the
    sentence writes ("measure" in "retaliatory measures" -> "retaliatory measure")."""
    meant = denominal(predicate)
    if meant is not None:
        return meant
    obj = of_phrase_object(obj, sentence)
    predicate = act_noun_term(predicate, obj, sentence)
    predicate, obj = planned_act(predicate, obj)
    obj = object_term(obj, sentence)
    if obj is not None and is_light(predicate):
        # A light verb on an act noun naming its object too ("triggered the snapback":
        # restoring sanctions) is that act.
        meant = denominal(obj)
        if meant is not None:
            return meant
    return predicate, obj


def act_noun_term(predicate: str, obj: str | None, sentence: str | None) -> str:
    """An act noun heading a claim with no object, read as the data's term the sentence
    writes ending in it ("condemned the Turkish **military operation**", "called on Turkey
    to halt **military action**": "military operation", "military action"), as an object is
    (:func:`cablegram.query.meaning.object_term`); a predicate with an object, or one no
    term of the sentence ends in, stays itself. Not limited to nouns: the lexicon knows
    "action" as a verb too."""
    if obj is not None:
        return predicate
    return object_term(predicate, sentence) or predicate


def planned_act(predicate: str, obj: str | None) -> tuple[str, str | None]:
    """A claim headed by a noun of a decision or plan with the planned thing as its object
    ("the project of an agreement ... is unacceptable", "a plan for a truce": the data's
    decision shell nouns) as that thing, named as the act without object; else as it is.
    The shell adds no act of its own, as a light verb adds none."""
    if obj is None or not is_decision_shell(predicate):
        return predicate, obj
    return obj, None
