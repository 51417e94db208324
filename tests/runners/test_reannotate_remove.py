"""`cablegram reannotate` (in place, resumable, stable ids, --reclean with aliases) and
`cablegram remove`, on a store ingested from articles written for the test."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cablegram.pipeline_version import pipeline_version
from cablegram.store import Store
from cablegram.web.app import create_app

ARTICLES = {
    "paris.txt": "Michel Barnier, the French foreign minister, said on Friday that France "
    "would not send troops to Iraq. Germany rejected the plan, officials said.",
    "berlin.txt": "Chancellor Gerhard Schroeder told reporters that Germany would not send "
    "soldiers to Iraq. Germany rejected the plan, officials said.",
}


def _cablegram(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cablegram", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text)
    db = folder / "store.db"
    done = _cablegram(
        "ingest", str(folder), "--db", str(db), "--workers", "1", "--date", "2004-10-15"
    )
    assert done.returncode == 0, done.stderr
    return db


def _records(db: Path) -> tuple[list[str], list[str]]:
    with Store.open(db, create=False) as store:
        return (
            sorted(s.statement_id for s in store.statements()),
            sorted(e.event_id for e in store.events()),
        )


def _age(db: Path, doc_ids: list[str] | None = None) -> None:
    """Mark documents as annotated by an older pipeline."""
    with sqlite3.connect(db) as conn:
        if doc_ids is None:
            conn.execute("UPDATE documents SET pipeline_version = '0.0.1+old'")
        else:
            conn.executemany(
                "UPDATE documents SET pipeline_version = '0.0.1+old' WHERE doc_id = ?",
                [(d,) for d in doc_ids],
            )


def test_ingest_records_the_pipeline_version_and_keeps_the_raw_input(ingested: Path) -> None:
    with Store.open(ingested, create=False) as store:
        assert store.pipeline_versions() == {pipeline_version(): 2}
        doc = store.documents()[0]
        raw = store.raw_input(doc.doc_id)
        assert raw is not None and raw.text is not None and "Iraq" in raw.text


def test_reannotate_in_place_keeps_ids_and_resumes(ingested: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    db.write_bytes(ingested.read_bytes())
    before = _records(db)
    assert before[0] and before[1]
    _age(db)
    report = _cablegram("report", "--db", str(db))
    assert "2 documents were annotated by an older pipeline" in " ".join(report.stdout.split())
    done = _cablegram("reannotate", "--db", str(db), "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("2 of 2 documents behind re-annotated")
    assert _records(db) == before
    # Resumable: only what is behind is done again.
    with Store.open(db, create=False) as store:
        first = store.documents()[0].doc_id
    _age(db, [first])
    again = _cablegram("reannotate", "--db", str(db), "--workers", "1")
    assert again.stdout.startswith("1 of 1 documents behind"), again.stdout
    assert _records(db) == before
    assert "older pipeline" not in _cablegram("report", "--db", str(db)).stdout


def test_reclean_gives_a_changed_text_a_new_id_and_keeps_the_old_as_alias(
    ingested: Path, tmp_path: Path
) -> None:
    db = tmp_path / "reclean.db"
    db.write_bytes(ingested.read_bytes())
    with Store.open(db, create=False) as store:
        old = store.documents()[0]
        raw = store.raw_input(old.doc_id)
        assert raw is not None and raw.text is not None
        # As if the reader now found more of the article than it did at ingest time.
        store.keep_raw(old.doc_id, dataclasses.replace(raw, text=raw.text + " Spain agreed."))
    _age(db)
    done = _cablegram("reannotate", "--db", str(db), "--reclean", "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert "re-cleaning changed 1 texts" in done.stdout
    with Store.open(db, create=False) as store:
        new_id = store.resolve(old.doc_id)
        assert new_id is not None and new_id != old.doc_id
        new = store.document(new_id)
        assert new is not None and new.text.endswith("Spain agreed.")
        assert len(store.documents()) == 2
    with TestClient(create_app(str(db))) as client:
        page = client.get(f"/documents/{old.doc_id}", follow_redirects=False)
        assert page.status_code == 301 and page.headers["location"] == f"/documents/{new_id}"


def test_remove_by_id_and_by_path_keeps_shared_events(ingested: Path, tmp_path: Path) -> None:
    db = tmp_path / "remove.db"
    db.write_bytes(ingested.read_bytes())
    with Store.open(db, create=False) as store:
        paris, berlin = store.documents()
        shared = {e.event_id for e in store.events(doc_id=paris.doc_id)} & {
            e.event_id for e in store.events(doc_id=berlin.doc_id)
        }
    done = _cablegram("remove", paris.doc_id, "--db", str(db))
    assert done.returncode == 0 and done.stdout.startswith("1 documents removed")
    with Store.open(db, create=False) as store:
        assert [d.doc_id for d in store.documents()] == [berlin.doc_id]
        assert not store.statements(doc_id=paris.doc_id)
        left = {e.event_id for e in store.events()}
        assert shared <= left
        assert all(c.doc_id == berlin.doc_id for e in left for c in store.event_citations(e))
    by_path = _cablegram("remove", berlin.source_path, "nothing-here", "--db", str(db))
    assert by_path.returncode == 0 and by_path.stdout.startswith("1 documents removed")
    assert "nothing-here: no stored document" in by_path.stderr
    with Store.open(db, create=False) as store:
        assert store.counts()["documents"] == store.counts()["events"] == 0
    assert _cablegram("remove", "nothing-here", "--db", str(db)).returncode == 1
