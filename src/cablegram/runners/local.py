"""Runners on this machine: in the calling process, or in a pool of worker processes."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType
from typing import Any, Protocol, TypeVar

from cablegram.runners.batch import Batch, BatchOptions, BatchResult, annotator, run_batch
from cablegram.runners.lifetime import die_with_parent


class Runner(Protocol):
    """Annotates batches, yielding their results in input order.

    ``map`` pulls batches lazily and keeps only a bounded number in flight, so memory stays
    flat however long the input is.
    """

    def map(self, batches: Iterable[Batch]) -> Iterator[BatchResult]: ...

    def close(self, *, abort: bool = False) -> None: ...


T = TypeVar("T")
R = TypeVar("R")


def bounded_map(
    submit: Callable[[T], Any],
    items: Iterable[T],
    window: int,
    result: Callable[[Any], R],
) -> Iterator[R]:
    """Submit items as tasks, at most ``window`` in flight; yield results in input order.

    ``submit`` starts a task and returns its handle (a future); ``result`` waits for a
    handle's result. Items are pulled from ``items`` only as results are taken, which is
    what keeps memory flat: ``Executor.map`` and ``Pool.imap`` would read all input ahead.
    """
    pending: deque[Any] = deque()
    for item in items:
        pending.append(submit(item))
        while len(pending) >= window:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


def cpu_count() -> int:
    """The cores this process may run on (its affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _future_result(future: Future[BatchResult]) -> BatchResult:
    return future.result()


class InProcessRunner:
    """Annotates each batch in this process, when it is asked for the batch's result."""

    def __init__(self, options: BatchOptions) -> None:
        # The model loads with the first batch: a rerun that finds everything stored
        # never pays for it.
        self.options = options

    def map(self, batches: Iterable[Batch]) -> Iterator[BatchResult]:
        for batch in batches:
            yield run_batch(batch, self.options)

    def close(self, *, abort: bool = False) -> None:
        pass

    def __enter__(self) -> InProcessRunner:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close(abort=exc is not None)


def default_workers() -> int:
    """Worker processes to use unless told otherwise: one per core but one, which the main
    process needs to read, clean, fingerprint and store; so on two cores or fewer, none
    (annotate in this process). ``bench/workers_bench.py`` measures why: a pool on two
    shared cores was slower than one process (each worker loads its own model, and three
    busy processes share two cores)."""
    cores = cpu_count()
    return cores - 1 if cores >= 3 else 1


def _init_worker(options: BatchOptions, parent: int) -> None:
    # A worker ends with the process that started it, even one killed with kill -9.
    die_with_parent(parent)
    # Ctrl-C reaches the whole process group: the main process handles it and stops the
    # workers, which must not each print a traceback of their own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A failing initializer breaks the whole pool without a word; the first batch loads
    # again and sends the error (a missing model, say) back to be reported.
    with contextlib.suppress(Exception):
        annotator(options.model, options.actors)


class ProcessPoolRunner:
    """Annotates batches in ``workers`` processes, each loading the model once.

    Workers are started with "spawn": a fresh interpreter per worker, so no thread or
    file state of the parent (SQLite connection, spaCy's thread pools) is inherited by a
    fork. At most ``window`` batches are in flight; results come back in input order.
    """

    def __init__(self, options: BatchOptions, workers: int, window: int | None = None) -> None:
        self.options = options
        self.workers = workers
        self.window = window or 2 * workers
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(options, os.getpid()),
        )

    def map(self, batches: Iterable[Batch]) -> Iterator[BatchResult]:
        def submit(batch: Batch) -> Future[BatchResult]:
            return self._pool.submit(run_batch, batch, self.options)

        return bounded_map(submit, batches, self.window, _future_result)

    def close(self, *, abort: bool = False) -> None:
        if abort:
            # Stop at once: what the workers hold is unsaved work a rerun redoes anyway.
            # The executor has no public way to kill its workers; its process table does.
            for process in list(self._pool._processes.values()):
                process.terminate()
            self._pool.shutdown(wait=True, cancel_futures=True)
        else:
            self._pool.shutdown(wait=True)

    def __enter__(self) -> ProcessPoolRunner:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close(abort=exc is not None)
