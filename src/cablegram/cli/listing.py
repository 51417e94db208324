"""Options every listing command shares: a date range, and how many rows to show.

A table shows the first :data:`~cablegram.query.listing.TABLE_ROWS` rows unless ``--limit N``
or ``--all`` says otherwise, and says so under itself; ``--json`` prints every match unless
``--limit`` is given.
"""

from __future__ import annotations

import argparse

from cablegram.cli.common import positive
from cablegram.query.dates import DateError, check_bound
from cablegram.query.listing import TABLE_ROWS


def partial_date(value: str) -> str:
    """argparse type for --since/--until: YYYY, YYYY-MM or YYYY-MM-DD."""
    try:
        return check_bound(value)
    except DateError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def add_date_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--since", type=partial_date, metavar="DATE", help="on or after DATE (YYYY[-MM[-DD]])"
    )
    parser.add_argument(
        "--until", type=partial_date, metavar="DATE", help="on or before DATE (YYYY[-MM[-DD]])"
    )


def add_listing_options(parser: argparse.ArgumentParser, what: str) -> None:
    """--since/--until, and --limit/--all."""
    add_date_options(parser)
    rows = parser.add_mutually_exclusive_group()
    rows.add_argument(
        "--limit",
        type=positive,
        metavar="N",
        help=f"list at most N {what} (tables default to {TABLE_ROWS}; --json to all)",
    )
    rows.add_argument("--all", action="store_true", help=f"list every {what.rstrip('s')}")


def row_limit(args: argparse.Namespace) -> int | None:
    """How many rows to fetch: ``--limit``, else all for --json and --all, else a table's."""
    if args.limit is not None:
        return int(args.limit)
    if args.all or args.json:
        return None
    return TABLE_ROWS
