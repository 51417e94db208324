"""``cablegram quotes``: statements with their citations, as a table or one JSON document."""

from __future__ import annotations

import argparse

from cablegram.cli import command
from cablegram.cli.common import add_store_options, reading_store, show
from cablegram.cli.listing import add_listing_options, row_limit
from cablegram.query.quotes import find_quotes, quotes_json, render_quotes


@command("quotes", "List statements (who said what) with their citations.")
def configure(parser: argparse.ArgumentParser) -> None:
    add_store_options(parser)
    parser.add_argument(
        "--speaker", metavar="NAME", help="speaker: whole words of a name, ISO3 or CAMEO code"
    )
    parser.add_argument("--country", metavar="ISO3", help="speaker's country code, e.g. FRA")
    parser.add_argument(
        "--search",
        metavar="TEXT",
        help='full-text search: every word must occur; "a phrase" in quotes; word* for a prefix',
    )
    add_listing_options(parser, "statements")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with reading_store(args.db) as store:
        quotes = find_quotes(
            store,
            speaker=args.speaker,
            country=args.country,
            search=args.search,
            limit=row_limit(args),
            since=args.since,
            until=args.until,
        )
    show(args, quotes_json(quotes), lambda console: render_quotes(quotes, console))
    return 0
