"""``cablegram network``: actor-to-actor dyads from events and from addressed statements,
as tables, JSON, or a graph file (GraphML, GEXF, CSV edge table) for Gephi or networkx."""

from __future__ import annotations

import argparse
import sys

from cablegram.cli import command
from cablegram.cli.common import add_store_options, positive, reading_store, show
from cablegram.cli.events_cmd import event_type
from cablegram.cli.listing import add_date_options


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
    parser.add_argument(
        "--type",
        type=event_type,
        action="append",
        metavar="TYPE",
        help="only events of this PLOVER type (repeat for several)",
    )
    add_date_options(parser)
    parser.add_argument(
        "--format",
        choices=("table", "graphml", "gexf", "csv"),
        default="table",
        help="a graph file for Gephi or networkx instead of tables (default: table)",
    )
    parser.add_argument("--out", metavar="FILE", help="write the graph file here, not stdout")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from cablegram.query.network import build_network, render_network

    with reading_store(args.db) as store:
        network = build_network(
            store,
            min_count=args.min_count,
            since=args.since,
            until=args.until,
            event_types=args.type,
        )
    if args.format != "table":
        from cablegram.query.graph_export import network_graph, write_graph

        write_graph(network_graph(network), args.format, out=sys.stdout, path=args.out)
        return 0
    show(args, network.to_json(), lambda console: render_network(network, console))
    return 0
