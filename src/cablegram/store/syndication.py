"""SQL for near-duplicate signatures and syndication links (schema migration 4).

Kept beside :mod:`cablegram.store.store` so that the store stays the only place with SQL;
:class:`~cablegram.store.Store` exposes these through its methods.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

# SQLite allows 999 parameters per statement in old builds; a fingerprint has far fewer.
_MAX_KEYS = 900


@dataclass(frozen=True, slots=True)
class SyndicationLink:
    """A syndicated copy and the first stored copy of the same article."""

    doc_id: str
    syndicated_of: str
    similarity: float


def insert_fingerprint(
    conn: sqlite3.Connection, doc_id: str, signature: bytes, bands: Sequence[int]
) -> None:
    """Index one original's signature under its band keys (inside the caller's transaction)."""
    conn.execute("INSERT INTO minhash (doc_id, signature) VALUES (?, ?)", (doc_id, signature))
    conn.executemany(
        "INSERT OR IGNORE INTO minhash_bands (band_key, doc_id) VALUES (?, ?)",
        [(key, doc_id) for key in bands],
    )


def insert_link(conn: sqlite3.Connection, doc_id: str, original: str, similarity: float) -> None:
    """Record that ``doc_id`` is a copy of ``original`` (inside the caller's transaction)."""
    conn.execute(
        "INSERT INTO syndication (doc_id, syndicated_of, similarity) VALUES (?, ?, ?)",
        (doc_id, original, similarity),
    )


def candidates(conn: sqlite3.Connection, bands: Sequence[int]) -> list[tuple[str, bytes]]:
    """Originals sharing at least one band key, with their signatures, earliest stored first."""
    keys = list(dict.fromkeys(bands))[:_MAX_KEYS]
    if not keys:
        return []
    slots = ",".join("?" * len(keys))
    rows = conn.execute(
        "SELECT m.doc_id, m.signature FROM minhash m JOIN documents d ON d.doc_id = m.doc_id "
        f"WHERE m.doc_id IN (SELECT doc_id FROM minhash_bands WHERE band_key IN ({slots})) "
        "ORDER BY d.rowid",
        keys,
    )
    return [(doc_id, bytes(signature)) for doc_id, signature in rows]


def original_of(conn: sqlite3.Connection, doc_id: str) -> str | None:
    row = conn.execute(
        "SELECT syndicated_of FROM syndication WHERE doc_id = ?", (doc_id,)
    ).fetchone()
    return None if row is None else str(row[0])


def copies_of(conn: sqlite3.Connection, doc_id: str) -> list[str]:
    rows = conn.execute(
        "SELECT s.doc_id FROM syndication s JOIN documents d ON d.doc_id = s.doc_id "
        "WHERE s.syndicated_of = ? ORDER BY d.rowid",
        (doc_id,),
    )
    return [str(row[0]) for row in rows]


def links(conn: sqlite3.Connection) -> list[SyndicationLink]:
    rows = conn.execute(
        "SELECT s.doc_id, s.syndicated_of, s.similarity FROM syndication s "
        "JOIN documents d ON d.doc_id = s.doc_id ORDER BY d.rowid"
    )
    return [SyndicationLink(doc_id, original, float(sim)) for doc_id, original, sim in rows]
