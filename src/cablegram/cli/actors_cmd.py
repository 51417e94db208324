"""``cablegram actors``: the store's actors, one per identity, with aliases and counts."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from cablegram.cli import command
from cablegram.cli.common import add_store_options, positive, reading_store, show

if TYPE_CHECKING:
    from rich.console import Console

    from cablegram.actors.listing import ActorRow

_KINDS = ("person", "state", "organization", "group", "document")


@command("actors", "List the actors of the store: one per identity, with aliases and counts.")
def configure(parser: argparse.ArgumentParser) -> None:
    add_store_options(parser)
    parser.add_argument("--kind", choices=_KINDS, help="only actors of this kind")
    parser.add_argument("--limit", type=positive, metavar="N", help="list at most N actors")
    parser.add_argument(
        "--descriptions",
        action="store_true",
        help="also list bare descriptions the text ties to no one ('a senator', 'troops')",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from cablegram.actors.listing import list_actors

    with reading_store(args.db) as store:
        rows = list_actors(store.actors(), args.kind, descriptions=args.descriptions)
    total = len(rows)
    if args.limit is not None:
        rows = rows[: args.limit]
    data = {"total": total, "actors": [r.to_json() for r in rows]}
    show(args, data, lambda console: _render(rows, total, console))
    return 0


def _render(rows: list[ActorRow], total: int, console: Console) -> None:
    from rich.table import Table

    from cablegram.actors.listing import SHOWN_ALIASES

    table = Table(title=f"Actors ({total})")
    for column in ("Name", "Kind", "Country", "Code", "Mentions", "Docs", "Aliases"):
        table.add_column(column, overflow="fold")
    for row in rows:
        aliases = [text for text, _ in row.aliases.most_common(SHOWN_ALIASES)]
        table.add_row(
            row.name,
            row.kind,
            row.country or "",
            row.code or "",
            str(row.mentions),
            str(len(row.documents)),
            "; ".join(aliases),
        )
    console.print(table)
