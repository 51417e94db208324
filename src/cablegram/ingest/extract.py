"""Main text and metadata out of HTML, through trafilatura (and htmldate for the date)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import trafilatura

from cablegram.ingest.deep_html import tame_depth
from cablegram.ingest.fragment import fragment_text
from cablegram.ingest.htmlpagedate import page_date
from cablegram.ingest.metadata import iso_date
from cablegram.records import DateSource


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura found in one HTML page."""

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    # "metadata" (the page's date metadata) or "byline" (the article's byline or dateline).
    date_source: DateSource | None = None


_AUTHOR_SPLIT = re.compile(r"\s*;\s*")
# A byline's separator and what follows it ("Ana Rojas · 3 March 2022") is no part of a name.
_AUTHOR_TAIL = re.compile(r"\s*[·|•]\s*.*$|[\s,–—-]+$")
# The date is read by pagedate (metadata, then the byline); trafilatura's own date search
# is kept cheap. No extensive search: that takes the oldest date anywhere on the page, a
# "most read" link or a comment included.
_DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": False}


def _str_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def extract_html(html: str, url: str | None = None) -> Page | None:
    """The page's main text (precision over recall, no comments) and metadata, or None."""
    result = trafilatura.bare_extraction(
        tame_depth(html),
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if result is None:
        return _fragment(html, url)
    data: dict[str, Any] = result if isinstance(result, dict) else result.as_dict()
    text = _str_or_none(data.get("text"))
    if text is None:
        return _fragment(html, url)
    author = _str_or_none(data.get("author"))
    date, date_source = page_date(html)
    date = iso_date(date)
    return Page(
        text=text,
        title=_str_or_none(data.get("title")),
        authors=tuple(
            name for a in _AUTHOR_SPLIT.split(author) if (name := _AUTHOR_TAIL.sub("", a))
        )
        if author
        else (),
        publisher=_str_or_none(data.get("sitename")),
        date=date,
        url=_str_or_none(data.get("url")) or url,
        date_source=date_source,
    )


def _fragment(html: str, url: str | None) -> Page | None:
    """A fragment's own text when trafilatura found no article in it (a JSONL ``html``
    field holding ``<p>...</p>``); never for a whole page, whose chrome would come along."""
    if re.search(r"<(html|body)\b", html[:2000], re.I):
        return None
    text = fragment_text(html)
    return Page(text=text, url=url) if text else None
