"""``cablegram report``: what the store holds, as tables or as one JSON document."""

from __future__ import annotations

import argparse

from cablegram.cli import command
from cablegram.cli.common import add_store_options, at_least, reading_store, show
from cablegram.query.report import DEFAULT_LIMIT, build_report, render_report


@command(
    "report",
    "Summarise what the store holds (counts, dates, top actors, event types, problems); "
    "--full lists every document, removed piece, statement and event.",
)
def configure(parser: argparse.ArgumentParser) -> None:
    add_store_options(parser)
    parser.add_argument(
        "--full", action="store_true", help="also list documents, removed text, statements, events"
    )
    parser.add_argument(
        "--limit",
        type=at_least(0),
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"with --full, at most N statements and N events (default: {DEFAULT_LIMIT}; 0: all)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with reading_store(args.db) as store:
        report = build_report(store, limit=args.limit or None, full=args.full)
    show(args, report, lambda console: render_report(report, console))
    return 0
