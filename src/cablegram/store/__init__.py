"""The store: SQLite schema, migrations, writes (one transaction per document) and reads.

The only place in cablegram with SQL. Reads return the records of :mod:`cablegram.records`.
"""

from __future__ import annotations

from cablegram.store.errors import StoreError
from cablegram.store.filters import FilterError
from cablegram.store.schema import MIGRATIONS, SCHEMA_VERSION, Migration
from cablegram.store.store import DEFAULT_PATH, EventCitation, Store

__all__ = [
    "DEFAULT_PATH",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "EventCitation",
    "FilterError",
    "Migration",
    "Store",
    "StoreError",
]
