"""The publication date an HTML page gives: its date metadata, else its byline.

The page's meta tags and JSON-LD are read by htmldate (plain search, no free-text scan);
failing those, the first byline-like element outside page furniture is read with
:func:`cablegram.ingest.pagedate.line_date`. Shapes: HTML text in, an ISO date
(``YYYY-MM-DD``) and its :data:`~cablegram.records.DateSource` out, or ``(None, None)``.
"""

from __future__ import annotations

import copy
import re

import lxml.html  # type: ignore[import-untyped]
from htmldate import find_date
from lxml.etree import ParserError  # type: ignore[import-untyped]

from cablegram.ingest.pagedate import MAX_LINE_CHARS, line_date
from cablegram.records import DateSource

# Page parts whose dates are not the article's.
_SKIP_TAGS = frozenset({"nav", "aside", "footer", "form", "script", "style"})
_SKIP_CLASS = re.compile(
    r"comment|sidebar|related|most|popular|trending|recommend|promo|teaser|widget|footer|"
    r"\bnav|menu|update|timestamp-updated|breaking|ticker|top-?bar",
    re.I,
)


def _skipped(element: lxml.html.HtmlElement) -> bool:
    for node in [element, *element.iterancestors()]:
        if not isinstance(node.tag, str):
            continue
        if node.tag in _SKIP_TAGS:
            return True
        marks = f"{node.get('class', '')} {node.get('id', '')}"
        if marks.strip() and _SKIP_CLASS.search(marks):
            return True
    return False


def _parse(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return None


def _metadata_only(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A page holding only the original's metadata: its head, meta tags and JSON-LD."""
    page = lxml.html.fromstring("<html><head></head><body></body></html>")
    head, body = page[0], page[1]
    for element in root.iter("meta", "link", "title"):
        head.append(_standard_meta(copy.deepcopy(element)))
    for element in root.iter("script"):
        if "ld+json" in (element.get("type") or ""):
            body.append(copy.deepcopy(element))
    return page


def _standard_meta(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A meta tag that keeps its value in ``value=`` (some CMSs write ``<meta
    itemprop="datePublished" value="Tue, 07 Apr 2020 ...">``) gets it as ``content=`` too,
    where htmldate reads it."""
    if element.tag == "meta" and element.get("content") is None and element.get("value"):
        element.set("content", element.get("value"))
    return element


def _article_only(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of the page without its furniture: navigation, asides, comments, bars."""
    page = copy.deepcopy(root)
    doomed = [e for e in page.iter() if isinstance(e.tag, str) and _furniture(e)]
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    return page


def _furniture(element: lxml.html.HtmlElement) -> bool:
    if element.tag in _SKIP_TAGS:
        return True
    marks = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(marks.strip()) and bool(_SKIP_CLASS.search(marks))


def _htmldate(tree: lxml.html.HtmlElement) -> str | None:
    # htmldate's plain search: metadata and date elements, no free-text scan of the page
    # (which finds the oldest date anywhere: a "most read" link, a comment).
    found = find_date(tree, extensive_search=False, original_date=True)
    return found if isinstance(found, str) else None


def page_date(html: str) -> tuple[str | None, DateSource | None]:
    """The article's publication date and where it came from.

    First the page's date metadata (meta tags, JSON-LD; htmldate reads them), then the
    article's byline or "Published ..." line, then a date element of the article itself
    (htmldate again, on the page stripped of navigation, asides, comments and "updated"
    bars). Both of the latter are the byline's date (``"byline"``).
    """
    root = _parse(html)
    if root is None:
        return None, None
    found = _htmldate(_metadata_only(root))
    if found:
        return found, "metadata"
    found = _byline_in(root) or _htmldate(_article_only(root))
    return (found, "byline") if found else (None, None)


def html_byline_date(html: str) -> str | None:
    """The date the article's byline gives in an HTML page, or None."""
    root = _parse(html)
    return _byline_in(root) if root is not None else None


def _byline_in(root: lxml.html.HtmlElement) -> str | None:
    """Short elements in document order, outside page furniture: the first byline date."""
    for element in root.iter("p", "div", "span", "time", "address", "li", "small", "section"):
        text = " ".join(element.text_content().split())
        if not text or len(text) > MAX_LINE_CHARS or _skipped(element):
            continue
        found = line_date(text)
        if found:
            return found
    return None
