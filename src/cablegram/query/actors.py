"""The actors index: every canonical actor once, with how much the store holds about it.

An actor is its canonical name and country (as the network and the timeline tell them
apart); a row counts the documents that mention it, the statements it made and the events
it is a party to. Busiest first, then by name.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from cablegram.query.common import JSON
from cablegram.records import Actor
from cablegram.store import Store

Key = tuple[str, str | None]


@dataclass(frozen=True, slots=True)
class ActorRow:
    """One canonical actor and its counts."""

    name: str
    kind: str
    country: str | None
    role: str | None
    documents: int
    statements: int
    events: int

    @property
    def records(self) -> int:
        return self.statements + self.events

    def to_json(self) -> JSON:
        return {
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "role": self.role,
            "documents": self.documents,
            "statements": self.statements,
            "events": self.events,
        }


@dataclass(frozen=True, slots=True)
class ActorIndex:
    """A page of the index: ``rows`` from ``offset``, of ``total`` matching actors."""

    rows: tuple[ActorRow, ...]
    total: int
    offset: int
    search: str | None

    def to_json(self) -> JSON:
        return {
            "total": self.total,
            "offset": self.offset,
            "search": self.search,
            "order": "statements and events, most first",
            "actors": [r.to_json() for r in self.rows],
        }


def _key(actor: Actor) -> Key:
    return (actor.name, actor.country)


def actor_index(
    store: Store, search: str | None = None, offset: int = 0, limit: int | None = None
) -> ActorIndex:
    """Canonical actors whose name (or ISO3 country) contains ``search``, busiest first;
    ``limit`` of them from ``offset`` on."""
    documents: dict[Key, set[str]] = defaultdict(set)
    about: dict[Key, tuple[str, str | None]] = {}
    for record in store.actors():
        key = (record.name, record.country)
        documents[key].add(record.doc_id)
        about.setdefault(key, (record.kind, record.role))
    statements: dict[Key, int] = defaultdict(int)
    for statement in store.statements():
        if statement.speaker is not None:
            statements[_key(statement.speaker)] += 1
            about.setdefault(
                _key(statement.speaker), (statement.speaker.kind, statement.speaker.role)
            )
    events: dict[Key, int] = defaultdict(int)
    for event in store.events():
        for side in {_key(a) for a in (event.source, event.target) if a is not None}:
            events[side] += 1
        for actor in (event.source, event.target):
            if actor is not None:
                about.setdefault(_key(actor), (actor.kind, actor.role))
    needle = search.strip().casefold() if search else None
    rows = [
        ActorRow(
            name=name,
            kind=about[(name, country)][0],
            country=country,
            role=about[(name, country)][1],
            documents=len(documents.get((name, country), ())),
            statements=statements.get((name, country), 0),
            events=events.get((name, country), 0),
        )
        for name, country in about
        if needle is None
        or needle in name.casefold()
        or (country is not None and needle == country.casefold())
    ]
    rows.sort(key=lambda r: (-r.records, -r.documents, r.name.casefold()))
    end = None if limit is None else offset + limit
    return ActorIndex(tuple(rows[offset:end]), len(rows), offset, search)
