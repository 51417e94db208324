"""Ingest: read articles (HTML, plain text, JSONL), decode them, and clean them.

``iter_raw`` reads inputs into raw documents, ``clean_document`` turns one into a cleaned
``Document``, ``BoilerplateIndex`` finds lines recurring across a source's documents, and
``ingest`` chains the three over a corpus in two streaming passes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from cablegram.ingest.boilerplate import BoilerplateIndex
from cablegram.ingest.clean import clean_document
from cablegram.ingest.files import DEFAULT_MAX_BYTES
from cablegram.ingest.guard import clean_or_error, index_document
from cablegram.ingest.readers import iter_raw, read_inputs, stdin_bytes
from cablegram.ingest.rules import RULES
from cablegram.records import Document, IngestError, RawDocument

__all__ = ["RULES", "BoilerplateIndex", "clean_document", "ingest", "iter_raw"]


def ingest(
    paths: Sequence[str],
    *,
    user_date: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Iterator[Document | IngestError]:
    """Cleaned documents (and errors) for the inputs, in input order.

    Two passes over the inputs: the first counts lines into a BoilerplateIndex, the second
    cleans each document with it. Only one document's text is held at a time; standard
    input, which cannot be read twice, is read once and kept. A document that breaks a
    stage becomes an IngestError of its own; inputs over ``max_bytes`` are refused.
    """
    stdin = stdin_bytes() if "-" in paths else None
    index = BoilerplateIndex()
    for item in read_inputs(paths, stdin, max_bytes):
        if isinstance(item, RawDocument):
            index_document(index, item)
    for item in read_inputs(paths, stdin, max_bytes):
        if isinstance(item, IngestError):
            yield item
        else:
            yield clean_or_error(item, user_date=user_date, boilerplate=index)
