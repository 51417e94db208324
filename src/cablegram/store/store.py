"""The SQLite store: one transaction per document on the way in, records on the way out.

This module and :mod:`cablegram.store.schema` hold the project's only SQL. Every read
returns the typed records of :mod:`cablegram.records`, so callers never see rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Final

from cablegram.store import syndication as _syndication
from cablegram.store.claims import ClaimReads
from cablegram.store.errors import StoreError
from cablegram.store.maintenance import Maintenance
from cablegram.store.opening import check_integrity, connect_readonly
from cablegram.store.reads import Reads
from cablegram.store.rows import DocumentSummary, EventCitation
from cablegram.store.schema import migrate, schema_version
from cablegram.store.search import Match, SearchReads, fts_prefix, fts_query, like_pattern
from cablegram.store.syndication import SyndicationLink
from cablegram.store.writes import Writes

__all__ = [
    "BUSY_TIMEOUT_MS",
    "DEFAULT_PATH",
    "DocumentSummary",
    "EventCitation",
    "Match",
    "Store",
    "fts_prefix",
    "fts_query",
    "like_pattern",
]

DEFAULT_PATH: Final = "cablegram.db"
# How long a writer waits for another process's transaction before giving up.
BUSY_TIMEOUT_MS: Final = 10_000
_SQLITE_MAGIC: Final = b"SQLite format 3\x00"


class Store(Maintenance, Writes, Reads, SearchReads, ClaimReads):
    """A cablegram store: a SQLite file in WAL mode with a versioned schema.

    Open it with :meth:`open`; use it as a context manager or call :meth:`close`.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._path = path

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | Path = DEFAULT_PATH, *, create: bool = True, readonly: bool = False
    ) -> Store:
        """Open (creating it when ``create`` and missing) and migrate the store at ``path``.

        Raises :class:`StoreError` with a one-line message naming the file when the path is
        a folder, is not a SQLite database, is another program's database, is corrupt
        (``PRAGMA quick_check``), or carries a schema newer than this version knows. A file
        that is not a sound database is never written to. With ``readonly`` the store must
        exist and is opened for reading only (:func:`~cablegram.store.opening.connect_readonly`).
        """
        target = Path(path)
        name = str(target)
        if readonly:
            return cls(connect_readonly(target, BUSY_TIMEOUT_MS / 1000), target)
        _check_path(target, name, create)
        existing = target.exists() and target.stat().st_size > 0
        try:
            conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as err:
            raise StoreError(f"{name}: cannot open store ({err})") from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            if existing:
                check_integrity(conn, name)
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
