"""Near-duplicate detection: fingerprints, the persistent LSH index, and copies in ingest."""

from __future__ import annotations

from pathlib import Path

import pytest
from runner_corpus import SYNDICATED_COPY, WIRE_STORY, article

from cablegram.cli import main
from cablegram.records import Annotation, Document, document_id
from cablegram.store import Store
from cablegram.syndication import BANDS, THRESHOLD, find_original, fingerprint, similarity


def _doc(text: str, path: str) -> Document:
    return Document(doc_id=document_id(text), source_path=path, text=text)


def test_a_republished_copy_is_similar_and_other_articles_are_not() -> None:
    original, copy = fingerprint(WIRE_STORY), fingerprint(SYNDICATED_COPY)
    other = fingerprint(" ".join(article(i) for i in range(6)))
    assert original and copy and other
    assert len(original.bands) == BANDS
    assert similarity(original.signature, copy.signature) >= THRESHOLD
    assert similarity(original.signature, other.signature) < 0.2
    # Same text, same fingerprint: signatures computed in another run compare equal.
    assert fingerprint(WIRE_STORY) == original


def test_short_texts_get_no_fingerprint() -> None:
    assert fingerprint("Kerry said talks would resume.") is None
    assert fingerprint("") is None


def test_the_index_persists_in_the_store(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    print_ = fingerprint(WIRE_STORY)
    assert print_ is not None
    original = _doc(WIRE_STORY, "wire.txt")
    with Store.open(db) as store:
        assert store.write_ingested(
            Annotation(original), fingerprint=(print_.signature, print_.bands)
        )
    with Store.open(db) as store:
        copy_print = fingerprint(SYNDICATED_COPY)
        assert copy_print is not None
        match = find_original(store, copy_print)
        assert match is not None and match.doc_id == original.doc_id
        copy = _doc(SYNDICATED_COPY, "copy.txt")
        assert store.write_ingested(
            Annotation(copy), syndicated_of=(match.doc_id, match.similarity)
        )
        assert store.syndicated_of(copy.doc_id) == original.doc_id
        assert store.syndicated_of(original.doc_id) is None
        assert store.syndicated_copies(original.doc_id) == [copy.doc_id]
        [link] = store.syndication_links()
        assert link.doc_id == copy.doc_id and link.similarity >= THRESHOLD


def test_ingest_links_a_copy_instead_of_storing_its_evidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_wire.txt").write_text(WIRE_STORY, encoding="utf-8")
    (folder / "b_copy.txt").write_text(SYNDICATED_COPY, encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(folder), "--db", str(db), "--workers", "1"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == f"1 stored, 0 already stored, 1 linked, 0 unreadable, 0 failed -> {db}"
    assert "syndicated copy" not in err  # counted in the summary, not a line each
    with Store.open(db) as store:
        original, copy = store.documents()
        assert store.syndicated_of(copy.doc_id) == original.doc_id
        assert store.statements(doc_id=original.doc_id)
        assert store.statements(doc_id=copy.doc_id) == []
        assert store.counts(copy.doc_id)["actors"] == 0
    # A rerun skips both, and a copy ingested on its own later still finds its original.
    assert main(["ingest", str(folder), "--db", str(db), "--workers", "1"]) == 0
    assert capsys.readouterr().out.strip() == (
        f"0 stored, 2 already stored, 0 linked, 0 unreadable, 0 failed -> {db}"
    )


def test_syndication_can_be_switched_off(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_wire.txt").write_text(WIRE_STORY, encoding="utf-8")
    (folder / "b_copy.txt").write_text(SYNDICATED_COPY, encoding="utf-8")
    db = tmp_path / "s.db"
    args = ["ingest", str(folder), "--db", str(db), "--workers", "1", "--no-syndication"]
    assert main(args) == 0
    capsys.readouterr()
    with Store.open(db) as store:
        assert store.syndication_links() == []
        assert all(store.statements(doc_id=d.doc_id) for d in store.documents())
