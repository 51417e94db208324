"""`cablegram extract`: print the records of the inputs, without touching any store."""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterator

from cablegram.cli import UserError, command
from cablegram.cli.common import (
    InputTally,
    add_input_options,
    annotate_inputs,
    positive,
    read_documents,
)
from cablegram.records import Annotation

BATCH: int = 16


@command("extract", "print the records (document, actors, statements, events) of the inputs")
def configure(parser: argparse.ArgumentParser) -> None:
    from cablegram.runners.local import default_workers

    add_input_options(parser)
    parser.add_argument("--format", choices=["jsonl"], default="jsonl", help="output format")
    parser.add_argument(
        "--workers",
        type=positive,
        default=default_workers(),
        metavar="N",
        help="processes annotating in parallel (default: one per core but one, so 1 on two "
        "cores; 1: this process)",
    )
    parser.set_defaults(run=run)


def _pooled(args: argparse.Namespace, tally: InputTally) -> Iterator[Annotation]:
    """Annotations of the inputs in input order, annotated by ``args.workers`` processes."""
    from cablegram.runners.batch import Batch, BatchOptions
    from cablegram.runners.local import ProcessPoolRunner

    documents = read_documents(args.paths, args.date, tally)
    batches = iter(lambda: tuple(itertools.islice(documents, BATCH)), ())
    from cablegram.gazetteer.dictionary import DictionaryError
    from cablegram.nlp import ModelNotFound

    with ProcessPoolRunner(BatchOptions(args.model, args.actors), args.workers) as runner:
        try:
            for result in runner.map(Batch(batch) for batch in batches):
                for failure in result.failures:
                    tally.errors += 1
                    print(str(failure), file=sys.stderr)
                yield from result.annotations
        except (ModelNotFound, DictionaryError) as err:
            # Raised in a worker loading the model or the actors file: one line, as in-process.
            raise UserError(str(err)) from None


def run(args: argparse.Namespace) -> int:
    tally = InputTally()
    out = sys.stdout
    annotations = annotate_inputs(args, tally) if args.workers <= 1 else _pooled(args, tally)
    for annotation in annotations:
        for record in annotation.records():
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    return 1 if tally.documents == 0 else 0
