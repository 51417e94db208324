"""`cablegram ingest`: read, clean, annotate and store articles."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from cablegram.cli import UserError, command
from cablegram.cli.common import InputTally, add_input_options, load_annotator, read_documents
from cablegram.records import Document
from cablegram.store import DEFAULT_PATH, Store, StoreError


@command("ingest", "read, clean, annotate and store articles (html, txt, jsonl)")
def configure(parser: argparse.ArgumentParser) -> None:
    add_input_options(parser)
    parser.add_argument("--db", default=DEFAULT_PATH, help=f"the store (default: {DEFAULT_PATH})")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        store = Store.open(args.db)
    except StoreError as err:
        raise UserError(str(err)) from err
    tally = InputTally()
    already: list[str] = []

    def new_documents() -> Iterator[Document]:
        # Already stored documents are skipped before the costly parse, so a rerun resumes.
        for document in read_documents(args.paths, args.date, tally):
            if store.has_document(document.doc_id):
                already.append(document.source_path)
            else:
                yield document

    stored = 0
    with store:
        annotator = load_annotator(args)
        for annotation in annotator.annotate(new_documents()):
            try:
                if store.write(annotation):
                    stored += 1
                else:
                    already.append(annotation.document.source_path)
            except StoreError as err:
                print(f"cablegram: {annotation.document.source_path}: {err}", file=sys.stderr)
    for path in already:
        print(f"cablegram: {path}: already stored, skipped", file=sys.stderr)
    print(
        f"{stored} stored, {len(already)} already stored, {tally.errors} unreadable "
        f"-> {args.db}"
    )
    return 1 if tally.documents == 0 else 0
