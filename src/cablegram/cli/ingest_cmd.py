"""`cablegram ingest`: read, clean, annotate and store articles, in parallel and resumably."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING

from cablegram.cli import UserError, command
from cablegram.cli.common import add_input_options, check_user_date, max_bytes, positive
from cablegram.store import DEFAULT_PATH, Store, StoreError

if TYPE_CHECKING:
    from cablegram.runners.driver import IngestStats
    from cablegram.runners.local import Runner

DEFAULT_BATCH = 32


@command("ingest", "read, clean, annotate and store articles (html, txt, jsonl)")
def configure(parser: argparse.ArgumentParser) -> None:
    from cablegram.runners.local import default_workers

    add_input_options(parser)
    parser.add_argument("--db", default=DEFAULT_PATH, help=f"the store (default: {DEFAULT_PATH})")
    parser.add_argument(
        "--workers",
        type=positive,
        default=default_workers(),
        metavar="N",
        help="processes annotating in parallel (default: one per core but one, so 1 on two "
        "cores; 1: this process)",
    )
    parser.add_argument(
        "--batch-size",
        type=positive,
        default=DEFAULT_BATCH,
        metavar="N",
        help=f"documents sent to a worker at a time (default: {DEFAULT_BATCH})",
    )
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="annotate on a Dask cluster: a scheduler address, or 'local' for a LocalCluster "
        "of --workers processes",
    )
    parser.add_argument(
        "--out",
        metavar="DIR",
        help="write Parquet partitions to DIR instead of a store (bring them in with "
        "`cablegram load DIR`)",
    )
    parser.add_argument(
        "--no-syndication",
        action="store_true",
        help="store syndicated copies as new articles instead of linking them to the first copy",
    )
    parser.add_argument(
        "--quiet", "-q", action="store_true", help="no progress bar, no per-document notices"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from cablegram.gazetteer.dictionary import DictionaryError
    from cablegram.nlp import ModelNotFound
    from cablegram.runners.outcome import RunHalted

    check_user_date(args.date)
    try:
        stats = _ingest(args)
    except (ModelNotFound, DictionaryError) as err:
        raise UserError(str(err)) from err
    except RunHalted as err:
        raise UserError(str(err)) from None
    except BrokenPipeError:
        raise
    except OSError as err:  # writing partitions (--out): a full disk, a read-only folder
        from cablegram.ingest.files import display_path

        where = display_path(args.out or args.db)
        raise UserError(
            f"{where}: {err.strerror or err}; stopped (what was written is kept: "
            "run the same command again to resume)"
        ) from None
    except BrokenProcessPool:
        raise UserError(
            "a worker process died (out of memory?); what was stored is kept: "
            "run the same command again to resume"
        ) from None
    except KeyboardInterrupt:
        print("cablegram: interrupted; run the same command again to resume", file=sys.stderr)
        raise
    _summary(stats, args.out or args.db)
    return stats.exit_status


def _ingest(args: argparse.Namespace) -> IngestStats:
    from cablegram.runners.driver import Source, ingest_to_parquet, ingest_to_store
    from cablegram.runners.progress import reporter_for

    source = Source(args.paths, args.date, max_bytes(args))
    make_runner = _runner_factory(args)
    with reporter_for(args.quiet) as reporter:
        if args.out:
            out = Path(args.out)
            try:
                out.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise UserError(f"{out}: cannot create folder ({err.strerror})") from None
            return ingest_to_parquet(
                source, out, make_runner, batch_size=args.batch_size, reporter=reporter
            )
        try:
            store = Store.open(args.db)
        except StoreError as err:
            raise UserError(str(err)) from err
        with store:
            return ingest_to_store(
                source,
                store,
                make_runner,
                batch_size=args.batch_size,
                reporter=reporter,
                syndication=not args.no_syndication,
            )


def _summary(stats: IngestStats, target: str) -> None:
    """The summary on stdout; the failed inputs named again, on stderr, when any failed."""
    failures = stats.failure_line()
    if failures:
        print(failures, file=sys.stderr)
    from cablegram.ingest.files import display_path

    print(stats.summary(display_path(target)))


def _runner_factory(args: argparse.Namespace) -> Callable[[int], Runner]:
    from cablegram.runners.batch import BatchOptions
    from cablegram.runners.local import InProcessRunner, ProcessPoolRunner

    options = BatchOptions(model=args.model, actors=args.actors, out_dir=args.out)

    def make_runner(total: int) -> Runner:
        if args.dask:
            # Imported here: Dask costs a second to import that local runs never need.
            from cablegram.runners.dask import DaskRunner

            try:
                return DaskRunner(options, args.dask, args.workers)
            except (OSError, ValueError) as err:
                raise UserError(f"cannot reach Dask at {args.dask} ({err})") from err
        # A pool pays for starting workers and loading a model in each: worth it only when
        # every worker gets at least one batch.
        batches = -(-total // args.batch_size)
        workers = min(args.workers, batches)
        if workers <= 1:
            return InProcessRunner(options)
        return ProcessPoolRunner(options, workers)

    return make_runner
