"""Checks made when a store is opened: never write into a damaged file, never create one
for a command that only reads.

* :func:`check_integrity` runs ``PRAGMA quick_check`` on an existing store before anything
  is written to it (switching to WAL, migrating, storing): a store with garbage in its
  middle is refused with one line and left as it is.
* :func:`connect_readonly` opens an existing store with ``mode=ro``: a read command never
  creates a file, never turns an empty file into a store, and cannot write by mistake.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cablegram.store.errors import StoreError
from cablegram.store.schema import SCHEMA_VERSION, schema_version


def corrupt(name: str, detail: str) -> StoreError:
    """The one error line for a damaged store."""
    detail = " ".join(detail.split())[:160]
    return StoreError(
        f"{name}: the store is corrupt ({detail}); refused, nothing was written "
        "(restore a copy, or move it aside and ingest again)"
    )


def check_integrity(conn: sqlite3.Connection, name: str) -> None:
    """Raise :class:`StoreError` unless SQLite's quick check finds the file sound.

    ``quick_check`` reads every page (without the index cross-checks of
    ``integrity_check``): linear in the store's size, a second or so per gigabyte.
    """
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as err:
        raise corrupt(name, str(err)) from None
    if [tuple(r) for r in rows] != [("ok",)]:
        raise corrupt(name, str(rows[0][0]) if rows else "no answer to quick_check")


def connect_readonly(target: Path, timeout_s: float) -> sqlite3.Connection:
    """A read-only connection to the existing store at ``target``, checked and current.

    Raises :class:`StoreError` (one line) when the file is missing, empty, not a cablegram
    store, corrupt, or of a schema newer than this version. An older schema is upgraded
    through a writing connection first, the one write a reading command makes.
    """
    name = str(target)
    if not target.exists():
        raise StoreError(f"no store at {name} (run `cablegram ingest` first)")
    if target.is_dir():
        raise StoreError(f"{name}: is a folder, not a store")
    if target.stat().st_size == 0:
        raise StoreError(f"{name}: an empty file, not a cablegram store (left as it is)")
    uri = f"{target.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=timeout_s)
    except sqlite3.Error as err:
        raise StoreError(f"{name}: cannot open store ({err})") from None
    try:
        check_integrity(conn, name)
        version = schema_version(conn)
        conn.execute("PRAGMA query_only = ON")
    except StoreError:
        conn.close()
        raise
    except sqlite3.Error as err:
        conn.close()
        raise StoreError(f"{name}: not a cablegram store ({err})") from None
    if version == 0:
        conn.close()
        raise StoreError(f"{name}: not a cablegram store")
    if version < SCHEMA_VERSION:
        conn.close()
        _upgrade(target, timeout_s)
        return connect_readonly(target, timeout_s)
    return conn


def _upgrade(target: Path, timeout_s: float) -> None:
    from cablegram.store.store import Store

    Store.open(target, create=False).close()
