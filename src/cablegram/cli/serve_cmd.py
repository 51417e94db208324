"""``cablegram serve``: the read-only web UI over a store."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from cablegram.cli import UserError, command
from cablegram.cli.common import positive, reading_store
from cablegram.store import DEFAULT_PATH, StoreError
from cablegram.web.settings import STORE_ENV


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
    parser.add_argument(
        "--workers",
        type=positive,
        default=1,
        metavar="N",
        help="server processes (default: 1); more serve more requests at once on more cores",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: the web stack costs start-up time that other commands never need.
    import uvicorn

    from cablegram.web.app import create_app

    reading_store(args.db).close()  # a missing, empty or corrupt store: one line, no server
    try:
        app = create_app(args.db)  # fails here, once, on a bad store
    except StoreError as err:
        raise UserError(str(err)) from None
    print(f"cablegram: serving {args.db} at http://{args.host}:{args.port}/ (Ctrl-C stops)")
    if args.workers == 1:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
        return 0
    # Several processes each build their own app: uvicorn imports it by name, and the store's
    # path reaches them through the environment.
    os.environ[STORE_ENV] = str(Path(args.db).resolve())
    uvicorn.run(
        "cablegram.web.app:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="warning",
    )
    return 0
