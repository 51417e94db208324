"""``cablegram timeline ACTOR``: an actor's statements and events in date order."""

from __future__ import annotations

import argparse

from rich.console import Console

from cablegram.cli import UserError, command
from cablegram.cli.quotes_cmd import add_store_options, print_json
from cablegram.query.common import open_for_reading
from cablegram.query.timeline import build_timeline, render_timeline
from cablegram.store import StoreError


@command("timeline", "Show what an actor said and did, in date order, with citations.")
def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("actor", metavar="ACTOR", help="a name (substring) or an ISO3 code")
    add_store_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.actor.strip():
        raise UserError("timeline: give an actor's name or ISO3 code")
    try:
        store = open_for_reading(args.db)
    except StoreError as err:
        raise UserError(str(err)) from None
    with store:
        timeline = build_timeline(store, args.actor)
    if args.json:
        print_json(timeline.to_json())
    else:
        render_timeline(timeline, Console())
    return 0
