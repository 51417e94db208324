"""Dask: batches annotated on a LocalCluster, into a store or into Parquet and back."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster
from runner_corpus import SYNDICATED_COPY, WIRE_STORY, write_corpus

from cablegram.cli import main
from cablegram.runners.batch import BatchOptions
from cablegram.runners.dask import DaskRunner
from cablegram.runners.driver import Source, ingest_to_parquet, ingest_to_store
from cablegram.runners.parquet import partitions
from cablegram.store import Store


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    # Threads in this process: the model this test process already loaded serves them.
    cluster = LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    with Client(cluster) as opened:
        yield opened
    cluster.close()


def _records(db: Path) -> list[tuple[str, int, int]]:
    with Store.open(db) as store:
        return [
            (d.doc_id, len(store.statements(doc_id=d.doc_id)), len(store.actors(d.doc_id)))
            for d in store.documents()
        ]


def test_dask_stores_what_one_process_stores(tmp_path: Path, client: Client) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", 8)
    local, remote = tmp_path / "local.db", tmp_path / "dask.db"
    assert main(["ingest", str(corpus), "--db", str(local), "--workers", "1", "-q"]) == 0
    with Store.open(remote) as store:
        stats = ingest_to_store(
            Source([str(corpus)]),
            store,
            lambda total: DaskRunner(BatchOptions(), client=client),
            batch_size=3,
        )
    assert (stats.stored, stats.already) == (8, 0)
    assert _records(remote) == _records(local)


def test_parquet_partitions_load_into_the_same_store(
    tmp_path: Path, client: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", 7)
    (tmp_path / "wire.txt").write_text(WIRE_STORY, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(SYNDICATED_COPY, encoding="utf-8")
    inputs = [str(corpus), str(tmp_path / "wire.txt"), str(tmp_path / "copy.txt")]
    out = tmp_path / "parts"
    out.mkdir()

    def run() -> tuple[int, int]:
        stats = ingest_to_parquet(
            Source(inputs),
            out,
            lambda total: DaskRunner(BatchOptions(out_dir=str(out)), client=client),
            batch_size=3,
        )
        return stats.stored, stats.already

    assert run() == (9, 0)
    assert len(partitions(out)) == 3
    # A rerun finds every partition written and annotates nothing again.
    assert run() == (0, 9)

    direct = tmp_path / "direct.db"
    assert main(["ingest", *inputs, "--db", str(direct), "--workers", "1", "-q"]) == 0
    loaded = tmp_path / "loaded.db"
    assert main(["load", str(out), "--db", str(loaded)]) == 0
    assert main(["load", str(out), "--db", str(loaded), "-q"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2:] == [
        f"8 stored, 0 already stored, 1 linked, 0 unreadable, 0 failed -> {loaded}",
        f"0 stored, 9 already stored, 0 linked, 0 unreadable, 0 failed -> {loaded}",
    ]
    # Partitions load in the order of their names, not the input order.
    assert sorted(_records(loaded)) == sorted(_records(direct))
    with Store.open(loaded) as a, Store.open(direct) as b:
        assert [(x.doc_id, x.syndicated_of) for x in a.syndication_links()] == [
            (x.doc_id, x.syndicated_of) for x in b.syndication_links()
        ]
        assert len(a.syndication_links()) == 1


def test_load_reports_a_bad_partition_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "parts"
    out.mkdir()
    (out / "part-broken.parquet").write_bytes(b"PAR1 not really")
    assert main(["load", str(out), "--db", str(tmp_path / "x.db")]) == 1
    _, err = capsys.readouterr()
    [line] = err.strip().splitlines()
    assert line.startswith(f"cablegram: {out / 'part-broken.parquet'}: not a cablegram Parquet")
    assert main(["load", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.db")]) == 2


def test_ingest_dask_local_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", 4)
    out = tmp_path / "parts"
    args = ["ingest", str(corpus), "--dask", "local", "--workers", "1", "--out", str(out)]
    assert main([*args, "-q"]) == 0
    assert capsys.readouterr().out.strip() == (
        f"4 stored, 0 already stored, 0 linked, 0 unreadable, 0 failed -> {out}"
    )
    assert partitions(out)
