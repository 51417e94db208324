"""Text out of an HTML fragment (``<p>...</p>``) that main-text extraction passes over.

trafilatura looks for an article inside a page and drops a short fragment as boilerplate;
a JSONL line's ``html`` field is often only the article's own markup. Then the fragment's
visible text is taken as it stands: one paragraph per block element (``p``, ``div``, ``li``,
headings, ...) and per ``<br>``, scripts and styles left out, whitespace collapsed.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.etree  # type: ignore[import-untyped]
import lxml.html  # type: ignore[import-untyped]

_BLOCKS: Final = (
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "tr",
    "table",
    "pre",
    "dd",
    "dt",
    "figure",
)
_HIDDEN: Final = "//script|//style|//noscript|//template|//head"
_PARAGRAPH: Final = "\n\n"
_BLANK = re.compile(r"\n\s*\n")


def fragment_text(html: str) -> str | None:
    """The visible text of ``html``, paragraphs separated by a blank line; None when the
    markup holds no text (or cannot be parsed at all)."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return None
    for hidden in root.xpath(_HIDDEN):
        hidden.drop_tree()
    for br in root.iter("br"):
        br.tail = _PARAGRAPH + (br.tail or "")
    for block in root.iter(*_BLOCKS):
        block.text = _PARAGRAPH + (block.text or "")
        block.tail = _PARAGRAPH + (block.tail or "")
    paragraphs = (" ".join(part.split()) for part in _BLANK.split(root.text_content()))
    text = _PARAGRAPH.join(p for p in paragraphs if p)
    return text or None
