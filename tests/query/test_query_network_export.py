"""network dyads and the exports (JSONL, CSV, Parquet, PLOVER) read back as data frames."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from rich.console import Console

from cablegram.query.export import COLUMNS, ExportError, export, plover_events
from cablegram.query.network import (
    CONFLICTUAL,
    COOPERATIVE,
    QUAD_CLASS,
    build_network,
    render_network,
)
from cablegram.records import PLOVER_TYPES
from cablegram.store import Store


def test_quad_classes_cover_every_plover_type() -> None:
    assert set(QUAD_CLASS) == set(PLOVER_TYPES)
    assert "REQUEST" not in COOPERATIVE | CONFLICTUAL
    assert "RETREAT" in COOPERATIVE and "MOBILIZE" in CONFLICTUAL


def test_event_dyads_count_types_and_classes(qstore: Store) -> None:
    network = build_network(qstore)
    kerry = next(d for d in network.event_dyads if d.source.name == "John Kerry")
    assert (kerry.count, kerry.by_type, kerry.cooperative, kerry.conflictual) == (
        2,
        {"CONSULT": 2},
        2,
        0,
    )
    assert network.event_dyads[0] is kerry  # busiest first
    france = next(d for d in network.event_dyads if d.source.name == "France")
    assert (france.conflictual, france.negated, france.by_quad) == (
        1,
        1,
        {"verbal_conflict": 1},
    )
    said = {(s.speaker.name, s.addressee.name): s.count for s in network.statement_dyads}
    assert said == {
        ("Michel Barnier", "Associated Press"): 1,
        ("German Foreign Ministry official", "Associated Press"): 1,
    }
    assert build_network(qstore, min_count=2).event_dyads == (kerry,)
    assert build_network(qstore, min_count=2).statement_dyads == ()
    data = json.loads(json.dumps(network.to_json()))
    assert {n["name"] for n in data["nodes"]} >= {"John Kerry", "Iraq", "Associated Press"}
    console = Console(width=200, record=True)
    render_network(network, console)
    assert "CONSULT 2" in console.export_text()


@pytest.mark.parametrize("what", ["statements", "events", "actors", "documents"])
def test_csv_and_jsonl_share_one_flat_table(qstore: Store, what: str) -> None:
    as_csv, as_jsonl = io.StringIO(), io.StringIO()
    n_csv = export(qstore, what, "csv", out=as_csv)  # type: ignore[arg-type]
    n_jsonl = export(qstore, what, "jsonl", out=as_jsonl)  # type: ignore[arg-type]
    assert n_csv == n_jsonl > 0
    rows = list(csv.DictReader(io.StringIO(as_csv.getvalue())))
    objects = [json.loads(line) for line in as_jsonl.getvalue().splitlines()]
    names = [name for name, _ in COLUMNS[what]]  # type: ignore[index]
    assert list(rows[0]) == names
    assert all(list(o) == names for o in objects)
    assert len(rows) == len(objects) == n_csv


def test_nested_actors_become_columns(qstore: Store) -> None:
    out = io.StringIO()
    export(qstore, "statements", "csv", out=out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    barnier = next(r for r in rows if r["statement_id"] == "st-barnier-1")
    assert (barnier["speaker_name"], barnier["speaker_country"], barnier["speaker_role"]) == (
        "Michel Barnier",
        "FRA",
        "GOV",
    )
    assert barnier["addressee_name"] == ""  # null is an empty cell
    assert barnier["document_title"] == "Paris says no"
    events = io.StringIO()
    export(qstore, "events", "csv", out=events)
    reject = next(
        r
        for r in csv.DictReader(io.StringIO(events.getvalue()))
        if r["event_id"] == "ev-france-reject"
    )
    assert (reject["negated"], reject["source_name"], reject["target_country"]) == (
        "true",
        "France",
        "IRQ",
    )


def test_parquet_has_the_explicit_schema(qstore: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert export(qstore, "events", "parquet", path=path) == 7
    table = pq.read_table(path)
    assert table.schema.names == [name for name, _ in COLUMNS["events"]]
    assert str(table.schema.field("negated").type) == "bool"
    assert str(table.schema.field("start").type) == "int64"
    negated = dict(
        zip(table.column("event_id").to_pylist(), table.column("negated").to_pylist(), strict=True)
    )
    assert negated["ev-france-reject"] is True


def test_an_empty_parquet_export_still_has_typed_columns(tmp_path: Path) -> None:
    with Store.open(tmp_path / "empty.db") as empty:
        path = tmp_path / "docs.parquet"
        assert export(empty, "documents", "parquet", path=path) == 0
    assert str(pq.read_table(path).schema.field("date_confidence").type) == "double"


def test_plover_export_maps_fields_and_cites_every_article(qstore: Store) -> None:
    records = {r["id"]: r for r in plover_events(qstore)}
    spain = records["ev-spain-retreat"]
    assert (spain["event"], spain["mode"], spain["date"]) == ("RETREAT", "military", "2004-04-18")
    assert spain["source"][0]["code"] == "ESP" and spain["source"][0]["sector"] == "GOV"
    assert spain["eventText"] == "pulled"
    assert spain["citations"][0]["sentence"] == spain["text"]
    assert records["ev-france-reject"]["date"] == "2004-10-15"  # from its document
    out = io.StringIO()
    assert export(qstore, "events", "plover", out=out) == len(records)


def test_export_refuses_what_it_cannot_do(qstore: Store) -> None:
    with pytest.raises(ExportError, match="--out"):
        export(qstore, "events", "parquet", out=io.StringIO())
    with pytest.raises(ExportError, match="events only"):
        export(qstore, "statements", "plover", out=io.StringIO())


def test_csv_reads_back_typed_with_a_stock_reader(qstore: Store, tmp_path: Path) -> None:
    from pyarrow import csv as pacsv

    path = tmp_path / "events.csv"
    export(qstore, "events", "csv", path=path)
    table = pacsv.read_csv(path)
    assert str(table.schema.field("negated").type) == "bool"
    assert str(table.schema.field("start").type) == "int64"
    assert table.num_rows == 7
