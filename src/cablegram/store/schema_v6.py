"""Migration 6: re-annotation and removal.

Documents record the ``pipeline_version`` that annotated them (NULL: before versions were
kept); ``raw_inputs`` keeps each document's input as read (zlib-compressed JSON of the
RawDocument), so cleaning can run again; ``doc_aliases`` maps the doc_id a document had
before re-cleaning changed its text to the one it has now, so old citations resolve.
Never edit this once released.
"""

from __future__ import annotations

from typing import Final

V6_REANNOTATION: Final = """
ALTER TABLE documents ADD COLUMN pipeline_version TEXT;
CREATE INDEX documents_pipeline_version ON documents(pipeline_version);
CREATE TABLE raw_inputs (
    doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
    raw BLOB NOT NULL
);
CREATE TABLE doc_aliases (
    alias TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE
);
CREATE INDEX doc_aliases_doc ON doc_aliases(doc_id);
"""
