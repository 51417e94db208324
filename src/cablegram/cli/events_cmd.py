"""``cablegram events``: coded events with their citations, filtered by actor, type, dates."""

from __future__ import annotations

import argparse

from cablegram.cli import command
from cablegram.cli.common import add_store_options, reading_store, show
from cablegram.cli.listing import add_listing_options, row_limit
from cablegram.query.events import EVENT_FLOOR, events_json, find_events, render_events
from cablegram.records import PLOVER_TYPES


def event_type(value: str) -> str:
    """argparse type for --type: a PLOVER type, any case."""
    upper = value.strip().upper()
    if upper not in PLOVER_TYPES:
        raise argparse.ArgumentTypeError(
            f"not a PLOVER type: {value!r} (one of {', '.join(PLOVER_TYPES)})"
        )
    return upper


def fraction(value: str) -> float:
    """argparse type for --min-confidence: a number from 0 to 1."""
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"not a number from 0 to 1: {value!r}")
    return number


def add_confidence_option(parser: argparse.ArgumentParser) -> None:
    """--min-confidence X: leave out events the coder rates less sure than X (0 to 1), by
    default :data:`~cablegram.query.events.EVENT_FLOOR`; 0 shows every event."""
    parser.add_argument(
        "--min-confidence",
        type=fraction,
        default=EVENT_FLOOR,
        metavar="X",
        help=f"only events with confidence >= X, 0-1 (default: {EVENT_FLOOR:g}, even odds "
        "of being right; 0 shows every event)",
    )


@command("events", "List coded events (who did what to whom) with their citations.")
def configure(parser: argparse.ArgumentParser) -> None:
    add_store_options(parser)
    parser.add_argument(
        "--actor",
        metavar="NAME|ISO3|CODE",
        help="source or target: whole words of a name, an ISO3 country (RUS) or a CAMEO code",
    )
    parser.add_argument("--type", type=event_type, metavar="TYPE", help="PLOVER type, e.g. REJECT")
    parser.add_argument("--search", metavar="TEXT", help="full-text search in the sentences")
    add_confidence_option(parser)
    add_listing_options(parser, "events")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with reading_store(args.db) as store:
        items = find_events(
            store,
            actor=args.actor,
            event_type=args.type,
            since=args.since,
            until=args.until,
            search=args.search,
            limit=row_limit(args),
            min_confidence=args.min_confidence,
        )
    show(args, events_json(items), lambda console: render_events(items, console))
    return 0
