"""Claims read from an event: the frames its trigger heads or governs ("refused **to send
troops**"), read up to the clause below any verb of saying, and the attitudes with a named
holder inside them. The reading of one frame is :mod:`cablegram.claims.polarity`'s; the
scoring is :mod:`cablegram.claims.read`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from cablegram.claims.antecedents import referred, resolved_frames
from cablegram.claims.frames import joins_in
from cablegram.claims.gerund_subjects import subject_gerund_noun
from cablegram.claims.lexicon import ClaimWords, claim_words
from cablegram.claims.polarity import read_polarity
from cablegram.claims.read import FoundClaim, confidence, is_objects_act, read_holders
from cablegram.claims.tokens import (
    absolute_clause,
    agent_of_noun,
    attitude_complement,
    lemma,
)
from cablegram.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SAYING: Final = frozenset({"say", "tell", "add", "state", "declare", "announce"})


def _names_its_source(trigger: Token, actor: tuple[int, int] | None) -> bool:
    """Whether a trigger noun's own words before it hold the source's mention."""
    if actor is None or trigger.pos_ != "NOUN" or actor[0] < 0:
        return False
    before = [t for t in trigger.subtree if t.i < trigger.i]
    named = [t for t in before if actor[0] <= t.idx < actor[1]]
    # "Austria lifted **its** veto on": a possessive pronoun stands for the clause's
    # subject, whose verb above the noun ("lifted") is read too.
    return any(t.pos_ != "PRON" for t in named)


def _accounts() -> frozenset[str]:
    words = claim_words()
    return words.report_verbs | words.perception_verbs


_ACCOUNTS: Final = _accounts()


def _clause_top(trigger: Token) -> Token:
    """The highest token above the trigger below any verb of saying: the clause the
        event's source acts in ("France had no plans to send troops", not "..., he said").
        A complement clause with a subject of its own named there is another's act that the
        clause above takes an attitude to, and so is a noun a name owns ("Trump's decision to
    withdraw"): in "we are disappointed that **the US** has decided
        to withdraw" the disappointment is not the US's ("Russia denied that it had sent
        troops", with a pronoun, reads on; so does someone's account, "the Times reported that
        Spain would send troops", which the account rule drops)."""
    node = trigger
    while node.head.i != node.i and lemma(node.head) not in _SAYING:
        if node.dep_ == "relcl":
            # "... after a meeting with Netanyahu, who has criticized the deal": the relative
            # clause is its subject's own; a "did not respond" above it negates nothing in it.
            break
        if node.pos_ == "NOUN" and any(
            c.dep_ == "poss" and c.pos_ != "PRON" for c in node.children
        ):
            # "expressed concerns regarding **Trump's** decision to withdraw": the act is the
            # named owner's; the attitude above the noun is another's.
            break
        if agent_of_noun(node) is not None:
            # "regretted the decision **by the new US administration** to withdraw": the
            # owner named in a "by" phrase, as by a possessive.
            break
        if (
            node.dep_ == "ccomp"
            and _named_subject(node)
            and _subjects(node.head)
            and lemma(node.head) not in _ACCOUNTS
        ):
            break
        node = node.head
    return node


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects, or those of the copula an adjective complements ("we are
    disappointed that ...")."""
    if verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "oprd"):
        verb = verb.head
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _named_subject(verb: Token) -> bool:
    """Whether the verb has a subject and none is a pronoun."""
    subjects = _subjects(verb)
    return bool(subjects) and all(c.pos_ != "PRON" for c in subjects)


_OWN_CLAUSES: Final = frozenset({"advcl", "parataxis", "relcl", "acl", "csubj"})


def _reaches(node: Token, trigger: Token) -> bool:
    """Whether the trigger governs the frame at ``node`` without a clause of its own in
    between ("denounced attempts to reimpose" yes; "..., escalating tensions" no)."""
    words = claim_words()
    while node.i != trigger.i:
        joins = lemma(node) in words.joining_verbs and joins_in(node)
        if (
            node.dep_ in _OWN_CLAUSES
            and node.head.pos_ == "VERB"
            and not attitude_complement(node)
            and not joins
            # "dropped its objection to Sweden joining": the gerund is the noun's content.
            and subject_gerund_noun(node, words) is None
        ):
            # ("..., joining Turkey in rejecting the move": the source's act too.)
            return False
        if absolute_clause(node):
            # "oppose the plan, with Tusk indicating that ...": Tusk's clause.
            return False
        if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return True


_CLIMB: Final = frozenset({"dobj", "obj", "pobj", "prep", "xcomp", "compound", "amod"})


def source_attitude_above(
    trigger: Token, actor: tuple[int, int] | None, words: ClaimWords
) -> Token:
    """The verb of attitude above a trigger noun whose subject is the event's source, else
    the trigger. An event coded on the thing acted on ("Russia refused to extend **the
    agreement**") is read from the attitude ("**refused** to extend the agreement"), so
    that the frame it governs and its polarity are the source's. The climb stays in the
    clause (objects, prepositions, open complements) and stops at a verb with another
    subject."""
    if actor is None or actor[0] < 0 or trigger.pos_ not in ("NOUN", "PROPN"):
        return trigger
    node = trigger
    while node.dep_ in _CLIMB and node.head.i != node.i:
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        if not any(
            s.left_edge.idx <= actor[0] < s.right_edge.idx + len(s.right_edge) for s in subjects
        ):
            return trigger
        word = lemma(node)
        if word in words.against_verbs or word in words.support_verbs:
            return node
        return trigger
    return trigger


def read_event(
    doc: Doc,
    start: int,
    end: int,
    source: str = "event",
    words: ClaimWords | None = None,
    actor: tuple[int, int] | None = None,
) -> list[FoundClaim]:
    """The claims an event's trigger (characters ``start``-``end``) heads or governs.

    ``actor``: the character offsets of the event source's mention. A trigger noun whose
    own words name the source ("**EU** sanctions", "Washington's strikes") is read up to
    the noun only: in "China vowed to retaliate against EU sanctions" the retaliation is
    China's, not the EU's."""
    words = words or claim_words()
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    trigger = span.root
    if _names_its_source(trigger, actor):
        top = trigger
    else:
        trigger = source_attitude_above(trigger, actor, words)
        top = _clause_top(trigger)
    scope = list(top.subtree)
    governed = list(trigger.subtree)
    inside = {t.i for t in scope}

    def is_top(node: Token) -> bool:
        return node.i == top.i or node.head.i not in inside

    found: list[FoundClaim] = []
    for frame in resolved_frames(governed, words):
        if not _reaches(doc[frame.head], trigger) or is_objects_act(doc[frame.head], words):
            continue
        reading = read_polarity(doc[frame.head], is_top, scope, words)
        if reading is not None:
            reading = referred(reading, frame)
            found.append(FoundClaim(frame, reading, confidence(source, reading)))
    return found


def read_event_holders(
    doc: Doc, start: int, end: int, words: ClaimWords | None = None
) -> list[tuple[Actor, FoundClaim]]:
    """The claims of attitudes with a named holder that an event's trigger governs."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    trigger = span.root
    return [
        (actor, found)
        for actor, found in read_holders(list(trigger.subtree), "event", words)
        if _reaches(doc[found.frame.head], trigger)
    ]
