"""Fixtures for the query tests: a store of hand-made records (no NLP), and the factory
for a store of short stories written for a test module (run through the pipeline)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from query_samples import Stories, StoryStore, all_articles

import cablegram.api as cg
from cablegram.store import Store


@pytest.fixture(scope="session")
def story_store(tmp_path_factory: pytest.TempPathFactory) -> StoryStore:
    """A factory: ``story_store(name, stories, date="2025-06-01")`` opens a fresh store
    named ``name`` holding each (title, text) story, dated ``date``. A test module wraps it
    in its own module-scoped ``store`` fixture, so that its stories are ingested once."""

    @contextmanager
    def make(name: str, stories: Stories, date: str = "2025-06-01") -> Iterator[cg.CablegramStore]:
        path = tmp_path_factory.mktemp(name) / f"{name}.db"
        with cg.open(path) as opened:
            for title, text in stories:
                opened.add(text, date, title=title)
            yield opened

    return make


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
