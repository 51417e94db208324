"""Attitudes told by a participle and its doer: "the recent tests **condemned by the United
States**", "decisions **opposed by Israel**", "an effort **supported by Obama**", "the plan
**backed by Egypt**". A past participle of an attitude verb describing a noun, with a "by"
phrase naming who holds the attitude, states that holder's position on the act the noun
names, whoever speaks and whatever the sentence says of the noun (the "participle" rule).

Only a noun that may name an act (not those who act: "fighters backed by the CIA", "groups
backed by Ankara" name no act), only verbs whose way the vocabulary knows (``against_verbs``
oppose, ``support_verbs`` support), never a negated participle ("not backed by"), and no
bare shell noun ("the plan backed by Egypt": which plan is not said here). The verb's own
frame is none (the "participle" verb rule of :mod:`cablegram.claims.verb_rules`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

from cablegram.claims.frames import Frame, nominal_frame
from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.settings import names_an_act
from cablegram.claims.steps import Polarity, Reading
from cablegram.claims.tokens import doer_of, lemma, predicate_name

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class Participial:
    """A participle's attitude: who holds it (``holder``, the "by" phrase's noun), the
    act's frame and its reading."""

    holder: Token
    frame: Frame
    reading: Reading


def _way(verb: Token, words: ClaimWords) -> Polarity | None:
    """Which way an attitude verb points: oppose, support, or None when the vocabulary
    does not say."""
    if lemma(verb) in words.against_verbs or predicate_name(verb) in words.against_phrasal:
        return "oppose"
    if lemma(verb) in words.support_verbs:
        return "support"
    return None


# Children that give a noun content of its own beside the participle.
_CONTENT: Final = frozenset({"acl", "relcl", "compound", "prep", "nmod", "appos", "amod"})


def _act_of(noun: Token, verb: Token, words: ClaimWords) -> Frame | None:
    """The act a noun the participle describes names; None when it names none, or is a
    bare shell noun ("the plan backed by Egypt": which plan the sentence does not say;
    a treaty noun, "the deal backed by Egypt", names the treaty)."""
    if noun.pos_ != "NOUN" or not names_an_act(noun, words):
        # "the base abandoned by", "the candidates backed by": things and people, no act
        # (a positive test: only a noun that may name an act, "the sanctions opposed by").
        return None
    bare = not any(c.dep_ in _CONTENT and c.i != verb.i for c in noun.children)
    if bare and lemma(noun) in words.shell_nouns - words.treaty_shell_nouns:
        return None
    return nominal_frame(noun, words)


def participial_attitudes(tokens: Iterable[Token], words: ClaimWords) -> Iterator[Participial]:
    """Each attitude a participle among ``tokens`` tells with its holder (see the module)."""
    for verb in tokens:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ != "NOUN":
            continue
        way = _way(verb, words)
        doer = doer_of(verb)
        if way is None or doer is None:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        frame = _act_of(verb.head, verb, words)
        if frame is None:
            continue
        cue = f'participle "{verb.text}" by "{doer.text}"'
        reading = Reading(way, "asserted", (cue,), attitude=True)
        yield Participial(doer, replace(frame, head=verb.head.i, nominal=True), reading)
