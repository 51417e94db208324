"""Writing annotated documents: one transaction per document, events merged across articles."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from cablegram.pipeline_version import pipeline_version
from cablegram.records import Annotation, Event
from cablegram.store import syndication as _syndication
from cablegram.store.claims import insert_claims
from cablegram.store.rows import (
    _ACTOR_WIDTH,
    _DOCUMENT_COLUMNS,
    _EVENT_SELECT,
    StoreBase,
    _actor_insert,
    _actor_values,
    _event_from,
    actor_label,
    spans_to_json,
)


class Writes(StoreBase):
    """The write path of :class:`Store`."""

    def write(self, annotation: Annotation) -> bool:
        """Store one annotated document in one transaction.

        Returns False, storing nothing, when its ``doc_id`` is already stored. Any failure
        rolls the whole document back and raises :class:`StoreError`; documents stored
        before it are untouched. An event whose ``event_id`` is already stored (the same
        event reported by another article) is kept once and gains this document's citation.
        """
        doc = annotation.document
        with self._transaction(f"store document {doc.doc_id} ({doc.source_path})"):
            if self._has_document(doc.doc_id):
                return False
            self._insert(annotation)
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
        row, the link and the records the caller passes: only those of its sentences the
        original lacks (see :func:`cablegram.syndication.novel_records`). Returns False,
        storing nothing, when the doc_id is already stored.
        """
        doc = annotation.document
        with self._transaction(f"store document {doc.doc_id} ({doc.source_path})") as conn:
            if self._has_document(doc.doc_id):
                return False
            self._insert(annotation)
            if syndicated_of is not None:
                original, score = syndicated_of
                _syndication.insert_link(conn, doc.doc_id, original, score)
            elif fingerprint is not None:
                signature, bands = fingerprint
                _syndication.insert_fingerprint(conn, doc.doc_id, signature, bands)
        return True

    def _insert(self, annotation: Annotation) -> None:
        doc = annotation.document
        conn = self._conn
        conn.execute(
            f"INSERT INTO documents ({_DOCUMENT_COLUMNS}, pipeline_version) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
                int(doc.teaser),
                pipeline_version(),
            ),
        )
        conn.executemany(
            "INSERT INTO removed (doc_id, position, kind, text) VALUES (?,?,?,?)",
            [(doc.doc_id, i, r.kind, r.text) for i, r in enumerate(doc.removed)],
        )
        self._insert_records(annotation)

    def _insert_records(self, annotation: Annotation) -> None:
        """The document's actors, statements, events and claims (its row already stored)."""
        doc = annotation.document
        conn = self._conn
        conn.executemany(
            "INSERT INTO actors (doc_id, actor_id, name, kind, country, role, title, code) "
            "VALUES (?,?,?,?,?,?,?,?)",
            [
                (doc.doc_id, a.actor_id, a.name, a.kind, a.country, a.role, a.title, a.code)
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
            f"cue, {_actor_insert('speaker')}, {_actor_insert('addressee')}, speaker_label, "
            "spans, date, date_precision, rule) "
            f"VALUES (?,?,?,?,?,?,?,?,{actor_slots},{actor_slots},?,?,?,?,?)",
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
                    spans_to_json(s),
                    s.date,
                    s.date_precision,
                    s.rule,
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
            f"{_actor_insert('source')}, {_actor_insert('target')}, actor_label, "
            "date_precision, confidence) "
            f"VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,{actor_slots},{actor_slots},?,?,?) "
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
                    e.date_precision,
                    e.confidence,
                )
                for e in fresh
            ],
        )
        conn.executemany(
            'INSERT OR IGNORE INTO event_citations (event_id, doc_id, sentence, start, "end") '
            "VALUES (?,?,?,?,?)",
            [(event_id, doc.doc_id, e.sentence, e.start, e.end) for event_id, e in citations]
            + [  # the document's other sentences telling the act (``Event.tellings``)
                (event_id, doc.doc_id, t.sentence, t.start, t.end)
                for event_id, e in citations
                for t in e.tellings
            ],
        )
        insert_claims(conn, annotation.claims)

    def _same_stored_event(self, event: Event) -> str | None:
        """The stored event (from another article) that this one reports again, if any."""
        # Imported here: the events package loads spaCy, which readers of a store never need.
        from cablegram.events.across_articles import same_event

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
