"""``cablegram network``: actor-to-actor dyads from events and from addressed statements."""

from __future__ import annotations

import argparse

from rich.console import Console

from cablegram.cli import UserError, command
from cablegram.cli.quotes_cmd import add_store_options, positive, print_json
from cablegram.query.common import open_for_reading
from cablegram.query.network import build_network, render_network
from cablegram.store import StoreError


@command("network", "Show who acts on whom (events) and who speaks to whom (statements).")
def configure(parser: argparse.ArgumentParser) -> None:
    add_store_options(parser)
    parser.add_argument(
        "--min-count",
        type=positive,
        default=1,
        metavar="N",
        help="only dyads with at least N records (default: 1)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        store = open_for_reading(args.db)
    except StoreError as err:
        raise UserError(str(err)) from None
    with store:
        network = build_network(store, min_count=args.min_count)
    if args.json:
        print_json(network.to_json())
    else:
        render_network(network, Console())
    return 0
