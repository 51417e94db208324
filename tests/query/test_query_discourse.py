"""The discourse network: positions by concept, congruence, exports, CLI and web tab."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx  # type: ignore[import-untyped, import-not-found, unused-ignore]
import pytest
from fastapi.testclient import TestClient

from cablegram.cli import main
from cablegram.query.discourse import build_discourse
from cablegram.query.graph_export import node_list_path, write_graph_files
from cablegram.store import Store


def test_propositions_as_concepts(qstore: Store) -> None:
    network = build_discourse(qstore, ["send troops to Iraq"])
    sides = {p.actor: p.stance for p in network.positions}
    assert sides["France"] == sides["Germany"] == "oppose"
    # Officials are pooled in their country's position, not listed again.
    assert "Michel Barnier" not in sides
    tie = next(t for t in network.ties if {t.a, t.b} == {"France", "Germany"})
    assert tie.agree == ("send troops to Iraq",) and tie.disagree == ()


def test_concepts_from_the_claims_need_two_actors(qstore: Store) -> None:
    network = build_discourse(qstore)
    holders: dict[str, set[str]] = {}
    for p in network.positions:
        holders.setdefault(p.concept, set()).add(p.actor)
    assert holders and all(len(actors) >= 2 for actors in holders.values())


def test_graphs_and_exports(qstore: Store, tmp_path: Path) -> None:
    network = build_discourse(qstore, ["send troops to Iraq"])
    affiliation = network.affiliation_graph()
    assert affiliation.nodes["concept:send troops to Iraq"]["kind"] == "concept"
    assert affiliation.edges["actor:France", "concept:send troops to Iraq"]["agreement"] == -1
    congruence = network.congruence_graph()
    assert congruence.edges["France", "Germany"]["agree"] == 1
    for fmt in ("graphml", "gexf"):
        path = tmp_path / f"g.{fmt}"
        write_graph_files(congruence, path, fmt)
        read = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
        assert read.number_of_edges() == congruence.number_of_edges()
    written = write_graph_files(affiliation, tmp_path / "a.csv", "csv")
    assert written == [tmp_path / "a.csv", node_list_path(tmp_path / "a.csv")]
    with (tmp_path / "a.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["stance"] for r in rows} >= {"oppose"}
    with pytest.raises(ValueError, match="not a graph format"):
        write_graph_files(affiliation, tmp_path / "x", "dot")


def test_cli(query_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["network", "--discourse", "--proposition", "send troops to Iraq", "--db"]
    assert main([*argv, str(query_db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["concepts"] == ["send troops to Iraq"]
    out = tmp_path / "net"
    assert main([*argv, str(query_db), "--format", "gexf", "--out", str(out)]) == 0
    assert (tmp_path / "net.congruence.gexf").exists()
    assert main(["network", "--proposition", "x", "--db", str(query_db)]) != 0
    assert "needs --discourse" in capsys.readouterr().err


def test_web_tab(query_db: Path) -> None:
    from cablegram.web.app import create_app

    with TestClient(create_app(str(query_db))) as client:
        params = {"tab": "discourse", "proposition": "send troops to Iraq"}
        page = client.get("/network", params=params)
        assert page.status_code == 200
        assert "Who sides with whom" in page.text and "France" in page.text
        assert 'href="/network?tab=discourse"' in client.get("/network").text
