"""Reading documents, actors, citations and counts back as records."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Final

from cablegram.records import ActorRecord, Document, Mention, Removed
from cablegram.store.rows import (
    _COUNTED,
    _DOCUMENT_COLUMNS,
    _SUMMARY_COLUMNS,
    DocumentSummary,
    EventCitation,
    StoreBase,
    _document_from,
)


class Reads(StoreBase):
    """Documents, actors, citations and counts (a part of :class:`Store`)."""

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
            range_start, range_end, confidence, teaser = row[8:12]
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
                    teaser=bool(teaser),
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
            "SELECT doc_id, actor_id, name, kind, country, role, title, code FROM actors "
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
                code=code,
            )
            for a_doc, actor_id, name, kind, country, role, title, code in rows
        ]

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


# SQLite takes at most 32,766 parameters a statement (fewer in builds before 3.32).
_CHUNK: Final = 900


def _chunks(items: list[str]) -> list[list[str]]:
    return [items[i : i + _CHUNK] for i in range(0, len(items), _CHUNK)]
