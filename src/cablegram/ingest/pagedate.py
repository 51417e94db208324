"""The publication date an article's own byline or dateline gives.

Used when a page has no date metadata: "By Ana Rojas · 3 March 2022", "Published 3 March
2022", "BERLIN, March 15, 2024 (Reuters) -". A date in an "Updated ..." bar, a sidebar of
other stories or a reader comment is no publication date, and the HTML search skips the
page parts that hold them (navigation, asides, footers, comment sections, "most read" boxes).
"""

from __future__ import annotations

import datetime as dt
import re

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
    + r"|(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    # "28.07.2017", "10-02-2023": dotted and dashed numeric dates are day first (the US
    # writes 07/28/2017).
    + r"|(?P<d4>\d{1,2})[.\-](?P<m4>\d{1,2})[.\-](?P<y4>(?:19|20)\d{2}))\b"
)
_DATE_RE = re.compile(_DATE, re.I)
# A clock time before a date: "Published : 9:00 am January 12, 2018", "13:26 GMT 14.01.2023".
_LEAD_TIME = (
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}\s+)?(?:[|·•,]|[-–—](?=\s))?\s*)?"
)
# Labels of a publication date: "Published", "Posted", "Publish Date", "Date published".
_PUB_LABEL = (
    r"(?:(?:first|originally)\s+)?(?:published|posted|created)"
    r"|publish(?:ed|ing)?\s+date|date\s+published|publication\s+date"
)
# "By Ana Rojas · 3 March 2022", "By Ana Rojas, Reuters | March 3, 2022", "Reported by:
# Desk Edited by: Jo Roe -- July 02nd 2024 05:21 PM"
_BYLINE = re.compile(
    r"^(?:(?:reported|written|posted|compiled|edited)\s+)?by\s*:?\s+[A-Z][^\n]{1,80}?"
    r"(?:\s*(?:[·|•,–—]|--?)\s*|\s+on\s+|\s+)" + _DATE,
    re.I,
)
# "Published 3 March 2022", "First published on Thu 3 Mar 2022 10.05 GMT", "Posted: ...",
# "Published : 9:00 am January 12, 2018", "Originally published by the Post on Nov. 6, 2008"
_PUBLISHED = re.compile(
    r"^(?:" + _PUB_LABEL + r"|dated?)"
    r"(?:\s+on|\s+(?:by|in)\s+[^\n]{1,60}?\s+on)?\s*:?\s*" + _LEAD_TIME + _DATE,
    re.I,
)
# A publication label anywhere in a stamp line that also holds an "Updated" date:
# "Updated: Nov. 7, 2008 | Published: Nov. 6, 2008". The labelled date wins.
_LABELLED = re.compile(
    r"\b(?:" + _PUB_LABEL + r")(?:\s+on)?\s*:?\s*" + _LEAD_TIME + _DATE,
    re.I,
)
# "This article was first published on Nov. 6, 2008", "The story was posted by X on ...",
# "This story is from October 12, 2020"
_ARTICLE_PUBLISHED = re.compile(
    r"^(?:this|the)\s+(?:article|story|piece|post|report|version)\s+(?:(?:was\s+)?"
    r"(?:first\s+|originally\s+)?(?:published|posted)\b[^\n]{0,60}?\bon|is\s+from)\s+" + _DATE,
    re.I,
)
# "January 24, 2014 (ADDIS ABABA) –": a dateline whose date comes first.
_DATE_FIRST = re.compile(r"^(?i:" + _DATE + r")\s*\(\s*[A-Z][A-Z .'’\-/]{1,40}\)\s*(?:[-–—:]|--)")
# "Xinhua, February 9, 2015 Adjust font size", "The News International (Pakistan), August 7,
# 2023", "Trinidad and Tobago Guardian, May 7, 2025": a news outlet's credit with the date.
_WEEKDAYS = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_CREDIT = re.compile(
    r"^(?!(?i:"
    + _WEEKDAYS
    + r")\b)(?:[A-Z][\w&.'’\-]*(?:\s+(?:(?:and|of|the|&)\s+)?[A-Z][\w&.'’\-]*){0,4}"
    r"(?:\s+\([A-Z][\w .'’\-]{1,30}\))?,|[A-Z]{2,8})\s+(?i:" + _DATE + r")"
)
# A time stamp line: "Posted December 7th, 2012 at 3:35 am (UTC-5)", "Last updated:
# September 27, 2025 19:49:07 IST", "April 24, 2011", "Monday, August 2, 2021".
# The time may follow a comma, "at" or a separator ("Mon 21st June 2021 | 02:40 PM").
_TIME = r"(?:(?:,|\s*[|/·•–—-])?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)?"
# The page's age after the stamp: "August 17, 2014 / 10:59 PM / 3 years ago", "... / Updated
# 11 minutes ago" (the stamp's own date is the publication; the age counts from today).
_AGE = (
    r"(?:\s*[|/·•]\s*(?:(?:last\s+)?updated\s+)?(?:\d{1,3}|an?|one)\s+"
    r"(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago)?"
)
# A stamp may carry a short kind label, after a dash or bar or not: "28.07.2017 - Press
# release", "06.11.2008 Feature Article".
_KIND = (
    r"(?:(?:\s*[|·•–—-]\s*|\s+)(?:press\s+release|statement|news|speech|interview|"
    r"(?:feature\s+)?article|feature|opinion|analysis|editorial|commentary|column|blog|report))?"
)
_ZONE = r"(?:\s*\(?(?:[A-Z]{2,5}(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)\)?)?"
# The same moment in a second zone: "11:53 GMT 12:53 UK".
_LOCAL_TIME = r"(?:\s+\d{1,2}[:.]\d{2}\s*(?-i:[A-Z]{2,5}))?"
# The stamp's own date, then when it was changed: "09 March 2022 12:00:00 - Last updated:
# 09 March 2022 16:47:30" (the first date is the publication).
_THEN_UPDATED = (
    r"(?:\s*(?:[|/·•–—-]|--)\s*(?:last\s+)?(?:updated|modified|edited)(?:\s+on)?\s*:?\s*"
    + re.sub(r"\?P<\w+>", "?:", _DATE)
    + _TIME
    + _ZONE
    + r")?"
)
# The body that issued the page, after its stamp: "Thursday, February 24, 2022, 7:42 p.m.
# Ministry of Foreign Affairs". Title-case words ending in an issuing body's head noun.
_ISSUER = (
    r"(?:\s*[|·•–—-]?\s*(?-i:(?:[A-Z][\w'’.\-]*\s+(?:(?:of|for|and|the|on)\s+)*){0,5}"
    r"(?:Ministry|Department|Office|Embassy|Mission|Council|Agency|Service|Commission"
    r"|Secretariat|Government|Presidency|Chancellery|Committee|Directorate|Spokesperson)"
    r"(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w'’.\-]*){0,6}))?"
)
_STAMP = re.compile(
    r"^(?P<label>(?:last\s+)?(?:updated|modified|edited)|" + _PUB_LABEL + r"|dated?"
    r"|aired|broadcast)?(?:\s+on)?\s*:?\s*"
    + _LEAD_TIME
    + _DATE
    + _TIME
    + _ZONE
    + _LOCAL_TIME
    + _KIND
    + _AGE
    + _THEN_UPDATED
    + _ISSUER
    + r"\s*$",
    re.I,
)
# A line stamping only a month: "August 2019", "Published: March 2024". It dates the page
# to that month (see :func:`text_month_date`), never to a day.
_MONTH_STAMP = re.compile(
    r"^(?:(?:"
    + _PUB_LABEL
    + r"|dated?)\s*:?\s*)?"
    + _MONTH.format("month")
    + r",?\s+(?P<year>(?:19|20)\d{2})\s*$",
    re.I,
)
# "BERLIN, March 15, 2024 (Reuters) -": a dateline with its year.
_DATELINE = re.compile(r"^[A-Z][A-Z .'\-]{1,40},\s+(?:[A-Z][a-z]+,\s+)?(?i:" + _DATE + ")")
# "Foreign Minister X's interview with the media, Moscow, November 12, 2020": an official
# release's title line ending with the place and date it was given (no closing stop).
_PLACE_DATE_END = re.compile(
    r"^[^\n]{10,300},\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2},\s+(?i:" + _DATE + r")\s*$"
)
# "Edited by: Jo Roe" credits an editor; "edited 3 May" stamps a change.
_NOT_PUBLICATION = re.compile(
    r"\b(?:updated|modified|edited(?!\s*by\b)|revised|last\s+changed)\b", re.I
)
# Elements small enough to be a byline line, not a whole article body.
MAX_LINE_CHARS = 160
# How far into the text a dateline or byline may stand, and a release's closing date.
HEAD_LINES = 6
TAIL_LINES = 3


def _month_number(name: str) -> int:
    """1-12 for a month's name or abbreviation ("Aug.", "Sept")."""
    name = name.lower().rstrip(".")
    if name in _MONTHS:
        return _MONTHS.index(name) + 1
    return 9 if name.startswith("sep") else [m[:3] for m in _MONTHS].index(name) + 1


# Time zones of places that write the day first: a dashed "10-02-2023 16:01 IST" is 10 February.
_DAY_FIRST_ZONES = re.compile(
    r"\b(?:IST|GMT|BST|CET|CEST|EET|EEST|WET|WEST|MSK|EAT|WAT|CAT|SAST|PKT|AEST|AEDT|NZST|"
    r"JST|KST|SGT|WIB|GST|PHT)\b"
)


def _day_first(match: re.Match[str]) -> bool:
    """Whether a numeric date reads day first: always dotted ("28.07.2017"); dashed only
    when the day cannot be a month or the line's time zone is a day-first place's (American
    pages write "03-04-2023" month first)."""
    if match.string[match.end("d4")] == ".":
        return True
    return int(match["d4"]) > 12 or _DAY_FIRST_ZONES.search(match.string) is not None


def parse_date(match: re.Match[str]) -> str | None:
    """The ISO date of a ``_DATE_RE``-shaped match, or None when it is no real date."""
    try:
        if match["y3"]:
            day = dt.date(int(match["y3"]), int(match["m3"]), int(match["d3"]))
        elif match["y4"]:
            if not _day_first(match):
                return None
            day = dt.date(int(match["y4"]), int(match["m4"]), int(match["d4"]))
        else:
            month = _month_number(match["m1"] or match["m2"])
            day = dt.date(int(match["y1"] or match["y2"]), month, int(match["d1"] or match["d2"]))
    except ValueError:
        return None
    return day.isoformat()


def _date_start(match: re.Match[str]) -> int:
    return min(match.start(g) for g in ("m1", "d2", "y3", "d4") if match.start(g) >= 0)


# A short line with a labelled date among a site's name and bars: "SITE | - Posted: Apr 19,
# 2021".
MAX_STAMP_WORDS = 10


def _labelled_stamp(line: str) -> bool:
    return (
        len(line.split()) <= MAX_STAMP_WORDS
        and _LABELLED.search(line) is not None
        and not re.search(r"[.!?][\"”’)]*$", line)
    )


def is_date_stamp(line: str) -> bool:
    """A line that only stamps a date (and time): "Posted ... at 3:35 am", "April 24, 2011",
    "August 2019", a stamp followed by the issuing body ("..., 7:42 p.m. Ministry of
    Foreign Affairs"), or a short line whose date a publication label introduces ("SITE |
    Posted: Apr 19, 2021")."""
    line = line.strip()
    return bool(_STAMP.match(line) or _MONTH_STAMP.match(line)) or _labelled_stamp(line)


def line_date(line: str, bare: bool = True) -> str | None:
    """The publication date a byline, "Published ..." line, dateline or (with ``bare``) a
    line holding only a date gives, else None.

    A date that an "updated"/"modified" word introduces is no publication date.
    """
    line = line.strip()
    labelled = _LABELLED.search(line)
    if (
        labelled
        and labelled.start() > 0
        and (_NOT_PUBLICATION.search(line[: labelled.start()]) or _labelled_stamp(line))
    ):
        # "Updated: ... | Published: <the date>", "SITE | - Posted: <the date>"
        return parse_date(labelled)
    stamp = _STAMP.match(line)
    if stamp and (bare or stamp["label"]):
        label = (stamp["label"] or "").lower()
        return None if _NOT_PUBLICATION.search(label) else parse_date(stamp)
    for regex in (
        _BYLINE,
        _PUBLISHED,
        _ARTICLE_PUBLISHED,
        _DATELINE,
        _DATE_FIRST,
        _CREDIT,
        _PLACE_DATE_END,
    ):
        match = regex.match(line)
        if match:
            if _NOT_PUBLICATION.search(line[: _date_start(match)]):
                return None
            return parse_date(match)
    return None


def text_byline_date(paragraphs: list[str]) -> tuple[str, int] | None:
    """The date a byline or dateline among the first lines gives, and that line's index.

    A line holding only a date counts below the first line: a date above everything else
    is as often the day's date in a site's top bar as the article's. Failing those, a line
    holding only a date among the last ``TAIL_LINES`` lines dates it (a release's sign-off
    date); an "Updated" stamp there does not.
    """
    for i, para in enumerate(paragraphs[:HEAD_LINES]):
        found = line_date(para[:MAX_LINE_CHARS], bare=i > 0)
        if found:
            return found, i
    # A release signed off with its date: "... are emphatically rejected. / 28 October 2011".
    for i in range(len(paragraphs) - 1, max(HEAD_LINES, len(paragraphs) - TAIL_LINES) - 1, -1):
        stamp = _STAMP.match(paragraphs[i].strip())
        if stamp and not _NOT_PUBLICATION.search(stamp["label"] or ""):
            found = parse_date(stamp)
            if found:
                return found, i
    return None


def text_month_date(paragraphs: list[str]) -> tuple[str, str] | None:
    """The first and last day (ISO) of the month a line among the first lines stamps
    ("August 2019", "Published: March 2024"), for a page no line dates to the day; else
    None. The publication fell somewhere in that month."""
    for para in paragraphs[:HEAD_LINES]:
        match = _MONTH_STAMP.match(para.strip())
        if match is None:
            continue
        first = dt.date(int(match["year"]), _month_number(match["month"]), 1)
        following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first.isoformat(), (following - dt.timedelta(days=1)).isoformat()
    return None
