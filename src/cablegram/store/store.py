"""The SQLite store: one transaction per document on the way in, records on the way out.

This module and :mod:`cablegram.store.schema` hold the project's only SQL. Every read
returns the typed records of :mod:`cablegram.records`, so callers never see rows.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Generic, TypeVar

from cablegram.records import (
    Actor,
    ActorRecord,
    Annotation,
    Document,
    Event,
    Mention,
    Removed,
    Statement,
)
from cablegram.store import syndication as _syndication
from cablegram.store.errors import StoreError
from cablegram.store.schema import ACTOR_COLUMNS, migrate, schema_version
from cablegram.store.syndication import SyndicationLink

DEFAULT_PATH: Final = "cablegram.db"
# How long a writer waits for another process's transaction before giving up.
BUSY_TIMEOUT_MS: Final = 10_000
_SQLITE_MAGIC: Final = b"SQLite format 3\x00"

_DOCUMENT_COLUMNS: Final = (
    "doc_id, source_path, text, title, publisher, authors, date, date_source, url, "
    "date_range_start, date_range_end, date_confidence"
)


def _actor_select(alias: str, prefix: str) -> str:
    return ", ".join(f'{alias}."{prefix}_{col}"' for col in ACTOR_COLUMNS)


def _actor_insert(prefix: str) -> str:
    return ", ".join(f'"{prefix}_{col}"' for col in ACTOR_COLUMNS)


_STATEMENT_SELECT: Final = (
    's.doc_id, s.statement_id, s.kind, s.text, s.start, s."end", s.sentence, s.cue, '
    f"{_actor_select('s', 'speaker')}, {_actor_select('s', 'addressee')}"
)
_EVENT_SELECT: Final = (
    'e.doc_id, e.event_id, e.event_type, e.trigger, e.sentence, e.start, e."end", e.mode, '
    "e.negated, e.modality, e.date, e.statement_id, "
    f"{_actor_select('e', 'source')}, {_actor_select('e', 'target')}"
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
    name, kind, text, country, role, title, start, end, actor_id = values
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
    )


def _document_from(row: Sequence[Any], removed: tuple[Removed, ...]) -> Document:
    (doc_id, source_path, text, title, publisher, authors, date, date_source, url) = row[:9]
    range_start, range_end, confidence = row[9:12]
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
    )


def _statement_from(row: Sequence[Any]) -> Statement:
    doc_id, statement_id, kind, text, start, end, sentence, cue = row[:8]
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
    )


def _event_from(row: Sequence[Any]) -> Event:
    doc_id, event_id, event_type, trigger, sentence, start, end, mode = row[:8]
    negated, modality, date, statement_id = row[8:12]
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


_TERM = re.compile(r'"([^"]*)"|(\S+)')


def fts_query(text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must occur.

    Words and ``"quoted phrases"`` are passed as FTS5 strings, so punctuation and words such
    as ``NOT`` or ``NEAR`` never become query syntax; a trailing ``*`` keeps its prefix
    meaning. Returns None when nothing searchable is left.
    """
    parts: list[str] = []
    for match in _TERM.finditer(text):
        phrase, word = match.group(1), match.group(2)
        prefix = word is not None and word.endswith("*")
        raw = phrase if phrase is not None else word.rstrip("*")
        if not any(ch.isalnum() for ch in raw):
            continue
        parts.append('"' + raw.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(parts) or None


def like_pattern(text: str) -> str:
    r"""A LIKE pattern matching ``text`` anywhere, with ``%``, ``_`` and ``\`` taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# The trigram tokenizer indexes runs of three characters: shorter needles need a scan.
_TRIGRAM: Final = 3


def _label_filter(
    fts: str, column: str, needle: str, lower: int | None = None
) -> tuple[str, list[object]]:
    """SQL (and its parameters) for the rowids whose actor labels contain ``needle``.

    Three or more characters make a trigram phrase query: an indexed, case-insensitive
    substring match. A shorter needle falls back to LIKE over the labels. ``lower`` bounds
    the rowids from below, so that a search over its most recent rows reads only those.
    """
    needle = needle.strip()
    bound, extra = ("", []) if lower is None else (" AND rowid >= ?", [lower])
    if len(needle) >= _TRIGRAM:
        return f"SELECT rowid FROM {fts} WHERE {fts} MATCH ?{bound}", [
            '"' + needle.replace('"', '""') + '"',
            *extra,
        ]
    return f"SELECT rowid FROM {fts} WHERE {column} LIKE ? ESCAPE '\\'{bound}", [
        like_pattern(needle),
        *extra,
    ]


def fts_prefix(term: str) -> str:
    """One term as an FTS5 prefix query (``"term"*``), never query syntax: for callers that
    combine terms themselves with ``AND``/``OR`` and parentheses (see
    :meth:`Store.statements_matching`)."""
    return '"' + term.replace('"', '""') + '"*'


# A search with a limit ranks (bm25) at most this many of its most recent matches; see
# Store.statements. Ranking scores every candidate: 5,000 take ~15 ms, a million ~1.5 s.
RANK_WINDOW: Final = 5_000
# How much the window grows when other filters leave too few of its rows.
_WINDOW_GROWTH: Final = 4
# Marks around the words a full-text expression matched (see Store.statements_matching).
# Control characters: cleaning removes them from article text, so they mark unambiguously.
_MARK_OPEN: Final = "\x01"
_MARK_CLOSE: Final = "\x02"
_MARKED: Final = re.compile("\x01([^\x02]*)\x02")


R = TypeVar("R", Statement, Event)


@dataclass(frozen=True, slots=True)
class Match(Generic[R]):
    """A record found by a full-text expression, with the words of it that matched.

    ``words`` are the matched stretches of text as written (a phrase term's words together,
    e.g. "al-Qaeda"), from every indexed column, in text order.
    """

    record: R
    words: tuple[str, ...]


def _marked(*columns: str) -> tuple[str, ...]:
    return tuple(word for column in columns for word in _MARKED.findall(column))


def _iso(value: str | dt.date | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


class Store:
    """A cablegram store: a SQLite file in WAL mode with a versioned schema.

    Open it with :meth:`open`; use it as a context manager or call :meth:`close`.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._path = path

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path = DEFAULT_PATH, *, create: bool = True) -> Store:
        """Open (creating it when ``create`` and missing) and migrate the store at ``path``.

        Raises :class:`StoreError` with a one-line message naming the file when the path is
        a folder, is not a SQLite database, is another program's database, or carries a
        schema newer than this version knows. A file that is not a database is never
        written to.
        """
        target = Path(path)
        name = str(target)
        _check_path(target, name, create)
        try:
            conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as err:
            raise StoreError(f"{name}: cannot open store ({err})") from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            if schema_version(conn) == 0 and _has_tables(conn):
                raise StoreError(f"{name}: a SQLite database, but not a cablegram store")
            conn.execute("PRAGMA journal_mode = WAL")
            # In WAL mode NORMAL loses no committed data on a crash, only on power loss, and
            # spares an fsync per transaction: a large ingest writes one per document.
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn, name)
        except StoreError:
            conn.close()
            raise
        except sqlite3.Error as err:
            conn.close()
            raise StoreError(f"{name}: cannot open store ({err})") from None
        return cls(conn, target)

    @property
    def path(self) -> Path:
        return self._path

    @property
    def schema_version(self) -> int:
        return schema_version(self._conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def write(self, annotation: Annotation) -> bool:
        """Store one annotated document in one transaction.

        Returns False, storing nothing, when its ``doc_id`` is already stored. Any failure
        rolls the whole document back and raises :class:`StoreError`; documents stored
        before it are untouched. An event whose ``event_id`` is already stored (the same
        event reported by another article) is kept once and gains this document's citation.
        """
        doc = annotation.document
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                if self._has_document(doc.doc_id):
                    conn.execute("ROLLBACK")
                    return False
                self._insert(annotation)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as err:
            raise StoreError(
                f"{self._path}: could not store document {doc.doc_id} ({doc.source_path}): {err}"
            ) from err
        return True

    def write_all(self, annotations: Iterable[Annotation]) -> tuple[int, int]:
        """Write each annotation in its own transaction; returns (stored, already stored)."""
        stored = skipped = 0
        for annotation in annotations:
            if self.write(annotation):
                stored += 1
            else:
                skipped += 1
        return stored, skipped

    def write_ingested(
        self,
        annotation: Annotation,
        *,
        fingerprint: tuple[bytes, Sequence[int]] | None = None,
        syndicated_of: tuple[str, float] | None = None,
    ) -> bool:
        """Store one document in one transaction, with its near-duplicate bookkeeping.

        An original is written whole and, given its ``fingerprint`` (MinHash signature and
        band keys), indexed for later near-duplicate look-ups. A syndicated copy, given
        ``syndicated_of`` (the original's doc_id and the similarity), keeps its document
        row and the link, but none of its actors, statements or events: it is the same
        evidence again. Returns False, storing nothing, when the doc_id is already stored.
        """
        doc = annotation.document
        conn = self._conn
        if syndicated_of is not None:
            annotation = Annotation(document=doc)
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                if self._has_document(doc.doc_id):
                    conn.execute("ROLLBACK")
                    return False
                self._insert(annotation)
                if syndicated_of is not None:
                    original, score = syndicated_of
                    _syndication.insert_link(conn, doc.doc_id, original, score)
                elif fingerprint is not None:
                    signature, bands = fingerprint
                    _syndication.insert_fingerprint(conn, doc.doc_id, signature, bands)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as err:
            raise StoreError(
                f"{self._path}: could not store document {doc.doc_id} ({doc.source_path}): {err}"
            ) from err
        return True

    def _insert(self, annotation: Annotation) -> None:
        doc = annotation.document
        conn = self._conn
        conn.execute(
            f"INSERT INTO documents ({_DOCUMENT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc.doc_id,
                doc.source_path,
                doc.text,
                doc.title,
                doc.publisher,
                json.dumps(list(doc.authors)),
                doc.date,
                doc.date_source,
                doc.url,
                doc.date_range[0] if doc.date_range else None,
                doc.date_range[1] if doc.date_range else None,
                doc.date_confidence,
            ),
        )
        conn.executemany(
            "INSERT INTO removed (doc_id, position, kind, text) VALUES (?,?,?,?)",
            [(doc.doc_id, i, r.kind, r.text) for i, r in enumerate(doc.removed)],
        )
        conn.executemany(
            "INSERT INTO actors (doc_id, actor_id, name, kind, country, role, title) "
            "VALUES (?,?,?,?,?,?,?)",
            [
                (doc.doc_id, a.actor_id, a.name, a.kind, a.country, a.role, a.title)
                for a in annotation.actors
            ],
        )
        conn.executemany(
            'INSERT INTO mentions (doc_id, actor_id, position, text, start, "end") '
            "VALUES (?,?,?,?,?,?)",
            [
                (doc.doc_id, a.actor_id, i, m.text, m.start, m.end)
                for a in annotation.actors
                for i, m in enumerate(a.mentions)
            ],
        )
        mentions: dict[str, list[str]] = {
            a.actor_id: [m.text for m in a.mentions] for a in annotation.actors
        }
        actor_slots = ",".join("?" * _ACTOR_WIDTH)
        conn.executemany(
            'INSERT INTO statements (doc_id, statement_id, kind, text, start, "end", sentence, '
            f"cue, {_actor_insert('speaker')}, {_actor_insert('addressee')}, speaker_label) "
            f"VALUES (?,?,?,?,?,?,?,?,{actor_slots},{actor_slots},?)",
            [
                (
                    doc.doc_id,
                    s.statement_id,
                    s.kind,
                    s.text,
                    s.start,
                    s.end,
                    s.sentence,
                    s.cue,
                    *_actor_values(s.speaker),
                    *_actor_values(s.addressee),
                    actor_label(s.speaker, mentions),
                )
                for s in annotation.statements
            ],
        )
        # One event, many sources: an event another article already reported (same type,
        # actors and negation, compatible date, similar wording) gains a citation instead of
        # a second row.
        fresh: list[Event] = []
        citations: list[tuple[str, Event]] = []
        for e in annotation.events:
            known = self._same_stored_event(e)
            if known is None:
                fresh.append(e)
                citations.append((e.event_id, e))
            else:
                citations.append((known, e))
        conn.executemany(
            'INSERT INTO events (doc_id, event_id, event_type, trigger, sentence, start, "end", '
            "mode, negated, modality, date, sort_date, statement_id, "
            f"{_actor_insert('source')}, {_actor_insert('target')}, actor_label) "
            f"VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,{actor_slots},{actor_slots},?) "
            "ON CONFLICT (event_id) DO NOTHING",
            [
                (
                    doc.doc_id,
                    e.event_id,
                    e.event_type,
                    e.trigger,
                    e.sentence,
                    e.start,
                    e.end,
                    e.mode,
                    int(e.negated),
                    e.modality,
                    e.date,
                    e.date or doc.date,
                    e.statement_id,
                    *_actor_values(e.source),
                    *_actor_values(e.target),
                    "\n".join(actor_label(a, mentions) or "" for a in (e.source, e.target)),
                )
                for e in fresh
            ],
        )
        conn.executemany(
            'INSERT OR IGNORE INTO event_citations (event_id, doc_id, sentence, start, "end") '
            "VALUES (?,?,?,?,?)",
            [(event_id, doc.doc_id, e.sentence, e.start, e.end) for event_id, e in citations],
        )

    def _same_stored_event(self, event: Event) -> str | None:
        """The stored event (from another article) that this one reports again, if any."""
        # Imported here: the events package loads spaCy, which readers of a store never need.
        from cablegram.events.dedup import same_event

        if event.source is None or not event.source.country:
            return None  # looked up through the indexed source country only
        rows = self._conn.execute(
            f"SELECT {_EVENT_SELECT} FROM events e WHERE e.source_country = ? "
            "AND e.event_type = ? AND e.negated = ? AND e.doc_id != ? "
            "ORDER BY e.id DESC LIMIT 200",
            (event.source.country, event.event_type, int(event.negated), event.doc_id),
        ).fetchall()
        for row in rows:
            stored = _event_from(row)
            if same_event(stored, event):
                return stored.event_id
        return None

    # -- reading -------------------------------------------------------------------------

    def _has_document(self, doc_id: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,))
        return row.fetchone() is not None

    def has_document(self, doc_id: str) -> bool:
        """Whether a document with this id is stored (so ingest can skip re-annotating it)."""
        return self._has_document(doc_id)

    def documents(self) -> list[Document]:
        """Every stored document, in the order they were stored."""
        removed: dict[str, list[Removed]] = defaultdict(list)
        for doc_id, kind, text in self._conn.execute(
            "SELECT doc_id, kind, text FROM removed ORDER BY doc_id, position"
        ):
            removed[doc_id].append(Removed(kind, text))
        rows = self._conn.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY rowid")
        return [_document_from(row, tuple(removed.get(row[0], ()))) for row in rows]

    def document_count(self) -> int:
        """How many documents are stored."""
        return int(self._conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def document_summaries(
        self,
        offset: int = 0,
        limit: int | None = None,
        *,
        doc_ids: Sequence[str] | None = None,
    ) -> list[DocumentSummary]:
        """Stored documents' metadata, without their text, in the order they were stored:
        ``limit`` of them from ``offset`` on (a page of a listing), or all; only those of
        ``doc_ids`` when given (ids not stored are left out)."""
        if doc_ids is None:
            rows = self._conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM documents ORDER BY rowid LIMIT ? OFFSET ?",
                (-1 if limit is None else limit, offset),
            ).fetchall()
        else:
            rows = []
            for chunk in _chunks(list(dict.fromkeys(doc_ids))):
                marks = ",".join("?" * len(chunk))
                rows.extend(
                    self._conn.execute(
                        f"SELECT {_SUMMARY_COLUMNS}, rowid FROM documents "
                        f"WHERE doc_id IN ({marks})",
                        chunk,
                    )
                )
            rows.sort(key=lambda row: row[-1])
            end = None if limit is None else offset + limit
            rows = [row[:-1] for row in rows[offset:end]]
        removed: dict[str, list[Removed]] = defaultdict(list)
        ids = [row[0] for row in rows]
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for doc_id, kind, text in self._conn.execute(
                f"SELECT doc_id, kind, text FROM removed WHERE doc_id IN ({marks}) "
                "ORDER BY doc_id, position",
                chunk,
            ):
                removed[doc_id].append(Removed(kind, text))
        out = []
        for row in rows:
            doc_id, source_path, title, publisher, authors, date, date_source, url = row[:8]
            range_start, range_end, confidence = row[8:11]
            out.append(
                DocumentSummary(
                    doc_id=doc_id,
                    source_path=source_path,
                    title=title,
                    publisher=publisher,
                    authors=tuple(json.loads(authors)),
                    date=date,
                    date_source=date_source,
                    url=url,
                    removed=tuple(removed.get(doc_id, ())),
                    date_range=(range_start, range_end) if range_start is not None else None,
                    date_confidence=confidence,
                )
            )
        return out

    def counts_by_document(self, doc_ids: Sequence[str]) -> dict[str, dict[str, int]]:
        """:meth:`counts` for each of many documents at once (a few grouped queries, not
        seven per document); a document not stored counts zero everywhere."""
        out = {
            doc_id: dict.fromkeys((*_COUNTED, "events", "event_citations"), 0) for doc_id in doc_ids
        }
        for chunk in _chunks(list(out)):
            marks = ",".join("?" * len(chunk))
            queries = [
                (
                    table,
                    f"SELECT doc_id, count(*) FROM {table} WHERE doc_id IN ({marks}) "
                    "GROUP BY doc_id",
                )
                for table in _COUNTED
            ]
            queries.append(
                (
                    "events",
                    "SELECT doc_id, count(DISTINCT event_id) FROM event_citations "
                    f"WHERE doc_id IN ({marks}) GROUP BY doc_id",
                )
            )
            queries.append(
                (
                    "event_citations",
                    f"SELECT doc_id, count(*) FROM event_citations WHERE doc_id IN ({marks}) "
                    "GROUP BY doc_id",
                )
            )
            for key, sql in queries:
                for doc_id, n in self._conn.execute(sql, chunk):
                    out[doc_id][key] = int(n)
        return out

    def document(self, doc_id: str) -> Document | None:
        """One document by id, or None."""
        row = self._conn.execute(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            return None
        return _document_from(row, tuple(self.removed(doc_id)))

    def removed(self, doc_id: str) -> list[Removed]:
        """What cleaning dropped from one document, in text order."""
        rows = self._conn.execute(
            "SELECT kind, text FROM removed WHERE doc_id = ? ORDER BY position", (doc_id,)
        )
        return [Removed(kind, text) for kind, text in rows]

    def actors(self, doc_id: str | None = None) -> list[ActorRecord]:
        """Actors with their mentions: one document's, or every document's."""
        where, params = ("WHERE doc_id = ?", (doc_id,)) if doc_id is not None else ("", ())
        mentions: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        for m_doc, actor_id, text, start, end in self._conn.execute(
            f'SELECT doc_id, actor_id, text, start, "end" FROM mentions {where} '
            "ORDER BY doc_id, actor_id, position",
            params,
        ):
            mentions[(m_doc, actor_id)].append(Mention(text, start, end))
        rows = self._conn.execute(
            "SELECT doc_id, actor_id, name, kind, country, role, title FROM actors "
            f"{where} ORDER BY rowid",
            params,
        )
        return [
            ActorRecord(
                doc_id=a_doc,
                actor_id=actor_id,
                name=name,
                kind=kind,
                country=country,
                role=role,
                title=title,
                mentions=tuple(mentions.get((a_doc, actor_id), ())),
            )
            for a_doc, actor_id, name, kind, country, role, title in rows
        ]

    def statements(
        self,
        speaker: str | None = None,
        country: str | None = None,
        search: str | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
    ) -> list[Statement]:
        """Statements matching every filter given.

        ``speaker`` matches, case-insensitively and as a substring, the speaker's canonical
        name, the mention that says it, or any mention of that actor in the document.
        ``country`` is the speaker's ISO3 code. ``search`` is full-text over the statement
        and its sentence; results then come best match first (bm25), else in stored order.

        Ranking scores every candidate, which a common word over a large store makes slow
        (a word in half of a million statements: 0.8 s). So a search with a ``limit`` ranks
        a window of the most recent matches: the :data:`RANK_WINDOW` most recent statements
        the search matches (newest by rowid, which the full-text index reads in order,
        however many match), widened fourfold at a time until the other filters leave at
        least ``limit`` of them. A search matching fewer statements ranks them all, exactly
        as without a limit. Without a ``limit`` every match is ranked.
        """
        filtered = speaker is not None or country is not None or doc_id is not None
        return self._select(
            _STATEMENT_TABLE,
            lambda lower, searching: self._statement_filters(
                speaker, country, doc_id, lower, searching
            ),
            filtered,
            search,
            limit,
        )

    @staticmethod
    def _statement_filters(
        speaker: str | None,
        country: str | None,
        doc_id: str | None,
        lower: int | None,
        searching: bool,
    ) -> tuple[list[str], list[object]]:
        where: list[str] = []
        params: list[object] = []
        if speaker is not None:
            label_sql, args = _label_filter(
                "statements_speaker_fts", "speaker_label", speaker, lower
            )
            # With a search, "+" keeps SQLite from running the full-text search once per
            # speaker row (a rowid look-up each) instead of once, checking each match.
            where.append(f"{'+' if searching else ''}s.id IN ({label_sql})")
            params.extend(args)
        if country is not None:
            where.append("s.speaker_country = ?")
            params.append(country.upper())
        if doc_id is not None:
            where.append("s.doc_id = ?")
            params.append(doc_id)
        return where, params

    def _select(
        self,
        table: _Table[Record],
        filters: Callable[[int | None, bool], tuple[list[str], list[object]]],
        filtered: bool,
        search: str | None,
        limit: int | None,
    ) -> list[Record]:
        """Rows of a statements- or events-like table: every filter, then full-text search
        ranked over a window of recent matches when there is a ``limit`` (see
        :meth:`statements`), else all in stored order."""
        alias, fts = table.alias, table.fts
        if search is None:
            where, params = filters(None, False)
            sql = f"SELECT {table.select} FROM {table.name} {alias}"
            if where:
                sql += " WHERE " + " AND ".join(where)
            sql += f" ORDER BY {alias}.id"
            if limit is not None:
                sql += " LIMIT ?"
                params.append(limit)
            return [table.from_row(row) for row in self._conn.execute(sql, params)]
        query = fts_query(search)
        if query is None:
            return []
        source = f"{fts} JOIN {table.name} {alias} ON {alias}.id = {fts}.rowid"

        def where_at(lower: int | None) -> tuple[str, list[object]]:
            where, params = filters(lower, True)
            where.insert(0, f"{fts} MATCH ?")
            params.insert(0, query)
            if lower is not None:
                where.append(f"{fts}.rowid >= ?")
                params.append(lower)
            return " AND ".join(where), params

        lower = None
        if limit is not None:
            lower = self._rank_window(fts, source, query, limit, where_at, filtered)
        clause, params = where_at(lower)
        # "+rank": rank only the rows the filters keep, not every match.
        rank = f"+{fts}.rank" if filtered else f"{fts}.rank"
        sql = f"SELECT {table.select} FROM {source} WHERE {clause} ORDER BY {rank}, {alias}.id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [table.from_row(row) for row in self._conn.execute(sql, params)]

    def _rank_window(
        self,
        fts: str,
        source: str,
        query: str,
        limit: int,
        where_at: Callable[[int | None], tuple[str, list[object]]],
        filtered: bool,
    ) -> int | None:
        """The lowest rowid of the recent matches to rank (see :meth:`statements`), or None
        when the window takes in every match."""
        window = RANK_WINDOW
        while True:
            row = self._conn.execute(
                f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                (query, window - 1),
            ).fetchone()
            if row is None:
                return None
            lower = int(row[0])
            if not filtered:
                return lower
            where, params = where_at(lower)
            kept = self._conn.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {where} LIMIT ?)",
                [*params, limit],
            ).fetchone()[0]
            if kept >= limit:
                return lower
            window *= _WINDOW_GROWTH

    def statements_matching(self, expression: str, limit: int) -> list[Match[Statement]]:
        """The ``limit`` most recent statements a full-text ``expression`` matches.

        ``expression`` is FTS5 syntax built by the caller: :func:`fts_prefix` terms joined
        with ``AND``, ``OR`` and parentheses, never text a user typed (that goes through
        ``statements(search=...)``). Newest first by rowid, which FTS5 reads in order and
        stops early, so the cost is bounded by ``limit`` rather than by how many match.
        Each statement comes with the words of its text and sentence that matched.
        """
        rows = self._conn.execute(
            f"SELECT {_STATEMENT_SELECT}, highlight(statements_fts, 0, ?, ?), "
            "highlight(statements_fts, 1, ?, ?) "
            "FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid "
            "WHERE statements_fts MATCH ? ORDER BY statements_fts.rowid DESC LIMIT ?",
            (_MARK_OPEN, _MARK_CLOSE, _MARK_OPEN, _MARK_CLOSE, expression, limit),
        )
        return [Match(_statement_from(row[:-2]), _marked(row[-2], row[-1])) for row in rows]

    def events(
        self,
        actor: str | None = None,
        event_type: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        doc_id: str | None = None,
        search: str | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Events matching every filter given, in stored order (best match first with ``search``).

        ``actor`` matches the source or the target: a substring of its name or mention, or
        its ISO3 country code. ``since``/``until`` bound the event's date (the document's
        when the event has none), inclusive; ``until="2003"`` takes in all of 2003.
        ``doc_id`` finds every event that document reports, deduplicated ones included.
        A ``search`` with a ``limit`` ranks a window of the most recent matches, as
        :meth:`statements` does.
        """
        filtered = any(v is not None for v in (actor, event_type, since, until, doc_id))
        return self._select(
            _EVENT_TABLE,
            lambda lower, searching: self._event_filters(
                actor, event_type, since, until, doc_id, lower, searching=searching
            ),
            filtered,
            search,
            limit,
        )

    @staticmethod
    def _event_filters(
        actor: str | None,
        event_type: str | None,
        since: str | dt.date | None,
        until: str | dt.date | None,
        doc_id: str | None,
        lower: int | None,
        *,
        searching: bool,
    ) -> tuple[list[str], list[object]]:
        where: list[str] = []
        params: list[object] = []
        if actor is not None:
            label_sql, args = _label_filter("events_actor_fts", "actor_label", actor, lower)
            code = actor.strip().upper()
            bound, extra = ("", []) if lower is None else (" AND id >= ?", [lower])
            plus = "+" if searching else ""
            where.append(
                f"{plus}e.id IN ({label_sql} UNION SELECT id FROM events "
                f"WHERE source_country = ?{bound} "
                f"UNION SELECT id FROM events WHERE target_country = ?{bound})"
            )
            params.extend([*args, code, *extra, code, *extra])
        if event_type is not None:
            where.append("e.event_type = ?")
            params.append(event_type.upper())
        if since is not None:
            where.append("e.sort_date >= ?")
            params.append(_iso(since))
        if until is not None:
            # '~' sorts after every digit and '-', so a bound such as "2003" or "2003-03"
            # takes in every date inside it.
            where.append("e.sort_date <= ?")
            params.append(f"{_iso(until)}~")
        if doc_id is not None:
            where.append("e.event_id IN (SELECT event_id FROM event_citations WHERE doc_id = ?)")
            params.append(doc_id)
        return where, params

    def events_matching(self, expression: str, limit: int) -> list[Match[Event]]:
        """The ``limit`` most recent events a full-text ``expression`` matches, each with
        the words of its sentence and trigger that matched; see :meth:`statements_matching`."""
        rows = self._conn.execute(
            f"SELECT {_EVENT_SELECT}, highlight(events_fts, 0, ?, ?), "
            "highlight(events_fts, 1, ?, ?) "
            "FROM events_fts JOIN events e ON e.id = events_fts.rowid "
            "WHERE events_fts MATCH ? ORDER BY events_fts.rowid DESC LIMIT ?",
            (_MARK_OPEN, _MARK_CLOSE, _MARK_OPEN, _MARK_CLOSE, expression, limit),
        )
        return [Match(_event_from(row[:-2]), _marked(row[-2], row[-1])) for row in rows]

    def event_citations(self, event_id: str) -> list[EventCitation]:
        """Every document and sentence that reports this event, in stored order."""
        rows = self._conn.execute(
            'SELECT c.event_id, c.doc_id, c.sentence, c.start, c."end" FROM event_citations c '
            "JOIN documents d ON d.doc_id = c.doc_id WHERE c.event_id = ? "
            "ORDER BY d.rowid, c.start",
            (event_id,),
        )
        return [EventCitation(*row) for row in rows]

    def counts(self, doc_id: str | None = None) -> dict[str, int]:
        """How many rows each table holds, for the whole store or for one document."""
        tables = ("documents", "removed", "actors", "mentions", "statements")
        out: dict[str, int] = {}
        for table in tables:
            sql = f"SELECT count(*) FROM {table}"
            params: tuple[str, ...] = ()
            if doc_id is not None:
                sql += " WHERE doc_id = ?"
                params = (doc_id,)
            out[table] = int(self._conn.execute(sql, params).fetchone()[0])
        if doc_id is None:
            out["events"] = int(self._conn.execute("SELECT count(*) FROM events").fetchone()[0])
            citations = self._conn.execute("SELECT count(*) FROM event_citations")
        else:
            citations = self._conn.execute(
                "SELECT count(*) FROM event_citations WHERE doc_id = ?", (doc_id,)
            )
            # A document's events are the ones it reports, including deduplicated ones.
            out["events"] = int(
                self._conn.execute(
                    "SELECT count(DISTINCT event_id) FROM event_citations WHERE doc_id = ?",
                    (doc_id,),
                ).fetchone()[0]
            )
        out["event_citations"] = int(citations.fetchone()[0])
        return out

    # -- syndicated copies ----------------------------------------------------------------

    def minhash_candidates(self, bands: Sequence[int]) -> list[tuple[str, bytes]]:
        """Stored originals sharing a band key, with their signatures, earliest first."""
        return _syndication.candidates(self._conn, bands)

    def syndicated_of(self, doc_id: str) -> str | None:
        """The doc_id of the first stored copy when this document is a syndicated copy."""
        return _syndication.original_of(self._conn, doc_id)

    def syndicated_copies(self, doc_id: str) -> list[str]:
        """The doc_ids of this document's syndicated copies, in stored order."""
        return _syndication.copies_of(self._conn, doc_id)

    def syndication_links(self) -> list[SyndicationLink]:
        """Every syndicated copy with the original it links to, in stored order."""
        return _syndication.links(self._conn)

    # -- meta ----------------------------------------------------------------------------

    def get_meta(self, key: str, default: Any = None) -> Any:
        """A value other stages keep in the store (JSON), or ``default``."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_meta(self, key: str, value: Any) -> None:
        """Keep a JSON-serialisable value under ``key``, replacing any earlier one."""
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )


# SQLite takes at most 32,766 parameters a statement (fewer in builds before 3.32).
_CHUNK: Final = 900


def _chunks(items: list[str]) -> list[list[str]]:
    return [items[i : i + _CHUNK] for i in range(0, len(items), _CHUNK)]


def _check_path(target: Path, name: str, create: bool) -> None:
    """Refuse, before SQLite touches it, a path that cannot be a store."""
    if target.is_dir():
        raise StoreError(f"{name}: is a folder, not a store")
    if not target.exists():
        if not create:
            raise StoreError(f"no store at {name}")
        if not target.parent.is_dir():
            raise StoreError(f"{name}: folder {target.parent} does not exist")
        return
    try:
        with target.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as err:
        raise StoreError(f"{name}: cannot read ({err.strerror})") from None
    # An empty file is a valid empty database to SQLite; anything else must carry its header.
    if head and head != _SQLITE_MAGIC:
        raise StoreError(f"{name}: not a cablegram store (not a SQLite database)")


def _has_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return bool(row[0])
