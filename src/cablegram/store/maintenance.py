"""Keeping a store current: pipeline versions, raw inputs, re-annotation in place, removal.

Re-annotating a document replaces everything drawn from it (actors, mentions, statements,
events, claims, citations) in one transaction and stamps the pipeline version, so a run
stopped at any point resumes with the documents still behind. Record ids are computed from
the document and the record, so a record found again keeps its id. An event another
article also reports survives the removal or re-annotation of one of them: it moves to the
next article that cites it.
"""

from __future__ import annotations

import dataclasses
import json
import zlib
from collections.abc import Iterable

from cablegram.records import Annotation, RawDocument
from cablegram.store.errors import StoreError
from cablegram.store.writes import Writes


class Maintenance(Writes):
    """Re-annotation, raw inputs, aliases and removal: the store's upkeep."""

    # -- versions ----------------------------------------------------------------------

    def pipeline_versions(self) -> dict[str | None, int]:
        """How many documents each pipeline version annotated (None: unrecorded)."""
        rows = self._conn.execute(
            "SELECT pipeline_version, count(*) FROM documents GROUP BY pipeline_version"
        )
        return {version: int(n) for version, n in rows}

    def documents_behind(self, version: str) -> list[str]:
        """Doc_ids annotated by another pipeline than ``version``, in stored order;
        syndicated copies (which hold no records of their own) are left out."""
        rows = self._conn.execute(
            "SELECT doc_id FROM documents WHERE (pipeline_version IS NULL "
            "OR pipeline_version != ?) AND doc_id NOT IN (SELECT doc_id FROM syndication) "
            "ORDER BY rowid",
            (version,),
        )
        return [row[0] for row in rows]

    # -- raw inputs and aliases --------------------------------------------------------

    def keep_raw(self, doc_id: str, raw: RawDocument) -> None:
        """Keep ``raw`` (compressed) as the input ``doc_id`` was cleaned from."""
        blob = zlib.compress(json.dumps(dataclasses.asdict(raw)).encode("utf-8"), 6)
        self._conn.execute(
            "INSERT INTO raw_inputs (doc_id, raw) VALUES (?, ?) "
            "ON CONFLICT (doc_id) DO UPDATE SET raw = excluded.raw",
            (doc_id, blob),
        )

    def raw_input(self, doc_id: str) -> RawDocument | None:
        """The input a document was cleaned from, when the store kept it."""
        row = self._conn.execute(
            "SELECT raw FROM raw_inputs WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            return None
        data = json.loads(zlib.decompress(row[0]).decode("utf-8"))
        data["authors"] = tuple(data.get("authors") or ())
        return RawDocument(**data)

    def resolve(self, doc_id: str) -> str | None:
        """The stored doc_id for ``doc_id`` or for an alias it had before re-cleaning."""
        if self._has_document(doc_id):
            return doc_id
        row = self._conn.execute(
            "SELECT doc_id FROM doc_aliases WHERE alias = ?", (doc_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def doc_ids_for_path(self, path: str) -> list[str]:
        """Doc_ids read from ``path``: the file itself, its JSONL lines, or a folder's files."""
        stem = path.rstrip("/")
        rows = self._conn.execute(
            "SELECT doc_id FROM documents WHERE source_path = ? OR source_path LIKE ? "
            "ESCAPE '\\' OR source_path LIKE ? ESCAPE '\\' ORDER BY rowid",
            (stem, _like(stem) + ":%", _like(stem) + "/%"),
        )
        return [row[0] for row in rows]

    # -- changing documents ------------------------------------------------------------

    def _release(self, doc_id: str) -> None:
        """Drop what ``doc_id`` holds, passing shared events on to their next citer."""
        conn = self._conn
        conn.execute(
            "UPDATE events SET doc_id = (SELECT c.doc_id FROM event_citations c "
            "JOIN documents d ON d.doc_id = c.doc_id WHERE c.event_id = events.event_id "
            "AND c.doc_id != ? ORDER BY d.rowid LIMIT 1) "
            "WHERE doc_id = ? AND event_id IN (SELECT event_id FROM event_citations "
            "WHERE doc_id != ?)",
            (doc_id, doc_id, doc_id),
        )
        conn.execute("DELETE FROM event_citations WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM events WHERE doc_id = ?", (doc_id,))
        for table in ("claims", "statements", "mentions", "actors"):
            conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))

    def replace_annotation(self, annotation: Annotation, version: str) -> None:
        """Replace everything drawn from a stored document by ``annotation`` (of the same
        document), and record ``version``: one transaction. Raises StoreError."""
        doc = annotation.document
        with self._transaction(f"re-annotate {doc.doc_id} ({doc.source_path})") as conn:
            if not self._has_document(doc.doc_id):
                raise StoreError(f"{self._path}: no document {doc.doc_id} to re-annotate")
            self._release(doc.doc_id)
            self._insert_records(annotation)
            conn.execute(
                "UPDATE documents SET pipeline_version = ? WHERE doc_id = ?",
                (version, doc.doc_id),
            )

    def replace_document(self, old_id: str, annotation: Annotation, raw: RawDocument) -> None:
        """A re-cleaned document whose text (so doc_id) changed: store it as new, keep its
        raw input, and make ``old_id`` (and the old one's aliases) aliases of the new id."""
        new_id = annotation.document.doc_id
        with self._transaction(f"re-clean {old_id}") as conn:
            aliases = [
                row[0]
                for row in conn.execute("SELECT alias FROM doc_aliases WHERE doc_id = ?", (old_id,))
            ]
            self._release(old_id)
            conn.execute("DELETE FROM documents WHERE doc_id = ?", (old_id,))
            if not self._has_document(new_id):
                self._insert(annotation)
            self.keep_raw(new_id, raw)
            conn.executemany(
                "INSERT OR REPLACE INTO doc_aliases (alias, doc_id) VALUES (?, ?)",
                [(alias, new_id) for alias in [*aliases, old_id] if alias != new_id],
            )

    def remove_documents(self, doc_ids: Iterable[str]) -> int:
        """Delete documents and everything drawn only from them; returns how many."""
        removed = 0
        for doc_id in dict.fromkeys(doc_ids):
            with self._transaction(f"remove {doc_id}") as conn:
                if self._has_document(doc_id):
                    self._release(doc_id)
                    conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
                    removed += 1
        return removed


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
