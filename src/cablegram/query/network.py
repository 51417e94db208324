"""Actor-to-actor dyads: who acts on whom (events) and who speaks to whom (statements).

Event dyads run source -> target and count events by PLOVER type. The types fall into
PLOVER's four quad classes, with REQUEST kept apart as neutral because a request may be
friendly or hostile:

- verbal cooperation: AGREE, CONSULT, SUPPORT
- material cooperation: CONCEDE, COOPERATE, AID, RETREAT
- verbal conflict: ACCUSE, REJECT, THREATEN
- material conflict: PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
- neutral: REQUEST

``cooperative`` and ``conflictual`` add the verbal and material classes. A refusal is coded
as REJECT (``negated`` true), so it counts as conflict under its own type. Statement dyads
run speaker -> addressee and are counted apart: saying is not doing. Actors are keyed by
canonical name and country, so one person across articles is one node.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Final, Literal

from rich.console import Console
from rich.table import Table

from cablegram.query.common import JSON, ActorRef, DocumentInfo, cell, who
from cablegram.query.dates import DateRange
from cablegram.query.events import EVENT_FLOOR, sure_events
from cablegram.query.listing import unsure_note
from cablegram.records import Actor
from cablegram.store import Store

Quad = Literal[
    "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "neutral"
]

QUAD_CLASS: Final[dict[str, Quad]] = {
    "AGREE": "verbal_cooperation",
    "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation",
    "CONCEDE": "material_cooperation",
    "COOPERATE": "material_cooperation",
    "AID": "material_cooperation",
    "RETREAT": "material_cooperation",
    "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict",
    "SANCTION": "material_conflict",
    "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
    "REQUEST": "neutral",
}
COOPERATIVE: Final = frozenset(t for t, q in QUAD_CLASS.items() if q.endswith("cooperation"))
CONFLICTUAL: Final = frozenset(t for t, q in QUAD_CLASS.items() if q.endswith("conflict"))

NodeKey = tuple[str, str | None]


def _key(actor: ActorRef) -> NodeKey:
    return (actor.name, actor.country)


@dataclass(frozen=True, slots=True)
class EventDyad:
    """Events from one actor to another, counted by type and by quad class."""

    source: ActorRef
    target: ActorRef
    count: int
    by_type: dict[str, int]
    by_quad: dict[str, int]
    cooperative: int
    conflictual: int
    neutral: int
    negated: int
    event_ids: tuple[str, ...]

    def to_json(self) -> JSON:
        return {
            "source": self.source.to_json(),
            "target": self.target.to_json(),
            "count": self.count,
            "by_type": dict(self.by_type),
            "by_quad": dict(self.by_quad),
            "cooperative": self.cooperative,
            "conflictual": self.conflictual,
            "neutral": self.neutral,
            "negated": self.negated,
            "event_ids": list(self.event_ids),
        }


@dataclass(frozen=True, slots=True)
class StatementDyad:
    """Statements one actor addressed to another ("told the Associated Press")."""

    speaker: ActorRef
    addressee: ActorRef
    count: int
    statement_ids: tuple[str, ...]

    def to_json(self) -> JSON:
        return {
            "speaker": self.speaker.to_json(),
            "addressee": self.addressee.to_json(),
            "count": self.count,
            "statement_ids": list(self.statement_ids),
        }


@dataclass(frozen=True, slots=True)
class Network:
    """Both kinds of dyad, busiest first, each with at least ``min_count`` records."""

    min_count: int
    event_dyads: tuple[EventDyad, ...]
    statement_dyads: tuple[StatementDyad, ...]
    quad_classes: dict[str, str] = field(default_factory=lambda: dict(QUAD_CLASS))
    range: DateRange = field(default_factory=DateRange)
    # Records a date range could not place (no date of their own nor their document's).
    undated: int = 0
    # Events left out because the coder rated them under ``floor`` (see find_events).
    unsure: int = 0
    floor: float | None = None

    @property
    def nodes(self) -> list[ActorRef]:
        """Every actor in a shown dyad, once."""
        seen: dict[NodeKey, ActorRef] = {}
        for d in self.event_dyads:
            seen.setdefault(_key(d.source), d.source)
            seen.setdefault(_key(d.target), d.target)
        for s in self.statement_dyads:
            seen.setdefault(_key(s.speaker), s.speaker)
            seen.setdefault(_key(s.addressee), s.addressee)
        return list(seen.values())

    def to_json(self) -> JSON:
        return {
            "min_count": self.min_count,
            "since": self.range.since,
            "until": self.range.until,
            "undated": self.undated,
            "min_confidence": self.floor,
            "below_min_confidence": self.unsure,
            "quad_classes": dict(self.quad_classes),
            "nodes": [n.to_json() for n in self.nodes],
            "event_dyads": [d.to_json() for d in self.event_dyads],
            "statement_dyads": [d.to_json() for d in self.statement_dyads],
        }


def _ref(actor: Actor | None) -> ActorRef | None:
    return ActorRef.of(actor)


def build_network(
    store: Store,
    min_count: int = 1,
    *,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    event_types: Collection[str] | None = None,
    min_confidence: float | None = EVENT_FLOOR,
) -> Network:
    """Dyads from every event with both a source and a target, and every addressed statement.

    Self-dyads (an actor acting on itself, as "Spain pulled Spain's soldiers out") are kept:
    they are real records, and a drawing can drop them. ``since``/``until`` keep records
    whose date (their own, else their document's) overlaps the range, counting the undated
    ones in ``undated``; ``event_types`` keeps only events of those PLOVER types;
    ``min_confidence`` leaves out events less sure, as :func:`~cablegram.query.events.find_events`.
    Raises :class:`cablegram.query.dates.DateError` for a malformed bound.
    """
    date_range = DateRange.of(since, until)
    docs = DocumentInfo(store)
    undated = 0

    def within(doc_id: str, date: str | None, precision: str | None) -> bool:
        nonlocal undated
        if date is None:
            date, precision = docs.date(doc_id), "day"
        fit = date_range.fit(date, precision)
        undated += fit == "undated"
        return fit in ("inside", "coarse")

    wanted = {t.upper() for t in event_types} if event_types else None
    event_groups: dict[tuple[NodeKey, NodeKey], list[tuple[str, str, bool]]] = defaultdict(list)
    refs: dict[NodeKey, ActorRef] = {}
    events, unsure = sure_events(store.events(), min_confidence)
    for event in events:
        source, target = _ref(event.source), _ref(event.target)
        if source is None or target is None:
            continue
        if wanted is not None and event.event_type not in wanted:
            continue
        if not within(event.doc_id, event.date, event.date_precision):
            continue
        refs.setdefault(_key(source), source)
        refs.setdefault(_key(target), target)
        event_groups[(_key(source), _key(target))].append(
            (event.event_id, event.event_type, event.negated)
        )

    event_dyads: list[EventDyad] = []
    for (source_key, target_key), rows in event_groups.items():
        if len(rows) < min_count:
            continue
        by_type = Counter(event_type for _, event_type, _ in rows)
        by_quad = Counter(QUAD_CLASS.get(event_type, "neutral") for _, event_type, _ in rows)
        event_dyads.append(
            EventDyad(
                source=refs[source_key],
                target=refs[target_key],
                count=len(rows),
                by_type=dict(sorted(by_type.items())),
                by_quad=dict(sorted(by_quad.items())),
                cooperative=sum(n for t, n in by_type.items() if t in COOPERATIVE),
                conflictual=sum(n for t, n in by_type.items() if t in CONFLICTUAL),
                neutral=sum(n for t, n in by_type.items() if t not in COOPERATIVE | CONFLICTUAL),
                negated=sum(1 for _, _, negated in rows if negated),
                event_ids=tuple(event_id for event_id, _, _ in rows),
            )
        )

    statement_groups: dict[tuple[NodeKey, NodeKey], list[str]] = defaultdict(list)
    for statement in store.statements():
        speaker, addressee = _ref(statement.speaker), _ref(statement.addressee)
        if speaker is None or addressee is None:
            continue
        own = statement.date
        if not within(statement.doc_id, own, statement.date_precision):
            continue
        refs.setdefault(_key(speaker), speaker)
        refs.setdefault(_key(addressee), addressee)
        statement_groups[(_key(speaker), _key(addressee))].append(statement.statement_id)
    statement_dyads = [
        StatementDyad(refs[s], refs[a], len(ids), tuple(ids))
        for (s, a), ids in statement_groups.items()
        if len(ids) >= min_count
    ]

    event_dyads.sort(key=lambda d: (-d.count, d.source.name, d.target.name))
    statement_dyads.sort(key=lambda d: (-d.count, d.speaker.name, d.addressee.name))
    return Network(
        min_count,
        tuple(event_dyads),
        tuple(statement_dyads),
        range=date_range,
        undated=undated,
        unsure=unsure,
        floor=min_confidence,
    )


def render_network(network: Network, console: Console) -> None:
    if not network.event_dyads and not network.statement_dyads:
        console.print(f"No dyads with at least {network.min_count} record(s).")
        return
    if network.event_dyads:
        table = Table(
            title=f"Event dyads ({len(network.event_dyads)})",
            caption="cooperative: AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT; "
            "conflictual: ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT; "
            "neutral: REQUEST",
            title_justify="left",
        )
        table.add_column("Source", overflow="fold")
        table.add_column("Target", overflow="fold")
        table.add_column("Events", justify="right")
        table.add_column("Coop.", justify="right")
        table.add_column("Confl.", justify="right")
        table.add_column("Neutral", justify="right")
        table.add_column("By type")
        for d in network.event_dyads:
            table.add_row(
                who(d.source),
                who(d.target),
                cell(d.count),
                cell(d.cooperative),
                cell(d.conflictual),
                cell(d.neutral),
                cell(", ".join(f"{t} {n}" for t, n in d.by_type.items())),
            )
        console.print(table)
    if network.statement_dyads:
        said = Table(
            title=f"Statement dyads ({len(network.statement_dyads)})", title_justify="left"
        )
        said.add_column("Speaker", overflow="fold")
        said.add_column("Addressee", overflow="fold")
        said.add_column("Statements", justify="right")
        for s in network.statement_dyads:
            said.add_row(who(s.speaker), who(s.addressee), cell(s.count))
        console.print(said)
    if network.unsure:
        console.print(unsure_note(network.unsure, "events", network.floor))
    if network.undated:
        console.print(
            f"{network.undated} records have no date and are left out of the range "
            f"{network.range.describe()}."
        )
