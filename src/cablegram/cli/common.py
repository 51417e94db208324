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


# The largest count any option takes: SQLite's integers (and LIMIT) stop at 2**63 - 1.
MAX_COUNT = 2**63 - 1


def at_least(minimum: int) -> Callable[[str], int]:
    """argparse type for a whole number of ``minimum`` or more (and at most 2**63 - 1)."""

    def parse(value: str) -> int:
        try:
            number = int(value) if len(value) <= 30 else MAX_COUNT + 1
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {value[:30]!r}") from None
        if number < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more: {value}")
        if number > MAX_COUNT:
            raise argparse.ArgumentTypeError(f"must be at most {MAX_COUNT}: {value[:30]}")
        return number

    return parse


positive = at_least(1)


# Arguments that name files: on POSIX a file name is bytes and need not be UTF-8.
PATH_ARGUMENTS = frozenset({"paths", "db", "out", "actors", "model", "folder", "gold"})


def check_text_arguments(args: argparse.Namespace) -> None:
    """Raise a UserError (one line) for a text argument that is not valid UTF-8.

    Python keeps undecodable bytes of the command line as lone surrogates, which no
    query, store or terminal accepts; file names may hold them (they are shown escaped).
    """
    from cablegram.ingest.files import display_path

    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS or name == "run":
            continue
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, str) and _has_surrogate(item):
                option = name if name in ("actor", "proposition") else "--" + name.replace("_", "-")
                raise UserError(
                    f"argument {option}: not valid UTF-8 text ({display_path(item)}); "
                    "check the terminal's encoding"
                )


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


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


def writing_store(path: str) -> Store:
    """An existing store opened for changing it in place (reannotate, remove); a missing,
    corrupt or unwritable one is a UserError, and nothing is created."""
    from cablegram.store import Store, StoreError

    try:
        return Store.open(path, create=False)
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


# A publication date outside these bounds fails every document (date arithmetic runs off
# the calendar) or is a typing slip; the run refuses it before reading anything.
EARLIEST_DATE = date(1800, 1, 1)
DATE_AHEAD_DAYS = 366


def check_user_date(value: str | None, today: date | None = None) -> None:
    """Raise a UserError (one line) for a --date before 1800 or more than a year ahead."""
    if value is None:
        return
    given = date.fromisoformat(value)
    today = today or date.today()
    if given < EARLIEST_DATE:
        raise UserError(f"--date {value}: before {EARLIEST_DATE.year}, refused (nothing was read)")
    if (given - today).days > DATE_AHEAD_DAYS:
        raise UserError(
            f"--date {value}: more than a year after today ({today}), refused (nothing was read)"
        )


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """Input paths, --date, --max-size and the model options."""
    from cablegram.ingest.files import DEFAULT_MAX_BYTES

    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders; - for stdin")
    parser.add_argument("--date", type=iso_date, help="publication date for undated input")
    parser.add_argument(
        "--max-size",
        type=positive,
        default=DEFAULT_MAX_BYTES // 1_000_000,
        metavar="MB",
        help="refuse input files (and JSONL lines) larger than this, in megabytes "
        f"(default: {DEFAULT_MAX_BYTES // 1_000_000})",
    )
    add_model_options(parser)


def max_bytes(args: argparse.Namespace) -> int:
    """The --max-size limit in bytes."""
    limit: int = getattr(args, "max_size", 0) or 0
    if not limit:
        from cablegram.ingest.files import DEFAULT_MAX_BYTES

        return DEFAULT_MAX_BYTES
    return min(limit, MAX_COUNT // 1_000_000) * 1_000_000


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
    from cablegram.gazetteer.dictionary import DictionaryError
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
    paths: Sequence[str], user_date: str | None, tally: InputTally, limit: int | None = None
) -> Iterator[Document]:
    """Cleaned documents from the inputs; each bad input is reported on stderr as one line.

    Raises a UserError, before reading anything, for an impossible ``user_date``.
    """
    from cablegram.ingest import ingest
    from cablegram.ingest.files import DEFAULT_MAX_BYTES

    check_user_date(user_date)
    for item in ingest(paths, user_date=user_date, max_bytes=limit or DEFAULT_MAX_BYTES):
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
    documents = read_documents(args.paths, args.date, tally, max_bytes(args))
    while True:
        batch = list(itertools.islice(documents, annotator.batch_size))
        if not batch:
            return
        annotations, failures = annotate_documents(annotator, tuple(batch))
        for failure in failures:
            tally.errors += 1
            print(str(failure), file=sys.stderr)
        yield from annotations
