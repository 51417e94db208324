"""Re-annotating a store in place: the documents an older pipeline annotated, in batches.

Each document behind the current :func:`cablegram.pipeline_version.pipeline_version` is read
back (its cleaned text), annotated again on a runner (this process or a pool of workers),
and its records replaced in one transaction that also stamps the version: a run stopped
anywhere resumes with what is still behind. With ``reclean``, a document whose raw input
the store kept is first read and cleaned again (cross-document boilerplate learnt from
every kept input, as ingest learns it from a run's inputs); when its cleaned text changes,
it is stored under its new doc_id and the old id becomes an alias.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cablegram.ingest import BoilerplateIndex, clean_document
from cablegram.pipeline_version import pipeline_version
from cablegram.records import Document, RawDocument
from cablegram.runners.batch import Batch
from cablegram.runners.local import Runner
from cablegram.store import Store, StoreError


@dataclass(slots=True)
class ReannotateStats:
    behind: int = 0
    reannotated: int = 0
    recleaned: int = 0  # documents whose cleaned text changed: new doc_id, old one an alias
    unchanged_text: int = 0
    no_raw: int = 0  # --reclean asked, but the store holds no raw input for them
    failed: int = 0


def _boilerplate(store: Store, doc_ids: list[str]) -> BoilerplateIndex:
    index = BoilerplateIndex()
    for doc_id in doc_ids:
        raw = store.raw_input(doc_id)
        if raw is not None:
            index.add(raw)
    return index


def reannotate(
    store: Store,
    make_runner: Callable[[int], Runner],
    *,
    batch_size: int,
    reclean: bool = False,
    notice: Callable[[str], None] = print,
) -> ReannotateStats:
    """Bring every document behind the current pipeline up to it; see the module doc."""
    version = pipeline_version()
    behind = store.documents_behind(version)
    stats = ReannotateStats(behind=len(behind))
    index = _boilerplate(store, behind) if reclean else None
    raws: dict[str, tuple[str, RawDocument]] = {}

    def documents() -> Iterator[Document]:
        for doc_id in behind:
            document = store.document(doc_id)
            if document is None:
                continue
            if index is not None:
                raw = store.raw_input(doc_id)
                if raw is None:
                    stats.no_raw += 1
                else:
                    cleaned = clean_document(raw, user_date=None, boilerplate=index)
                    if isinstance(cleaned, Document) and cleaned.doc_id != doc_id:
                        raws[cleaned.doc_id] = (doc_id, raw)
                        document = cleaned
                    else:
                        stats.unchanged_text += 1
            yield document

    def batches() -> Iterator[Batch]:
        batch: list[Document] = []
        for document in documents():
            batch.append(document)
            if len(batch) >= batch_size:
                yield Batch(tuple(batch))
                batch = []
        if batch:
            yield Batch(tuple(batch))

    runner = make_runner(len(behind))
    try:
        for result in runner.map(batches()):
            for failure in result.failures:
                stats.failed += 1
                notice(str(failure))
            for annotation in result.annotations:
                doc_id = annotation.document.doc_id
                try:
                    if doc_id in raws:
                        old_id, raw = raws.pop(doc_id)
                        store.replace_document(old_id, annotation, raw)
                        stats.recleaned += 1
                    else:
                        store.replace_annotation(annotation, version)
                    stats.reannotated += 1
                except StoreError as err:
                    stats.failed += 1
                    notice(f"cablegram: {annotation.document.source_path}: {err}")
    except BaseException:
        runner.close(abort=True)
        raise
    runner.close()
    return stats
