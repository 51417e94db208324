"""`cablegram extract`: print the records of the inputs, without touching any store."""

from __future__ import annotations

import argparse
import json
import sys

from cablegram.cli import command
from cablegram.cli.common import InputTally, add_input_options, annotate_inputs


@command("extract", "print the records (document, actors, statements, events) of the inputs")
def configure(parser: argparse.ArgumentParser) -> None:
    add_input_options(parser)
    parser.add_argument("--format", choices=["jsonl"], default="jsonl", help="output format")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    tally = InputTally()
    out = sys.stdout
    for annotation in annotate_inputs(args, tally):
        for record in annotation.records():
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    return 1 if tally.documents == 0 else 0
