"""Rule ``retold-act``: an act told in the lede and told again later in other words.

"France arrested three suspects on Tuesday. ... French police detained the three men in a
raid", "Galant resigned Friday. ... Galant's resignation comes three weeks after bombers
struck the airport, in an attack that also hit a metro station": the later telling uses
another word for the act, or a marker of a further act that belongs to another clause, and
names no one else and no other time, so it is the first act told again, not a second one.
:func:`retold_of` finds the one earlier telling a later one restates, for
:func:`cablegram.events.dedup.one_per_act` to merge. It merges only when nothing tells the
two apart:

- the same type, negation and way of telling (asserted and reported count as one), in
  different sentences, and the later not marked as a further act ("also", "again",
  "another": rule ``another-act``);
- the same source actor, or the state and its own arm ("France" and "French police"; not a
  person of the state: "Korea warned" and "its minister warned" may be two acts);
- the same target, or none in both (one telling naming a target the other leaves out may
  be two acts: "Saudi Arabia cut ties with Iran ... Riyadh severed relations" stays two);
  the later has no date, or the same, and names no time the first does not ("On Saturday
  police detained a man" in a paper with no date);
- the first telling is dated (the lede's act has its day, month or year);
- exactly one earlier telling fits: where two could be the one retold ("sanctions on
  Turkey" and "on Ukraine"), which one is not said, and both stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from cablegram.events.dates import MONTHS, WEEKDAYS
from cablegram.events.restated import same_actor
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


def _trigger_offset(event: Event) -> int:
    """Where the trigger sits in its sentence (the first occurrence of its word, as the
    event records the trigger's document offsets, not the sentence's)."""
    found = re.search(rf"\b{re.escape(event.trigger)}\b", event.sentence)
    return found.start() if found else 0


def _told_as(modality: str) -> str:
    return "told" if modality in _TOLD else modality


def _restates(first: Event, later: Event, same_side: SideTest) -> bool:
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
    if later.date is not None:
        return later.date == first.date
    return _times(_own_segment(later)) <= _times(first.sentence)


def retold_of(
    kept: Sequence[Event], later: Event, another: re.Pattern[str], same_side: SideTest
) -> int | None:
    """The index in ``kept`` of the one earlier telling ``later`` restates, or ``None``.

    ``another`` is the pattern of the ``another-act`` words and ``same_side`` the
    ``state-and-its-own`` test of :mod:`cablegram.events.dedup`; both markers (of a further
    act, of another time) are read in the stretch of the later sentence around its trigger."""
    if another.search(_own_segment(later)):
        return None
    fits = [n for n, first in enumerate(kept) if _restates(first, later, same_side)]
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
