"""What the store holds, as plain data (for ``--json``) and as rich tables made from it.

:func:`build_report` is the single source: :func:`render_report` only lays its data out, so
the tables and the JSON carry the same content. By default the report is a summary that
fits a screen whatever the store's size (counts, dates covered, top actors, event types,
problems: :mod:`cablegram.query.summary`); ``full=True`` (``--full``) adds every document,
removed piece, statement and event. The JSON keeps full texts; the tables shorten long
ones to fit a terminal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from rich.console import Console
from rich.table import Table
from rich.text import Text

from cablegram.query.common import cell, shorten
from cablegram.query.summary import build_summary, render_summary
from cablegram.records import Actor, Document
from cablegram.store import Store

__all__ = ["DEFAULT_LIMIT", "Report", "StoreReport", "build_report", "render_report", "shorten"]

# Rows of statements and of events shown by default: a report of a large store should still
# fit a screenful of scrolling; the counts say how many there are in all.
DEFAULT_LIMIT: Final = 100
_TEXT_WIDTH: Final = 80
_REMOVED_WIDTH: Final = 60

Report = dict[str, Any]


@dataclass(frozen=True, slots=True)
class StoreReport:
    """The report as the Python API returns it: its data, and ``to_json()``."""

    data: Report

    def to_json(self) -> Report:
        return self.data


def _title(document: Document | None, doc_id: str) -> str:
    if document is None:
        return doc_id
    return document.title or document.source_path or doc_id


def _actor_name(actor: Actor | None) -> str | None:
    return actor.name if actor else None


def _actor_country(actor: Actor | None) -> str | None:
    return actor.country if actor else None


def build_report(store: Store, limit: int | None = DEFAULT_LIMIT, *, full: bool = False) -> Report:
    """Everything the report shows, as JSON-ready data: the summary, and with ``full`` the
    lists of documents, removed pieces, statements and events.

    ``limit`` caps the statements and the events listed (None for all); ``counts`` always
    gives the totals.
    """
    summary = build_summary(store)
    if not full:
        return summary
    documents = store.documents()
    by_id = {d.doc_id: d for d in documents}
    doc_rows: list[dict[str, Any]] = []
    removed_rows: list[dict[str, Any]] = []
    for doc in documents:
        counts = store.counts(doc.doc_id)
        doc_rows.append(
            {
                "doc_id": doc.doc_id,
                "title": doc.title,
                "publisher": doc.publisher,
                "date": doc.date,
                "date_source": doc.date_source,
                "date_range": list(doc.date_range) if doc.date_range else None,
                "date_confidence": doc.date_confidence,
                "authors": list(doc.authors),
                "source_path": doc.source_path,
                "statements": counts["statements"],
                "events": counts["events"],
                "removed": counts["removed"],
            }
        )
        removed_rows.extend(
            {
                "doc_id": doc.doc_id,
                "document": _title(doc, doc.doc_id),
                "kind": r.kind,
                "text": r.text,
            }
            for r in doc.removed
        )
    statements = [
        {
            "doc_id": s.doc_id,
            "document": _title(by_id.get(s.doc_id), s.doc_id),
            "statement_id": s.statement_id,
            "speaker": _actor_name(s.speaker),
            "speaker_country": _actor_country(s.speaker),
            "cue": s.cue,
            "addressee": _actor_name(s.addressee),
            "kind": s.kind,
            "text": s.text,
        }
        for s in store.statements(limit=limit)
    ]
    events = [
        {
            "doc_id": e.doc_id,
            "document": _title(by_id.get(e.doc_id), e.doc_id),
            "event_id": e.event_id,
            "event_type": e.event_type,
            "mode": e.mode,
            "source": _actor_name(e.source),
            "source_country": _actor_country(e.source),
            "target": _actor_name(e.target),
            "target_country": _actor_country(e.target),
            "negated": e.negated,
            "modality": e.modality,
            "date": e.date,
        }
        for e in store.events(limit=limit)
    ]
    return summary | {
        "full": True,
        "documents": doc_rows,
        "removed": removed_rows,
        "statements": statements,
        "events": events,
    }


def _who(name: str | None, country: str | None) -> Text:
    if name is None:
        return cell(None)
    return cell(f"{name} ({country})" if country else name)


def _shown(total: int, shown: int, what: str) -> str | None:
    if shown < total:
        return f"showing {shown} of {total} {what}; --limit 0 shows all"
    return None


def render_report(report: Report, console: Console) -> None:
    """Print the report's data as tables: the summary, then the lists when it has them."""
    counts: dict[str, int] = report["counts"]
    if not counts["documents"]:
        empty = Text(f"The store at {report['store']} holds no documents yet.")
        console.print(empty, soft_wrap=True)
        return
    render_summary(report, console)
    if not report.get("full"):
        return

    docs = Table(title=f"Documents ({counts['documents']})", title_justify="left")
    docs.add_column("Title", overflow="fold")
    docs.add_column("Publisher")
    docs.add_column("Date", no_wrap=True)
    docs.add_column("Authors")
    docs.add_column("Statements", justify="right")
    docs.add_column("Events", justify="right")
    for d in report["documents"]:
        docs.add_row(
            cell(d["title"] or d["source_path"]),
            cell(d["publisher"]),
            cell(_document_date(d)),
            cell(d["authors"]),
            cell(d["statements"]),
            cell(d["events"]),
        )
    console.print(docs)

    if report["removed"]:
        removed = Table(title=f"Removed by cleaning ({counts['removed']})", title_justify="left")
        removed.add_column("Document", overflow="fold")
        removed.add_column("Kind", no_wrap=True)
        removed.add_column("Text")
        for r in report["removed"]:
            removed.add_row(
                cell(r["document"]), cell(r["kind"]), cell(shorten(r["text"], _REMOVED_WIDTH))
            )
        console.print(removed)

    if report["statements"]:
        statements = Table(
            title=f"Statements ({counts['statements']})",
            title_justify="left",
            caption=_shown(counts["statements"], len(report["statements"]), "statements"),
        )
        statements.add_column("Speaker")
        statements.add_column("Cue")
        statements.add_column("Kind", no_wrap=True)
        statements.add_column("Text")
        statements.add_column("Document", overflow="fold")
        for s in report["statements"]:
            statements.add_row(
                _who(s["speaker"], s["speaker_country"]),
                cell(s["cue"]),
                cell(s["kind"]),
                cell(shorten(s["text"], _TEXT_WIDTH)),
                cell(s["document"]),
            )
        console.print(statements)

    if report["events"]:
        events = Table(
            title=f"Events ({counts['events']})",
            title_justify="left",
            caption=_shown(counts["events"], len(report["events"]), "events"),
        )
        for name in ("Type", "Source", "Target", "Negated", "Modality", "Date", "Document"):
            # Codes and dates read wrongly when cut; names and titles wrap instead.
            short = name in ("Type", "Negated", "Modality", "Date")
            events.add_column(name, no_wrap=short, overflow="fold")
        for e in report["events"]:
            events.add_row(
                cell(e["event_type"]),
                _who(e["source"], e["source_country"]),
                _who(e["target"], e["target_country"]),
                cell(e["negated"]),
                cell(e["modality"]),
                cell(e["date"]),
                cell(e["document"]),
            )
        console.print(events)


def _document_date(row: dict[str, Any]) -> str | None:
    """A date estimated from the text says so ("~2013-02-01 est."); its range and confidence
    are in the JSON. Metadata and user dates stand as they are."""
    if row["date"] is None or row.get("date_source") != "text":
        return row["date"]  # type: ignore[no-any-return]
    return f"~{row['date']} est."
