"""An actor's timeline: what it said (as speaker) and did or had done to it, in date order.

The actor is matched as the store matches it: a substring of a canonical name or of any
mention of it, case-insensitive; a three-letter filter also matches that ISO3 country.
An entry's date is the event's own date when the text gives one, else its document's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from rich.console import Console
from rich.table import Table

from cablegram.query.common import (
    JSON,
    ActorRef,
    Citation,
    DocumentInfo,
    actor_json,
    cell,
    is_country_code,
    sort_key,
    who,
)
from cablegram.query.events import EventItem, event_item
from cablegram.query.quotes import Quote, quote_of
from cablegram.query.report import shorten
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
    """The entries for an actor filter, dated ones in date order, undated ones after."""

    actor: str
    entries: tuple[TimelineEntry, ...]

    @property
    def actors(self) -> list[str]:
        """The distinct actors the filter matched, as ``Name (ISO3)`` labels."""
        return list(dict.fromkeys(e.actor.label() for e in self.entries if e.actor))

    def to_json(self) -> JSON:
        return {
            "actor": self.actor,
            "matched": self.actors,
            "count": len(self.entries),
            "entries": [e.to_json() for e in self.entries],
        }


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


def build_timeline(store: Store, actor: str) -> Timeline:
    """Everything the store holds about ``actor``, as a timeline."""
    needle = actor.strip()
    code = needle.upper() if is_country_code(needle) else None
    docs = DocumentInfo(store)
    # (sort date, kind order, stored order) keeps same-day entries in a stable order.
    dated: list[tuple[tuple[int, str, int], TimelineEntry]] = []

    statements = {s.statement_id: s for s in store.statements(speaker=needle)}
    if code is not None:
        statements.update({s.statement_id: s for s in store.statements(country=code)})
    for order, statement in enumerate(statements.values()):
        quote = quote_of(statement, docs)
        entry = TimelineEntry(
            kind="statement",
            date=quote.date,
            role="speaker",
            actor=quote.speaker,
            other=quote.addressee,
            summary=quote.text,
            citations=(docs.citation(statement.doc_id, statement.sentence),),
            statement=quote,
        )
        dated.append((sort_key(entry.date, order), entry))

    for order, event in enumerate(store.events(actor=needle), start=len(dated)):
        item = event_item(store, event, docs)
        # The store also matches other mentions of an actor; when neither side's name
        # shows the filter, the source is the likelier subject of the timeline.
        as_target = _matches(item.target, needle, code) and not _matches(item.source, needle, code)
        entry = TimelineEntry(
            kind="event",
            date=item.date,
            role="target" if as_target else "source",
            actor=item.target if as_target else item.source,
            other=item.source if as_target else item.target,
            summary=_event_summary(item),
            citations=item.citations,
            event=item,
        )
        dated.append((sort_key(entry.date, order), entry))

    dated.sort(key=lambda pair: pair[0])
    return Timeline(actor=needle, entries=tuple(entry for _, entry in dated))


def render_timeline(timeline: Timeline, console: Console) -> None:
    if not timeline.entries:
        console.print(f"Nothing in the store for {timeline.actor!r}.")
        return
    table = Table(
        title=f"Timeline of {timeline.actor!r} ({len(timeline.entries)})",
        caption="matched: " + "; ".join(timeline.actors),
        title_justify="left",
        show_lines=True,
    )
    table.add_column("Date", no_wrap=True)
    table.add_column("What", no_wrap=True)
    table.add_column("Actor", overflow="fold")
    table.add_column("Other", overflow="fold")
    table.add_column("Said / did")
    table.add_column("Citation")
    for e in timeline.entries:
        what = "said" if e.kind == "statement" else f"event ({e.role})"
        cites = "\n".join(f"{shorten(c.sentence, _TEXT_WIDTH)} — {c.document}" for c in e.citations)
        table.add_row(
            cell(e.date),
            cell(what),
            who(e.actor),
            who(e.other),
            cell(shorten(e.summary, _TEXT_WIDTH)),
            cell(cites),
        )
    console.print(table)
