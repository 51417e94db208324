"""Laying out the dyad network as an SVG drawing, server-side, so it needs no script.

Positions come from networkx's force-directed (Fruchterman-Reingold) layout, seeded so a
page draws the same way each time; the canvas grows with the number of actors so that 300
stay apart. Each dyad is an arrow from source to target whose width grows with its count
and whose colour says cooperative or conflictual. The :data:`LABELLED` busiest actors get
a label, placed by :func:`place_labels` where it overlaps no other label (moved further out,
with a leader line, when the spot next to the node is taken); the busiest dyads get an edge
label ("REJECT 2") where there is room. The template draws the shapes computed here; every
label is escaped by the template.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from cablegram.query.common import ActorRef
from cablegram.web.queries import EventDyad, tone

MIN_WIDTH: Final = 960
MIN_HEIGHT: Final = 640
MARGIN: Final = 40
# Beyond this many actors the table lists them all and the drawing keeps the busiest.
MAX_NODES: Final = 300
LABELLED: Final = 50
EDGE_LABELS: Final = 40
LABEL_CHARS: Final = 28
FONT_PX: Final = 12
# A generous width per character of the 12 px sans-serif labels, so that the boxes
# computed here contain what a browser draws.
CHAR_PX: Final = 7.6
LINE_PX: Final = 16
EDGE_FONT_PX: Final = 10
EDGE_CHAR_PX: Final = 6.4
# Force-directed steps: networkx's default; each costs O(nodes²), so 300 actors lay out in
# well under a second on an idle core.
ITERATIONS: Final = 50


@dataclass(frozen=True, slots=True)
class Box:
    """A label's rectangle: left, top, right, bottom, in drawing units."""

    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box) -> bool:
        return not (
            self.x1 <= other.x0 or other.x1 <= self.x0 or self.y1 <= other.y0 or other.y1 <= self.y0
        )


@dataclass(frozen=True, slots=True)
class Label:
    text: str
    x: float
    y: float
    anchor: str
    box: Box
    # Where a label set away from its node points back to it (None when next to it).
    leader: tuple[float, float, float, float] | None = None


@dataclass(frozen=True, slots=True)
class Node:
    key: str
    name: str
    x: float
    y: float
    r: float
    degree: int
    label: Label | None


@dataclass(frozen=True, slots=True)
class Edge:
    dyad: EventDyad
    path: str
    width: float
    tone: str
    title: str
    label: Label | None


@dataclass(frozen=True, slots=True)
class Graph:
    width: int
    height: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    hidden: int

    @property
    def labels(self) -> list[Label]:
        return [n.label for n in self.nodes if n.label is not None]


def _key(actor: ActorRef) -> str:
    # The query layer tells actors apart by name and country; so does the drawing.
    return actor.label()


def _shorten(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "…"


def canvas(nodes: int) -> tuple[int, int]:
    """A drawing size that leaves each of ``nodes`` actors room for itself and a label."""
    side = 90 * math.sqrt(max(nodes, 1))
    return max(MIN_WIDTH, round(side * 1.4)), max(MIN_HEIGHT, round(side))


def _positions(
    keys: Sequence[str], weights: dict[tuple[str, str], int], width: int, height: int
) -> dict[str, tuple[float, float]]:
    # Imported here: networkx takes a second to load, which a server's start need not wait for.
    import networkx as nx  # type: ignore[import-untyped]

    graph = nx.Graph()
    graph.add_nodes_from(keys)
    for (a, b), w in weights.items():
        if a != b:
            graph.add_edge(a, b, weight=math.log2(1 + w))
    if len(keys) <= 1:
        return {key: (width / 2, height / 2) for key in keys}
    raw = nx.spring_layout(graph, seed=7, iterations=ITERATIONS, k=1.6 / math.sqrt(len(keys)))
    xs = [float(p[0]) for p in raw.values()]
    ys = [float(p[1]) for p in raw.values()]
    x_lo, x_hi, y_lo, y_hi = min(xs), max(xs), min(ys), max(ys)
    span_x, span_y = (x_hi - x_lo) or 1.0, (y_hi - y_lo) or 1.0
    room_x, room_y = width - 2 * MARGIN - 160, height - 2 * MARGIN - 40
    return {
        key: (
            MARGIN + 80 + (float(p[0]) - x_lo) / span_x * room_x,
            MARGIN + 20 + (float(p[1]) - y_lo) / span_y * room_y,
        )
        for key, p in raw.items()
    }


def _box(text: str, x: float, y: float, anchor: str, char_px: float, line_px: float) -> Box:
    """The rectangle of ``text`` drawn at (x, y) baseline with ``anchor``."""
    w = len(text) * char_px + 4
    x0 = x - 2 if anchor == "start" else x - w + 2 if anchor == "end" else x - w / 2
    return Box(x0, y - line_px + 3, x0 + w, y + 5)


# Directions tried around a node, nearest first: right, left, below, above, the diagonals.
_DIRECTIONS: Final = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1))


def place_labels(
    wanted: Iterable[tuple[str, float, float, float]],
    width: int,
    height: int,
    taken: list[Box] | None = None,
) -> list[Label | None]:
    """Labels for (text, x, y, radius) points, in the order given (most important first),
    none overlapping another or a box of ``taken``: each goes next to its point when
    there is room, else on a ring further out (with a leader line), else nowhere (None).
    The boxes placed are added to ``taken``."""
    placed = taken if taken is not None else []
    out: list[Label | None] = []
    for text, x, y, r in wanted:
        label = None
        for ring in range(0, 14):
            gap = r + 4 + ring * 14
            for dx, dy in _DIRECTIONS:
                lx, ly = x + dx * gap, y + dy * gap + (4 if dy == 0 else 10 if dy > 0 else 0)
                anchor = "start" if dx > 0 else "end" if dx < 0 else "middle"
                box = _box(text, lx, ly, anchor, CHAR_PX, LINE_PX)
                if box.x0 < 0 or box.x1 > width or box.y0 < 0 or box.y1 > height:
                    continue
                if any(box.overlaps(other) for other in placed):
                    continue
                leader = (x, y, lx, ly - 4) if ring > 0 else None
                label = Label(text, round(lx, 1), round(ly, 1), anchor, box, leader)
                break
            if label is not None:
                break
        if label is not None:
            placed.append(label.box)
        out.append(label)
    return out


def layout(dyads: Sequence[EventDyad]) -> Graph:
    """Positions, paths and labels for the (at most :data:`MAX_NODES`) busiest actors."""
    degree: Counter[str] = Counter()
    names_of: dict[str, str] = {}
    weights: Counter[tuple[str, str]] = Counter()
    for d in dyads:
        for actor in (d.source, d.target):
            degree[_key(actor)] += d.count
            names_of[_key(actor)] = actor.name
        weights[tuple(sorted((_key(d.source), _key(d.target))))] += d.count  # type: ignore[index]
    names = [key for key, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))]
    shown = names[:MAX_NODES]
    width, height = canvas(len(shown))
    keep = set(shown)
    positions = _positions(
        shown, {k: w for k, w in weights.items() if k[0] in keep and k[1] in keep}, width, height
    )
    top = max(degree.values(), default=1)
    radius = {key: round(4 + 10 * math.sqrt(degree[key] / top), 1) for key in shown}
    labels = place_labels(
        ((_shorten(names_of[key]), *positions[key], radius[key]) for key in shown[:LABELLED]),
        width,
        height,
    )
    taken = [label.box for label in labels if label is not None]
    nodes = {
        key: Node(
            key=key,
            name=names_of[key],
            x=round(positions[key][0], 1),
            y=round(positions[key][1], 1),
            r=radius[key],
            degree=degree[key],
            label=labels[i] if i < len(labels) else None,
        )
        for i, key in enumerate(shown)
    }
    edges = _edges(dyads, nodes, width, height, taken)
    return Graph(width, height, tuple(nodes.values()), tuple(edges), len(names) - len(shown))


def _edges(
    dyads: Sequence[EventDyad], nodes: dict[str, Node], width: int, height: int, taken: list[Box]
) -> list[Edge]:
    pairs = {(_key(d.source), _key(d.target)) for d in dyads}
    drawn = [d for d in dyads if _key(d.source) in nodes and _key(d.target) in nodes]
    busiest = {id(d) for d in sorted(drawn, key=lambda d: -d.count)[:EDGE_LABELS]}
    edges: list[Edge] = []
    for d in drawn:
        a, b = nodes[_key(d.source)], nodes[_key(d.target)]
        # A pair with arrows both ways bends each to its own side so both stay visible.
        bend = 0.18 if (b.key, a.key) in pairs else 0.0
        path, (mx, my) = _path(a, b, bend)
        label = None
        if id(d) in busiest and a.key != b.key:
            text = ", ".join(
                f"{t} {n}" for t, n in sorted(d.by_type.items(), key=lambda kv: -kv[1])[:2]
            )
            box = _box(text, mx, my + 3, "middle", EDGE_CHAR_PX, 12)
            inside = box.x0 >= 0 and box.x1 <= width and box.y0 >= 0 and box.y1 <= height
            if inside and not any(box.overlaps(other) for other in taken):
                taken.append(box)
                label = Label(text, round(mx, 1), round(my + 3, 1), "middle", box)
        edges.append(
            Edge(
                dyad=d,
                path=path,
                width=round(1.2 + 1.6 * math.log2(d.count), 1) if d.count > 1 else 1.2,
                tone=tone(d),
                title=f"{a.key} → {b.key}: {d.count} "
                f"({d.cooperative} cooperative, {d.conflictual} conflictual; "
                + ", ".join(f"{t} {n}" for t, n in d.by_type.items())
                + ")",
                label=label,
            )
        )
    return edges


def _path(a: Node, b: Node, bend: float) -> tuple[str, tuple[float, float]]:
    """An SVG path from the rim of ``a`` to the rim of ``b``, bent by ``bend`` of its
    length, and the point halfway along it."""
    if a.key == b.key:
        # An actor acting on itself: a small loop above its node.
        return (
            f"M {a.x - 4} {a.y - a.r} C {a.x - 24} {a.y - a.r - 30}, "
            f"{a.x + 24} {a.y - a.r - 30}, {a.x + 4} {a.y - a.r}"
        ), (a.x, a.y - a.r - 22)
    dx, dy = b.x - a.x, b.y - a.y
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    # Control point off the midpoint, on the left of the direction of travel.
    cx, cy = (a.x + b.x) / 2 - uy * bend * length, (a.y + b.y) / 2 + ux * bend * length
    sx, sy = a.x + ux * a.r, a.y + uy * a.r
    # Stop short of the target's rim so the arrowhead is not hidden under the circle.
    ex, ey = b.x - ux * (b.r + 4), b.y - uy * (b.r + 4)
    mid = (0.25 * sx + 0.5 * cx + 0.25 * ex, 0.25 * sy + 0.5 * cy + 0.25 * ey)
    return f"M {sx:.1f} {sy:.1f} Q {cx:.1f} {cy:.1f} {ex:.1f} {ey:.1f}", mid
