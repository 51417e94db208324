"""Annotations as Parquet partitions: what ``ingest --out DIR`` writes and ``load`` reads.

One row per record, in the record contract's order (document, actors, statements, events,
claims), with its JSON in one column: the contract is the schema, so adding a field to a
record needs no change here. Document rows also carry the near-duplicate fingerprint, so that
``load`` can link syndicated copies without recomputing it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from cablegram.records import (
    ActorRecord,
    Annotation,
    Claim,
    Document,
    Event,
    Statement,
)
from cablegram.syndication import Fingerprint, fingerprint

SCHEMA = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("record", pa.string(), nullable=False),
        pa.field("json", pa.string(), nullable=False),
        pa.field("signature", pa.binary()),
        pa.field("bands", pa.list_(pa.int64())),
    ]
)
SUFFIX = ".parquet"


class PartitionError(Exception):
    """A file that is not a readable cablegram partition; the message is one line."""


@dataclass(frozen=True, slots=True)
class Loaded:
    """One document's annotation read back, with its fingerprint when one was stored."""

    annotation: Annotation
    fingerprint: Fingerprint | None


def write_partition(
    path: Path, annotations: Sequence[Annotation], *, fingerprints: bool = True
) -> None:
    """Write one partition atomically: readers see the whole file or none of it."""
    columns: dict[str, list[Any]] = {name: [] for name in SCHEMA.names}
    for annotation in annotations:
        doc_id = annotation.document.doc_id
        print_ = fingerprint(annotation.document.text) if fingerprints else None
        for record in annotation.records():
            is_doc = record["record"] == "document"
            columns["doc_id"].append(doc_id)
            columns["record"].append(record["record"])
            columns["json"].append(json.dumps(record, ensure_ascii=False))
            columns["signature"].append(print_.signature if is_doc and print_ else None)
            columns["bands"].append(list(print_.bands) if is_doc and print_ else None)
    table = pa.table(columns, schema=SCHEMA)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    # A rename is atomic: a run killed mid-write leaves a stray temporary, never half a part.
    os.replace(tmp, path)


def partitions(folder: Path) -> list[Path]:
    """The partition files of a folder, in name order (temporaries left by a kill skipped)."""
    return sorted(p for p in folder.iterdir() if p.suffix == SUFFIX and not p.name.startswith("."))


def read_partition(path: Path) -> Iterator[Loaded]:
    """The documents of one partition, in the order they were written."""
    try:
        table = pq.read_table(path, schema=SCHEMA)
        rows = table.to_pylist()
    except (OSError, pa.ArrowException) as err:
        raise PartitionError(f"{path}: not a cablegram Parquet partition ({err})") from None
    current: list[dict[str, Any]] = []
    for row in rows:
        if row["record"] == "document" and current:
            yield _loaded(path, current)
            current = []
        current.append(row)
    if current:
        yield _loaded(path, current)


def _loaded(path: Path, rows: list[dict[str, Any]]) -> Loaded:
    head = rows[0]
    if head["record"] != "document":
        raise PartitionError(f"{path}: records before their document")
    try:
        records = [json.loads(row["json"]) for row in rows]
        document = Document.from_json(records[0])
        annotation = Annotation(
            document=document,
            actors=tuple(ActorRecord.from_json(r) for r in records if r["record"] == "actor"),
            statements=tuple(Statement.from_json(r) for r in records if r["record"] == "statement"),
            events=tuple(Event.from_json(r) for r in records if r["record"] == "event"),
            claims=tuple(Claim.from_json(r) for r in records if r["record"] == "claim"),
        )
    except (ValueError, KeyError, TypeError) as err:
        raise PartitionError(f"{path}: malformed record ({type(err).__name__}: {err})") from None
    print_ = None
    if head["signature"] is not None and head["bands"] is not None:
        print_ = Fingerprint(bytes(head["signature"]), tuple(head["bands"]))
    return Loaded(annotation, print_)
