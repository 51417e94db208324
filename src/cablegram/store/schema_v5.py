"""Migration 5: the fields the record contract gained (shared/spec/records.md), and claims.

Statements gain ``spans`` (JSON list of [start, end], NULL for one part), their own ``date``
and ``date_precision`` and the ``rule`` that found them; events gain ``date_precision`` and
``confidence``; every embedded actor and the actors table gain a CAMEO-style ``code``;
documents gain ``teaser``. Claims (an actor's position toward a course of action, read from
a statement or an event) get a table of their own. Never edit this once released.
"""

from __future__ import annotations

from typing import Final

_ACTOR: Final = (
    "name",
    "kind",
    "text",
    "country",
    "role",
    "title",
    "start",
    "end",
    "actor_id",
    "code",
)


def _claim_actor_columns() -> str:
    types = {"start": "INTEGER", "end": "INTEGER"}
    return ",\n    ".join(f'"actor_{col}" {types.get(col, "TEXT")}' for col in _ACTOR)


V5_CONTRACT: Final = f"""
ALTER TABLE documents ADD COLUMN teaser INTEGER NOT NULL DEFAULT 0;
ALTER TABLE actors ADD COLUMN code TEXT;
ALTER TABLE statements ADD COLUMN speaker_code TEXT;
ALTER TABLE statements ADD COLUMN addressee_code TEXT;
ALTER TABLE statements ADD COLUMN spans TEXT;
ALTER TABLE statements ADD COLUMN date TEXT;
ALTER TABLE statements ADD COLUMN date_precision TEXT;
ALTER TABLE statements ADD COLUMN rule TEXT;
ALTER TABLE events ADD COLUMN source_code TEXT;
ALTER TABLE events ADD COLUMN target_code TEXT;
ALTER TABLE events ADD COLUMN date_precision TEXT;
ALTER TABLE events ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0;
CREATE INDEX statements_speaker_code ON statements(speaker_code);
CREATE INDEX events_source_code ON events(source_code);
CREATE INDEX events_target_code ON events(target_code);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    claim_id TEXT NOT NULL UNIQUE,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    {_claim_actor_columns()},
    predicate TEXT NOT NULL,
    object TEXT,
    arguments TEXT NOT NULL DEFAULT '{{}}',
    polarity TEXT NOT NULL,
    modality TEXT NOT NULL DEFAULT 'asserted',
    source_kind TEXT NOT NULL,
    source_id TEXT NOT NULL,
    sentence TEXT NOT NULL,
    date TEXT,
    date_precision TEXT,
    confidence REAL NOT NULL DEFAULT 1.0
);
CREATE INDEX claims_doc ON claims(doc_id);
CREATE INDEX claims_predicate ON claims(predicate);
CREATE INDEX claims_actor_country ON claims(actor_country);
CREATE INDEX claims_actor_code ON claims(actor_code);
"""
