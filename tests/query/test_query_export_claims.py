"""Claims leave the store with every export format and survive `ingest --out` + `load`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
from query_samples import all_articles

from cablegram.query.export import COLUMNS, export
from cablegram.runners.driver import load_partitions
from cablegram.runners.parquet import read_partition, write_partition
from cablegram.store import Store


def _expected(store: Store) -> dict[str, tuple[str, str, str, str | None, str]]:
    return {
        c.claim_id: (c.predicate, c.polarity, c.source_id, c.actor.name, c.sentence)
        for c in store.claims()
    }


def _got(rows: list[dict[str, object]]) -> dict[str, tuple[object, ...]]:
    return {
        str(r["claim_id"]): (
            r["predicate"],
            r["polarity"],
            r["source_id"],
            r["actor_name"] or None,
            r["sentence"],
        )
        for r in rows
    }


def test_claims_export_as_jsonl_csv_and_parquet(qstore: Store, tmp_path: Path) -> None:
    expected = _expected(qstore)
    assert expected, "the sample store holds claims"
    names = [name for name, _ in COLUMNS["claims"]]

    lines = io.StringIO()
    assert export(qstore, "claims", "jsonl", out=lines) == len(expected)
    rows = [json.loads(line) for line in lines.getvalue().splitlines()]
    assert all(list(r) == names for r in rows)
    assert _got(rows) == expected
    # Arguments are a JSON object of role -> name, as the record contract has them.
    by_id = {c.claim_id: c for c in qstore.claims()}
    assert all(json.loads(r["arguments"]) == dict(by_id[r["claim_id"]].arguments) for r in rows)

    table = io.StringIO()
    assert export(qstore, "claims", "csv", out=table) == len(expected)
    read = list(csv.DictReader(io.StringIO(table.getvalue())))
    assert _got(read) == expected  # type: ignore[arg-type]

    path = tmp_path / "claims.parquet"
    assert export(qstore, "claims", "parquet", path=path) == len(expected)
    frame = pq.read_table(path)
    assert frame.schema.names == names
    assert _got(frame.to_pylist()) == expected


def test_partitions_keep_every_record_kind(tmp_path: Path) -> None:
    annotations = all_articles()
    assert any(a.claims for a in annotations)
    path = tmp_path / "part.parquet"
    write_partition(path, annotations)
    back = [loaded.annotation for loaded in read_partition(path)]
    assert [a.records() for a in back] == [a.records() for a in annotations]
    kinds = {r["record"] for a in back for r in a.records()}
    assert {"document", "actor", "statement", "event", "claim"} <= kinds


def test_load_stores_the_claims_a_direct_write_stores(tmp_path: Path) -> None:
    annotations = all_articles()
    direct, loaded = tmp_path / "direct.db", tmp_path / "loaded.db"
    with Store.open(direct) as store:
        for annotation in annotations:
            store.write(annotation)
        want = _expected(store)
    (tmp_path / "parts").mkdir()
    write_partition(tmp_path / "parts" / "0.parquet", annotations)
    with Store.open(loaded) as store:
        load_partitions(tmp_path / "parts", store)
        assert _expected(store) == want
    assert want


def test_cli_exports_claims(query_db: Path, tmp_path: Path) -> None:
    from cablegram.cli import main

    out = tmp_path / "claims.csv"
    command = ["export", "--db", str(query_db), "--what", "claims", "--format", "csv"]
    assert main([*command, "--out", str(out)]) == 0
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {r["polarity"] for r in rows} <= {"support", "oppose"}
