"""Fixtures for the query tests: a store of hand-made records (no NLP)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from query_samples import all_articles

from cablegram.store import Store


@pytest.fixture
def query_db(tmp_path: Path) -> Path:
    path = tmp_path / "query.db"
    with Store.open(path) as store:
        for annotation in all_articles():
            assert store.write(annotation)
    return path


@pytest.fixture
def qstore(query_db: Path) -> Iterator[Store]:
    with Store.open(query_db, create=False) as store:
        yield store
