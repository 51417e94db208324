"""Fixtures for the store and report tests: a store holding the two sample articles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_samples import france_article, spain_article

from cablegram.store import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as opened:
        assert opened.write(france_article())
        assert opened.write(spain_article())
        yield opened
