"""Graphs out as files Gephi, networkx, R and spreadsheets read: GraphML, GEXF and CSV.

Any network the project builds (the actor dyads of :mod:`cablegram.query.network`, the
discourse network of the stance queries) becomes a :class:`networkx.MultiDiGraph` whose
nodes and edges carry plain attributes; :func:`write_graph` writes it through networkx
(GraphML, GEXF) or as one CSV edge table (``Source``, ``Target``, ``Weight``, ``Label`` and
the other attributes, the columns Gephi's spreadsheet import reads, plus each end's node
attributes prefixed ``source_``/``target_``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final, Literal, TextIO

import networkx as nx  # type: ignore[import-untyped]

from cablegram.query.common import ActorRef
from cablegram.query.network import Network

GraphFormat = Literal["graphml", "gexf", "csv"]
GRAPH_FORMATS: Final[tuple[GraphFormat, ...]] = ("graphml", "gexf", "csv")

Scalar = str | int | float | bool


def _plain(attributes: Mapping[str, Any]) -> dict[str, Scalar]:
    """Attributes every format can hold: None dropped, lists and dicts as text."""
    out: dict[str, Scalar] = {}
    for key, value in attributes.items():
        if value is None:
            continue
        if isinstance(value, bool | int | float | str):
            out[key] = value
        elif isinstance(value, Mapping):
            out[key] = ", ".join(f"{k} {v}" for k, v in value.items())
        else:
            out[key] = ", ".join(str(v) for v in value)
    return out


def node_id(actor: ActorRef) -> str:
    """One node per canonical actor: its name and country, as :meth:`ActorRef.label`."""
    return actor.label()


def add_actor(graph: nx.MultiDiGraph, actor: ActorRef) -> str:
    """Add ``actor`` as a node (once) with its kind, country, role; returns its id."""
    key = node_id(actor)
    if key not in graph:
        graph.add_node(
            key,
            **_plain(
                {
                    "label": actor.name,
                    "kind": actor.kind,
                    "country": actor.country,
                    "role": actor.role,
                }
            ),
        )
    return key


def add_edge(graph: nx.MultiDiGraph, source: str, target: str, **attributes: Any) -> None:
    """An edge with plain attributes; ``weight`` and ``label`` are what Gephi shows."""
    graph.add_edge(source, target, **_plain(attributes))


def network_graph(network: Network) -> nx.MultiDiGraph:
    """The dyads as a graph: an edge per event dyad (``kind`` "event", ``weight`` its
    count, ``label`` its types) and per statement dyad (``kind`` "statement")."""
    graph = nx.MultiDiGraph(name="cablegram actor network")
    for d in network.event_dyads:
        add_edge(
            graph,
            add_actor(graph, d.source),
            add_actor(graph, d.target),
            kind="event",
            weight=d.count,
            label=", ".join(f"{t} {n}" for t, n in d.by_type.items()),
            cooperative=d.cooperative,
            conflictual=d.conflictual,
            neutral=d.neutral,
            negated=d.negated,
            event_ids=d.event_ids,
        )
    for s in network.statement_dyads:
        add_edge(
            graph,
            add_actor(graph, s.speaker),
            add_actor(graph, s.addressee),
            kind="statement",
            weight=s.count,
            label=f"said to ({s.count})",
            statement_ids=s.statement_ids,
        )
    return graph


def _csv(graph: nx.MultiDiGraph, out: TextIO) -> None:
    edge_keys: dict[str, None] = {}
    node_keys: dict[str, None] = {}
    for _, _, data in graph.edges(data=True):
        edge_keys.update(dict.fromkeys(k for k in data if k not in ("weight", "label")))
    for _, data in graph.nodes(data=True):
        node_keys.update(dict.fromkeys(data))
    header = ["Source", "Target", "Weight", "Label", *edge_keys]
    header += [f"source_{k}" for k in node_keys] + [f"target_{k}" for k in node_keys]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for source, target, data in graph.edges(data=True):
        ends = [graph.nodes[source].get(k, "") for k in node_keys]
        ends += [graph.nodes[target].get(k, "") for k in node_keys]
        writer.writerow(
            [
                source,
                target,
                data.get("weight", 1),
                data.get("label", ""),
                *(data.get(k, "") for k in edge_keys),
                *ends,
            ]
        )


def write_graph(
    graph: nx.MultiDiGraph,
    fmt: GraphFormat,
    *,
    out: TextIO | None = None,
    path: str | Path | None = None,
) -> None:
    """Write ``graph`` as ``fmt`` to the file ``path``, else to the text stream ``out``.

    Raises ValueError for an unknown format or when neither destination is given.
    """
    if fmt not in GRAPH_FORMATS:
        raise ValueError(f"not a graph format: {fmt!r} (one of {', '.join(GRAPH_FORMATS)})")
    if fmt == "csv":
        text = io.StringIO()
        _csv(graph, text)
        data = text.getvalue().encode("utf-8")
    else:
        binary = io.BytesIO()
        if fmt == "graphml":
            nx.write_graphml(graph, binary, encoding="utf-8")
        else:
            nx.write_gexf(graph, binary, encoding="utf-8")
        data = binary.getvalue()
    if path is not None:
        Path(path).write_bytes(data)
    elif out is not None:
        out.write(data.decode("utf-8"))
    else:
        raise ValueError("write_graph needs a path or an output stream")


def _plain_value(value: Any) -> Scalar:
    if isinstance(value, str | int | float | bool):
        return value
    return json.dumps(value, sort_keys=True)


def _plain_graph(graph: nx.Graph) -> nx.Graph:
    """A copy whose attribute values GraphML and GEXF can hold."""
    out = graph.__class__()
    out.add_nodes_from(
        (n, {k: _plain_value(v) for k, v in d.items()}) for n, d in graph.nodes(data=True)
    )
    out.add_edges_from(
        (a, b, {k: _plain_value(v) for k, v in d.items()}) for a, b, d in graph.edges(data=True)
    )
    return out


def node_list_path(path: Path) -> Path:
    """Where :func:`write_graph_files` puts the CSV node list beside the edge list ``path``."""
    return path.with_name(f"{path.stem}.nodes.csv")


def write_graph_files(graph: nx.Graph, path: str | Path, fmt: str) -> list[Path]:
    """Write ``graph`` as ``fmt`` to ``path``; returns the files written.

    GraphML and GEXF go to ``path``; CSV writes the edge list to ``path`` (``source,target``
    then the edge attributes) and the node list beside it (:func:`node_list_path`: ``id``
    then the node attributes). Values that are not strings, numbers or booleans are written
    as JSON text. Raises ValueError for an unknown format, OSError when a file cannot be
    written.
    """
    target = Path(path)
    if fmt in ("graphml", "gexf"):
        write_graph(_plain_graph(graph), fmt, path=target)  # type: ignore[arg-type]
        return [target]
    if fmt != "csv":
        raise ValueError(f"not a graph format: {fmt!r} (one of {', '.join(GRAPH_FORMATS)})")
    edge_keys = sorted({k for _, _, d in graph.edges(data=True) for k in d})
    node_keys = sorted({k for _, d in graph.nodes(data=True) for k in d})
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "target", *edge_keys])
        for a, b, d in graph.edges(data=True):
            writer.writerow([a, b, *(_plain_value(d[k]) if k in d else "" for k in edge_keys)])
    nodes = node_list_path(target)
    with nodes.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", *node_keys])
        for n, d in graph.nodes(data=True):
            writer.writerow([n, *(_plain_value(d[k]) if k in d else "" for k in node_keys)])
    return [target, nodes]
