"""Opening stores: schema creation, migrations, and files that are not stores."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_samples import france_article

from cablegram.store import MIGRATIONS, SCHEMA_VERSION, Store, StoreError
from cablegram.store.schema import migrate


def test_new_store_has_the_latest_schema_in_wal_mode(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
        assert store.counts()["documents"] == 0
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert {"documents", "removed", "actors", "mentions", "statements", "events"} <= tables
    assert {"event_citations", "statements_fts", "events_fts", "meta"} <= tables
    conn.close()


def test_reopening_keeps_data_and_version(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.write(france_article())
    with Store.open(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.has_document("doc-france")


def test_a_version_1_store_migrates_and_its_rows_become_searchable(db_path: Path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    assert migrate(conn, str(db_path), target=1) == 1
    conn.execute("INSERT INTO documents (doc_id, source_path, text) VALUES ('d1', 'a.txt', 'x')")
    conn.execute(
        "INSERT INTO actors (doc_id, actor_id, name, kind) "
        "VALUES ('d1', 'k', 'John Kerry', 'person')"
    )
    conn.execute(
        "INSERT INTO mentions VALUES ('d1', 'k', 0, 'the senator', 0, 11), "
        "('d1', 'k', 1, 'Kerry', 20, 25)"
    )
    conn.execute(
        'INSERT INTO statements (doc_id, statement_id, kind, text, start, "end", sentence, '
        "speaker_name, speaker_kind, speaker_text, speaker_actor_id) VALUES "
        "('d1', 's1', 'direct', 'Talk to Tehran', 0, 14, 'Talk to Tehran, he said.', "
        "'John Kerry', 'person', 'he', 'k')"
    )
    conn.execute(
        'INSERT INTO events (event_id, doc_id, event_type, trigger, sentence, start, "end", '
        "source_name, source_kind, source_text, source_country) VALUES "
        "('e1', 'd1', 'CONSULT', 'talk', 'Talk to Tehran.', 0, 4, 'USA', 'state', 'US', 'USA')"
    )
    conn.close()

    with Store.open(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert [s.statement_id for s in store.statements(search="tehran")] == ["s1"]
        # The speaker index is backfilled from the actor's mentions too.
        assert [s.statement_id for s in store.statements(speaker="senator")] == ["s1"]
        assert [e.event_id for e in store.events(actor="US")] == ["e1"]
        assert [c.doc_id for c in store.event_citations("e1")] == ["d1"]


def test_a_failed_migration_rolls_back_to_the_last_good_version(db_path: Path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    broken = (*MIGRATIONS[:1], MIGRATIONS[1].__class__(2, "broken", _broken_migration))
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, str(db_path), migrations=broken)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names
    conn.close()


def _broken_migration(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE half_done (x)")
    conn.execute("SELECT * FROM no_such_table")


def test_a_newer_schema_is_refused_with_a_clear_error(db_path: Path) -> None:
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match=r"newer than this cablegram knows"):
        Store.open(db_path)


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    content = b"These are my notes, not a database.\n" * 100
    notes.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        Store.open(notes)
    message = str(caught.value)
    assert str(notes) in message and "not a SQLite database" in message
    assert "\n" not in message
    assert notes.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a cablegram store"):
        Store.open(other)


def test_folders_and_missing_stores(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)
    with pytest.raises(StoreError, match="no store at"):
        Store.open(tmp_path / "missing.db", create=False)
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "nowhere" / "x.db")
    assert not (tmp_path / "missing.db").exists()
