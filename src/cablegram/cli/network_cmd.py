"""``cablegram network``: actor-to-actor dyads from events and from addressed statements."""

from __future__ import annotations

import argparse

from cablegram.cli import command
from cablegram.cli.common import add_store_options, positive, reading_store, show
from cablegram.query.network import build_network, render_network


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
    with reading_store(args.db) as store:
        network = build_network(store, min_count=args.min_count)
    show(args, network.to_json(), lambda console: render_network(network, console))
    return 0
