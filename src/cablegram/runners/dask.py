"""A runner on a Dask cluster: a scheduler's address, or a LocalCluster on this machine.

Each task is :func:`cablegram.runners.batch.run_batch`; a worker keeps its annotator in a
module-level cache, so it loads the model on its first task only. With a Parquet output
folder the workers write their partitions themselves (the folder must be shared by the
cluster), and only counts and failures travel back.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Any

from cablegram.runners.batch import Batch, BatchOptions, BatchResult, run_batch
from cablegram.runners.local import bounded_map

LOCAL = "local"


class DaskRunner:
    """Submits batches to a Dask cluster; at most ``window`` batches are in flight."""

    def __init__(
        self,
        options: BatchOptions,
        address: str = LOCAL,
        workers: int = 1,
        *,
        client: Any = None,
        window: int | None = None,
    ) -> None:
        from distributed import Client, LocalCluster

        self.options = options
        self._cluster: Any = None
        if client is not None:
            self._client = client
            self._owns_client = False
        elif address == LOCAL:
            with warnings.catch_warnings():
                # The scheduler's health endpoint warns when another cluster holds its port,
                # then takes another one: nothing for the user to act on.
                warnings.simplefilter("ignore", UserWarning)
                self._cluster = LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
            self._client = Client(self._cluster)  # type: ignore[no-untyped-call]
            self._owns_client = True
        else:
            self._client = Client(address)  # type: ignore[no-untyped-call]
            self._owns_client = True
        threads = sum(self._client.nthreads().values()) or 1
        self.window = window or 2 * threads

    def map(self, batches: Iterable[Batch]) -> Iterator[BatchResult]:
        def submit(batch: Batch) -> Any:
            # pure=False: the same batch submitted twice (a rerun) is run again, not shared.
            return self._client.submit(run_batch, batch, self.options, pure=False)

        return bounded_map(submit, batches, self.window, _result)

    def close(self, *, abort: bool = False) -> None:
        if self._owns_client:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> DaskRunner:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close(abort=exc is not None)


def _result(future: Any) -> BatchResult:
    result: BatchResult = future.result()
    future.release()
    return result
