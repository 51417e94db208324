"""Negation and modality of an event trigger, read off the dependency parse.

A trigger's *governors* are the words above it in its own clause chain: "had no plans to
send" gives send -> plans -> had. Negation and modal auxiliaries count when they sit on the
trigger or on a governor reached through an infinitive or an object (not through a clause of
saying: "did not say they would attack" does not deny the attack).

The readers of tense and mood that look at single words ("will", "would", "if", "must")
are in :mod:`~cablegram.events.moods` (re-exported here). The registry ``MODALITIES`` of
small named rules reads a trigger's :class:`Site` (the blocking rules, which say that
nothing happened at all, are in :mod:`~cablegram.events.blockers`):

- ``MODALITIES`` say how the event is told, first rule that fires wins: ``hypothetical``
  (would/could/may, if-clauses, plans and proposals), ``reported`` (inside a statement),
  ``future``, else ``asserted``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import overload

from spacy.tokens import Span, Token

from cablegram.events.moods import CONDITION_MARKS as CONDITION_MARKS
from cablegram.events.moods import FUTURE_AUX as FUTURE_AUX
from cablegram.events.moods import HYPOTHETICAL_AUX as HYPOTHETICAL_AUX
from cablegram.events.moods import aux_lemmas as aux_lemmas
from cablegram.events.moods import demand_modal as demand_modal
from cablegram.events.moods import has_unless as has_unless
from cablegram.events.moods import in_condition as in_condition
from cablegram.events.moods import inverted_condition as inverted_condition
from cablegram.events.moods import is_future as is_future
from cablegram.events.moods import is_hypothetical as is_hypothetical
from cablegram.events.moods import is_hypothetical_aux as is_hypothetical_aux
from cablegram.events.moods import is_speculative as is_speculative
from cablegram.events.moods import performative, resumed_charge, scheduled_in_past
from cablegram.events.patterns import Pattern, PatternTable
from cablegram.events.tree import conj_root
from cablegram.records import Modality, Statement
from cablegram.rules import Registry

# Dependencies that keep us inside one event's clause chain when walking up from a trigger.
CHAIN_DEPS = frozenset(
    {"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acl", "attr", "oprd", "acomp", "agent"}
)
# The part of the chain through which a governor's negation or modal reaches the trigger.
CONTROL_DEPS = frozenset({"xcomp", "acl", "dobj", "pobj", "prep", "pcomp", "attr", "oprd", "acomp"})
NEGATIVE_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})


@dataclass(frozen=True, slots=True)
class Governor:
    """A word above the trigger, and the dependency by which the walk reached it."""

    token: Token
    via: str  # the dependency label of the word below it


def governors(trigger: Token, limit: int = 8) -> list[Governor]:
    """The trigger's governors, nearest first, up the clause chain (at most ``limit``)."""
    out: list[Governor] = []
    # A conjoined verb shares its first conjunct's place ("pledged to improve ... and
    # increase ..."), without that conjunct becoming its governor.
    tok = conj_root(trigger, heads=("VERB", "AUX"))
    while tok.dep_ in CHAIN_DEPS and tok.head != tok and len(out) < limit:
        if tok.dep_ == "ccomp" and resumed_charge(tok.head):
            break  # "X accused Y of ..., a charge Y denies": the accusation stands alone
        out.append(Governor(tok.head, tok.dep_))
        tok = tok.head
    return out


def controlling(trigger: Token, chain: Sequence[Governor]) -> list[Token]:
    """The trigger and the governors whose negation and modals carry down to it."""
    out = [trigger]
    tok = trigger
    while tok.dep_ == "conj" and tok.head != tok and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
        out.append(tok)
    for gov in chain:
        if gov.via not in CONTROL_DEPS:
            break
        out.append(gov.token)
    return out


def _subject_negated(verb: Token) -> bool:
    """ "Neither Paris nor Berlin will ...", "no country will ...": a negated subject."""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for tok in child.subtree:
            if tok.lower_ in ("neither", "nor") and tok.dep_ in ("preconj", "cc"):
                return True
            if tok.lower_ in ("no", "none", "nobody") and tok.head == child:
                return True
        if child.lower_ in ("none", "nobody", "nothing"):
            return True
    return False


def is_negated(
    trigger: Token,
    chain: Sequence[Governor],
    negative_verbs: frozenset[str],
    negative_nouns: frozenset[str] = frozenset(),
) -> bool:
    """Whether the text denies the event: a negation on the trigger or the words controlling it,
    "no plans to", "neither ... nor", "never", or a governing "refuse to" / "fail to"."""
    for tok in controlling(trigger, chain):
        if tok != trigger and tok.lemma_.lower() in negative_verbs | negative_nouns:
            return True
        for child in tok.children:
            if child.dep_ == "neg":
                return True
            if child.lower_ == "never" and child.dep_ in ("advmod", "neg"):
                return True
            # "no plans to send", "no talks": a determiner "no" on a noun in the chain.
            if child.dep_ == "det" and child.lower_ == "no":
                return True
            # "neither confirmed nor denied the manoeuvres": both verbs are denied.
            if child.dep_ == "preconj" and child.lower_ == "neither" and tok.pos_ == "VERB":
                return True
        if tok.pos_ in ("VERB", "AUX") and _subject_negated(tok):
            return True
        if _no_way(tok):
            return True
    return False


def _no_way(tok: Token) -> bool:
    """ "No way I'm going to resign": a clause hanging on "no way" is denied."""
    head = tok.head
    return (
        tok.dep_ == "relcl"
        and head.lemma_.lower() == "way"
        and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
    )


class StatementSpans(Sequence[Statement]):
    """A document's statements, indexed by start offset for :func:`statement_at`: finding
    the statement that holds a span reads only those starting near it, so coding the
    events of a long document does not grow with events times statements."""

    def __init__(self, statements: Sequence[Statement]) -> None:
        self._items = tuple(statements)
        self._order = sorted(range(len(self._items)), key=lambda n: self._items[n].start)
        self._starts = [self._items[n].start for n in self._order]
        self._longest = max((s.end - s.start for s in self._items), default=0)

    @overload
    def __getitem__(self, index: int) -> Statement: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Statement]: ...
    def __getitem__(self, index: int | slice) -> Statement | Sequence[Statement]:
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def holding(self, start: int, end: int) -> list[Statement]:
        """The statements whose span holds [start, end), in their given order."""
        lo = bisect.bisect_left(self._starts, end - self._longest)
        hi = bisect.bisect_right(self._starts, start)
        items = self._items
        return [
            items[n]
            for n in sorted(self._order[lo:hi])
            if items[n].start <= start and end <= items[n].end
        ]


def statement_at(start: int, end: int, statements: Sequence[Statement]) -> Statement | None:
    """The statement whose span holds the given character span, if any (the narrowest).

    Pass a :class:`StatementSpans` when asking many times about one document."""
    spans = statements if isinstance(statements, StatementSpans) else StatementSpans(statements)
    holding = spans.holding(start, end)
    return min(holding, key=lambda s: s.end - s.start) if holding else None


# Adverbs of guessing: an act they hedge is not told as done (one list for the blocking rule
# ``guessed`` in events/hedges.py and for a stated "would").
HEDGES = frozenset(
    {"probably", "perhaps", "possibly", "maybe", "likely", "conceivably", "presumably"}
)


@dataclass(frozen=True, slots=True)
class Site:
    """A trigger in its sentence: what every modality and blocking rule reads.

    ``chain`` are its governors (nearest first), ``tokens`` the trigger and the governors
    whose negation and modals carry down to it, ``statement`` the statement holding it.
    """

    trigger: Token
    pattern: Pattern
    chain: tuple[Governor, ...]
    tokens: tuple[Token, ...]
    sent: Span
    statement: Statement | None
    table: PatternTable
    # Cleaning removed a photo credit from the document: a caption may remain above it.
    credits_removed: bool = False

    def under_speech(self) -> bool:
        """The event sits in the complement of a verb of saying ("said they would ...")."""
        return any(
            g.via == "ccomp" and g.token.lemma_.lower() in self.table.speech_verbs
            for g in self.chain
        )

    def voiced(self) -> bool:
        """Someone's own words: inside a statement, or under a verb of saying."""
        return self.statement is not None or self.under_speech()

    def mood_carriers(self) -> list[Token]:
        """The words whose modal makes the event speculative: the controlling ones, and
        further up through clauses of any verb but a verb of saying ("could make governments
        reluctant to send" is speculation; "said they could send" reports someone's words)."""
        carriers = list(self.tokens)
        for gov in self.chain:
            if gov.token.lemma_.lower() in self.table.speech_verbs:
                break
            if gov.token not in carriers:
                carriers.append(gov.token)
        return carriers


def stated_would(site: Site) -> bool:
    """A plain "would" (no "could", "might", hedge) in someone's own words: an intention
    the speaker stated, perhaps on a condition ("said they would meet him if ...")."""
    if not site.voiced():
        return False
    modals = {
        c.lower_ for t in site.tokens for c in t.children if c.dep_ in ("aux", "auxpass")
    } & HYPOTHETICAL_AUX
    if not modals or not modals <= {"would", "'d"}:
        return False
    return not any(
        c.lower_ in HEDGES for t in site.tokens for c in t.children if c.dep_ == "advmod"
    )


def reported_intent(site: Site) -> bool:
    """ "Iraq said it would allow ...": a "would" in what an actor said is that actor's stated
    intention (the future seen from the past), not the writer's speculation. Only a plain
    "would" with no condition counts: "could", "might", "may", a hedge ("would probably") or
    an if-clause ("if we did that, we'd send") stay speculation or hypothesis."""
    return stated_would(site) and not any(in_condition(t) for t in site.tokens)


ModalityRule = Callable[[Site], bool]
MODALITIES: Registry[ModalityRule] = Registry("modalities")


def _hoped(site: Site) -> bool:
    """A "hopefully" on the act or on a word above it, short of a verb of saying: "hopefully,
    we're going to be able to create a situation where we cooperate with them"."""
    for tok in [site.trigger, *site.trigger.ancestors]:
        if tok != site.trigger and tok.lemma_.lower() in site.table.speech_verbs:
            return False
        if any(c.lower_ == "hopefully" and c.dep_ == "advmod" for c in tok.children):
            return True
    return False


@MODALITIES.rule("hypothetical")
def _hypothetical(site: Site) -> bool:
    """would/could/might/may (but for a reported plain "would"), an if/unless clause, or a
    "hopefully" on the act or a word above it."""
    if site.pattern.event_type == "THREATEN" and not is_hypothetical_aux(site.tokens):
        # "is threatening strikes on Iran unless it agrees": the ultimatum is the threat's
        # content; the threat itself was made.
        if has_unless(site.tokens):
            return False
    if any(in_condition(t) for t in site.tokens):
        return True
    if _hoped(site):
        return True
    return is_hypothetical(list(site.tokens)) and not reported_intent(site)


@MODALITIES.rule("planned")
def _planned(site: Site) -> bool:
    """ "plans to impose", "a proposal to send", "intends to meet": not done, not promised.
    A denied plan ("had no plans to send") is a refusal, told as it was."""
    if is_negated(site.trigger, site.chain, site.table.negative_verbs, site.table.negative_nouns):
        return False
    for step, gov in enumerate(site.chain):
        # "planned to expand its sanctions": a noun trigger reaches the plan through the
        # verb that governs it as its object.
        noun_object = step == 0 and gov.via == "dobj" and site.trigger.pos_ in ("NOUN", "PROPN")
        if gov.via not in ("xcomp", "acl", "acomp") and not noun_object:
            break
        lemma = gov.token.lemma_.lower()
        if lemma in site.table.plan_verbs or (gov.via == "acl" and lemma in site.table.plan_nouns):
            return True
    # "The UN was set to reimpose sanctions", "Japan was to impose sanctions": arranged then,
    # not told as done.
    return any(scheduled_in_past(t) for t in site.tokens)


# PLOVER's verbal types, whose act is the utterance itself.
PERFORMED_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE"})

# Verbs by which the doer claims an act of its own: "the army claimed to have recaptured
# key sites", "the group purported to have shot down a drone".
CLAIM_VERBS = frozenset({"claim", "purport", "profess"})


@MODALITIES.rule("reported")
def _reported(site: Site) -> bool:
    """Inside a statement, or claimed by its doer ("claimed to have recaptured"): told on
    someone's word, not the writer's. A verbal act the speaker performs in the words quoted
    ("We call on India to ...", said the spokesman) was done, and is asserted."""
    if site.statement is not None:
        return not (
            site.pattern.event_type in PERFORMED_TYPES
            and site.statement.speaker is not None
            and performative(site.trigger)
        )
    below = site.trigger
    for above in site.trigger.ancestors:
        # "claimed in a statement that its forces had advanced, capturing ...": up any path
        # but through a subject ("the attack the army claimed" is the attack's own clause)
        if below.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return False
        if above.lemma_.lower() in CLAIM_VERBS and above.pos_ == "VERB":
            return True
        below = above
    return False


# Verbs that authorise an act without doing it: "voted to send a force to Haiti".
AUTHORISE_VERBS = frozenset({"vote", "authorize", "authorise", "approve", "mandate"})
# Acts a vote performs: "voted to reject the decree", "voted to condemn the invasion".
VOTED_ACTS = frozenset({"REJECT", "AGREE", "ACCUSE", "SUPPORT", "REQUEST"})


@MODALITIES.rule("future")
def _future(site: Site) -> bool:
    """ "will", "is to", a reported "would", or an act voted or authorised ("the council
    has voted to send a force to Haiti"), which is still to be done."""
    voted = any(
        g.via == "xcomp" and g.token.lemma_.lower() in AUTHORISE_VERBS for g in site.chain[:2]
    )
    # "voted unanimously to reject it": a vote to reject, approve or condemn is itself the
    # rejection; only an act the vote orders ("to send a force") is still to come.
    if voted and site.pattern.event_type not in VOTED_ACTS:
        return True
    return is_future(list(site.tokens)) or reported_intent(site)


MODALITY_OF_RULE: dict[str, Modality] = {
    "hypothetical": "hypothetical",
    "planned": "hypothetical",
    "reported": "reported",
    "future": "future",
}


def modality_of(site: Site) -> tuple[Modality, str]:
    """The event's modality and the name of the rule that gave it ("asserted" when none)."""
    for rule in MODALITIES:
        if rule.fn(site):
            return MODALITY_OF_RULE[rule.name], rule.name
    return "asserted", "asserted"
