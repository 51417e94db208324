"""Main text and metadata out of HTML, through trafilatura (and htmldate for the date)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import trafilatura

from cablegram.ingest.fragment import fragment_text
from cablegram.ingest.metadata import iso_date


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura found in one HTML page."""

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    date: str | None = None
    url: str | None = None


_AUTHOR_SPLIT = re.compile(r"\s*;\s*")
# htmldate: prefer the original publication date over a later modification date.
_DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": True}


def _str_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def extract_html(html: str, url: str | None = None) -> Page | None:
    """The page's main text (precision over recall, no comments) and metadata, or None."""
    result = trafilatura.bare_extraction(
        html,
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
    return Page(
        text=text,
        title=_str_or_none(data.get("title")),
        authors=tuple(a for a in _AUTHOR_SPLIT.split(author) if a) if author else (),
        publisher=_str_or_none(data.get("sitename")),
        date=iso_date(data.get("date")),
        url=_str_or_none(data.get("url")) or url,
    )


def _fragment(html: str, url: str | None) -> Page | None:
    """A fragment's own text when trafilatura found no article in it (a JSONL ``html``
    field holding ``<p>...</p>``); never for a whole page, whose chrome would come along."""
    if re.search(r"<(html|body)\b", html[:2000], re.I):
        return None
    text = fragment_text(html)
    return Page(text=text, url=url) if text else None
