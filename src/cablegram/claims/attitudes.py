"""Claims read from a standing attitude: a position the writer states about an actor, not
quoted and told on no occasion ("Hungary favors the plan", "Norway, which opposes the tax,
...", "Austria has long opposed nuclear power").

The events stage keeps such an attitude as a REJECT or SUPPORT event capped at
:data:`cablegram.events.attitudes.STANDING_CAP`, under the listing's floor: it is no act
(:mod:`cablegram.events.attitudes`). The claims stage reads it like any event (the frame the
attitude verb governs, its polarity) and cites it (``from.kind = "event"``), but the claim
weighs as an unquoted attribution: the writer's summary of where an actor stands, which the
actor's own words (a quoted claim, 0.8) or an act on an occasion (0.7) outweigh. Its
confidence is the event claim's scaled to :data:`ATTITUDE_BASE` (0.5 for an asserted
attitude): alone it decides a stance row (over ``stance_rows.THIN``), beside an opposite
quoted claim the row is mixed rather than turned round by it, and two or more quoted claims
against it outweigh it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Final

from cablegram.claims.read import BASE_CONFIDENCE
from cablegram.events.attitudes import STANDING_CAP
from cablegram.records import Claim, Event

# The weight of a claim read from a standing attitude, in place of an event's.
ATTITUDE_BASE: Final = 0.5
# Event types a standing attitude is coded as (events/attitudes.py).
ATTITUDE_TYPES: Final = frozenset({"SUPPORT", "REJECT"})


def is_standing(event: Event) -> bool:
    """Whether the event is a standing attitude: a SUPPORT or REJECT the events stage kept
    capped as a position (its confidence at or under ``STANDING_CAP``), not an act."""
    return event.event_type in ATTITUDE_TYPES and event.confidence <= STANDING_CAP + 1e-9


def attitude_confidence(event: Event, confidence: float) -> float:
    """A claim's confidence (0-1) read from ``event``: unchanged for an act, scaled from an
    event's base weight to :data:`ATTITUDE_BASE` for a standing attitude (0.7 -> 0.5)."""
    if not is_standing(event):
        return confidence
    return round(confidence * ATTITUDE_BASE / BASE_CONFIDENCE["event"], 2)


def weighed_attitudes(claims: Sequence[Claim], events: Iterable[Event]) -> list[Claim]:
    """The claims, each citing a standing attitude (its own event's claims and those of
    attitude nouns the writer names in its sentence, :mod:`cablegram.claims.narrative`)
    weighed as an unquoted attribution (:func:`attitude_confidence`)."""
    standing = {e.event_id: e for e in events if is_standing(e)}
    return [
        replace(c, confidence=attitude_confidence(standing[c.source_id], c.confidence))
        if c.source_kind == "event" and c.source_id in standing
        else c
        for c in claims
    ]
