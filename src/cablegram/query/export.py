"""Exports of the store that pandas, R and DuckDB read as they are.

Every format carries the same flat table per kind of record, with a fixed column list and
types (:data:`COLUMNS`): nested actors become columns (``speaker_name``,
``speaker_country``, ...), lists become one ``"; "``-joined string, so a CSV, a JSON-lines
file and a Parquet file of the same records load into the same data frame. CSV writes a
header, empty cells for nulls and ``true``/``false`` for booleans; a statement's or event's
``date`` is written as precisely as the text gives it (``2013`` for a year, ``2013-02`` for
a month; ``date_precision`` says which); claims have the columns of
:mod:`cablegram.query.export_claims`; Parquet has an explicit
schema, so an empty export still has typed columns.

``plover`` (events only) writes one PLOVER-style JSON object a line, after the field names
of the PLOVER gold-standard records:

=================  ==============================================================
PLOVER field       cablegram
=================  ==============================================================
``id``             ``event_id``
``date``           the event's date as precise as the text gives it ("2013" for a
                   year), else its document's
``event``          ``event_type``
``mode``           ``mode``
``context``        null (cablegram does not code PLOVER contexts)
``source``         list of one ``{actorText, name, code, sector, kind, title}``:
                   mention, canonical name, ISO3 country, role, actor kind, title
``target``         the same for the target (empty list when none)
``eventText``      ``trigger``
``text``           ``sentence``
``negated``        ``negated`` (the event did not happen; a refusal is coded REJECT, not negated)
``modality``       ``modality``
``publication``    the first reporting article's title
``citations``      every reporting article: ``{doc_id, title, date, url, sentence}``
=================  ==============================================================
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final, Literal, TextIO

from cablegram.query.common import DocumentInfo
from cablegram.query.dates import shown
from cablegram.query.export_claims import (
    CLAIM_COLUMNS,
    ColumnType,
    actor_columns,
    actor_row,
    claim_row,
)
from cablegram.query.export_plover import LeftOut as LeftOut
from cablegram.query.export_plover import floor_events
from cablegram.query.export_plover import plover_events as plover_events
from cablegram.records import ActorRecord, Document, Event, Statement
from cablegram.store import Store

What = Literal["statements", "events", "actors", "documents", "claims"]
Format = Literal["jsonl", "csv", "parquet", "plover"]

WHATS: Final[tuple[What, ...]] = ("statements", "events", "actors", "documents", "claims")
FORMATS: Final[tuple[Format, ...]] = ("jsonl", "csv", "parquet", "plover")

COLUMNS: Final[dict[What, list[tuple[str, ColumnType]]]] = {
    "documents": [
        ("doc_id", "string"),
        ("source_path", "string"),
        ("title", "string"),
        ("publisher", "string"),
        ("authors", "string"),
        ("date", "string"),
        ("date_source", "string"),
        ("date_range_start", "string"),
        ("date_range_end", "string"),
        ("date_confidence", "float"),
        ("url", "string"),
        ("removed_count", "int"),
        ("text", "string"),
    ],
    "actors": [
        ("doc_id", "string"),
        ("actor_id", "string"),
        ("name", "string"),
        ("kind", "string"),
        ("country", "string"),
        ("role", "string"),
        ("title", "string"),
        ("code", "string"),
        ("mention_count", "int"),
        ("mentions", "string"),
    ],
    "statements": [
        ("doc_id", "string"),
        ("statement_id", "string"),
        ("kind", "string"),
        ("text", "string"),
        ("cue", "string"),
        *actor_columns("speaker"),
        *actor_columns("addressee"),
        ("start", "int"),
        ("end", "int"),
        ("spans", "string"),
        ("sentence", "string"),
        ("date", "string"),
        ("date_precision", "string"),
        ("rule", "string"),
        ("document_title", "string"),
        ("document_date", "string"),
    ],
    "events": [
        ("doc_id", "string"),
        ("event_id", "string"),
        ("event_type", "string"),
        ("mode", "string"),
        ("negated", "bool"),
        ("modality", "string"),
        ("date", "string"),
        ("date_precision", "string"),
        ("confidence", "float"),
        ("trigger", "string"),
        *actor_columns("source"),
        *actor_columns("target"),
        ("start", "int"),
        ("end", "int"),
        ("sentence", "string"),
        ("statement_id", "string"),
        ("citation_count", "int"),
        ("cited_doc_ids", "string"),
        ("document_title", "string"),
        ("document_date", "string"),
    ],
    "claims": CLAIM_COLUMNS,
}

Row = dict[str, Any]


class ExportError(ValueError):
    """An export that cannot be made as asked (a bad combination of options)."""


def _document_row(doc: Document) -> Row:
    return {
        "doc_id": doc.doc_id,
        "source_path": doc.source_path,
        "title": doc.title,
        "publisher": doc.publisher,
        "authors": "; ".join(doc.authors) or None,
        "date": doc.date,
        "date_source": doc.date_source,
        "date_range_start": doc.date_range[0] if doc.date_range else None,
        "date_range_end": doc.date_range[1] if doc.date_range else None,
        "date_confidence": doc.date_confidence,
        "url": doc.url,
        "removed_count": len(doc.removed),
        "text": doc.text,
    }


def _actor_record_row(actor: ActorRecord) -> Row:
    return {
        "doc_id": actor.doc_id,
        "actor_id": actor.actor_id,
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "role": actor.role,
        "title": actor.title,
        "code": actor.code,
        "mention_count": len(actor.mentions),
        "mentions": "; ".join(dict.fromkeys(m.text for m in actor.mentions)) or None,
    }


def _statement_row(statement: Statement, docs: DocumentInfo) -> Row:
    return {
        "doc_id": statement.doc_id,
        "statement_id": statement.statement_id,
        "kind": statement.kind,
        "text": statement.text,
        "cue": statement.cue,
        **actor_row("speaker", statement.speaker),
        **actor_row("addressee", statement.addressee),
        "start": statement.start,
        "end": statement.end,
        "spans": json.dumps([list(part) for part in statement.parts]),
        "sentence": statement.sentence,
        "date": shown(statement.date, statement.date_precision),
        "date_precision": statement.date_precision,
        "rule": statement.rule,
        "document_title": docs.title(statement.doc_id),
        "document_date": docs.date(statement.doc_id),
    }


def _event_row(event: Event, cited: Sequence[str], docs: DocumentInfo) -> Row:
    """One event; ``cited`` are the doc_ids of the articles that report it (the first
    report's own article when no other does)."""
    return {
        "doc_id": event.doc_id,
        "event_id": event.event_id,
        "event_type": event.event_type,
        "mode": event.mode,
        "negated": event.negated,
        "modality": event.modality,
        "date": shown(event.date, event.date_precision),
        "date_precision": event.date_precision,
        "confidence": event.confidence,
        "trigger": event.trigger,
        **actor_row("source", event.source),
        **actor_row("target", event.target),
        "start": event.start,
        "end": event.end,
        "sentence": event.sentence,
        "statement_id": event.statement_id,
        "citation_count": len(cited),
        "cited_doc_ids": "; ".join(cited),
        "document_title": docs.title(event.doc_id),
        "document_date": docs.date(event.doc_id),
    }


def export_rows(
    store: Store,
    what: What,
    min_confidence: float | None = None,
    left_out: LeftOut | None = None,
) -> Iterator[Row]:
    """The flat rows of one kind of record, each with exactly the columns of ``COLUMNS``;
    ``min_confidence`` keeps only events at least that sure (``left_out`` counts the rest)."""
    docs = DocumentInfo(store)
    if what == "documents":
        yield from (_document_row(d) for d in store.documents())
    elif what == "actors":
        yield from (_actor_record_row(a) for a in store.actors())
    elif what == "statements":
        yield from (_statement_row(s, docs) for s in store.statements())
    elif what == "events":
        for event in floor_events(store, min_confidence, left_out):
            cited = [c.doc_id for c in store.event_citations(event.event_id)]
            yield _event_row(event, list(dict.fromkeys(cited)) or [event.doc_id], docs)
    elif what == "claims":
        yield from (claim_row(c, docs) for c in store.claims())
    else:
        raise ExportError(f"cannot export {what!r}: choose one of {', '.join(WHATS)}")


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON object a line; returns how many."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[Row], what: What, out: TextIO) -> int:
    """RFC 4180 CSV with a header row; returns how many data rows."""
    names = [name for name, _ in COLUMNS[what]]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    count = 0
    for row in rows:
        writer.writerow([_csv_value(row[name]) for name in names])
        count += 1
    return count


def parquet_schema(what: What) -> Any:
    """The explicit Arrow schema of one kind of record (pyarrow imported only here)."""
    import pyarrow as pa

    types = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    return pa.schema([pa.field(name, types[kind], nullable=True) for name, kind in COLUMNS[what]])


def write_parquet(rows: Iterable[Row], what: What, path: str | Path) -> int:
    """A Parquet file with the explicit schema; returns how many rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema(what)
    listed = list(rows)
    columns = {name: [row[name] for row in listed] for name in schema.names}
    table = pa.Table.from_pydict(columns, schema=schema)
    pq.write_table(table, str(path))
    return len(listed)


def export(
    store: Store,
    what: What,
    fmt: Format,
    out: TextIO | None = None,
    path: str | Path | None = None,
    min_confidence: float | None = None,
    left_out: LeftOut | None = None,
) -> int:
    """Write one kind of record in one format; returns how many records were written.

    Text formats go to ``out`` when given, else to the file at ``path``. Parquet needs
    ``path`` (a binary file is no use on a terminal); ``plover`` is for events only.
    ``min_confidence`` (0 to 1, events only) leaves out events less sure than that, and
    counts them in ``left_out`` when given (the same pass that writes the others).
    """
    if what not in WHATS:
        raise ExportError(f"cannot export {what!r}: choose one of {', '.join(WHATS)}")
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "plover" and what != "events":
        raise ExportError("--format plover is for events only (--what events)")
    if min_confidence is not None and what != "events":
        raise ExportError("--min-confidence is for events only (--what events)")
    if fmt == "parquet":
        if path is None:
            raise ExportError("--format parquet writes a binary file: give --out FILE")
        return write_parquet(export_rows(store, what, min_confidence, left_out), what, path)
    if out is None:
        if path is None:
            raise ExportError("give an output stream or a path")
        with Path(path).open("w", encoding="utf-8", newline="") as handle:
            return export(
                store, what, fmt, out=handle, min_confidence=min_confidence, left_out=left_out
            )
    if fmt == "plover":
        return write_jsonl(plover_events(store, min_confidence, left_out), out)
    if fmt == "csv":
        return write_csv(export_rows(store, what, min_confidence, left_out), what, out)
    return write_jsonl(export_rows(store, what, min_confidence, left_out), out)
