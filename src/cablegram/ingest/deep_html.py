"""HTML nested deeper than the parser's default limit keeps its text.

libxml2 (under lxml, under trafilatura) stops building the tree at 256 levels unless told
to parse a "huge" tree, and then stops at about 2,000; a page nested deeper loses all its
text. :func:`tame_depth` leaves ordinary pages alone (a string, which trafilatura parses
as usual), parses a deep page with the huge-tree option, and first drops the tags of
layout containers from a page deeper than even that allows (their text stays).
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html  # type: ignore[import-untyped]
from lxml.html import HtmlElement, HTMLParser

# Below this depth the usual parse works.
DEFAULT_DEPTH: Final = 250
# libxml2's limit with XML_PARSE_HUGE is 2,048 levels; keep a margin.
HUGE_DEPTH: Final = 2_000
_TAG: Final = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*?(/?)>")
_VOID: Final = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
# Tags that only lay a page out: dropping them keeps every word of the text.
_LAYOUT: Final = re.compile(
    r"</?(?:div|span|section|article|main|aside|header|footer|nav|font|center|"
    r"b|i|u|em|strong|small|big|table|tbody|thead|tr|td|th|ul|ol|li|dl|dt|dd|form|label)\b[^>]*>",
    re.IGNORECASE,
)


def nesting_depth(html: str) -> int:
    """The deepest nesting of elements, counted over the tags as written."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if name.lower() in _VOID or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def tame_depth(html: str) -> str | HtmlElement:
    """``html`` itself when shallow, else a tree parsed so that no text is lost."""
    depth = nesting_depth(html)
    if depth <= DEFAULT_DEPTH:
        return html
    if depth >= HUGE_DEPTH:
        html = _LAYOUT.sub(" ", html)
    parser = HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
    )
    try:
        return lxml.html.fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return html
