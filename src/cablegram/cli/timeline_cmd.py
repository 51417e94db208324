"""``cablegram timeline ACTOR``: an actor's statements and events in date order."""

from __future__ import annotations

import argparse

from cablegram.cli import UserError, command
from cablegram.cli.common import add_store_options, reading_store, show
from cablegram.cli.events_cmd import add_confidence_option
from cablegram.cli.listing import add_listing_options, row_limit
from cablegram.query.timeline import build_timeline, render_timeline


@command("timeline", "Show what an actor said and did, in date order, with citations.")
def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "actor", metavar="ACTOR", help="whole words of a name, an ISO3 code or a CAMEO code"
    )
    add_store_options(parser)
    add_listing_options(parser, "entries")
    add_confidence_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.actor.strip():
        raise UserError("timeline: give an actor's name or ISO3 code")
    with reading_store(args.db) as store:
        timeline = build_timeline(
            store,
            args.actor,
            since=args.since,
            until=args.until,
            limit=row_limit(args),
            min_confidence=args.min_confidence,
        )
    show(args, timeline.to_json(), lambda console: render_timeline(timeline, console))
    return 0
