"""Writing a networkx graph to a file: GraphML, GEXF, or CSV edge and node lists.

``write_graph(graph, path, fmt)``: ``fmt`` is one of :data:`FORMATS`. GraphML and GEXF
are networkx's writers (Gephi, yEd, igraph and R read both). CSV writes the edge list to
``path`` (``source,target`` then the edge attributes) and the node list beside it
(``<stem>.nodes.csv``: ``id`` then the node attributes). Attribute values that are not
strings, numbers or booleans are written as JSON text. Raises ``ValueError`` for an
unknown format and ``OSError`` when the file cannot be written.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Final

import networkx as nx  # type: ignore[import-untyped, import-not-found, unused-ignore]

FORMATS: Final = ("graphml", "gexf", "csv")


def _plain(value: Any) -> str | int | float | bool:
    if isinstance(value, str | int | float | bool):
        return value
    return json.dumps(value, sort_keys=True)


def _plain_graph(graph: nx.Graph) -> nx.Graph:
    """A copy whose attribute values GraphML and GEXF can hold."""
    out = graph.__class__()
    out.add_nodes_from((n, {k: _plain(v) for k, v in d.items()}) for n, d in graph.nodes(data=True))
    out.add_edges_from(
        (a, b, {k: _plain(v) for k, v in d.items()}) for a, b, d in graph.edges(data=True)
    )
    return out


def node_list_path(path: Path) -> Path:
    """Where the CSV node list goes beside the edge list ``path``."""
    return path.with_name(f"{path.stem}.nodes.csv")


def write_graph(graph: nx.Graph, path: str | Path, fmt: str) -> list[Path]:
    """Write ``graph`` as ``fmt``; returns the files written."""
    target = Path(path)
    if fmt == "graphml":
        nx.write_graphml(_plain_graph(graph), target)
        return [target]
    if fmt == "gexf":
        nx.write_gexf(_plain_graph(graph), target)
        return [target]
    if fmt != "csv":
        raise ValueError(f"unknown graph format {fmt!r} (one of {', '.join(FORMATS)})")
    edge_keys = sorted({k for _, _, d in graph.edges(data=True) for k in d})
    node_keys = sorted({k for _, d in graph.nodes(data=True) for k in d})
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "target", *edge_keys])
        for a, b, d in graph.edges(data=True):
            writer.writerow([a, b, *(_plain(d[k]) if k in d else "" for k in edge_keys)])
    nodes = node_list_path(target)
    with nodes.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", *node_keys])
        for n, d in graph.nodes(data=True):
            writer.writerow([n, *(_plain(d[k]) if k in d else "" for k in node_keys)])
    return [target, nodes]
