"""One raw document in, one cleaned Document (or the reason there is none) out."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from cablegram.ingest.boilerplate import BoilerplateIndex
from cablegram.ingest.metadata import take_title
from cablegram.ingest.prepare import Prepared, prepare, source_group
from cablegram.ingest.rules import RuleContext, apply_rules
from cablegram.ingest.text import fold, join_paragraphs, split_paragraphs
from cablegram.records import (
    DateSource,
    Document,
    IngestError,
    RawDocument,
    Removed,
    document_id,
)


def clean_document(
    raw: RawDocument,
    *,
    user_date: str | None = None,
    boilerplate: BoilerplateIndex | None = None,
) -> Document | IngestError:
    """Extract, repair and clean one document; pure (reads no files).

    ``user_date`` (YYYY-MM-DD, checked by the caller) overrides the page's date. With a
    ``boilerplate`` index, lines recurring across the document's source are dropped too.
    Plain text that opens with a title-like line gets it as its title, and the line leaves
    the body; HTML whose text repeats its title in the first line loses that line.
    """
    prepared = prepare(raw)
    if isinstance(prepared, IngestError):
        return prepared
    is_boilerplate: Callable[[str], bool] | None = None
    if boilerplate is not None:
        is_boilerplate = partial(boilerplate.is_boilerplate, source_group(raw, prepared))

    cleaned = apply_rules(split_paragraphs(prepared.text), RuleContext(is_boilerplate))
    kept = list(cleaned.kept)
    removed = list(cleaned.removed)

    title = prepared.title
    if title is None and not prepared.from_html:
        title, used = take_title([text for _, text in kept])
        kept = kept[used:]
    elif title is not None and kept and fold(kept[0][1]) == fold(title):
        removed.append((kept[0][0], "duplicate", kept[0][1]))
        kept = kept[1:]
        removed.sort(key=lambda item: item[0])

    if not kept:
        return IngestError(raw.source_path, "no article text after cleaning")
    text = join_paragraphs([t for _, t in kept])
    date, date_source = _date(prepared, user_date)
    return Document(
        doc_id=document_id(text),
        source_path=raw.source_path,
        text=text,
        title=title,
        publisher=prepared.publisher or cleaned.publisher,
        authors=prepared.authors or cleaned.authors,
        date=date,
        date_source=date_source,
        url=prepared.url,
        removed=tuple(Removed(kind, piece) for _, kind, piece in removed),
    )


def _date(prepared: Prepared, user_date: str | None) -> tuple[str | None, DateSource | None]:
    if user_date:
        return user_date, "user"
    if prepared.date:
        return prepared.date, "metadata"
    return None, None
