"""`cablegram load`: bring the Parquet partitions of `ingest --out DIR` into a store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cablegram.cli import UserError, command
from cablegram.store import DEFAULT_PATH, Store, StoreError


@command("load", "bring Parquet partitions written by `ingest --out DIR` into a store")
def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR", help="the folder `ingest --out` wrote")
    parser.add_argument("--db", default=DEFAULT_PATH, help=f"the store (default: {DEFAULT_PATH})")
    parser.add_argument("--quiet", "-q", action="store_true", help="no per-document notices")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from cablegram.runners.driver import RunHalted, load_partitions
    from cablegram.runners.parquet import partitions
    from cablegram.runners.progress import reporter_for

    folder = Path(args.folder)
    if not folder.is_dir():
        raise UserError(f"{folder}: no such folder")
    if not partitions(folder):
        raise UserError(f"{folder}: no Parquet partitions (*.parquet) in it")
    try:
        store = Store.open(args.db)
    except StoreError as err:
        raise UserError(str(err)) from err
    with store, reporter_for(args.quiet, "loading") as reporter:
        try:
            stats = load_partitions(folder, store, reporter)
        except RunHalted as err:
            raise UserError(str(err)) from None
    failures = stats.failure_line()
    if failures:
        print(failures, file=sys.stderr)
    print(stats.summary(args.db))
    return stats.exit_status
