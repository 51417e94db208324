"""Statements with their citations: who said what, how, where, and in which sentence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from rich.console import Console
from rich.table import Table

from cablegram.query.common import JSON, ActorRef, DocumentInfo, actor_json, cell, who
from cablegram.query.report import shorten
from cablegram.records import Statement
from cablegram.store import Store

_TEXT_WIDTH: Final = 90


@dataclass(frozen=True, slots=True)
class Quote:
    """One statement as the quotes listing shows it."""

    statement_id: str
    doc_id: str
    kind: str
    text: str
    speaker: ActorRef | None
    cue: str | None
    addressee: ActorRef | None
    document: str
    date: str | None
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
            "sentence": self.sentence,
        }


def quote_of(statement: Statement, docs: DocumentInfo) -> Quote:
    return Quote(
        statement_id=statement.statement_id,
        doc_id=statement.doc_id,
        kind=statement.kind,
        text=statement.text,
        speaker=ActorRef.of(statement.speaker),
        cue=statement.cue,
        addressee=ActorRef.of(statement.addressee),
        document=docs.title(statement.doc_id),
        date=docs.date(statement.doc_id),
        sentence=statement.sentence,
    )


def find_quotes(
    store: Store,
    speaker: str | None = None,
    country: str | None = None,
    search: str | None = None,
    limit: int | None = None,
) -> list[Quote]:
    """Statements matching every filter given (see :meth:`Store.statements`), with citations.

    With ``search`` they come best match first, else in stored order.
    """
    docs = DocumentInfo(store)
    found = store.statements(speaker=speaker, country=country, search=search, limit=limit)
    return [quote_of(s, docs) for s in found]


def quotes_json(quotes: list[Quote]) -> JSON:
    return {"count": len(quotes), "quotes": [q.to_json() for q in quotes]}


def render_quotes(quotes: list[Quote], console: Console) -> None:
    if not quotes:
        console.print("No statements match.")
        return
    table = Table(title=f"Statements ({len(quotes)})", title_justify="left", show_lines=True)
    table.add_column("Speaker", overflow="fold")
    table.add_column("Cue")
    table.add_column("Kind", no_wrap=True)
    table.add_column("Text")
    table.add_column("Article", overflow="fold")
    table.add_column("Date", no_wrap=True)
    table.add_column("Sentence")
    for q in quotes:
        table.add_row(
            who(q.speaker),
            cell(q.cue),
            cell(q.kind),
            cell(shorten(q.text, _TEXT_WIDTH)),
            cell(q.document),
            cell(q.date),
            cell(shorten(q.sentence, _TEXT_WIDTH)),
        )
    console.print(table)
