"""``cablegram network``: actor-to-actor dyads from events and from addressed statements,
or with ``--discourse`` the discourse network of positions (actor x proposition); as tables,
JSON, or graph files (GraphML, GEXF, CSV) for Gephi or networkx."""

from __future__ import annotations

import argparse
import sys

from cablegram.cli import UserError, command
from cablegram.cli.common import add_store_options, positive, reading_store, show
from cablegram.cli.events_cmd import add_confidence_option, event_type
from cablegram.cli.listing import add_date_options


@command("network", "Show who acts on whom (events) and who speaks to whom (statements).")
def configure(parser: argparse.ArgumentParser) -> None:
    add_store_options(parser)
    parser.add_argument(
        "--min-count",
        type=positive,
        default=1,
        metavar="N",
        help="only dyads with at least N records (default: 1); with --discourse, only "
        "concepts on which at least N actors take a side (default there: 2)",
    )
    parser.add_argument(
        "--discourse",
        action="store_true",
        help="the discourse network: actors x propositions (agree/disagree) and who sides "
        "with whom",
    )
    parser.add_argument(
        "--proposition",
        action="append",
        default=[],
        metavar="P",
        help='with --discourse: a proposition as concept, e.g. "send troops to Iraq" '
        "(repeatable; default: every act the claims name)",
    )
    parser.add_argument(
        "--type",
        type=event_type,
        action="append",
        metavar="TYPE",
        help="only events of this PLOVER type (repeat for several)",
    )
    add_date_options(parser)
    add_confidence_option(parser)
    parser.add_argument(
        "--format",
        choices=("table", "graphml", "gexf", "csv"),
        default="table",
        help="a graph file for Gephi or networkx instead of tables (default: table)",
    )
    parser.add_argument(
        "--out",
        metavar="FILE",
        help="write the graph file here, not stdout; with --discourse a file stem (two "
        "graphs: STEM.affiliation.FORMAT and STEM.congruence.FORMAT)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.discourse:
        return run_discourse(args)
    if args.proposition:
        raise UserError("network: --proposition needs --discourse")
    from cablegram.query.network import build_network, render_network

    with reading_store(args.db) as store:
        network = build_network(
            store,
            min_count=args.min_count,
            since=args.since,
            until=args.until,
            event_types=args.type,
            min_confidence=args.min_confidence,
        )
    if args.format != "table":
        from cablegram.query.graph_export import network_graph, write_graph

        write_graph(network_graph(network), args.format, out=sys.stdout, path=args.out)
        return 0
    show(args, network.to_json(), lambda console: render_network(network, console))
    return 0


def run_discourse(args: argparse.Namespace) -> int:
    from pathlib import Path

    from cablegram.query.discourse import build_discourse, render_discourse
    from cablegram.query.graph_export import write_graph_files

    if args.format != "table" and not args.out:
        raise UserError("network: --discourse with --format needs --out STEM (two graphs)")
    min_actors = args.min_count if args.min_count > 1 else 2
    with reading_store(args.db) as store:
        network = build_discourse(store, args.proposition, min_actors=min_actors)
    if args.format != "table":
        stem = Path(args.out)
        graphs = {
            "affiliation": network.affiliation_graph(),
            "congruence": network.congruence_graph(),
        }
        try:
            for name, graph in graphs.items():
                target = stem.with_name(f"{stem.name}.{name}.{args.format}")
                for path in write_graph_files(graph, target, args.format):
                    print(path)
        except OSError as err:
            raise UserError(f"network: cannot write {stem}: {err.strerror or err}") from None
        return 0
    show(args, network.to_json(), lambda console: render_discourse(network, console))
    return 0
