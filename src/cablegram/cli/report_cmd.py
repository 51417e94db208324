"""``cablegram report``: what the store holds, as tables or as one JSON document."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.console import Console

from cablegram.cli import UserError, command
from cablegram.query.report import DEFAULT_LIMIT, build_report, render_report
from cablegram.store import DEFAULT_PATH, Store, StoreError


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value}")
    return number


@command("report", "Print what the store holds: documents, removed text, statements, events.")
def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", default=DEFAULT_PATH, metavar="FILE", help=f"the store (default: {DEFAULT_PATH})"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document instead")
    parser.add_argument(
        "--limit",
        type=_count,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"list at most N statements and N events (default: {DEFAULT_LIMIT}; 0: all)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.db)
    if not path.exists():
        raise UserError(f"no store at {path} (run `cablegram ingest` first)")
    try:
        store = Store.open(path, create=False)
    except StoreError as err:
        raise UserError(str(err)) from None
    with store:
        report = build_report(store, limit=args.limit or None)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        render_report(report, Console())
    return 0
