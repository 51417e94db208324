"""Rule ``retold-act``: an act told in the lede and told again later in other words.

"France arrested three suspects on Tuesday. ... French police detained the three men in a
raid", "Galant resigned Friday. ... Galant's resignation comes three weeks after bombers
struck the airport, in an attack that also hit a metro station": the later telling uses
another word for the act, or a marker of a further act that belongs to another clause, and
names no one else and no other time, so it is the first act told again, not a second one.
:func:`retold_of` finds the one earlier telling a later one restates, for
:func:`cablegram.events.within_document.one_per_act` to merge. It merges only when nothing tells the
two apart:

- the same type, negation and way of telling (asserted and reported count as one), in
  different sentences, and the later not marked as a further act ("also", "again",
  "another", "separately", "in a separate case": rule ``another-act``) anywhere in its own
  clause, set off by commas or not (a nested clause's "also" is another act's);
- the same source actor, or the state and its own arm ("France" and "French police"; not a
  person of the state: "Korea warned" and "its minister warned" may be two acts);
- the same target, or none in both (one telling naming a target the other leaves out may
  be two acts: "Saudi Arabia cut ties with Iran ... Riyadh severed relations" stays two);
  with no target in both, the later's undergoer not named as new ("detained the suspect",
  not "detained hundreds of protesters" or "a reporter");
  the later has no date, or the same, and names no time the first does not ("On Saturday
  police detained a man" in a paper with no date);
- the first telling is dated (the lede's act has its day, month or year);
- exactly one earlier telling fits: where two could be the one retold ("sanctions on
  Turkey" and "on Ukraine"), which one is not said, and both stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from cablegram.events.dates import MONTHS, WEEKDAYS
from cablegram.events.restated import same_actor
from cablegram.events.tense import clause_verb
from cablegram.records import Actor, Event

SideTest = Callable[[Actor | None, Actor | None], bool]
_TOLD = frozenset({"asserted", "reported"})
# Words of a time the writer gives an act: a later telling that names one the first does not
# ("On Saturday police detained a man") tells of another time, resolved or not.
_TIME_WORDS = re.compile(
    r"\b(?:" + "|".join((*WEEKDAYS, *MONTHS, "yesterday", "today", "tonight", "ago")) + r")\b"
    r"|\b(?:1[89]|20)\d{2}\b",
    re.IGNORECASE,
)


_CLAUSE_BREAK = re.compile(r"[,;:\u2014\u2013()]|\s-\s")
# Further-act words the ``another-act`` pattern of dedup leaves out: "in a separate case".
_SEPARATE = re.compile(r"\b(?:separate|different|new|fresh|other)\b", re.IGNORECASE)
# Heads of clauses nested in the trigger's own: what is said there is of another act.
_NESTED = frozenset({"relcl", "advcl", "ccomp", "acl", "csubj", "parataxis", "conj"})
# Determiners of a noun phrase that names someone not named before ("a journalist").
_NEW_DET = frozenset({"a", "an", "another", "some", "several", "many", "other", "more"})
_OLD_DET = frozenset({"the", "this", "that", "these", "those"})
_COUNT_NOUNS = frozenset(
    {
        "dozen",
        "dozens",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "score",
        "scores",
        "number",
        "group",
        "handful",
        "million",
        "millions",
    }
)


def _times(text: str) -> set[str]:
    return {m.lower() for m in _TIME_WORDS.findall(text)}


def _own_segment(event: Event) -> str:
    """The stretch of the event's sentence between the punctuation around its trigger ("By
    filing the suit" of "By filing the suit, Microsoft is taking ... in a December
    massacre"): what a marker of time or of a further act there says of this act."""
    sentence = event.sentence
    offset = _trigger_offset(event)
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]
    left = max((b for b in breaks if b < offset), default=-1)
    right = min((b for b in breaks if b >= offset), default=len(sentence))
    return sentence[left + 1 : right]


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _own_clause(doc: Doc | None, event: Event) -> str:
    """The words of the clause the event's trigger belongs to (its clause verb's subtree,
    less the clauses nested in it: "in which police also shot two students" of "Soto's
    resignation comes after a riot, in which police also shot two students"), with its
    set-off parts ("Separately, ...", ", in another raid,", ", too"); without a parse,
    the stretch between the punctuation around the trigger."""
    trigger = _trigger_token(doc, event) if doc is not None else None
    if trigger is None:
        return _own_segment(event)
    verb = clause_verb(trigger)
    words: list[Token] = []
    stack = [verb]
    while stack:
        token = stack.pop()
        words.append(token)
        stack.extend(c for c in token.children if c.dep_ not in _NESTED or c.i == trigger.i)
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def _undergoer(trigger: Token) -> Token | None:
    """The head of what the act is done to: the verb's object ("detained a reporter"), its
    passive subject, or the "of" phrase of a noun ("the arrest of two men")."""
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    if trigger.pos_ == "NOUN":
        for prep in trigger.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def new_undergoer(doc: Doc | None, event: Event) -> bool:
    """Rule ``retold-act`` (undergoer): the later telling's act is done to someone it names
    as new: an indefinite noun phrase ("a reporter", "hundreds of protesters", "two women",
    "protesters"), not one told before ("the journalist", "the four men", "his son")."""
    trigger = _trigger_token(doc, event) if doc is not None else None
    head = _undergoer(trigger) if trigger is not None else None
    if head is None or head.pos_ not in ("NOUN", "NUM"):
        return False
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "predet")}
    if dets & _OLD_DET or any(c.dep_ == "poss" for c in head.children):
        return False
    return bool(
        dets & _NEW_DET
        or head.lower_ in _COUNT_NOUNS
        or head.pos_ == "NUM"
        or any(c.dep_ == "nummod" for c in head.children)
        or not dets
    )


def other_time(doc: Doc | None, first: Event, later: Event) -> bool:
    """The later telling's own clause names a time the first's sentence does not ("On
    Saturday police detained a man" after an act told "on Friday")."""
    return not _times(_own_clause(doc, later)) <= _times(first.sentence)


def _trigger_offset(event: Event) -> int:
    """Where the trigger sits in its sentence (the first occurrence of its word, as the
    event records the trigger's document offsets, not the sentence's)."""
    found = re.search(rf"\b{re.escape(event.trigger)}\b", event.sentence)
    return found.start() if found else 0


def _told_as(modality: str) -> str:
    return "told" if modality in _TOLD else modality


def _restates(first: Event, later: Event, same_side: SideTest, doc: Doc | None = None) -> bool:
    if first.sentence == later.sentence or first.start >= later.start:
        return False
    if (first.event_type, first.negated, _told_as(first.modality)) != (
        later.event_type,
        later.negated,
        _told_as(later.modality),
    ):
        return False
    if first.source is None or later.source is None or first.date is None:
        # An undated first telling is no lede's dated act: "Damascus has dismissed any talk
        # of differences" and, later, "the government's rejection of a transition" are two.
        return False
    if not same_actor(first.source, later.source) and (
        "person" in (first.source.kind, later.source.kind)
        or not same_side(first.source, later.source)
    ):
        return False  # a state's act and its minister's, told by the writer, may be two
    if not same_actor(first.target, later.target):
        return False  # one telling naming a target the other does not may be two acts
    if first.target is None and new_undergoer(doc, later):
        return False  # "detained hundreds of protesters" after "arrested a journalist"
    if later.date is not None:
        return later.date == first.date
    return _times(_own_clause(doc, later)) <= _times(first.sentence)


def retold_of(
    kept: Sequence[Event],
    later: Event,
    another: re.Pattern[str],
    same_side: SideTest,
    doc: Doc | None = None,
) -> int | None:
    """The index in ``kept`` of the one earlier telling ``later`` restates, or ``None``.

    ``another`` is the pattern of the ``another-act`` words and ``same_side`` the
    ``state-and-its-own`` test of :mod:`cablegram.events.sides`; both markers (of a further
    act, of another time) are read in the later trigger's own clause when ``doc`` (the
    parsed document the events' offsets point into) is given, else in the stretch of the
    later sentence around its trigger."""
    own = _own_clause(doc, later)
    if another.search(own) or _SEPARATE.search(own):
        return None
    fits = [n for n, first in enumerate(kept) if _restates(first, later, same_side, doc)]
    if len(fits) != 1:
        return None
    # Another act of the type by the same side with another target makes it unclear.
    first = kept[fits[0]]
    rivals = [
        e
        for e in kept
        if e is not first
        and e.event_type == later.event_type
        and e.source is not None
        and (same_actor(e.source, later.source) or same_side(e.source, later.source))
    ]
    return None if rivals else fits[0]
