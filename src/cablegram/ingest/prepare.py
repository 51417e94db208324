"""A raw document's text and metadata before the cleaning rules.

HTML is extracted and mojibake repaired here. Both the cleaner and the boilerplate index
start from this, so they see the same lines.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from cablegram.ingest.decode import repair_text
from cablegram.ingest.extract import extract_html
from cablegram.ingest.metadata import iso_date
from cablegram.records import DateSource, IngestError, RawDocument


@dataclass(frozen=True, slots=True)
class Prepared:
    """Text and metadata of one document, ready for the cleaning rules."""

    text: str
    title: str | None
    publisher: str | None
    authors: tuple[str, ...]
    date: str | None
    url: str | None
    from_html: bool
    # Where ``date`` came from: "metadata" (the page's or the input record's) or "byline".
    date_source: DateSource | None = None


def _repair(value: str | None) -> str | None:
    if value is None:
        return None
    return repair_text(value).strip() or None


def prepare(raw: RawDocument) -> Prepared | IngestError:
    """Extract (HTML) and repair the text; the raw document's own metadata wins over the page's."""
    date_source: DateSource | None
    if raw.html is not None and raw.html.strip():
        page = extract_html(raw.html, raw.url)
        if page is None:
            return IngestError(raw.source_path, "no article text found in the HTML")
        text, from_html = page.text, True
        title = raw.title or page.title
        publisher = raw.publisher or page.publisher
        authors = raw.authors or page.authors
        date = iso_date(raw.date) or page.date
        date_source = "metadata" if iso_date(raw.date) else page.date_source
        url = raw.url or page.url
    elif raw.text is not None and raw.text.strip():
        text, from_html = raw.text, False
        title, publisher, authors = raw.title, raw.publisher, raw.authors
        date, url = iso_date(raw.date), raw.url
        date_source = "metadata" if date else None
    else:
        return IngestError(raw.source_path, "no text")
    return Prepared(
        text=repair_text(text),
        title=_repair(title),
        publisher=_repair(publisher),
        authors=tuple(a for a in (_repair(a) for a in authors) if a),
        date=date,
        url=url,
        from_html=from_html,
        date_source=date_source,
    )


_LINE_SUFFIX = re.compile(r":\d+$")


def source_group(raw: RawDocument, prepared: Prepared) -> str:
    """Which source a document belongs to: its publisher, else its site, else its folder."""
    if prepared.publisher:
        return "publisher:" + prepared.publisher.casefold()
    if prepared.url:
        host = urlsplit(prepared.url).hostname or ""
        host = host.removeprefix("www.")
        if host:
            return "site:" + host
    # "folder/file.jsonl:3" -> "folder"
    path = _LINE_SUFFIX.sub("", raw.source_path).replace("\\", "/")
    return "folder:" + posixpath.dirname(path)
