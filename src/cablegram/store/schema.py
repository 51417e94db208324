"""The store's schema as an ordered list of migrations, and the code that applies them.

The database's ``PRAGMA user_version`` is the number of migrations applied. Opening a store
applies the missing ones in order, each in its own transaction, so a failed migration leaves
the store at the last good version. Never edit a released migration: append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from cablegram.store.errors import StoreError
from cablegram.store.schema_v5 import V5_CONTRACT
from cablegram.store.schema_v6 import V6_REANNOTATION

# The columns an embedded actor (speaker, addressee, source, target) took in migration 1,
# after its prefix. Frozen: migrations are history. Migration 5 added "code".
V1_ACTOR_COLUMNS: tuple[str, ...] = (
    "name",
    "kind",
    "text",
    "country",
    "role",
    "title",
    "start",
    "end",
    "actor_id",
)
# The columns an embedded actor takes today, in the order reads and writes use.
ACTOR_COLUMNS: tuple[str, ...] = (*V1_ACTOR_COLUMNS, "code")


def _actor_columns(prefix: str) -> str:
    types = {"start": "INTEGER", "end": "INTEGER"}
    return ",\n    ".join(f'"{prefix}_{col}" {types.get(col, "TEXT")}' for col in V1_ACTOR_COLUMNS)


V1_CORE = f"""
CREATE TABLE documents (
    doc_id TEXT PRIMARY KEY,
    source_path TEXT NOT NULL,
    text TEXT NOT NULL,
    title TEXT,
    publisher TEXT,
    authors TEXT NOT NULL DEFAULT '[]',
    date TEXT,
    date_source TEXT,
    url TEXT,
    date_range_start TEXT,
    date_range_end TEXT,
    date_confidence REAL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_date ON documents(date);

CREATE TABLE removed (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (doc_id, position)
) WITHOUT ROWID;

CREATE TABLE actors (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT,
    role TEXT,
    title TEXT,
    PRIMARY KEY (doc_id, actor_id)
);
CREATE INDEX actors_country ON actors(country);

CREATE TABLE mentions (
    doc_id TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (doc_id, actor_id, position),
    FOREIGN KEY (doc_id, actor_id) REFERENCES actors(doc_id, actor_id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    statement_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence TEXT NOT NULL,
    cue TEXT,
    {_actor_columns("speaker")},
    {_actor_columns("addressee")},
    UNIQUE (doc_id, statement_id)
);
CREATE INDEX statements_speaker_country ON statements(speaker_country);
CREATE INDEX statements_addressee_country ON statements(addressee_country);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    event_type TEXT NOT NULL,
    mode TEXT,
    negated INTEGER NOT NULL DEFAULT 0,
    modality TEXT NOT NULL DEFAULT 'asserted',
    date TEXT,
    -- The event's date, or its first document's when the text gives none: what date
    -- filters and timelines sort on, kept in a column so that an index serves them.
    sort_date TEXT,
    trigger TEXT NOT NULL,
    sentence TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    statement_id TEXT,
    {_actor_columns("source")},
    {_actor_columns("target")}
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_type_date ON events(event_type, sort_date);
CREATE INDEX events_sort_date ON events(sort_date);
CREATE INDEX events_source_country ON events(source_country);
CREATE INDEX events_target_country ON events(target_country);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"""

V2_SEARCH_AND_CITATIONS = """
-- Full-text search over what was said: external-content FTS5 tables, so the text is stored
-- once, kept in step with their tables by triggers.
CREATE VIRTUAL TABLE statements_fts USING fts5(
    text, sentence, content='statements', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, text, sentence) VALUES (new.id, new.text, new.sentence);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, sentence)
    VALUES ('delete', old.id, old.text, old.sentence);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text, sentence ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, sentence)
    VALUES ('delete', old.id, old.text, old.sentence);
    INSERT INTO statements_fts(rowid, text, sentence) VALUES (new.id, new.text, new.sentence);
END;
INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE events_fts USING fts5(
    sentence, trigger, content='events', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts(rowid, sentence, trigger) VALUES (new.id, new.sentence, new.trigger);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, sentence, trigger)
    VALUES ('delete', old.id, old.sentence, old.trigger);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF sentence, trigger ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, sentence, trigger)
    VALUES ('delete', old.id, old.sentence, old.trigger);
    INSERT INTO events_fts(rowid, sentence, trigger) VALUES (new.id, new.sentence, new.trigger);
END;
INSERT INTO events_fts(events_fts) VALUES ('rebuild');

-- One event, many sources: every document and sentence that reports an event. The event's
-- own row keeps its first report; deduplication across articles adds rows here.
CREATE TABLE event_citations (
    event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    sentence TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (event_id, doc_id, start)
) WITHOUT ROWID;
CREATE INDEX event_citations_doc ON event_citations(doc_id);
INSERT INTO event_citations(event_id, doc_id, sentence, start, "end")
    SELECT event_id, doc_id, sentence, start, "end" FROM events;
"""

V3_ACTOR_SEARCH = """
-- Who-filters ("statements by Kerry", "events involving France") match a substring of any
-- name the actor goes by. A LIKE scan over a million statements takes seconds; a trigram
-- index answers substring queries directly. Each row carries its actor labels (canonical
-- name, the mention, and the actor's other mentions in the document, one a line).
ALTER TABLE statements ADD COLUMN speaker_label TEXT;
UPDATE statements SET speaker_label = speaker_name || char(10) || speaker_text || coalesce(
    char(10) || (SELECT group_concat(m.text, char(10)) FROM mentions m
                 WHERE m.doc_id = statements.doc_id AND m.actor_id = statements.speaker_actor_id),
    '')
WHERE speaker_name IS NOT NULL;
CREATE VIRTUAL TABLE statements_speaker_fts USING fts5(
    speaker_label, content='statements', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER statements_speaker_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_speaker_fts(rowid, speaker_label) VALUES (new.id, new.speaker_label);
END;
CREATE TRIGGER statements_speaker_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_speaker_fts(statements_speaker_fts, rowid, speaker_label)
    VALUES ('delete', old.id, old.speaker_label);
END;
CREATE TRIGGER statements_speaker_fts_update AFTER UPDATE OF speaker_label ON statements BEGIN
    INSERT INTO statements_speaker_fts(statements_speaker_fts, rowid, speaker_label)
    VALUES ('delete', old.id, old.speaker_label);
    INSERT INTO statements_speaker_fts(rowid, speaker_label) VALUES (new.id, new.speaker_label);
END;
INSERT INTO statements_speaker_fts(statements_speaker_fts) VALUES ('rebuild');

ALTER TABLE events ADD COLUMN actor_label TEXT;
UPDATE events SET actor_label = coalesce(source_name || char(10) || source_text || coalesce(
        char(10) || (SELECT group_concat(m.text, char(10)) FROM mentions m
                     WHERE m.doc_id = events.doc_id AND m.actor_id = events.source_actor_id),
        ''), '')
    || char(10) || coalesce(target_name || char(10) || target_text || coalesce(
        char(10) || (SELECT group_concat(m.text, char(10)) FROM mentions m
                     WHERE m.doc_id = events.doc_id AND m.actor_id = events.target_actor_id),
        ''), '');
CREATE VIRTUAL TABLE events_actor_fts USING fts5(
    actor_label, content='events', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER events_actor_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_actor_fts(rowid, actor_label) VALUES (new.id, new.actor_label);
END;
CREATE TRIGGER events_actor_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_actor_fts(events_actor_fts, rowid, actor_label)
    VALUES ('delete', old.id, old.actor_label);
END;
CREATE TRIGGER events_actor_fts_update AFTER UPDATE OF actor_label ON events BEGIN
    INSERT INTO events_actor_fts(events_actor_fts, rowid, actor_label)
    VALUES ('delete', old.id, old.actor_label);
    INSERT INTO events_actor_fts(rowid, actor_label) VALUES (new.id, new.actor_label);
END;
INSERT INTO events_actor_fts(events_actor_fts) VALUES ('rebuild');
"""

V4_SYNDICATION = """
-- Near-duplicate detection (cablegram.syndication): each original's MinHash signature and
-- its LSH band keys. Looking a new document's band keys up in the indexed table finds its
-- candidate originals without loading an index into memory, however large the store.
CREATE TABLE minhash (
    doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
    signature BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE minhash_bands (
    band_key INTEGER NOT NULL,
    doc_id TEXT NOT NULL REFERENCES minhash(doc_id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, doc_id)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_doc ON minhash_bands(doc_id);

-- A syndicated copy (the same article republished elsewhere) links to the first stored
-- copy; its own statements and events are not stored, so it adds no evidence twice.
CREATE TABLE syndication (
    doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
    syndicated_of TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    similarity REAL NOT NULL
) WITHOUT ROWID;
CREATE INDEX syndication_of ON syndication(syndicated_of);
"""

Apply = Callable[[sqlite3.Connection], None]


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema: applying it takes the store from ``version - 1`` to ``version``."""

    version: int
    description: str
    apply: Apply


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run an SQL script statement by statement inside the caller's transaction.

    ``Connection.executescript`` commits any open transaction first, which would break
    "one transaction per migration"; ``sqlite3.complete_statement`` knows where each
    statement (a trigger's ``BEGIN ... END`` included) ends.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:60]!r}")


def _sql(script: str) -> Apply:
    return lambda conn: run_script(conn, script)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, removed text, actors, statements, events, meta", _sql(V1_CORE)),
    Migration(2, "full-text search; event citations", _sql(V2_SEARCH_AND_CITATIONS)),
    Migration(3, "indexed substring search on actor names", _sql(V3_ACTOR_SEARCH)),
    Migration(4, "near-duplicate signatures; syndicated copies", _sql(V4_SYNDICATION)),
    Migration(
        5, "spans, date precision, confidence, actor codes, teasers; claims", _sql(V5_CONTRACT)
    ),
    Migration(6, "pipeline versions, raw inputs, doc_id aliases", _sql(V6_REANNOTATION)),
)

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    """The number of migrations applied to this database (0 for a new one)."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(
    conn: sqlite3.Connection,
    name: str,
    target: int | None = None,
    migrations: tuple[Migration, ...] = MIGRATIONS,
) -> int:
    """Bring the schema up to ``target`` (the latest by default); returns the version reached.

    ``conn`` must be in autocommit mode (``isolation_level=None``): each migration runs in
    its own ``BEGIN IMMEDIATE`` transaction, which also keeps two processes opening a new
    store at once from both applying it.
    """
    known = len(migrations)
    goal = known if target is None else target
    current = schema_version(conn)
    if current > known:
        raise StoreError(
            f"{name}: store schema version {current} is newer than this cablegram knows "
            f"({known}); upgrade cablegram to open it"
        )
    for migration in migrations[current:goal]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated between our read and our lock.
            if schema_version(conn) >= migration.version:
                conn.execute("COMMIT")
                continue
            migration.apply(conn)
            # PRAGMA takes no parameters; the version is our own integer.
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
            conn.execute("COMMIT")
        except BaseException:
            # SQLite rolls some failures back by itself; only end a transaction still open.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return schema_version(conn)
