"""Near-duplicate detection: fingerprints, the persistent LSH index, and copies in ingest."""

from __future__ import annotations

from pathlib import Path

import pytest
from runner_corpus import EDITED_STORY, SYNDICATED_COPY, WIRE_STORY, article

from cablegram.cli import main
from cablegram.records import Annotation, Document, Statement, document_id
from cablegram.store import Store
from cablegram.syndication import (
    BANDS,
    ESTIMATE_SLACK,
    THRESHOLD,
    find_original,
    fingerprint,
    jaccard,
    novel_records,
    similarity,
)


def _doc(text: str, path: str) -> Document:
    return Document(doc_id=document_id(text), source_path=path, text=text)


def test_a_republished_copy_is_similar_and_other_articles_are_not() -> None:
    original, copy = fingerprint(WIRE_STORY), fingerprint(SYNDICATED_COPY)
    other = fingerprint(" ".join(article(i) for i in range(6)))
    assert original and copy and other
    assert len(original.bands) == BANDS
    assert jaccard(WIRE_STORY, SYNDICATED_COPY) >= THRESHOLD
    assert similarity(original.signature, copy.signature) >= THRESHOLD - ESTIMATE_SLACK
    assert similarity(original.signature, other.signature) < 0.2
    # The same frame with another man in it is another article.
    assert jaccard(WIRE_STORY, EDITED_STORY) < THRESHOLD
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
        match = find_original(store, copy_print, text=SYNDICATED_COPY)
        assert match is not None and match.doc_id == original.doc_id
        edited = fingerprint(EDITED_STORY)
        assert edited is not None
        assert find_original(store, edited, text=EDITED_STORY) is None
        copy = _doc(SYNDICATED_COPY, "copy.txt")
        assert store.write_ingested(
            Annotation(copy), syndicated_of=(match.doc_id, match.similarity)
        )
        assert store.syndicated_of(copy.doc_id) == original.doc_id
        assert store.syndicated_of(original.doc_id) is None
        assert store.syndicated_copies(original.doc_id) == [copy.doc_id]
        [link] = store.syndication_links()
        assert link.doc_id == copy.doc_id and link.similarity >= THRESHOLD


def test_ingest_links_a_copy_and_stores_only_its_own_sentences(
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
        # Only the sentence the copy adds is its own evidence; the shared ones count once.
        [added] = store.statements(doc_id=copy.doc_id)
        assert "Berlin would not accept delays" in added.sentence
        assert "Kerry" not in " ".join(a.name for a in store.actors(copy.doc_id))
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


def test_an_edited_article_is_not_linked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_wire.txt").write_text(WIRE_STORY, encoding="utf-8")
    (folder / "b_edited.txt").write_text(EDITED_STORY, encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(folder), "--db", str(db), "--workers", "1"]) == 0
    capsys.readouterr()
    with Store.open(db) as store:
        assert store.syndication_links() == []
        assert all(store.statements(doc_id=d.doc_id) for d in store.documents())


def test_novel_records_keep_what_the_original_lacks() -> None:
    text = "Kerry met Zarif. Zarif said no."
    doc = _doc(text + " Lavrov said yes.", "copy.txt")
    statements = tuple(
        Statement(doc.doc_id, f"s{i}", "indirect", t, 0, 1, sentence)
        for i, (t, sentence) in enumerate([("no", "Zarif said no."), ("yes", "Lavrov said yes.")])
    )
    kept = novel_records(Annotation(doc, statements=statements), text.upper())
    assert [s.text for s in kept.statements] == ["yes"]
