"""The questions the stance, actor and network pages ask, answered by ``cablegram.query``.

The web layer computes no answer of its own: the command line, the Python API and these
pages read the same query functions, so a person sees in the browser what ``--json``
prints. This module is the one seam between the pages and those functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cablegram.query.common import ActorRef, is_country_code
from cablegram.query.discourse import DiscourseNetwork, build_discourse
from cablegram.query.network import EventDyad, StatementDyad, build_network
from cablegram.query.stance import StanceResult, find_stance
from cablegram.query.timeline import Timeline, build_timeline
from cablegram.store import Store

__all__ = [
    "DiscourseNetwork",
    "EventDyad",
    "NetworkView",
    "StanceResult",
    "Timeline",
    "discourse",
    "involves",
    "is_country_code",
    "network",
    "stance",
    "timeline",
    "tone",
]

Tone = Literal["cooperative", "conflictual", "mixed"]


def timeline(
    store: Store,
    actor: str,
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> Timeline:
    """What ``actor`` (a name, part of one, or an ISO3 code) said and did, in date order,
    within ``since``/``until`` when given."""
    return build_timeline(store, actor, since=since, until=until, limit=limit)


def stance(store: Store, proposition: str) -> StanceResult:
    """Each country's and actor's stance on ``proposition``, with citations.

    Lexical search only: loading the optional sentence encoder would make one request wait
    seconds; ``cablegram stance --semantic`` is there for that.
    """
    return find_stance(store, proposition, semantic=False)


def discourse(store: Store, proposition: str | None) -> DiscourseNetwork:
    """The discourse network over one proposition, or over every act the claims name."""
    return build_discourse(store, [proposition] if proposition else [])


def tone(dyad: EventDyad) -> Tone:
    """Whether a dyad's events are mostly cooperative, mostly conflictual, or neither."""
    if dyad.cooperative > dyad.conflictual:
        return "cooperative"
    if dyad.conflictual > dyad.cooperative:
        return "conflictual"
    return "mixed"


def involves(actor: ActorRef, who: str) -> bool:
    """Whether ``who`` (a name, part of one, or an ISO3 code) names ``actor``."""
    needle = who.strip()
    if is_country_code(needle) and (actor.country or "").upper() == needle.upper():
        return True
    return needle.casefold() in actor.name.casefold()


@dataclass(frozen=True, slots=True)
class NetworkView:
    """The dyads a network page shows: all of them, or those involving one actor."""

    actor: str | None
    event_dyads: tuple[EventDyad, ...]
    statement_dyads: tuple[StatementDyad, ...]
    undated: int = 0


def network(
    store: Store,
    actor: str | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
    event_type: str | None = None,
    min_count: int = 1,
) -> NetworkView:
    """The store's dyads, narrowed to those with ``actor`` on either side when given, to
    one PLOVER type, to a date range and to dyads of at least ``min_count`` records.
    Raises :class:`cablegram.query.dates.DateError` for a malformed date."""
    built = build_network(
        store,
        min_count,
        since=since,
        until=until,
        event_types=[event_type] if event_type else None,
    )
    if not actor:
        return NetworkView(None, built.event_dyads, built.statement_dyads, built.undated)
    return NetworkView(
        actor,
        tuple(
            d for d in built.event_dyads if involves(d.source, actor) or involves(d.target, actor)
        ),
        tuple(
            d
            for d in built.statement_dyads
            if involves(d.speaker, actor) or involves(d.addressee, actor)
        ),
        built.undated,
    )
