"""``cablegram network``: actor-to-actor dyads from events and from addressed statements,
or with ``--discourse`` the discourse network of positions (actor x proposition)."""

from __future__ import annotations

import argparse

from cablegram.cli import UserError, command
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
        "--discourse-format",
        choices=("graphml", "gexf", "csv"),
        metavar="FORMAT",
        help="with --discourse: write the networks as graphml, gexf or csv to --output",
    )
    parser.add_argument(
        "--output", metavar="PATH", help="file stem for --discourse-format (two files each)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.discourse:
        return run_discourse(args)
    if args.proposition:
        raise UserError("network: --proposition needs --discourse")
    with reading_store(args.db) as store:
        network = build_network(store, min_count=args.min_count)
    show(args, network.to_json(), lambda console: render_network(network, console))
    return 0


def run_discourse(args: argparse.Namespace) -> int:
    from pathlib import Path

    from cablegram.query.discourse import build_discourse, render_discourse
    from cablegram.query.graph_export import write_graph

    if bool(args.discourse_format) != bool(args.output):
        raise UserError("network: --discourse-format and --output go together")
    min_actors = args.min_count if args.min_count > 1 else 2
    with reading_store(args.db) as store:
        network = build_discourse(store, args.proposition, min_actors=min_actors)
    if args.discourse_format:
        stem = Path(args.output)
        graphs = {
            "affiliation": network.affiliation_graph(),
            "congruence": network.congruence_graph(),
        }
        suffix = "csv" if args.discourse_format == "csv" else args.discourse_format
        try:
            for name, graph in graphs.items():
                for path in write_graph(
                    graph, stem.with_name(f"{stem.name}.{name}.{suffix}"), args.discourse_format
                ):
                    print(path)
        except OSError as err:
            raise UserError(f"network: cannot write {stem}: {err.strerror or err}") from None
        return 0
    show(args, network.to_json(), lambda console: render_discourse(network, console))
    return 0
