"""Rule ``retold-act``: an act told in the lede and told again later in other words.

"Saudi Arabia cut diplomatic ties with Iran on Sunday. ... Riyadh severed relations after
protesters stormed its embassy", "France arrested three suspects on Tuesday. ... French
police detained the three men in a raid": the later telling uses another word for the act,
names no one new and no other time, so it is the first act told again, not a second one.
:func:`retold_of` finds the one earlier telling a later one restates, for
:func:`cablegram.events.dedup.one_per_act` to merge. It merges only when nothing tells the
two apart:

- the same type, negation and way of telling (asserted and reported count as one), in
  different sentences, and the later not marked as a further act ("also", "again",
  "another": rule ``another-act``);
- the same source actor, or the state and its own arm ("France" and "French police");
- the later names no target, or the same one; it has no date, or the same;
- exactly one earlier telling fits: where two could be the one retold ("sanctions on
  Turkey" and "on Ukraine"), which one is not said, and both stay.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cablegram.events.restated import same_actor
from cablegram.records import Actor, Event

SideTest = Callable[[Actor | None, Actor | None], bool]
_TOLD = frozenset({"asserted", "reported"})


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
    if first.source is None or later.source is None:
        return False
    if not (same_actor(first.source, later.source) or same_side(first.source, later.source)):
        return False
    if later.target is not None and not same_actor(first.target, later.target):
        return False
    return later.date is None or (later.date == first.date)


def retold_of(
    kept: Sequence[Event], later: Event, another: Callable[[Event], bool], same_side: SideTest
) -> int | None:
    """The index in ``kept`` of the one earlier telling ``later`` restates, or ``None``.

    ``another`` is the ``another-act`` test and ``same_side`` the ``state-and-its-own`` test
    of :mod:`cablegram.events.dedup`."""
    if another(later):
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
