"""Opening a store so that the web UI can never write to it.

:meth:`Store.open` migrates and switches the journal mode, both writes; the web UI opens
SQLite with ``mode=ro`` instead and refuses a store whose schema is not the current one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cablegram.store import SCHEMA_VERSION, Store, StoreError
from cablegram.store.store import BUSY_TIMEOUT_MS


def open_readonly(path: str | Path) -> Store:
    """Open the store at ``path`` read-only; raises :class:`StoreError` with one line."""
    target = Path(path)
    name = str(target)
    if not target.exists():
        raise StoreError(f"no store at {name} (run `cablegram ingest` first)")
    if target.is_dir():
        raise StoreError(f"{name}: is a folder, not a store")
    uri = f"{target.resolve().as_uri()}?mode=ro"
    try:
        # One connection serves one request, which FastAPI may start and finish on two
        # threads of its pool; it is never shared by two requests at once.
        conn = sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    except sqlite3.Error as err:
        raise StoreError(f"{name}: cannot open store ({err})") from None
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error as err:
        conn.close()
        raise StoreError(f"{name}: not a cablegram store ({err})") from None
    if version != SCHEMA_VERSION:
        conn.close()
        if version == 0:
            raise StoreError(f"{name}: not a cablegram store")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{name}: store schema version {version} is newer than this cablegram knows "
                f"({SCHEMA_VERSION}); upgrade cablegram to open it"
            )
        # Migrating is a write, which the web UI never does.
        raise StoreError(
            f"{name}: store schema version {version} is older than {SCHEMA_VERSION}; "
            "run `cablegram report --db FILE` once to upgrade it"
        )
    return Store(conn, target)
