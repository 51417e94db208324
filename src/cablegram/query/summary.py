"""The report's summary: what a store holds in one screen, whatever its size.

Counts, the dates its documents cover, its busiest actors, its event types and what looks
wrong (undated documents, documents with nothing found, statements without a speaker,
documents annotated by an older pipeline). :func:`build_summary` gives the data,
:func:`render_summary` lays it out in at most ~60 lines.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Final

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from cablegram.actors.listing import list_actors
from cablegram.pipeline_version import pipeline_version
from cablegram.query.common import cell
from cablegram.records import Actor
from cablegram.store import Store

TOP_ACTORS: Final = 10
NAMED: Final = 3

Summary = dict[str, Any]


def _label(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return f"{actor.name} ({actor.country})" if actor.country else actor.name


def _named(titles: list[str]) -> str:
    shown = "; ".join(titles[:NAMED])
    return shown + (" ..." if len(titles) > NAMED else "")


def build_summary(store: Store) -> Summary:
    """The summary as JSON-ready data: ``counts``, ``dates``, ``top_actors``,
    ``event_types``, ``statement_kinds`` and ``problems`` (one sentence each)."""
    counts = store.counts()
    # As many actors as `cablegram actors` lists: one per identity, namesakes settled.
    counts["actors"] = len(list_actors(store.actors()))
    docs = store.document_summaries()
    titles = {d.doc_id: d.title or d.source_path or d.doc_id for d in docs}
    dated = sorted(d.date for d in docs if d.date)
    estimated = [titles[d.doc_id] for d in docs if d.date and d.date_source == "text"]
    undated = [titles[d.doc_id] for d in docs if not d.date]

    actors: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    speakerless = 0
    for statement in store.statements():
        kinds[statement.kind] += 1
        label = _label(statement.speaker)
        if label is None:
            speakerless += 1
        else:
            actors[label] += 1
    types: Counter[str] = Counter()
    sourceless = 0
    for event in store.events():
        types[event.event_type] += 1
        sourceless += event.source is None
        for side in {_label(event.source), _label(event.target)} - {None}:
            actors[str(side)] += 1

    per_doc = store.counts_by_document(list(titles))
    empty = [titles[i] for i, c in per_doc.items() if not c["statements"] and not c["events"]]
    problems: list[str] = []
    if undated:
        problems.append(f"{len(undated)} documents have no date: {_named(undated)}")
    if estimated:
        problems.append(
            f"{len(estimated)} documents are dated only from their text: {_named(estimated)}"
        )
    if empty:
        problems.append(
            f"{len(empty)} documents yielded no statement and no event: {_named(empty)}"
        )
    if speakerless:
        problems.append(f"{speakerless} statements have no speaker")
    if sourceless:
        problems.append(f"{sourceless} events have no source")
    links = len(store.syndication_links())
    current = pipeline_version()
    behind = len(store.documents_behind(current))
    return {
        "store": str(store.path),
        "schema_version": store.schema_version,
        "counts": counts,
        "dates": {
            "first": dated[0] if dated else None,
            "last": dated[-1] if dated else None,
            "dated": len(dated),
            "estimated": len(estimated),
            "undated": len(undated),
        },
        "syndicated_copies": links,
        "pipeline_version": current,
        "documents_behind": behind,
        "behind": (
            f"{behind} documents were annotated by an older pipeline than {current}: "
            "`cablegram reannotate` brings them up to date."
            if behind
            else ""
        ),
        "top_actors": [{"actor": a, "records": n} for a, n in actors.most_common(TOP_ACTORS)],
        "event_types": dict(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
        "statement_kinds": dict(sorted(kinds.items())),
        "problems": problems,
    }


def render_summary(summary: Summary, console: Console) -> None:
    """The summary as a few small tables and lines (at most ~60 lines)."""
    counts: dict[str, int] = summary["counts"]
    dates = summary["dates"]
    overview = Table(title=f"Store {summary['store']}", title_justify="left", box=box.SIMPLE)
    overview.add_column("What")
    overview.add_column("How many", justify="right")
    overview.add_column("Details", overflow="fold")
    covered = f"{dates['first']} to {dates['last']}" if dates["first"] else "no dated document"
    overview.add_row(cell("documents"), cell(counts["documents"]), cell(f"dates {covered}"))
    kinds = ", ".join(f"{k} {n}" for k, n in summary["statement_kinds"].items())
    overview.add_row(cell("statements"), cell(counts["statements"]), cell(kinds or None))
    overview.add_row(
        cell("events"),
        cell(counts["events"]),
        cell(f"{counts['event_citations']} citations"),
    )
    overview.add_row(cell("actors"), cell(counts["actors"]), cell(f"{counts['mentions']} mentions"))
    overview.add_row(cell("removed by cleaning"), cell(counts["removed"]), cell(None))
    overview.add_row(
        cell("syndicated copies"), cell(summary["syndicated_copies"]), cell("linked, not counted")
    )
    console.print(overview)

    if summary["top_actors"]:
        top = Table(title="Busiest actors", title_justify="left", box=box.SIMPLE)
        top.add_column("Actor", overflow="fold")
        top.add_column("Statements and events", justify="right")
        for row in summary["top_actors"]:
            top.add_row(cell(row["actor"]), cell(row["records"]))
        console.print(top)

    if summary["event_types"]:
        line = ", ".join(f"{t} {n}" for t, n in summary["event_types"].items())
        console.print(Text("Event types: " + line))
    if summary.get("behind"):
        console.print(Text(summary["behind"]))
    if summary["problems"]:
        console.print(Text("Problems:"))
        for problem in summary["problems"]:
            console.print(Text("  - " + problem))
    if not summary.get("full"):
        console.print(
            Text(
                "`cablegram report --full` lists every document, removed piece, statement and "
                "event; `quotes`, `events` and `timeline` filter them."
            )
        )
