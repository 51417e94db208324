"""One hostile document costs only itself: cleaning and indexing that never raise.

The cleaning stage runs third-party code (lxml and trafilatura on HTML, ftfy, the
cleaning rules) over text anyone may have written. Whatever that code raises for one
document (a recursion limit, an exhausted allocation, a bug met by a strange input)
becomes an :class:`IngestError` naming the document, and the run goes on.
"""

from __future__ import annotations

from cablegram.ingest.boilerplate import BoilerplateIndex
from cablegram.ingest.clean import clean_document
from cablegram.records import Document, IngestError, RawDocument


def reason_of(err: BaseException, stage: str) -> str:
    """ "could not <stage> (Kind: message)", the message cut to one short line."""
    what = f"{type(err).__name__}: {err}".replace("\n", " ")
    if isinstance(err, MemoryError):
        what = "out of memory"
    elif isinstance(err, RecursionError):
        what = "nested too deeply"
    return f"could not {stage} ({what[:200]})"


def clean_or_error(
    raw: RawDocument, *, user_date: str | None, boilerplate: BoilerplateIndex | None
) -> Document | IngestError:
    """:func:`clean_document`, with any exception turned into an IngestError for ``raw``."""
    try:
        return clean_document(raw, user_date=user_date, boilerplate=boilerplate)
    except (Exception, RecursionError, MemoryError) as err:
        return IngestError(raw.source_path, reason_of(err, "clean"))


def index_document(index: BoilerplateIndex, raw: RawDocument) -> None:
    """Count ``raw``'s lines into ``index``; a document that breaks it is left out.

    Nothing is reported here: the cleaning pass meets the same document again and reports
    whatever is wrong with it.
    """
    try:
        index.add(raw)
    except (Exception, RecursionError, MemoryError):
        return
