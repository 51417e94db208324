"""Giving up an attitude against: "Austria lifted its **veto** on the accession of Romania",
"dropped its opposition to", "withdrew its objection to Sweden's membership". The veto or
opposition turns the act it is on against; the verb that gives it up turns it back, so the
claim supports the accession. Word list: ``giving_up_verbs`` in ``data/claim_words.toml``;
the attitudes given up are its ``against_nouns`` and ``act_nouns``.

Only the subject's own attitude is given up: "its veto", "Austria's veto" when Austria is
the subject, or an unowned attitude noun ("dropped opposition to"). An act noun nobody owns
("Police **ended the protest** against the war") or one owned by another ("ended Russia's
blockade") is someone else's act ended: no claim on what it was on, either way. Giving up
an attitude for: a backing taken back by its holder ("withdrew its **support** for the
deal", "ended its **backing** of the plan") stands against what it backed (round 15: a
party that takes back its support no longer counts among the backers and is reported as
turning against); a demand or a call dropped ("dropped its **demand** for a truce") leaves
no claim on what it was for: no longer asking for it is not yet against it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from cablegram.claims.gerund_subjects import subject_gerund_noun
from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.steps import Step, polarity_rule
from cablegram.claims.tokens import lemma, predicate_name, stranded_noun

if TYPE_CHECKING:
    from spacy.tokens import Token


@polarity_rule("giving_up")
def giving_up(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """A verb that gives up the attitude noun it takes as object, when the frame is what
    that attitude is on (inside the noun's phrase, not the noun itself): one more flip."""
    if token.i == head.i or token.pos_ != "VERB":
        return None
    if predicate_name(token) not in words.giving_up_verbs and lemma(token) not in (
        words.giving_up_verbs
    ):
        return None
    given_up = words.against_nouns | words.act_nouns | words.support_nouns
    for noun in token.children:
        if noun.dep_ not in ("dobj", "obj", "nsubjpass") or lemma(noun) not in given_up:
            continue
        if noun.i == head.i:
            # The frame the given-up noun heads itself ("dropped its demand for a cap"):
            # no longer for it is not yet against it; a veto given up turns back.
            if lemma(noun) in words.support_nouns - words.against_nouns - words.act_nouns:
                return Step(f'gives up "{token.text} {noun.text}"', void=True)
            continue
        if (
            noun.left_edge.i <= head.i <= noun.right_edge.i
            or _stranded_on(token, noun, head)
            or _gerund_of(token, noun, head, words)
        ):
            if lemma(noun) in words.support_nouns - words.against_nouns - words.act_nouns:
                if lemma(noun) in BACKING_NOUNS and _owner(token, noun) is not False:
                    # "withdrew its support for the deal": its backing taken back, the
                    # party now stands against what it backed.
                    return Step(f'withdraws "{noun.text}"', flip=True, attitude=True)
                # "dropped its demand for a truce": no longer asking for it, which is not
                # yet against it.
                return Step(f'gives up "{token.text} {noun.text}"', void=True)
            owner = _owner(token, noun)
            if owner is False or (owner is None and lemma(noun) in words.act_nouns):
                return Step(f'ends another\'s "{noun.text}"', void=True)
            return Step(f'gives up "{token.text} {noun.text}"', flip=True, attitude=True)
    return None


# Nouns of backing: taken back by their holder, the holder stands against what they backed
# ("withdrew its support for the plan"); a demand, a call or a plan dropped is no stance.
BACKING_NOUNS: Final = frozenset({"support", "backing", "endorsement"})
_OWN: Final = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def _owner(verb: Token, noun: Token) -> bool | None:
    """Whether the noun belongs to the verb's subject: True for "its veto" or the subject
    named as owner, False for another owner, None for no owner at all."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ in _OWN:
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    named = {t.lower_ for t in poss.subtree if t.is_alpha} - {"the"}
    said = {t.lower_ for t in subject.subtree if t.is_alpha} - {"the"}
    return bool(named) and named <= said


def _stranded_on(verb: Token, noun: Token, head: Token) -> bool:
    """Whether the frame is in a phrase the parser hung on the verb right after the noun
    ("lift its veto **on the accession**": the phrase is the veto's)."""
    return any(
        c.dep_ == "prep"
        and c.i == noun.right_edge.i + 1
        and c.left_edge.i <= head.i <= c.right_edge.i
        and stranded_noun(c, words=None) is not None
        for c in verb.children
    )


def _gerund_of(verb: Token, noun: Token, head: Token, words: ClaimWords) -> bool:
    """Whether the frame is in a gerund with its own subject that the parser hung on the
    verb but is the noun's content ("dropped its objection to **Sweden joining** NATO":
    :func:`cablegram.claims.gerund_subjects.subject_gerund_noun`)."""
    return any(
        c.dep_ == "advcl"
        and c.left_edge.i <= head.i <= c.right_edge.i
        and (found := subject_gerund_noun(c, words)) is not None
        and found.i == noun.i
        for c in verb.children
    )


def given_up_by_subject(noun: Token, words: ClaimWords) -> bool:
    """Whether an attitude noun is the object of a giving-up verb whose subject names
    someone ("**Austria** lifted its veto", "Hungary dropped its demand"): the possessive
    on the noun is then that subject's, whoever reports it."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    if lemma(verb) not in words.giving_up_verbs and predicate_name(verb) not in (
        words.giving_up_verbs
    ):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in verb.children)


# Modal auxiliaries that make a giving-up verb the speaker's call, not a reported act ("the
# EU **should** lift its sanctions").
_CALLING: Final = frozenset({"should", "must", "ought", "need", "could", "can", "may", "might"})


def subjects_positions(
    tokens: Sequence[Token], words: ClaimWords, speaker: tuple[int, int] | None = None
) -> set[int]:
    """The token indices whose frames are a named subject's position, not the speaker's: a
    realised clause in which a name or noun other than the speaker (character span
    ``speaker``) gives up an attitude ("**Turkey dropped** its objection to Finland joining
    the alliance", "**Trump reversed** his decision to pull troops out", officials or aides
    said). What the attitude was on is the subject's course; the reporter takes no position
    on it (read as none: precision first). Empty when the words have no such clause; a call
    ("the EU should lift its veto") is the speaker's and is not taken."""
    inside = {t.i for t in tokens}
    given_up = words.against_nouns | words.act_nouns | words.support_nouns
    out: set[int] = set()
    for verb in tokens:
        if verb.pos_ != "VERB" or any(
            c.dep_ == "aux" and c.lower_ in _CALLING for c in verb.children
        ):
            continue
        if lemma(verb) not in words.giving_up_verbs and (
            predicate_name(verb) not in words.giving_up_verbs
        ):
            continue
        who = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if who is None or who.pos_ in ("PRON", "DET") or _is_speaker(who, speaker):
            continue
        if any(c.dep_ in ("dobj", "obj") and lemma(c) in given_up for c in verb.children):
            out |= {t.i for t in verb.subtree} & inside
    return out


def _is_speaker(who: Token, speaker: tuple[int, int] | None) -> bool:
    if speaker is None:
        return False
    start = who.left_edge.idx
    end = who.right_edge.idx + len(who.right_edge.text)
    return start < speaker[1] and speaker[0] < end
