"""An actor's timeline: what it said (as speaker) and did or had done to it, in date order.

The actor is matched as the store matches it: a substring of a canonical name or of any
mention of it, case-insensitive; a three-letter filter also matches that ISO3 country.
An entry's date is the event's own date when the text gives one, else its document's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Final, Literal

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
    is_country_code,
    shorten,
    who,
)
from cablegram.query.dates import DateRange, shown
from cablegram.query.events import EVENT_FLOOR, EventItem, event_item, sure_events
from cablegram.query.listing import Listing, Undated, select
from cablegram.query.quotes import Quote, quote_of
from cablegram.store import Store

EntryKind = Literal["statement", "event"]
Role = Literal["speaker", "source", "target"]

_TEXT_WIDTH: Final = 90


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated thing in an actor's timeline: a statement it made, or an event it is in.

    ``actor`` is the matched party, ``other`` the addressee (statements) or the other side
    of the event; exactly one of ``statement`` and ``event`` is set, per ``kind``.
    """

    kind: EntryKind
    date: str | None
    date_precision: str | None
    role: Role
    actor: ActorRef | None
    other: ActorRef | None
    summary: str
    citations: tuple[Citation, ...]
    statement: Quote | None = None
    event: EventItem | None = None

    def to_json(self) -> JSON:
        return {
            "kind": self.kind,
            "date": self.date,
            "date_precision": self.date_precision,
            "role": self.role,
            "actor": actor_json(self.actor),
            "other": actor_json(self.other),
            "summary": self.summary,
            "citations": [c.to_json() for c in self.citations],
            "statement": self.statement.to_json() if self.statement else None,
            "event": self.event.to_json() if self.event else None,
        }


@dataclass(frozen=True, slots=True)
class Timeline:
    """The entries for an actor filter, dated ones in date order (a month or a year after
    the days inside it), undated ones after; ``total``, ``undated`` and ``coarse`` as for a
    :class:`cablegram.query.listing.Listing`."""

    actor: str
    entries: tuple[TimelineEntry, ...]
    total: int = 0
    range: DateRange = field(default_factory=DateRange)
    undated: Undated = field(default_factory=Undated)
    coarse: int = 0
    unsure: int = 0
    floor: float | None = None

    def listing(self) -> Listing[TimelineEntry]:
        return Listing(
            "entries",
            self.entries,
            self.total,
            "date",
            self.range,
            self.undated,
            self.coarse,
            self.unsure,
            self.floor,
        )

    @property
    def actors(self) -> list[str]:
        """The distinct actors the filter matched, as ``Name (ISO3)`` labels."""
        return list(dict.fromkeys(e.actor.label() for e in self.entries if e.actor))

    def to_json(self) -> JSON:
        return {"actor": self.actor, "matched": self.actors} | self.listing().to_json()


def _matches(actor: ActorRef | None, needle: str, code: str | None) -> bool:
    if actor is None:
        return False
    if code is not None and actor.country == code:
        return True
    return needle.casefold() in actor.name.casefold()


def _event_summary(item: EventItem) -> str:
    words = [item.event_type]
    if item.negated:
        words.append("(negated)")
    if item.modality != "asserted":
        words.append(f"({item.modality})")
    words.append(f'"{item.trigger}"')
    return " ".join(words)


def build_timeline(
    store: Store,
    actor: str,
    *,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    limit: int | None = None,
    min_confidence: float | None = EVENT_FLOOR,
) -> Timeline:
    """Everything the store holds about ``actor``, as a timeline.

    ``since``/``until``, ``limit`` and ``min_confidence`` (events only) work as for
    :func:`cablegram.query.events.find_events`.
    Raises :class:`cablegram.query.dates.DateError` for a malformed bound.
    """
    date_range = DateRange.of(since, until)
    needle = actor.strip()
    code = needle.upper() if is_country_code(needle) else None
    docs = DocumentInfo(store)
    found: list[TimelineEntry] = []

    statements = {s.statement_id: s for s in store.statements(speaker=needle)}
    if code is not None:
        statements.update({s.statement_id: s for s in store.statements(country=code)})
    for statement in statements.values():
        quote = quote_of(statement, docs)
        found.append(
            TimelineEntry(
                kind="statement",
                date=quote.date,
                date_precision=quote.date_precision,
                role="speaker",
                actor=quote.speaker,
                other=quote.addressee,
                summary=quote.text,
                citations=(docs.citation(statement.doc_id, statement.sentence),),
                statement=quote,
            )
        )

    events, unsure = sure_events(store.events(actor=needle), min_confidence)
    for event in events:
        item = event_item(store, event, docs)
        # The store also matches other mentions of an actor; when neither side's name
        # shows the filter, the source is the likelier subject of the timeline.
        as_target = _matches(item.target, needle, code) and not _matches(item.source, needle, code)
        found.append(
            TimelineEntry(
                kind="event",
                date=item.placed[0],
                date_precision=item.placed[1],
                role="target" if as_target else "source",
                actor=item.target if as_target else item.source,
                other=item.source if as_target else item.target,
                summary=_event_summary(item),
                citations=item.citations,
                event=item,
            )
        )

    # Statements before events of the same day: the stable sort keeps the order found.
    chosen = select(
        "entries",
        found,
        lambda e: (e.date, e.date_precision),
        lambda e: e.citations[0].document if e.citations else "",
        date_range=date_range,
        limit=limit,
    )
    return Timeline(
        actor=needle,
        entries=chosen.items,
        total=chosen.total,
        range=chosen.range,
        undated=chosen.undated,
        coarse=chosen.coarse,
        unsure=unsure,
        floor=min_confidence,
    )


def render_timeline(timeline: Timeline, console: Console) -> None:
    notes = timeline.listing().notes("entries")
    if not timeline.entries:
        where = "" if timeline.range.open else f" {timeline.range.describe()}"
        console.print(Text(f"Nothing in the store for {timeline.actor!r}{where}."))
        for line in notes:
            console.print(Text(line))
        return
    table = Table(
        title=f"Timeline of {timeline.actor!r} ({timeline.total}), in date order",
        caption="matched: " + "; ".join(timeline.actors),
        title_justify="left",
        show_lines=True,
    )
    table.add_column("Date", no_wrap=True)
    table.add_column("Who", ratio=1)
    table.add_column("Said / did", ratio=2)
    table.add_column("Citation", ratio=2)
    for e in timeline.entries:
        cites = "\n".join(
            f"{shorten(c.sentence, _TEXT_WIDTH)} — {shorten(c.document, 40)}" for c in e.citations
        )
        pair = Text()
        pair.append_text(who(e.actor))
        if e.other is not None:
            pair.append(" → " if e.role != "target" else " ← ")
            pair.append_text(who(e.other))
        verb = "said: " if e.kind == "statement" else f"event ({e.role}): "
        table.add_row(
            cell(shown(e.date, e.date_precision)),
            pair,
            cell(verb + shorten(e.summary, _TEXT_WIDTH)),
            cell(cites),
        )
    console.print(table)
    for line in notes:
        console.print(Text(line))
