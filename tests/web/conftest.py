"""Fixtures for the web tests: a store of hand-made articles, and a client over it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_samples import all_articles

from cablegram import nlp
from cablegram.claims.backfill import claims_from_records
from cablegram.store import Store
from cablegram.web.app import create_app


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the sample articles, built once for all web tests."""
    path = tmp_path_factory.mktemp("web") / "web.db"
    with Store.open(path) as store:
        for annotation in all_articles():
            # Hand-made records carry no claims: read them from their sentences.
            claims = claims_from_records(nlp.load(), annotation.statements, annotation.events)
            assert store.write(replace(annotation, claims=tuple(claims)))
    return path


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(web_db))) as test_client:
        yield test_client
