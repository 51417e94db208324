"""Laying out the dyad network as an SVG drawing, server-side, so it needs no script.

Actors sit on a circle, most connected first; each dyad is an arrow from source to target
whose width grows with its count and whose colour says cooperative or conflictual. The
template draws the shapes computed here; every label is escaped by the template.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from cablegram.query.common import ActorRef
from cablegram.web.queries import EventDyad, tone

WIDTH: Final = 960
HEIGHT: Final = 600
# Room left of and right of the circle for labels, and the longest label drawn in full.
LABEL_ROOM: Final = 250
LABEL_CHARS: Final = 30
# Beyond this many actors a circle of labels stops being readable; the table lists them all.
MAX_NODES: Final = 40


@dataclass(frozen=True, slots=True)
class Node:
    key: str
    name: str
    label: str
    x: float
    y: float
    r: float
    degree: int
    label_x: float
    label_y: float
    anchor: str


@dataclass(frozen=True, slots=True)
class Edge:
    dyad: EventDyad
    path: str
    width: float
    tone: str
    label: str


@dataclass(frozen=True, slots=True)
class Graph:
    width: int
    height: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    hidden: int


def _key(actor: ActorRef) -> str:
    # The query layer tells actors apart by name and country; so does the drawing.
    return actor.label()


def layout(dyads: Sequence[EventDyad]) -> Graph:
    """Positions and paths for the most connected actors of ``dyads``."""
    degree: Counter[str] = Counter()
    names_of: dict[str, str] = {}
    for d in dyads:
        for actor in (d.source, d.target):
            degree[_key(actor)] += d.count
            names_of[_key(actor)] = actor.name
    names = [key for key, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))]
    shown = names[:MAX_NODES]
    cx, cy = WIDTH / 2, HEIGHT / 2
    radius = min(cy - 70, cx - LABEL_ROOM) if len(shown) > 1 else 0.0
    top = max(degree.values(), default=1)
    nodes: dict[str, Node] = {}
    for i, key in enumerate(shown):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(shown), 1)
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        cos = math.cos(angle)
        nodes[key] = Node(
            key=key,
            name=names_of[key],
            label=_shorten(names_of[key]),
            x=round(x, 1),
            y=round(y, 1),
            r=round(6 + 10 * math.sqrt(degree[key] / top), 1),
            degree=degree[key],
            label_x=round(x + 22 * cos, 1),
            label_y=round(y + 22 * math.sin(angle) + 4, 1),
            anchor="start" if cos > 0.2 else "end" if cos < -0.2 else "middle",
        )
    pairs = {(_key(d.source), _key(d.target)) for d in dyads}
    edges: list[Edge] = []
    for d in dyads:
        a, b = nodes.get(_key(d.source)), nodes.get(_key(d.target))
        if a is None or b is None:
            continue
        # A pair with arrows both ways bends each to its own side so both stay visible.
        bend = 0.18 if (b.key, a.key) in pairs else 0.0
        edges.append(
            Edge(
                dyad=d,
                path=_path(a, b, bend),
                width=round(1.5 + 2 * math.log2(d.count), 1),
                tone=tone(d),
                label=f"{a.key} → {b.key}: {d.count} "
                f"({d.cooperative} cooperative, {d.conflictual} conflictual; "
                + ", ".join(f"{t} {n}" for t, n in d.by_type.items())
                + ")",
            )
        )
    return Graph(WIDTH, HEIGHT, tuple(nodes.values()), tuple(edges), len(names) - len(shown))


def _shorten(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "…"


def _path(a: Node, b: Node, bend: float) -> str:
    """An SVG path from the rim of ``a`` to the rim of ``b``, bent by ``bend`` of its length."""
    if a.key == b.key:
        # An actor acting on itself: a small loop above its node.
        return (
            f"M {a.x - 4} {a.y - a.r} C {a.x - 30} {a.y - a.r - 40}, "
            f"{a.x + 30} {a.y - a.r - 40}, {a.x + 4} {a.y - a.r}"
        )
    dx, dy = b.x - a.x, b.y - a.y
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    # Control point off the midpoint, on the left of the direction of travel.
    mx, my = (a.x + b.x) / 2 - uy * bend * length, (a.y + b.y) / 2 + ux * bend * length
    sx, sy = a.x + ux * a.r, a.y + uy * a.r
    # Stop short of the target's rim so the arrowhead is not hidden under the circle.
    ex, ey = b.x - ux * (b.r + 4), b.y - uy * (b.r + 4)
    return f"M {sx:.1f} {sy:.1f} Q {mx:.1f} {my:.1f} {ex:.1f} {ey:.1f}"
