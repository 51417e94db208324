"""`cablegram network --format graphml|gexf|csv`: files networkx (and so Gephi) reads back."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from cablegram.query.graph_export import network_graph, write_graph
from cablegram.query.network import build_network
from cablegram.store import Store


def test_graph_has_one_node_per_actor_and_an_edge_per_dyad(qstore: Store) -> None:
    network = build_network(qstore)
    graph = network_graph(network)
    assert graph.number_of_nodes() == len(network.nodes)
    assert graph.number_of_edges() == len(network.event_dyads) + len(network.statement_dyads)
    kerry = [
        data
        for source, _, data in graph.edges(data=True)
        if source.startswith("John Kerry") and data["kind"] == "event"
    ]
    assert kerry and kerry[0]["weight"] == 2 and kerry[0]["label"] == "CONSULT 2"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_load_back_in_networkx(qstore: Store, tmp_path: Path, fmt: str) -> None:
    graph = network_graph(build_network(qstore))
    path = tmp_path / f"net.{fmt}"
    write_graph(graph, fmt, path=path)  # type: ignore[arg-type]
    loaded = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert loaded.is_directed()
    assert loaded.number_of_edges() == graph.number_of_edges()
    labels = {data.get("label") for _, data in loaded.nodes(data=True)} | set(loaded.nodes)
    assert "France" in labels or any("France" in str(n) for n in labels)
    weights = sorted(float(d["weight"]) for _, _, d in loaded.edges(data=True))
    assert weights == sorted(float(d["weight"]) for _, _, d in graph.edges(data=True))


def test_csv_is_an_edge_table_gephi_imports(qstore: Store) -> None:
    out = io.StringIO()
    write_graph(network_graph(build_network(qstore)), "csv", out=out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows and {"Source", "Target", "Weight", "Label", "kind"} <= set(rows[0])
    assert {r["kind"] for r in rows} == {"event", "statement"}
    with pytest.raises(ValueError):
        write_graph(network_graph(build_network(qstore)), "dot", out=out)  # type: ignore[arg-type]


def test_network_command_writes_each_format(query_db: Path, tmp_path: Path) -> None:
    for fmt in ("graphml", "gexf", "csv"):
        target = tmp_path / f"n.{fmt}"
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "cablegram",
                "network",
                "--db",
                str(query_db),
                "--format",
                fmt,
                "--out",
                str(target),
                "--type",
                "CONSULT",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert target.stat().st_size > 100
    loaded = nx.read_graphml(tmp_path / "n.graphml")
    events = {d["label"] for _, _, d in loaded.edges(data=True) if d["kind"] == "event"}
    assert events == {"CONSULT 2"}
