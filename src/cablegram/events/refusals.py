"""When a denied act is a refusal (PLOVER REJECT) worth coding, and when it is not.

The retyping rule ``refusal`` (:mod:`~cablegram.events.retype`) reads "will not send
troops" as a REJECT. Two readings keep such a denial from being coded:

- :func:`unvoiced_refusal`: a rejection is voiced, in an actor's own words, with
  "refuse"/"decline" or as a decision not to act ("chose not to recognise"): the author's
  remark that someone will not act ("neither Paris nor
  Berlin will participate") records no act of rejecting;
- :func:`told_by_another`: a refusal is the refuser's own: in someone else's words ("he
  believed France was not going to withdraw its military", said a Nigerien minister) a
  denied act of another state is a claim or a prediction about it, not its REJECT; so is
  any denial under a verb of believing ("believed", "thinks", "expects"), whoever holds it;
- :func:`unaddressed_yield`: PLOVER's REJECT of a yielding act (CAMEO 124, "decline to
  yield", 1246 "decline to de-escalate") is a refusal made to whoever presses for it. A
  yielding act denied only "until" something is done ("he was insisting we won't withdraw
  until the mission is complete"), with no one it is refused to, tells when the act will
  come, not a refusal of it: no REJECT. A refusal with its party ("Russia will not
  withdraw from Ukraine until ..."), told by "refuse"/"decline" ("refused to pull out
  until ..."), or flat ("No way I am going to resign") stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from cablegram.events.modality import Site
from cablegram.records import Actor

# Verbs of believing: a denial under them is a belief about the act, not a refusal of it.
BELIEF_VERBS = frozenset(
    {"believe", "think", "expect", "suspect", "assume", "guess", "doubt", "fear", "reckon"}
)
# Acts of yielding: refused, they are a REJECT only towards someone.
YIELDING_TYPES = frozenset({"RETREAT", "CONCEDE"})


# Verbs of deciding: a decision not to act ("chose not to recognise") is a refusal made.
DECIDING_VERBS = frozenset({"choose", "decide", "opt", "elect", "resolve", "vote"})


def _refusal_word(site: Site) -> bool:
    """ "refused to", "declined to", "its refusal to", "reluctant to" above the act, or a
    decision not to act ("chose not to recognise", "decided not to send")."""
    words = site.table.negative_verbs | site.table.negative_nouns
    return any(t.lemma_.lower() in words for t in site.tokens) or _decided_against(site)


def _decided_against(site: Site) -> bool:
    """The act carries the "not" and an un-negated verb of deciding governs it."""
    if not any(c.dep_ == "neg" for c in site.trigger.children):
        return False
    for gov in site.chain:
        if gov.via != "xcomp":
            return False
        if gov.token.lemma_.lower() in DECIDING_VERBS:
            return not any(c.dep_ == "neg" for c in gov.token.children)
    return False


def unvoiced_refusal(site: Site) -> bool:
    """The denial is the author's, with no refusing word: no act of rejecting."""
    return not site.voiced() and not _refusal_word(site)


# Words that bound a denial in time: "not ... until", "not ... before".
DEFERRING = frozenset({"until", "till", "before", "unless"})


def _deferred(site: Site) -> bool:
    """An "until"/"before" clause or phrase on the act or the words controlling it."""
    for tok in site.tokens:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in DEFERRING:
                return True
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in DEFERRING for m in c.children
            ):
                return True
    return False


def unaddressed_yield(site: Site, pattern_type: str, target: Actor | None) -> bool:
    """A yielding act denied until something is done, with no one it is refused to and
    no refusing word."""
    if pattern_type not in YIELDING_TYPES or target is not None or _refusal_word(site):
        return False
    return _deferred(site)


def told_by_another(site: Site, sources: Sequence[Actor]) -> bool:
    """The denial is in the words of a speaker of another state than every source's, with
    no refusing word: a claim about the source, not its refusal."""
    if _refusal_word(site) or not sources:
        return False
    if any(g.via == "ccomp" and g.token.lemma_.lower() in BELIEF_VERBS for g in site.chain):
        return True  # "he believed France was not going to withdraw"
    statement = site.statement
    if statement is None or statement.speaker is None:
        return False
    speaker = statement.speaker
    if speaker.country is None or any(a.name == speaker.name for a in sources):
        return False
    return all(a.country is not None and a.country != speaker.country for a in sources)
