"""``cablegram export``: records as JSON lines, CSV, Parquet, or PLOVER-style JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import cast

from cablegram.cli import UserError, command
from cablegram.cli.common import reading_store
from cablegram.cli.events_cmd import fraction
from cablegram.query.events import EVENT_FLOOR
from cablegram.query.export import FORMATS, WHATS, ExportError, Format, LeftOut, What, export
from cablegram.query.listing import unsure_note
from cablegram.store import DEFAULT_PATH


@command(
    "export", "Write statements, events, claims, actors or documents as JSONL, CSV or Parquet."
)
def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", default=DEFAULT_PATH, metavar="FILE", help=f"the store (default: {DEFAULT_PATH})"
    )
    parser.add_argument("--what", choices=WHATS, required=True, help="which records")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="jsonl",
        help="jsonl (default), csv, parquet (needs --out), or plover (events only)",
    )
    parser.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    parser.add_argument(
        "--min-confidence",
        type=fraction,
        metavar="X",
        help=f"events only: those with confidence >= X, 0-1 (default: {EVENT_FLOOR:g}, even "
        "odds of being right; 0 exports every event)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    what, fmt = cast(What, args.what), cast(Format, args.format)
    if fmt == "parquet" and not args.out:
        raise UserError("--format parquet writes a binary file: give --out FILE")
    if fmt == "plover" and what != "events":
        raise UserError("--format plover is for events only (--what events)")
    out_path = Path(args.out) if args.out else None
    if out_path is not None and out_path.is_dir():
        raise UserError(f"{out_path}: is a folder; --out takes a file name")
    if out_path is not None and not out_path.parent.is_dir():
        raise UserError(f"{out_path}: folder {out_path.parent} does not exist")
    floor = args.min_confidence
    if floor is None and what == "events":
        floor = EVENT_FLOOR
    left_out = LeftOut()
    with reading_store(args.db) as store:
        try:
            if out_path is None:
                # Article text is Unicode: write UTF-8 whatever the terminal's locale says.
                if hasattr(sys.stdout, "reconfigure"):
                    sys.stdout.reconfigure(encoding="utf-8")
                count = export(
                    store, what, fmt, out=sys.stdout, min_confidence=floor, left_out=left_out
                )
            else:
                count = export(
                    store, what, fmt, path=out_path, min_confidence=floor, left_out=left_out
                )
        except BrokenPipeError:
            raise  # `export | head`: the reader stopped early; main ends quietly
        except (ExportError, OSError) as err:
            raise UserError(str(err)) from None
    if floor and left_out.events:
        print(unsure_note(left_out.events, "events", floor), file=sys.stderr)
    if out_path is not None:
        print(f"{count} {what} -> {out_path} ({fmt})", file=sys.stderr)
    return 0
