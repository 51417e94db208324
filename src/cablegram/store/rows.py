"""Rows to records and back: the column lists and converters every read and write shares."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Generic, TypeVar

from cablegram.records import Actor, Document, Event, Removed, Statement
from cablegram.store.errors import StoreError
from cablegram.store.schema import ACTOR_COLUMNS

_DOCUMENT_COLUMNS: Final = (
    "doc_id, source_path, text, title, publisher, authors, date, date_source, url, "
    "date_range_start, date_range_end, date_confidence, teaser"
)


def _actor_select(alias: str, prefix: str) -> str:
    return ", ".join(f'{alias}."{prefix}_{col}"' for col in ACTOR_COLUMNS)


def _actor_insert(prefix: str) -> str:
    return ", ".join(f'"{prefix}_{col}"' for col in ACTOR_COLUMNS)


_STATEMENT_SELECT: Final = (
    's.doc_id, s.statement_id, s.kind, s.text, s.start, s."end", s.sentence, s.cue, '
    f"{_actor_select('s', 'speaker')}, {_actor_select('s', 'addressee')}, "
    "s.spans, s.date, s.date_precision, s.rule"
)
_EVENT_SELECT: Final = (
    'e.doc_id, e.event_id, e.event_type, e.trigger, e.sentence, e.start, e."end", e.mode, '
    "e.negated, e.modality, e.date, e.statement_id, "
    f"{_actor_select('e', 'source')}, {_actor_select('e', 'target')}, "
    "e.date_precision, e.confidence"
)
_ACTOR_WIDTH: Final = len(ACTOR_COLUMNS)


@dataclass(frozen=True, slots=True)
class EventCitation:
    """One document and sentence that reports an event (an event may have many)."""

    event_id: str
    doc_id: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A document's metadata without its text: what a listing of documents shows."""

    doc_id: str
    source_path: str
    title: str | None
    publisher: str | None
    authors: tuple[str, ...]
    date: str | None
    date_source: str | None
    url: str | None
    removed: tuple[Removed, ...]
    date_range: tuple[str, str] | None
    date_confidence: float | None
    teaser: bool = False

    def to_json(self) -> dict[str, Any]:
        """As :meth:`Document.to_json` gives it, less ``text``."""
        return {
            "record": "document",
            "doc_id": self.doc_id,
            "source_path": self.source_path,
            "title": self.title,
            "publisher": self.publisher,
            "authors": list(self.authors),
            "date": self.date,
            "date_source": self.date_source,
            "url": self.url,
            "removed": [{"kind": r.kind, "text": r.text} for r in self.removed],
            "date_range": list(self.date_range) if self.date_range else None,
            "date_confidence": self.date_confidence,
            "teaser": self.teaser,
        }


_SUMMARY_COLUMNS: Final = _DOCUMENT_COLUMNS.replace("text, ", "", 1)
_COUNTED: Final = ("documents", "removed", "actors", "mentions", "statements")


def _actor_values(actor: Actor | None) -> tuple[object, ...]:
    if actor is None:
        return (None,) * _ACTOR_WIDTH
    return (
        actor.name,
        actor.kind,
        actor.text,
        actor.country,
        actor.role,
        actor.title,
        actor.start,
        actor.end,
        actor.actor_id,
        actor.code,
    )


def actor_label(actor: Actor | None, mentions: dict[str, list[str]]) -> str | None:
    """The names an actor goes by here, one a line: what who-filters match substrings of."""
    if actor is None:
        return None
    # Without an actor_id the speaker is tied to no actor record, so to none of its mentions.
    others = mentions.get(actor.actor_id, []) if actor.actor_id else []
    names = [actor.name, actor.text, *others]
    return "\n".join(dict.fromkeys(names))


def _actor_from(values: Sequence[Any]) -> Actor | None:
    name, kind, text, country, role, title, start, end, actor_id, code = values
    if name is None:
        return None
    return Actor(
        name=name,
        kind=kind,
        text=text,
        country=country,
        role=role,
        title=title,
        start=start,
        end=end,
        actor_id=actor_id,
        code=code,
    )


def _document_from(row: Sequence[Any], removed: tuple[Removed, ...]) -> Document:
    (doc_id, source_path, text, title, publisher, authors, date, date_source, url) = row[:9]
    range_start, range_end, confidence, teaser = row[9:13]
    return Document(
        doc_id=doc_id,
        source_path=source_path,
        text=text,
        title=title,
        publisher=publisher,
        authors=tuple(json.loads(authors)),
        date=date,
        date_source=date_source,
        url=url,
        removed=removed,
        date_range=(range_start, range_end) if range_start is not None else None,
        date_confidence=confidence,
        teaser=bool(teaser),
    )


def spans_to_json(statement: Statement) -> str | None:
    """A statement's parts as stored: a JSON list of [start, end], NULL for one part."""
    parts = statement.parts
    if len(parts) == 1 and parts[0] == (statement.start, statement.end):
        return None
    return json.dumps([list(part) for part in parts])


def spans_from(stored: str | None) -> tuple[tuple[int, int], ...]:
    """The parts a stored ``spans`` column holds (() for one part)."""
    if not stored:
        return ()
    return tuple((int(a), int(b)) for a, b in json.loads(stored))


def _statement_from(row: Sequence[Any]) -> Statement:
    doc_id, statement_id, kind, text, start, end, sentence, cue = row[:8]
    spans, date, date_precision, rule = row[8 + 2 * _ACTOR_WIDTH : 12 + 2 * _ACTOR_WIDTH]
    speaker_at = 8
    addressee_at = speaker_at + _ACTOR_WIDTH
    return Statement(
        doc_id=doc_id,
        statement_id=statement_id,
        kind=kind,
        text=text,
        start=start,
        end=end,
        sentence=sentence,
        speaker=_actor_from(row[speaker_at:addressee_at]),
        cue=cue,
        addressee=_actor_from(row[addressee_at : addressee_at + _ACTOR_WIDTH]),
        spans=spans_from(spans),
        date=date,
        date_precision=date_precision,
        rule=rule,
    )


def _event_from(row: Sequence[Any]) -> Event:
    doc_id, event_id, event_type, trigger, sentence, start, end, mode = row[:8]
    negated, modality, date, statement_id = row[8:12]
    date_precision, confidence = row[12 + 2 * _ACTOR_WIDTH : 14 + 2 * _ACTOR_WIDTH]
    source_at = 12
    target_at = source_at + _ACTOR_WIDTH
    return Event(
        doc_id=doc_id,
        event_id=event_id,
        event_type=event_type,
        trigger=trigger,
        sentence=sentence,
        start=start,
        end=end,
        source=_actor_from(row[source_at:target_at]),
        target=_actor_from(row[target_at : target_at + _ACTOR_WIDTH]),
        mode=mode,
        negated=bool(negated),
        modality=modality,
        date=date,
        statement_id=statement_id,
        date_precision=date_precision,
        confidence=1.0 if confidence is None else float(confidence),
    )


Record = TypeVar("Record", Statement, Event)


@dataclass(frozen=True)  # no slots: slotted generic dataclasses break super() on 3.11
class _Table(Generic[Record]):
    """What the shared read path needs to know of a searchable table."""

    name: str
    alias: str
    fts: str
    select: str
    from_row: Callable[[Sequence[Any]], Record]


_STATEMENT_TABLE: Final = _Table[Statement](
    "statements", "s", "statements_fts", _STATEMENT_SELECT, _statement_from
)
_EVENT_TABLE: Final = _Table[Event]("events", "e", "events_fts", _EVENT_SELECT, _event_from)


class StoreBase:
    """What every part of the store works on: one SQLite connection and the file's path."""

    _conn: sqlite3.Connection
    _path: Path

    @contextmanager
    def _transaction(self, what: str) -> Iterator[sqlite3.Connection]:
        """One ``BEGIN IMMEDIATE`` transaction: committed when the block ends, rolled back
        when it raises; an SQLite error becomes a StoreError "<path>: could not <what>: ..."."""
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as err:
            raise StoreError(f"{self._path}: could not {what}: {err}") from err

    def _has_document(self, doc_id: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,))
        return row.fetchone() is not None
