"""Events with their citations: who did what to whom, when, and where it was reported."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from rich.console import Console
from rich.table import Table

from cablegram.query.common import (
    JSON,
    ActorRef,
    Citation,
    DocumentInfo,
    actor_json,
    cell,
    sort_key,
    who,
)
from cablegram.query.report import shorten
from cablegram.records import Event
from cablegram.store import Store

_SENTENCE_WIDTH: Final = 90


@dataclass(frozen=True, slots=True)
class EventItem:
    """One event as listings show it.

    ``date`` is the event's own date when the text gives one, else its first document's
    (``date_source`` says which); ``citations`` are every article and sentence reporting it.
    """

    event_id: str
    doc_id: str
    event_type: str
    mode: str | None
    source: ActorRef | None
    target: ActorRef | None
    negated: bool
    modality: str
    date: str | None
    date_source: str | None
    trigger: str
    sentence: str
    statement_id: str | None
    citations: tuple[Citation, ...]
    confidence: float = 1.0

    def to_json(self) -> JSON:
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "source": actor_json(self.source),
            "target": actor_json(self.target),
            "negated": self.negated,
            "modality": self.modality,
            "date": self.date,
            "date_source": self.date_source,
            "trigger": self.trigger,
            "sentence": self.sentence,
            "statement_id": self.statement_id,
            "citations": [c.to_json() for c in self.citations],
            "confidence": self.confidence,
        }


def event_item(store: Store, event: Event, docs: DocumentInfo) -> EventItem:
    cited = store.event_citations(event.event_id)
    citations = tuple(docs.citation(c.doc_id, c.sentence) for c in cited)
    if not citations:
        citations = (docs.citation(event.doc_id, event.sentence),)
    doc_date = docs.date(event.doc_id)
    date, date_source = (
        (event.date, "event") if event.date else (doc_date, "document" if doc_date else None)
    )
    return EventItem(
        event_id=event.event_id,
        doc_id=event.doc_id,
        event_type=event.event_type,
        mode=event.mode,
        source=ActorRef.of(event.source),
        target=ActorRef.of(event.target),
        negated=event.negated,
        modality=event.modality,
        date=date,
        date_source=date_source,
        trigger=event.trigger,
        sentence=event.sentence,
        statement_id=event.statement_id,
        citations=citations,
        confidence=event.confidence,
    )


def find_events(
    store: Store,
    actor: str | None = None,
    event_type: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    search: str | None = None,
    limit: int | None = None,
    min_confidence: float | None = None,
) -> list[EventItem]:
    """Events matching every filter (see :meth:`Store.events`), in date order, undated last;
    ``min_confidence`` keeps events whose confidence (0 to 1) is at least that."""
    docs = DocumentInfo(store)
    found = store.events(
        actor=actor, event_type=event_type, since=since, until=until, search=search
    )
    if min_confidence is not None:
        found = [e for e in found if e.confidence >= min_confidence]
    items = [event_item(store, e, docs) for e in found]
    items = [
        item
        for _, item in sorted(enumerate(items), key=lambda pair: sort_key(pair[1].date, pair[0]))
    ]
    # Cut after sorting, so a limit keeps the earliest events rather than the first stored.
    return items[:limit] if limit is not None else items


def events_json(items: list[EventItem]) -> JSON:
    return {"count": len(items), "events": [i.to_json() for i in items]}


def _type_cell(item: EventItem) -> str:
    flags = [item.mode] if item.mode else []
    if item.negated:
        flags.append("negated")
    if item.modality != "asserted":
        flags.append(item.modality)
    return f"{item.event_type} ({', '.join(flags)})" if flags else item.event_type


def render_events(items: list[EventItem], console: Console) -> None:
    if not items:
        console.print("No events match.")
        return
    table = Table(title=f"Events ({len(items)})", title_justify="left", show_lines=True)
    table.add_column("Date", no_wrap=True)
    table.add_column("Type")
    table.add_column("Source", overflow="fold")
    table.add_column("Target", overflow="fold")
    table.add_column("Trigger")
    table.add_column("Citations")
    for item in items:
        cites = "\n".join(
            f"{shorten(c.sentence, _SENTENCE_WIDTH)} — {c.document}" for c in item.citations
        )
        table.add_row(
            cell(item.date),
            cell(_type_cell(item)),
            who(item.source),
            who(item.target),
            cell(item.trigger),
            cell(cites),
        )
    console.print(table)
