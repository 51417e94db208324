"""Pieces shared by several commands: common options, and the extract run over inputs."""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from cablegram.cli import UserError
from cablegram.records import Annotation, Document, IngestError

if TYPE_CHECKING:
    from rich.console import Console

    from cablegram.pipeline import Annotator
    from cablegram.store import Store


def at_least(minimum: int) -> Callable[[str], int]:
    """argparse type for a whole number of ``minimum`` or more."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
        if number < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more: {value}")
        return number

    return parse


positive = at_least(1)


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """--db and --json, which every query command takes."""
    from cablegram.store import DEFAULT_PATH

    parser.add_argument(
        "--db", default=DEFAULT_PATH, metavar="FILE", help=f"the store (default: {DEFAULT_PATH})"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document instead")


def reading_store(path: str) -> Store:
    """An existing store opened for a query; a missing or unusable one is a UserError."""
    from cablegram.query.common import open_for_reading
    from cablegram.store import StoreError

    try:
        return open_for_reading(path)
    except StoreError as err:
        raise UserError(str(err)) from None


def show(args: argparse.Namespace, data: object, render: Callable[[Console], None]) -> None:
    """Print a query's result: one JSON document with --json, else rich tables."""
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        from rich.console import Console

        render(Console())


def iso_date(value: str) -> str:
    """argparse type for --date: an ISO date, YYYY-MM-DD."""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from err


def add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders; - for stdin")
    parser.add_argument("--date", type=iso_date, help="publication date for undated input")
    add_model_options(parser)


def add_model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model", help="an installed spaCy English pipeline (default: en_core_web_sm)"
    )
    parser.add_argument(
        "--actors",
        metavar="FILE",
        help="your own actors: a CSV (name,aliases,kind,country,role) or a PETRARCH/Phoenix "
        "dictionary with CAMEO codes and dated roles (see README)",
    )


def load_annotator(args: argparse.Namespace) -> Annotator:
    # Imported here: loading spaCy costs a second that commands such as `report` never need.
    from cablegram.actors.dictionary import DictionaryError
    from cablegram.nlp import ModelNotFound
    from cablegram.pipeline import Annotator

    try:
        return Annotator.load(args.model, args.actors)
    except (ModelNotFound, DictionaryError) as err:
        raise UserError(str(err)) from err


@dataclass(slots=True)
class InputTally:
    """How many inputs were read and how many were bad."""

    documents: int = 0
    errors: int = 0

    def report(self, error: IngestError) -> None:
        self.errors += 1
        print(str(error), file=sys.stderr)


def read_documents(
    paths: Sequence[str], user_date: str | None, tally: InputTally
) -> Iterator[Document]:
    """Cleaned documents from the inputs; each bad input is reported on stderr as one line."""
    from cablegram.ingest import ingest

    for item in ingest(paths, user_date=user_date):
        if isinstance(item, IngestError):
            tally.report(item)
        else:
            tally.documents += 1
            yield item


def annotate_inputs(args: argparse.Namespace, tally: InputTally) -> Iterator[Annotation]:
    """Annotations of the inputs in order; a document that breaks the pipeline is reported
    as one line and the others go on."""
    from cablegram.runners.batch import annotate_documents

    annotator = load_annotator(args)
    documents = read_documents(args.paths, args.date, tally)
    while True:
        batch = list(itertools.islice(documents, annotator.batch_size))
        if not batch:
            return
        annotations, failures = annotate_documents(annotator, tuple(batch))
        for failure in failures:
            tally.errors += 1
            print(str(failure), file=sys.stderr)
        yield from annotations
