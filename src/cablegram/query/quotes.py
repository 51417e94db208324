"""Statements with their citations: who said what, how, where, and in which sentence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from rich.console import Console
from rich.table import Table
from rich.text import Text

from cablegram.query.common import JSON, ActorRef, DocumentInfo, actor_json, cell, shorten, who
from cablegram.query.dates import DateRange, shown
from cablegram.query.listing import Listing, select
from cablegram.records import Statement
from cablegram.store import Store

_TEXT_WIDTH: Final = 90


@dataclass(frozen=True, slots=True)
class Quote:
    """One statement as the quotes listing shows it.

    ``date`` is when it was said when the text says, else its document's date, with
    ``date_precision`` as for events.
    """

    statement_id: str
    doc_id: str
    kind: str
    text: str
    speaker: ActorRef | None
    cue: str | None
    addressee: ActorRef | None
    document: str
    date: str | None
    date_precision: str | None
    sentence: str

    def to_json(self) -> JSON:
        return {
            "statement_id": self.statement_id,
            "doc_id": self.doc_id,
            "kind": self.kind,
            "text": self.text,
            "speaker": actor_json(self.speaker),
            "cue": self.cue,
            "addressee": actor_json(self.addressee),
            "document": self.document,
            "date": self.date,
            "date_precision": self.date_precision,
            "sentence": self.sentence,
        }


def quote_of(statement: Statement, docs: DocumentInfo) -> Quote:
    own = statement.date
    doc_date = docs.date(statement.doc_id)
    date = own or doc_date
    precision = statement.date_precision if own else "day" if date else None
    return Quote(
        statement_id=statement.statement_id,
        doc_id=statement.doc_id,
        kind=statement.kind,
        text=statement.text,
        speaker=ActorRef.of(statement.speaker),
        cue=statement.cue,
        addressee=ActorRef.of(statement.addressee),
        document=docs.title(statement.doc_id),
        date=date,
        date_precision=precision,
        sentence=statement.sentence,
    )


QuoteList = Listing[Quote]


def find_quotes(
    store: Store,
    speaker: str | None = None,
    country: str | None = None,
    search: str | None = None,
    limit: int | None = None,
    *,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
) -> QuoteList:
    """Statements matching every filter given (see :meth:`Store.statements`), with citations.

    With ``search`` they come best match first (``order`` "relevance"), else in date order,
    undated last. ``since``/``until`` work as for :func:`cablegram.query.events.find_events`.
    Raises :class:`cablegram.query.dates.DateError` for a malformed bound.
    """
    date_range = DateRange.of(since, until)
    docs = DocumentInfo(store)
    # Every match is read, so that ``total`` is true and the date order is over them all.
    found = store.statements(speaker=speaker, country=country, search=search)
    docs.prefetch(s.doc_id for s in found)
    quotes = [quote_of(s, docs) for s in found]
    return select(
        "quotes",
        quotes,
        lambda q: (q.date, q.date_precision),
        lambda q: q.document,
        date_range=date_range,
        limit=limit,
        order="relevance" if search else "date",
    )


def quotes_json(quotes: QuoteList) -> JSON:
    return quotes.to_json()


def render_quotes(quotes: QuoteList, console: Console) -> None:
    """The statements as a table, in the listing's order, with notes on what it leaves out."""
    if not quotes:
        where = "" if quotes.range.open else f" {quotes.range.describe()}"
        console.print(Text(f"No statements match{where}."))
        for line in quotes.notes("statements"):
            console.print(Text(line))
        return
    order = "best match first" if quotes.order == "relevance" else "in date order"
    table = Table(
        title=f"Statements ({quotes.total}), {order}", title_justify="left", show_lines=True
    )
    table.add_column("Date", no_wrap=True)
    table.add_column("Speaker", ratio=1)
    table.add_column("Said", ratio=3)
    table.add_column("Article", ratio=1)
    for q in quotes:
        said = Text(shorten(q.text, _TEXT_WIDTH))
        said.append(f"  ({q.cue or 'no cue'}, {q.kind})", style="dim")
        table.add_row(
            cell(shown(q.date, q.date_precision)),
            who(q.speaker),
            said,
            cell(shorten(q.document, 40)),
        )
    console.print(table)
    for line in quotes.notes("statements"):
        console.print(Text(line))
