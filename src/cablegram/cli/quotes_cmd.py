"""``cablegram quotes``: statements with their citations, as a table or one JSON document."""

from __future__ import annotations

import argparse
import json

from rich.console import Console

from cablegram.cli import UserError, command
from cablegram.query.common import open_for_reading
from cablegram.query.quotes import find_quotes, quotes_json, render_quotes
from cablegram.store import DEFAULT_PATH, StoreError


def positive(value: str) -> int:
    """argparse type for a count of 1 or more."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value}")
    return number


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """--db and --json, which every query command takes."""
    parser.add_argument(
        "--db", default=DEFAULT_PATH, metavar="FILE", help=f"the store (default: {DEFAULT_PATH})"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document instead")


def print_json(data: object) -> None:
    print(json.dumps(data, indent=2))


@command("quotes", "List statements (who said what) with their citations.")
def configure(parser: argparse.ArgumentParser) -> None:
    add_store_options(parser)
    parser.add_argument("--speaker", metavar="NAME", help="speaker name or mention (substring)")
    parser.add_argument("--country", metavar="ISO3", help="speaker's country code, e.g. FRA")
    parser.add_argument("--search", metavar="TEXT", help="full-text search; every word must occur")
    parser.add_argument("--limit", type=positive, metavar="N", help="list at most N statements")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        store = open_for_reading(args.db)
    except StoreError as err:
        raise UserError(str(err)) from None
    with store:
        quotes = find_quotes(
            store, speaker=args.speaker, country=args.country, search=args.search, limit=args.limit
        )
    if args.json:
        print_json(quotes_json(quotes))
    else:
        render_quotes(quotes, Console())
    return 0
