"""Events with their citations: who did what to whom, when, and where it was reported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from rich.console import Console
from rich.table import Table
from rich.text import Text

from cablegram.query.common import (
    JSON,
    ActorRef,
    Citation,
    DocumentInfo,
    actor_json,
    cell,
    shorten,
    who,
)
from cablegram.query.dates import DateRange, shown
from cablegram.query.event_floor import EVENT_FLOOR as EVENT_FLOOR
from cablegram.query.listing import Listing, select
from cablegram.records import Event
from cablegram.store import Store

_SENTENCE_WIDTH: Final = 90


def sure_events(events: Iterable[Event], min_confidence: float | None) -> tuple[list[Event], int]:
    """``events`` at least ``min_confidence`` sure (0 to 1; ``None`` or 0 keeps all), and how
    many were left out."""
    kept: list[Event] = []
    left_out = 0
    for event in events:
        if min_confidence and event.confidence < min_confidence:
            left_out += 1
        else:
            kept.append(event)
    return kept, left_out


@dataclass(frozen=True, slots=True)
class EventItem:
    """One event as listings show it.

    ``date`` and ``date_precision`` are the event record's own (``"month"``, ``"year"``: the
    date is the first day of that period; null when the text gives no time), exactly as
    ``cablegram extract`` writes them; ``document_date`` is its first document's date.
    Listings place an event by its own date, else by its document's (``date_source``,
    ``"event"`` or ``"document"``, says which; see :attr:`placed`). ``citations`` are every
    article and sentence reporting it.
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
    date_precision: str | None
    trigger: str
    sentence: str
    statement_id: str | None
    citations: tuple[Citation, ...]
    confidence: float = 1.0
    document_date: str | None = None

    @property
    def placed(self) -> tuple[str | None, str | None]:
        """The date and precision that order the event and test it against a range: its
        own, else its document's (to the day)."""
        if self.date:
            return self.date, self.date_precision
        return self.document_date, "day" if self.document_date else None

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
            "date_precision": self.date_precision,
            "document_date": self.document_date,
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
    date_source = "event" if event.date else "document" if doc_date else None
    return EventItem(
        event_id=event.event_id,
        doc_id=event.doc_id,
        event_type=event.event_type,
        mode=event.mode,
        source=ActorRef.of(event.source),
        target=ActorRef.of(event.target),
        negated=event.negated,
        modality=event.modality,
        date=event.date,
        date_source=date_source,
        date_precision=event.date_precision if event.date else None,
        trigger=event.trigger,
        sentence=event.sentence,
        statement_id=event.statement_id,
        citations=citations,
        confidence=event.confidence,
        document_date=doc_date,
    )


EventList = Listing[EventItem]


def find_events(
    store: Store,
    actor: str | None = None,
    event_type: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    search: str | None = None,
    limit: int | None = None,
    min_confidence: float | None = EVENT_FLOOR,
) -> EventList:
    """Events matching every filter (see :meth:`Store.events`), in date order, undated last.

    ``since``/``until`` (YYYY, YYYY-MM or YYYY-MM-DD, inclusive) keep events whose date (or
    month or year, for a coarse date) overlaps the range; undated events are counted in the
    result's ``undated``. ``limit`` keeps the earliest events; ``total`` counts them all.
    ``min_confidence`` keeps events whose confidence (0 to 1) is at least that, by default
    :data:`EVENT_FLOOR`; ``None`` or 0 keeps every event. The listing counts what it left out.
    Raises :class:`cablegram.query.dates.DateError` for a malformed bound.
    """
    date_range = DateRange.of(since, until)
    docs = DocumentInfo(store)
    found, unsure = sure_events(
        store.events(actor=actor, event_type=event_type, search=search), min_confidence
    )
    items = [event_item(store, e, docs) for e in found]
    return select(
        "events",
        items,
        lambda item: item.placed,
        lambda item: docs.title(item.doc_id),
        date_range=date_range,
        limit=limit,
        unsure=unsure,
        floor=min_confidence,
    )


def events_json(items: EventList) -> JSON:
    return items.to_json()


def _type_cell(item: EventItem) -> str:
    flags = [item.mode] if item.mode else []
    if item.negated:
        flags.append("negated")
    if item.modality != "asserted":
        flags.append(item.modality)
    return f"{item.event_type} ({', '.join(flags)})" if flags else item.event_type


def _date_cell(item: EventItem) -> str | None:
    """The event's own date as people read it, else its article's date, marked as such."""
    own = shown(item.date, item.date_precision)
    if own or not item.document_date:
        return own
    return f"{item.document_date} (article)"


def render_events(items: EventList, console: Console) -> None:
    """The events as a table, earliest first, with notes on what it leaves out."""
    if not items:
        console.print(Text(f"No events match{_in(items)}."))
        for line in items.notes("events"):
            console.print(Text(line))
        return
    table = Table(
        title=f"Events ({items.total}), in date order", title_justify="left", show_lines=True
    )
    table.add_column("Date", no_wrap=True)
    table.add_column("Event", ratio=1)
    table.add_column("Who → whom", ratio=1)
    table.add_column("Reported in", ratio=2)
    for item in items:
        cites = "\n".join(
            f"{shorten(c.sentence, _SENTENCE_WIDTH)} — {shorten(c.document, 40)}"
            for c in item.citations
        )
        pair = Text()
        pair.append_text(who(item.source))
        pair.append(" → ")
        pair.append_text(who(item.target))
        table.add_row(
            cell(_date_cell(item)),
            cell(f"{_type_cell(item)} “{item.trigger}”"),
            pair,
            cell(cites),
        )
    console.print(table)
    for line in items.notes("events"):
        console.print(Text(line))


def _in(items: EventList) -> str:
    return "" if items.range.open else f" {items.range.describe()}"
