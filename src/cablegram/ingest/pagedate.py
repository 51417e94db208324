"""The publication date an article's own byline or dateline gives.

Used when a page has no date metadata: "By Ana Rojas · 3 March 2022", "Published 3 March
2022", "BERLIN, March 15, 2024 (Reuters) -". A date in an "Updated ..." bar, a sidebar of
other stories or a reader comment is no publication date, and the HTML search skips the
page parts that hold them (navigation, asides, footers, comment sections, "most read" boxes).
"""

from __future__ import annotations

import datetime as dt
import re

import lxml.html
from lxml.etree import ParserError

_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_MONTH = r"(?P<{0}>(?:" + "|".join(_MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE = (
    _WEEKDAY
    + r"(?:"
    + _MONTH.format("m1")
    + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d{2})"
    + r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH.format("m2")
    + r",?\s+(?P<y2>(?:19|20)\d{2})"
    + r"|(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{2})-(?P<d3>\d{2}))\b"
)
_DATE_RE = re.compile(_DATE, re.I)
# "By Ana Rojas · 3 March 2022", "By Ana Rojas, Reuters | March 3, 2022"
_BYLINE = re.compile(r"^by\s+[A-Z][^\n]{1,80}?(?:\s*[·|•,–—-]\s*|\s+on\s+|\s+)" + _DATE, re.I)
# "Published 3 March 2022", "First published on Thu 3 Mar 2022 10.05 GMT", "Posted: ..."
_PUBLISHED = re.compile(
    r"^(?:first\s+)?(?:published|posted|dated?)(?:\s+on)?\s*:?\s*" + _DATE, re.I
)
# "BERLIN, March 15, 2024 (Reuters) -": a dateline with its year.
_DATELINE = re.compile(r"^[A-Z][A-Z .'\-]{1,40},\s+(?:[A-Z][a-z]+,\s+)?" + _DATE, re.M)
_NOT_PUBLICATION = re.compile(r"\b(?:updated|modified|edited|revised|last\s+changed)\b", re.I)
# Page parts whose dates are not the article's.
_SKIP_TAGS = frozenset({"nav", "aside", "footer", "form", "script", "style"})
_SKIP_CLASS = re.compile(
    r"comment|sidebar|related|most|popular|trending|recommend|promo|teaser|widget|footer|"
    r"\bnav|menu|update|timestamp-updated|breaking|ticker|top-?bar",
    re.I,
)
# Elements small enough to be a byline line, not a whole article body.
MAX_LINE_CHARS = 160
# How far into the text a dateline or byline may stand.
HEAD_LINES = 6


def parse_date(match: re.Match[str]) -> str | None:
    """The ISO date of a ``_DATE_RE``-shaped match, or None when it is no real date."""
    try:
        if match["y3"]:
            day = dt.date(int(match["y3"]), int(match["m3"]), int(match["d3"]))
        else:
            name = (match["m1"] or match["m2"]).lower().rstrip(".")
            month = (
                _MONTHS.index(name) + 1
                if name in _MONTHS
                else (9 if name.startswith("sep") else [m[:3] for m in _MONTHS].index(name) + 1)
            )
            day = dt.date(int(match["y1"] or match["y2"]), month, int(match["d1"] or match["d2"]))
    except ValueError:
        return None
    return day.isoformat()


def _date_start(match: re.Match[str]) -> int:
    return min(match.start(g) for g in ("m1", "d2", "y3") if match.start(g) >= 0)


def line_date(line: str) -> str | None:
    """The publication date a byline, "Published ..." line or dateline gives, else None.

    A date that an "updated"/"modified" word introduces is no publication date.
    """
    line = line.strip()
    for regex in (_BYLINE, _PUBLISHED, _DATELINE):
        match = regex.match(line)
        if match:
            if _NOT_PUBLICATION.search(line[: _date_start(match)]):
                return None
            return parse_date(match)
    return None


def text_byline_date(paragraphs: list[str]) -> tuple[str, int] | None:
    """The date a byline or dateline among the first lines gives, and that line's index."""
    for i, para in enumerate(paragraphs[:HEAD_LINES]):
        found = line_date(para[:MAX_LINE_CHARS])
        if found:
            return found, i
    return None


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


def html_byline_date(html: str) -> str | None:
    """The date the article's byline gives in an HTML page, or None.

    Reads short elements in document order, outside navigation, asides, footers, comment
    sections and other page furniture, and takes the first byline or "Published ..." line.
    """
    try:
        root = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return None
    for element in root.iter("p", "div", "span", "time", "address", "li", "small", "section"):
        text = " ".join(element.text_content().split())
        if not text or len(text) > MAX_LINE_CHARS or _skipped(element):
            continue
        found = line_date(text)
        if found:
            return found
    return None
