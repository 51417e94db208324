"""``cablegram serve``: the read-only web UI over a store."""

from __future__ import annotations

import argparse

from cablegram.cli import UserError, command
from cablegram.store import DEFAULT_PATH, StoreError


def _port(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from None
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 0 to 65535, not {number}")
    return number


@command("serve", "Serve a read-only web UI over the store: documents, quotes, stance, network.")
def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", default=DEFAULT_PATH, metavar="FILE", help=f"the store (default: {DEFAULT_PATH})"
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1, this machine only)",
    )
    parser.add_argument("--port", type=_port, default=8000, help="port (default: 8000)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: the web stack costs start-up time that other commands never need.
    import uvicorn

    from cablegram.web.app import create_app

    try:
        app = create_app(args.db)
    except StoreError as err:
        raise UserError(str(err)) from None
    print(f"cablegram: serving {args.db} at http://{args.host}:{args.port}/ (Ctrl-C stops)")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
