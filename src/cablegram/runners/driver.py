"""The streaming ingest: read and clean here, annotate on a runner, store here.

The main process reads and cleans the inputs (two streaming passes, as
:func:`cablegram.ingest.ingest`), skips what the store already holds before anything is
parsed, recognises syndicated copies of stored articles, and hands the rest to a runner
in batches. Results come back in input order and are written one transaction per
document, so a run killed at any point leaves whole documents only, and the same command
run again picks up where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from cablegram.ingest import BoilerplateIndex
from cablegram.ingest.files import DEFAULT_MAX_BYTES
from cablegram.ingest.guard import clean_or_error, index_document, reason_of
from cablegram.ingest.readers import read_inputs, stdin_bytes
from cablegram.records import Annotation, Document, IngestError, RawDocument
from cablegram.runners.batch import Batch, BatchResult
from cablegram.runners.local import Runner
from cablegram.runners.outcome import IngestStats, RunHalted, fatal_reason
from cablegram.store import Store
from cablegram.syndication import Fingerprint, Match, find_original, fingerprint, novel_records

__all__ = ["IngestStats", "Reporter", "RunHalted", "Source", "ingest_to_store"]

T = TypeVar("T")


class Reporter:
    """Where a run says what it does: per-document notices and progress. Silent by default."""

    def notice(self, line: str) -> None:
        """One line about one input (an error, a skip), meant for stderr."""

    def scanned(self, count: int) -> None:
        """The first pass has seen ``count`` inputs so far."""

    def start(self, total: int) -> None:
        """The second pass begins over ``total`` inputs."""

    def advance(self, count: int = 1) -> None:
        """``count`` more inputs are done with."""


@dataclass(slots=True)
class Source:
    """The inputs of one run, scanned once for boilerplate, then cleaned in a stream."""

    paths: Sequence[str]
    user_date: str | None = None
    max_bytes: int | None = DEFAULT_MAX_BYTES
    _stdin: bytes | None = None
    _index: BoilerplateIndex | None = None
    total: int = 0
    # The input each cleaned document came from, until the store keeps it (re-cleaning).
    raws: dict[str, RawDocument] = field(default_factory=dict)

    def scan(self, reporter: Reporter) -> int:
        """First pass: count the inputs and learn each source's recurring lines."""
        self._stdin = stdin_bytes() if "-" in self.paths else None
        index = BoilerplateIndex()
        total = 0
        for item in read_inputs(self.paths, self._stdin, self.max_bytes):
            total += 1
            if isinstance(item, RawDocument):
                index_document(index, item)
            if total % 100 == 0:
                reporter.scanned(total)
        self._index, self.total = index, total
        return total

    def documents(self) -> Iterator[Document | IngestError]:
        """Second pass: cleaned documents and errors, in input order, one at a time."""
        if self._index is None:
            raise RuntimeError("scan() the source first")
        for item in read_inputs(self.paths, self._stdin, self.max_bytes):
            if isinstance(item, IngestError):
                yield item
            else:
                cleaned = clean_or_error(item, user_date=self.user_date, boilerplate=self._index)
                if isinstance(cleaned, Document):
                    self.raws[cleaned.doc_id] = item
                yield cleaned


def batched(documents: Iterator[Document], size: int) -> Iterator[Batch]:
    batch: list[Document] = []
    index = 0
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield Batch(tuple(batch), index)
            batch = []
            index += 1
    if batch:
        yield Batch(tuple(batch), index)


def _as_copy(store: Store, annotation: Annotation, match: Match | None) -> Annotation:
    """A linked copy keeps only the records of the sentences its original lacks."""
    if match is None:
        return annotation
    original = store.document(match.doc_id)
    return novel_records(annotation, original.text if original else "")


class StoreSink:
    """Writes results to a store, linking syndicated copies to their first stored copy."""

    def __init__(
        self,
        store: Store,
        reporter: Reporter,
        *,
        syndication: bool = True,
        raws: dict[str, RawDocument] | None = None,
    ) -> None:
        self.store = store
        self.raws = raws if raws is not None else {}
        self.reporter = reporter
        self.syndication = syndication
        self.stats = IngestStats()
        # Fingerprints of documents sent to the runner and not yet written: bounded by the
        # runner's window.
        self._in_flight: dict[str, Fingerprint | None] = {}

    def admit(self, items: Iterator[Document | IngestError]) -> Iterator[Document]:
        """The documents worth parsing: not stored yet, and no copy of a stored article."""
        for item in items:
            if isinstance(item, IngestError):
                self._unreadable(item)
                continue
            self.stats.documents += 1
            if self.guard(self.store.has_document, item.doc_id):
                self.raws.pop(item.doc_id, None)
                self._already(item.source_path)
                continue
            try:
                print_ = fingerprint(item.text) if self.syndication else None
            except (Exception, RecursionError, MemoryError) as err:
                self._failed(item.source_path, reason_of(err, "fingerprint"))
                continue
            self._in_flight[item.doc_id] = print_
            # A copy of a stored article is parsed too: the sentences it adds are evidence.
            yield item

    def take(self, result: BatchResult) -> None:
        for failure in result.failures:
            self._in_flight.pop(failure.doc_id, None)
            self.raws.pop(failure.doc_id, None)
            self.stats.fail(failure.source_path)
            self.reporter.notice(str(failure))
            self.reporter.advance()
        for annotation in result.annotations:
            print_ = self._in_flight.pop(annotation.document.doc_id, None)
            # An original may have been stored while this copy was being parsed.
            match = (
                self.guard(find_original, self.store, print_, text=annotation.document.text)
                if print_ is not None
                else None
            )
            self.write(_as_copy(self.store, annotation, match), print_, match)

    def guard(self, read: Callable[..., T], *args: object, **kwargs: object) -> T:
        """A store read; an error that every later document would meet stops the run."""
        try:
            return read(*args, **kwargs)
        except Exception as err:
            raise RunHalted(self._halt_line(err)) from err

    def _halt_line(self, err: BaseException) -> str:
        reason = fatal_reason(err) or f"cannot use the store ({str(err)[:200]})"
        return (
            f"{self.store.path}: {reason}; stopped after {self.stats.stored} stored "
            "(what was stored is kept: fix this and run the same command to resume)"
        )

    def write(
        self,
        annotation: Annotation,
        print_: Fingerprint | None,
        match: Match | None,
        *,
        advance: bool = True,
    ) -> None:
        """Store one document (or a copy's link), counting and reporting what became of it."""
        document = annotation.document
        raw = self.raws.pop(document.doc_id, None)
        try:
            stored = self.store.write_ingested(
                annotation,
                fingerprint=(print_.signature, print_.bands) if print_ else None,
                syndicated_of=(match.doc_id, match.similarity) if match else None,
            )
        except Exception as err:  # one document's bad data fails it alone
            if fatal_reason(err) is not None:
                raise RunHalted(self._halt_line(err)) from err
            self._failed(document.source_path, f"could not store ({str(err)[:200]})", advance)
            return
        if not stored:
            self.stats.already += 1
        else:
            self.stats.stored += 1
            if raw is not None:
                self.guard(self.store.keep_raw, document.doc_id, raw)
            if match is not None:
                self.stats.syndicated += 1
        if advance:
            self.reporter.advance()

    def _failed(self, path: str, reason: str, advance: bool = True) -> None:
        self.stats.fail(path)
        self.reporter.notice(f"cablegram: {path}: {reason}")
        if advance:
            self.reporter.advance()

    def _already(self, path: str) -> None:
        # Counted in the summary; a resumed run of 100k documents prints no line for each.
        self.stats.already += 1
        self.reporter.advance()

    def _unreadable(self, error: IngestError) -> None:
        self.stats.unreadable += 1
        self.reporter.notice(str(error))
        self.reporter.advance()


class ParquetSink:
    """Counts results written to Parquet partitions by the runner; skips written ones."""

    def __init__(self, out_dir: Path, reporter: Reporter) -> None:
        self.out_dir = out_dir
        self.reporter = reporter
        self.stats = IngestStats()

    def admit_batches(self, items: Iterator[Document | IngestError], size: int) -> Iterator[Batch]:
        def documents() -> Iterator[Document]:
            for item in items:
                if isinstance(item, IngestError):
                    self.stats.unreadable += 1
                    self.reporter.notice(str(item))
                    self.reporter.advance()
                else:
                    self.stats.documents += 1
                    yield item

        for batch in batched(documents(), size):
            # The same inputs make the same batches, so a rerun finds its finished parts.
            if (self.out_dir / batch.part).exists():
                self.stats.already += len(batch.documents)
                self.reporter.advance(len(batch.documents))
                continue
            yield batch

    def take(self, result: BatchResult) -> None:
        for failure in result.failures:
            self.stats.fail(failure.source_path)
            self.reporter.notice(str(failure))
        self.stats.stored += result.written
        self.reporter.advance(result.written + len(result.failures))


def ingest_to_store(
    source: Source,
    store: Store,
    make_runner: Callable[[int], Runner],
    *,
    batch_size: int,
    reporter: Reporter | None = None,
    syndication: bool = True,
) -> IngestStats:
    """Scan, clean, annotate and store; ``make_runner(total)`` gets the number of inputs."""
    reporter = reporter or Reporter()
    total = source.scan(reporter)
    reporter.start(total)
    sink = StoreSink(store, reporter, syndication=syndication, raws=source.raws)
    runner = make_runner(total)
    try:
        batches = batched(sink.admit(source.documents()), batch_size)
        for result in runner.map(batches):
            sink.take(result)
    except BaseException:
        runner.close(abort=True)
        raise
    runner.close()
    return sink.stats


def ingest_to_parquet(
    source: Source,
    out_dir: Path,
    make_runner: Callable[[int], Runner],
    *,
    batch_size: int,
    reporter: Reporter | None = None,
) -> IngestStats:
    """Scan, clean and annotate into Parquet partitions under ``out_dir``."""
    reporter = reporter or Reporter()
    total = source.scan(reporter)
    reporter.start(total)
    sink = ParquetSink(out_dir, reporter)
    runner = make_runner(total)
    try:
        for result in runner.map(sink.admit_batches(source.documents(), batch_size)):
            sink.take(result)
    except BaseException:
        runner.close(abort=True)
        raise
    runner.close()
    return sink.stats


def load_partitions(folder: Path, store: Store, reporter: Reporter | None = None) -> IngestStats:
    """Bring ``ingest --out`` partitions into a store, linking syndicated copies.

    Documents already stored are skipped, so loading the same folder twice (or a folder
    that a resumed run has added to) stores each document once.
    """
    from cablegram.runners.parquet import PartitionError, partitions, read_partition

    reporter = reporter or Reporter()
    parts = partitions(folder)
    reporter.start(len(parts))
    sink = StoreSink(store, reporter)
    for part in parts:
        try:
            for loaded in read_partition(part):
                sink.stats.documents += 1
                annotation, print_ = loaded.annotation, loaded.fingerprint
                if sink.guard(store.has_document, annotation.document.doc_id):
                    sink.stats.already += 1
                    continue
                match = (
                    sink.guard(find_original, store, print_, text=annotation.document.text)
                    if print_ is not None
                    else None
                )
                sink.write(_as_copy(store, annotation, match), print_, match, advance=False)
        except PartitionError as err:
            sink.stats.unreadable += 1
            reporter.notice(f"cablegram: {err}")
        reporter.advance()
    return sink.stats
