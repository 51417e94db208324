"""The unit of work every runner ships: a batch of cleaned documents in, annotations out.

This module is what a worker process or a Dask worker imports. The annotator (spaCy model
and actor dictionary) is loaded on a worker's first batch and kept for the next ones, so
each worker loads the model once however many batches it runs.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cablegram.records import Annotation, Document, stable_id

if TYPE_CHECKING:
    # Imported where used: the main process of a pool or a Dask client never parses, and
    # spaCy costs it a second to import.
    from cablegram.pipeline import Annotator

# One annotator per (model, actors file) per process. Dask may run tasks in threads of one
# process; spaCy does not promise that one pipeline may parse in two threads at once, so a
# lock serialises them (the GIL would serialise most of the work anyway).
_ANNOTATORS: dict[tuple[str | None, str | None], Annotator] = {}
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How to annotate, and where results go: back to the caller, or a Parquet folder."""

    model: str | None = None
    actors: str | None = None
    out_dir: str | None = None
    # Compute near-duplicate fingerprints on the worker (for Parquet output only: with a
    # store the main process fingerprints before parsing, to skip parsing copies).
    fingerprints: bool = True


@dataclass(frozen=True, slots=True)
class Batch:
    """Documents to annotate together; ``part`` names the Parquet partition they become."""

    documents: tuple[Document, ...]
    # The batch's place in the run's input order.
    index: int = 0

    @property
    def part(self) -> str:
        """A name fixed by the batch's place and documents, so a rerun recognises a written
        partition, and ``load`` (reading partitions in name order) stores documents in input
        order, as a direct ingest does: which copy of a syndicated story is the original,
        and which article's wording a shared event keeps, then agree."""
        return f"part-{self.index:06d}-{stable_id(*(d.doc_id for d in self.documents))}.parquet"


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be annotated, and why: reported as one line."""

    source_path: str
    reason: str
    doc_id: str = ""

    def __str__(self) -> str:
        return f"cablegram: {self.source_path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class BatchResult:
    """Annotations in input order (empty when written to Parquet) and failures."""

    annotations: tuple[Annotation, ...] = ()
    failures: tuple[Failure, ...] = ()
    # Documents written to a Parquet partition by the worker itself.
    written: int = 0


def annotator(model: str | None, actors: str | None) -> Annotator:
    """This process's annotator for the model and actors file, loaded on first use."""
    from cablegram.pipeline import Annotator

    key = (model, actors)
    loaded = _ANNOTATORS.get(key)
    if loaded is None:
        loaded = _ANNOTATORS[key] = Annotator.load(model, actors)
    return loaded


def annotate_documents(
    annotator_: Annotator, documents: tuple[Document, ...]
) -> tuple[list[Annotation], list[Failure]]:
    """Annotate through ``nlp.pipe``; a document that breaks the pipeline fails alone.

    A batch that raises is redone one document at a time, so that one hostile input costs
    its own annotation and not its neighbours'.
    """
    try:
        return _annotate(annotator_, documents), []
    except Exception as err:  # any failure is retried per document below
        if len(documents) == 1:
            return [], [_failure(documents[0], err)]
    annotations: list[Annotation] = []
    failures: list[Failure] = []
    for document in documents:
        try:
            annotations.extend(_annotate(annotator_, (document,)))
        except Exception as err:  # reported as one line; the run goes on
            failures.append(_failure(document, err))
    return annotations, failures


def _failure(document: Document, err: Exception) -> Failure:
    what = f"{type(err).__name__}: {err}"
    return Failure(document.source_path, f"could not annotate ({what[:200]})", document.doc_id)


def _annotate(annotator_: Annotator, documents: tuple[Document, ...]) -> list[Annotation]:
    return list(annotator_.annotate(documents))


def run_batch(batch: Batch, options: BatchOptions) -> BatchResult:
    """Annotate one batch: the task every runner (in-process, pool, Dask) executes."""
    with _LOCK:
        loaded = annotator(options.model, options.actors)
        annotations, failures = annotate_documents(loaded, batch.documents)
    if options.out_dir is None:
        return BatchResult(tuple(annotations), tuple(failures))
    from cablegram.runners.parquet import write_partition

    write_partition(
        Path(options.out_dir) / batch.part, annotations, fingerprints=options.fingerprints
    )
    return BatchResult((), tuple(failures), written=len(annotations))
