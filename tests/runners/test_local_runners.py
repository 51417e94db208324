"""The process pool gives what one process gives; reruns resume; the progress bar reports."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from runner_corpus import write_corpus

from cablegram.cli import main
from cablegram.runners.batch import Batch, BatchOptions, run_batch
from cablegram.runners.driver import Source, ingest_to_store
from cablegram.runners.local import InProcessRunner, bounded_map
from cablegram.runners.progress import ProgressReporter, StderrReporter, reporter_for
from cablegram.store import Store


def _summary(db: Path) -> dict[str, tuple[int, int, int]]:
    """Per document: (actors, statements, events) as stored."""
    with Store.open(db) as store:
        out = {}
        for doc in store.documents():
            counts = store.counts(doc.doc_id)
            out[doc.doc_id] = (counts["actors"], counts["statements"], counts["events"])
        return out


def test_two_workers_store_what_one_process_stores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", 12)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert main(["ingest", str(corpus), "--db", str(one), "--workers", "1", "-q"]) == 0
    args = ["ingest", str(corpus), "--db", str(two), "--workers", "2", "--batch-size", "3"]
    assert main([*args, "-q"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == (f"12 stored, 0 already stored, 0 linked, 0 unreadable, 0 failed -> {two}")
    expected = _summary(one)
    assert len(expected) == 12 and all(stmts >= 1 for _, stmts, _ in expected.values())
    assert _summary(two) == expected
    # Stored order follows input order, whatever order the workers finish in.
    with Store.open(one) as a, Store.open(two) as b:
        assert [d.doc_id for d in a.documents()] == [d.doc_id for d in b.documents()]


def test_a_rerun_over_more_input_stores_only_the_new_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write_corpus(tmp_path / "a.jsonl", 4)
    second = write_corpus(tmp_path / "b.jsonl", 3, start=4)
    db = tmp_path / "r.db"
    assert main(["ingest", str(first), "--db", str(db), "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["ingest", str(first), str(second), "--db", str(db), "--workers", "1"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == f"3 stored, 4 already stored, 0 linked, 0 unreadable, 0 failed -> {db}"
    assert "already stored" not in err  # counted in the summary, not a line each
    with Store.open(db) as store:
        assert store.counts()["documents"] == 7


def test_bounded_map_keeps_input_order_and_reads_ahead_no_further_than_its_window() -> None:
    pulled = 0

    def feed() -> Iterator[int]:
        nonlocal pulled
        for i in range(20):
            pulled += 1
            yield i

    def slow_square(i: int) -> int:
        time.sleep(0.01 * (i % 3))  # later items often finish first
        return i * i

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = bounded_map(
            lambda i: pool.submit(slow_square, i), feed(), 3, lambda f: f.result()
        )
        assert next(results) == 0
        assert pulled == 3
        assert list(results) == [i * i for i in range(1, 20)]


def test_a_document_that_breaks_the_pipeline_fails_alone() -> None:
    from cablegram.records import Document

    good = Document(doc_id="a", source_path="good.txt", text="Kerry said talks went well.")
    bad = Document(doc_id="b", source_path="bad.txt", text=None)  # type: ignore[arg-type]
    result = run_batch(Batch((good, bad)), BatchOptions())
    assert [a.document.doc_id for a in result.annotations] == ["a"]
    [failure] = result.failures
    assert str(failure).startswith("cablegram: bad.txt: could not annotate (")


def test_in_process_driver_counts_every_input(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", 5)
    with corpus.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
    with Store.open(tmp_path / "d.db") as store:
        stats = ingest_to_store(
            Source([str(corpus)]),
            store,
            lambda total: InProcessRunner(BatchOptions()),
            batch_size=2,
        )
    assert (stats.documents, stats.stored, stats.unreadable) == (5, 5, 1)


def test_the_progress_bar_shows_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert type(reporter_for(quiet=False)) is StderrReporter
    assert type(reporter_for(quiet=True)) is StderrReporter

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stderr", Tty())
    assert isinstance(reporter_for(quiet=False), ProgressReporter)
    assert type(reporter_for(quiet=True)) is StderrReporter


def test_the_progress_bar_runs_its_course() -> None:
    with ProgressReporter() as reporter:
        reporter.scanned(100)
        reporter.start(3)
        reporter.notice("cablegram: x.txt: already stored, skipped")
        reporter.advance()
        reporter.advance(2)
