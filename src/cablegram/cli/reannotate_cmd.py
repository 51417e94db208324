"""``cablegram reannotate`` and ``cablegram remove``: keeping a store current in place."""

from __future__ import annotations

import argparse
import sys

from cablegram.cli import UserError, command
from cablegram.cli.common import add_model_options, positive


@command(
    "reannotate",
    "Annotate again, in place, every stored document an older pipeline annotated.",
)
def configure(parser: argparse.ArgumentParser) -> None:
    from cablegram.runners.local import default_workers
    from cablegram.store import DEFAULT_PATH

    parser.add_argument("--db", default=DEFAULT_PATH, help=f"the store (default: {DEFAULT_PATH})")
    parser.add_argument(
        "--reclean",
        action="store_true",
        help="also read and clean the kept raw inputs again (a changed text gets a new doc_id; "
        "the old one stays an alias)",
    )
    parser.add_argument(
        "--workers",
        type=positive,
        default=default_workers(),
        metavar="N",
        help="processes annotating in parallel (default: one per core but one)",
    )
    parser.add_argument(
        "--batch-size", type=positive, default=32, metavar="N", help="documents per batch"
    )
    add_model_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from cablegram.cli.common import writing_store
    from cablegram.pipeline_version import pipeline_version
    from cablegram.runners.batch import BatchOptions
    from cablegram.runners.local import InProcessRunner, ProcessPoolRunner, Runner
    from cablegram.runners.reannotate import reannotate

    options = BatchOptions(model=args.model, actors=args.actors)

    def make_runner(total: int) -> Runner:
        workers = min(args.workers, -(-total // args.batch_size))
        return ProcessPoolRunner(options, workers) if workers > 1 else InProcessRunner(options)

    from cablegram.gazetteer.dictionary import DictionaryError
    from cablegram.nlp import ModelNotFound

    with writing_store(args.db) as store:
        try:
            stats = reannotate(
                store,
                make_runner,
                batch_size=args.batch_size,
                reclean=args.reclean,
                notice=lambda line: print(line, file=sys.stderr),
            )
        except (ModelNotFound, DictionaryError) as err:
            raise UserError(str(err)) from None
    line = (
        f"{stats.reannotated} of {stats.behind} documents behind re-annotated "
        f"(pipeline {pipeline_version()}), {stats.failed} failed"
    )
    if args.reclean:
        line += (
            f"; re-cleaning changed {stats.recleaned} texts (old ids kept as aliases), "
            f"{stats.no_raw} had no kept raw input"
        )
    print(line)
    return 1 if stats.failed else 0


@command(
    "remove", "Delete documents (by doc_id or input path) and everything drawn only from them."
)
def configure_remove(parser: argparse.ArgumentParser) -> None:
    from cablegram.store import DEFAULT_PATH

    parser.add_argument(
        "targets",
        nargs="+",
        metavar="DOC_ID|PATH",
        help="doc_ids, or the paths they were read from",
    )
    parser.add_argument("--db", default=DEFAULT_PATH, help=f"the store (default: {DEFAULT_PATH})")
    parser.set_defaults(run=run_remove)


def run_remove(args: argparse.Namespace) -> int:
    from cablegram.cli.common import writing_store

    with writing_store(args.db) as store:
        found: list[str] = []
        unknown: list[str] = []
        for target in args.targets:
            resolved = store.resolve(target)
            ids = [resolved] if resolved else store.doc_ids_for_path(target)
            if ids:
                found.extend(ids)
            else:
                unknown.append(target)
        for target in unknown:
            print(f"cablegram: {target}: no stored document has this id or path", file=sys.stderr)
        removed = store.remove_documents(found)
    print(f"{removed} documents removed, with everything drawn only from them")
    return 1 if unknown and not removed else 0
