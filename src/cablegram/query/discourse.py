"""The discourse network: who takes which position, and who sides with whom.

As political scientists code it by hand with the Discourse Network Analyzer (Leifeld,
"Discourse network analysis", 2016): an *affiliation* network of actors and concepts,
each edge an actor's agreement or disagreement with a concept, and the *congruence*
network derived from it, where two actors are linked by the concepts on which they take
the same side (and, apart, the *conflict* network of concepts on which they take opposite
sides).

- With propositions (``--proposition``, repeatable), each proposition is a concept and the
  edges are its stance rows (:func:`cablegram.query.stance.find_stance`): a country's
  government pooled, other actors apart.
- Without, each act the store's claims name ("send troop (Iraq)", "impose sanction
  (Russia)") is a concept, kept when at least ``min_actors`` actors take a side on it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any, Final

from rich.console import Console
from rich.table import Table

from cablegram.query.common import JSON, DocumentInfo, cell
from cablegram.query.propositions_args import EXPLICIT_ROLES
from cablegram.query.stance import find_stance
from cablegram.query.stance_evidence import Records, actor_of, claim_evidence
from cablegram.query.stance_places import members
from cablegram.query.stance_rows import (
    Evidence,
    Stance,
    StanceRow,
    decide,
    has_agency,
    speaks_for_country,
)
from cablegram.records import Claim
from cablegram.store import Store

SIDES: Final = ("support", "oppose")


@dataclass(frozen=True, slots=True)
class Position:
    """One actor's side on one concept, with the sentences it rests on."""

    actor: str
    kind: str
    country: str | None
    concept: str
    stance: Stance
    confidence: float
    sentences: tuple[str, ...]

    def to_json(self) -> JSON:
        return {
            "actor": self.actor,
            "kind": self.kind,
            "country": self.country,
            "concept": self.concept,
            "stance": self.stance,
            "confidence": self.confidence,
            "sentences": list(self.sentences),
        }


@dataclass(frozen=True, slots=True)
class Tie:
    """Two actors and the concepts on which they agree and disagree."""

    a: str
    b: str
    agree: tuple[str, ...]
    disagree: tuple[str, ...]

    def to_json(self) -> JSON:
        return {
            "a": self.a,
            "b": self.b,
            "agree": list(self.agree),
            "disagree": list(self.disagree),
        }


@dataclass(frozen=True, slots=True)
class DiscourseNetwork:
    """Concepts, actor-concept positions, and actor-actor ties."""

    concepts: tuple[str, ...]
    positions: tuple[Position, ...]
    ties: tuple[Tie, ...]

    def to_json(self) -> JSON:
        return {
            "concepts": list(self.concepts),
            "positions": [p.to_json() for p in self.positions],
            "congruence": [t.to_json() for t in self.ties],
        }

    def affiliation_graph(self) -> Any:
        """Bipartite ``networkx.Graph``: actor and concept nodes, edges carrying the stance."""
        import networkx as nx  # type: ignore[import-untyped, import-not-found, unused-ignore]

        graph = nx.Graph()
        for concept in self.concepts:
            graph.add_node(f"concept:{concept}", kind="concept", label=concept)
        for p in self.positions:
            node = f"actor:{p.actor}"
            graph.add_node(node, kind="actor", label=p.actor, country=p.country or "")
            graph.add_edge(
                node,
                f"concept:{p.concept}",
                stance=p.stance,
                weight=p.confidence,
                agreement=1 if p.stance == "support" else -1 if p.stance == "oppose" else 0,
            )
        return graph

    def congruence_graph(self) -> Any:
        """Actor ``networkx.Graph``: ``agree`` and ``disagree`` counts, ``weight`` = agree -
        disagree."""
        import networkx as nx  # type: ignore[import-untyped, import-not-found, unused-ignore]

        graph = nx.Graph()
        for p in self.positions:
            graph.add_node(p.actor, kind=p.kind, country=p.country or "")
        for t in self.ties:
            graph.add_edge(
                t.a,
                t.b,
                agree=len(t.agree),
                disagree=len(t.disagree),
                weight=len(t.agree) - len(t.disagree),
            )
        return graph


def concept_of(claim: Claim) -> str:
    """A claim's concept label: its act and, if it names one, its place or target."""
    act = " ".join(w for w in (claim.predicate, claim.object) if w)
    named = [v for r, v in claim.arguments if r in EXPLICIT_ROLES]
    return f"{act} ({named[0]})" if named else act


def _holder(evidence: Evidence) -> tuple[str, str, str | None]:
    """Who a position belongs to: the country for its government's voice, else the actor."""
    actor = evidence.actor
    if actor.country and speaks_for_country(actor):
        from cablegram.gazetteer.dictionary import load_dictionary

        return load_dictionary().country_name(actor.country), "state", actor.country
    return actor.name, actor.kind, actor.country


def _position(
    who: tuple[str, str, str | None], concept: str, items: Sequence[Evidence]
) -> Position:
    stance, confidence = decide(items)
    sentences = tuple(dict.fromkeys(e.citation.sentence for e in items))
    return Position(who[0], who[1], who[2], concept, stance, confidence, sentences)


def _from_rows(concept: str, rows: Sequence[StanceRow]) -> list[Position]:
    out = []
    for row in rows:
        if row.level == "actor" and row.evidence and speaks_for_country(row.evidence[0].actor):
            continue  # pooled in its country's row
        sentences = tuple(dict.fromkeys(e.citation.sentence for e in row.citations))
        out.append(
            Position(
                row.name, row.kind, row.country, concept, row.stance, row.confidence, sentences
            )
        )
    return out


def _ties(positions: Sequence[Position]) -> list[Tie]:
    sides: dict[str, dict[str, str]] = defaultdict(dict)
    for p in positions:
        if p.stance in SIDES:
            sides[p.concept][p.actor] = p.stance
    agree: dict[tuple[str, str], list[str]] = defaultdict(list)
    disagree: dict[tuple[str, str], list[str]] = defaultdict(list)
    for concept, taken in sides.items():
        for a, b in combinations(sorted(taken), 2):
            (agree if taken[a] == taken[b] else disagree)[(a, b)].append(concept)
    pairs = sorted(set(agree) | set(disagree))
    return [Tie(a, b, tuple(agree[(a, b)]), tuple(disagree[(a, b)])) for a, b in pairs]


def build_discourse(
    store: Store, propositions: Sequence[str] = (), min_actors: int = 2
) -> DiscourseNetwork:
    """The discourse network over ``propositions``, or over the acts the claims name."""
    positions: list[Position] = []
    if propositions:
        for proposition in propositions:
            result = find_stance(store, proposition)
            positions.extend(_from_rows(proposition, [*result.countries, *result.actors]))
    else:
        docs, records = DocumentInfo(store), Records(store)
        grouped: dict[tuple[tuple[str, str, str | None], str], list[Evidence]] = defaultdict(list)
        for claim in store.claims():
            for actor in members(actor_of(claim)):
                if not has_agency(actor):
                    continue
                item = claim_evidence(claim, actor, claim.polarity, 1.0, (), docs, records)
                if item is not None:
                    grouped[(_holder(item), concept_of(claim))].append(item)
        holders: dict[str, set[str]] = defaultdict(set)
        for who, concept in grouped:
            holders[concept].add(who[0])
        positions = [
            _position(who, concept, items)
            for (who, concept), items in grouped.items()
            if len(holders[concept]) >= min_actors
        ]
    positions.sort(key=lambda p: (p.concept, p.actor))
    concepts = tuple(dict.fromkeys(p.concept for p in positions))
    return DiscourseNetwork(concepts, tuple(positions), tuple(_ties(positions)))


def render_discourse(network: DiscourseNetwork, console: Console) -> None:
    """The positions (actor x concept) and the congruence ties as tables."""
    if not network.positions:
        console.print("No positions found: no concept has enough actors taking a side.")
        return
    table = Table(title=f"Positions ({len(network.positions)})", title_justify="left")
    for name in ("Concept", "Actor", "Stance", "Conf."):
        table.add_column(name)
    for p in network.positions:
        table.add_row(cell(p.concept), cell(p.actor), cell(p.stance), cell(f"{p.confidence:.2f}"))
    console.print(table)
    ties = Table(title=f"Who sides with whom ({len(network.ties)})", title_justify="left")
    for name in ("Actor", "Actor", "Agree", "Disagree"):
        ties.add_column(name)
    for t in network.ties:
        ties.add_row(cell(t.a), cell(t.b), cell(", ".join(t.agree)), cell(", ".join(t.disagree)))
    console.print(ties)
