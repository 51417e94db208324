"""Dates: when an event happened, and when an undated article was written.

Event dates are read from the time expressions of the event's sentence (spaCy ``DATE``
entities) and resolved against the document's date with dateparser (past preferred, or future
for events in the future tense). Precision is recorded consistently in the ISO string:
a day-level expression gives that day, a month-level one ("in February 2010", "last month") the
first of the month, a year-level one ("in 2004", "last year") the first of January.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import dateparser
from spacy.tokens import Span, Token

Precision = Literal["day", "month", "year"]
Prefer = Literal["past", "future"]

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DEICTIC = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a few": 3, "several": 3,
    "a couple of": 2, "couple of": 2,
}  # fmt: skip
_UNIT_DAYS = {"day": 1, "week": 7}
_QUALIFIER = re.compile(
    r"^(?:nearly|almost|about|around|some|roughly|approximately|more than|over|less than|"
    r"at least|just|only|barely|fully|exactly|precisely|the|on|in|since|by|until|till|from|"
    r"during|of|as of|as early as|as late as|earlier|late|early|mid-?)\s+"
)
_NUM = r"(?P<n>\d+|" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)) + ")"
_RELATIVE = re.compile(
    _NUM + r"\s+(?P<unit>day|week|month|year|decade)s?\s+(?P<dir>ago|earlier|before|later|after|"
    r"afterwards|afterward|on)$"
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
_LAST_THIS = re.compile(
    r"^(?P<which>last|this|next|past|previous|coming)\s+(?P<what>week|weekend|month|year|"
    + "|".join(WEEKDAYS + MONTHS)
    + r")$"
)


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A resolved time expression: the date, how precise it is, whether it names a year."""

    date: dt.date
    precision: Precision
    absolute: bool

    def iso(self) -> str:
        return self.date.isoformat()


def _normalise(text: str) -> str:
    norm = re.sub(r"[\u2018\u2019\u201c\u201d\"',.;:()]", " ", text.lower())
    norm = re.sub(r"\s+", " ", norm).strip()
    previous = None
    while previous != norm:
        previous = norm
        norm = _QUALIFIER.sub("", norm)
    return norm


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """The date ``amount`` units (day, week, month, year, decade) after ``day``."""
    if unit in _UNIT_DAYS:
        return day + dt.timedelta(days=amount * _UNIT_DAYS[unit])
    months = amount * {"month": 1, "year": 12, "decade": 120}[unit]
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    # Clamp the day: a month ago from 31 March is the last of February.
    for dom in range(day.day, 27, -1):
        try:
            return dt.date(year, month + 1, dom)
        except ValueError:
            continue
    return dt.date(year, month + 1, min(day.day, 28))


def _truncate(day: dt.date, precision: Precision) -> dt.date:
    if precision == "year":
        return day.replace(month=1, day=1)
    if precision == "month":
        return day.replace(day=1)
    return day


def _precision_of(norm: str) -> Precision:
    words = set(norm.split())
    if (
        words & set(WEEKDAYS)
        or words & set(DEICTIC)
        or re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", norm)
    ):
        return "day"
    if "week" in words or "weekend" in words:
        return "day"
    if words & set(MONTHS) or words & set(MONTH_ABBR) or "month" in words:
        return "month"
    return "year"


def resolve_expression(
    text: str,
    base: dt.date | None,
    prefer: Prefer = "past",
    anchor: dt.date | None = None,
) -> ResolvedDate | None:
    """Resolve one time expression against ``base`` (the document date) or ``anchor`` (the
    last date the text named, for "five years later"). ``None`` for durations ("six months"),
    vague spans ("the past few days") and relative expressions with nothing to anchor them."""
    norm = _normalise(text)
    if not norm:
        return None
    rel = _RELATIVE.match(norm)
    if rel:
        amount = _number(rel["n"])
        if amount is None:
            return None
        unit = rel["unit"]
        # "three years ago" is as precise as a month at best; "two weeks ago" is a day.
        precision: Precision = "day" if unit in _UNIT_DAYS else "month"
        if rel["dir"] == "ago":
            start = base
            sign = -1
        else:
            start = anchor
            sign = -1 if rel["dir"] in ("earlier", "before") else 1
        if start is None:
            return None
        return ResolvedDate(
            _truncate(shift(start, sign * amount, unit), precision), precision, False
        )
    if re.fullmatch(r"(?:1[89]|20)\d{2}", norm):
        return ResolvedDate(dt.date(int(norm), 1, 1), "year", True)
    words = set(norm.split())
    known = (
        words & set(MONTHS)
        or words & set(MONTH_ABBR)
        or words & set(WEEKDAYS)
        or words & set(DEICTIC)
        or _LAST_THIS.match(norm)
        or _YEAR.search(norm)
    )
    if not known:
        return None
    absolute = bool(_YEAR.search(norm))
    if base is None and not absolute:
        return None
    settings: dict[str, object] = {
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(norm, languages=["en"], settings=settings)
    if parsed is None:
        return None
    precision = _precision_of(norm)
    if "last year" in norm or "this year" in norm or "next year" in norm:
        precision = "year"
    return ResolvedDate(_truncate(parsed.date(), precision), precision, absolute)


def parse_iso(value: str | None) -> dt.date | None:
    """An ISO date (or datetime) string as a date; ``None`` when absent or unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def time_expressions(sentence: Span) -> list[Span]:
    """The sentence's time expressions: spaCy DATE entities, in text order."""
    # Span.ents walks the whole document on every call; index the dates once per document.
    doc = sentence.doc
    cached = doc.user_data.get("cablegram_date_entities")
    if not isinstance(cached, tuple):
        found_dates = [ent for ent in doc.ents if ent.label_ == "DATE"]
        cached = (found_dates, [ent.start for ent in found_dates])
        doc.user_data["cablegram_date_entities"] = cached
    dates, starts = cached
    first = bisect.bisect_left(starts, sentence.start)
    found: list[Span] = []
    for ent in dates[first:]:
        if ent.start >= sentence.end:
            break
        if ent.end <= sentence.end:
            found.append(ent)
    return found


def _attached(expr: Span, trigger: Token) -> bool:
    """Whether the expression hangs on the trigger's clause (or inside a noun trigger)."""
    root = expr.root
    if trigger.i <= root.i < trigger.i + 1 or (root in trigger.subtree and trigger.pos_ == "NOUN"):
        return True
    holders = {trigger}
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "pobj", "attr", "nsubj"):
        holders.add(trigger.head)
        if trigger.dep_ == "pobj":
            holders.add(trigger.head.head)
    return any(a in holders for a in root.ancestors)


def order_expressions(exprs: Sequence[Span], trigger: Token) -> list[Span]:
    """Expressions attached to the trigger first, then the rest by distance from it."""
    return sorted(exprs, key=lambda e: (not _attached(e, trigger), abs(e.root.i - trigger.i)))


def event_date(
    trigger: Token,
    sentence: Span,
    document_date: str | None,
    prefer: Prefer = "past",
    anchor: dt.date | None = None,
) -> ResolvedDate | None:
    """The date of the event whose trigger is given, from its sentence; ``None`` if unanchored."""
    base = parse_iso(document_date)
    for expr in order_expressions(time_expressions(sentence), trigger):
        resolved = resolve_expression(expr.text, base, prefer, anchor)
        if resolved is not None:
            return resolved
    return None


# ------------------------------------------------------------------ document date estimation

_MONTH_RE = r"(?P<month>" + "|".join(MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
_FULL_MDY = re.compile(
    _MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b", re.I
)
_FULL_DMY = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I
)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mon>\d{2})-(?P<day>\d{2})\b")
_MONTH_YEAR = re.compile(r"\b" + _MONTH_RE + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I)
_BARE_YEAR = re.compile(
    r"(?<![\d$£€.,/-])(?P<year>(?:19|20)\d{2})(?![\d%,.]\d|\d|s\b|\s*(?:%|percent|per cent))"
)
_NOT_A_YEAR_AFTER = re.compile(
    r"\s+(?:people|troops|soldiers|men|women|tons|tonnes|dollars|euros|members|officers|"
    r"civilians|refugees|workers|students|votes|km|kilometres|kilometers|miles|feet|metres)\b",
    re.I,
)
_AGO = re.compile(
    r"\b(?:nearly|almost|about|around|some|roughly|more than|over|just|only)?\s*"
    + _NUM
    + r"\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b",
    re.I,
)
_RECENT = re.compile(
    r"\b(?:this week|last week|this month|yesterday|today|on (?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|this (?:morning|afternoon|evening)|last night|"
    r"tomorrow|this weekend|last weekend)\b",
    re.I,
)
_FOOTER = re.compile(r"©|\bcopyright\b|all rights reserved", re.I)


@dataclass(frozen=True, slots=True)
class DateEstimate:
    """An estimated publication date: a point, the range it could fall in, and a confidence."""

    date: str
    range_start: str
    range_end: str
    confidence: float


@dataclass(frozen=True, slots=True)
class _Mention:
    date: dt.date
    precision: Precision
    offset: int


def _month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return MONTH_ABBR[name[:4] if name.startswith("sept") else name[:3]]


def _explicit_dates(text: str, latest_year: int) -> list[_Mention]:
    """Explicit dates (full, month-year, bare year) with offsets, most precise per place."""
    found: list[_Mention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(day: dt.date, precision: Precision, start: int, end: int) -> None:
        if day.year > latest_year or not free(start, end):
            return
        taken.append((start, end))
        found.append(_Mention(day, precision, start))

    for regex in (_FULL_MDY, _FULL_DMY):
        for m in regex.finditer(text):
            try:
                add(
                    dt.date(int(m["year"]), _month_number(m["month"]), int(m["day"])),
                    "day",
                    *m.span(),
                )
            except (ValueError, KeyError):
                continue
    for m in _ISO.finditer(text):
        try:
            add(dt.date(int(m["year"]), int(m["mon"]), int(m["day"])), "day", *m.span())
        except ValueError:
            continue
    for m in _MONTH_YEAR.finditer(text):
        add(dt.date(int(m["year"]), _month_number(m["month"]), 1), "month", *m.span())
    for m in _BARE_YEAR.finditer(text):
        if _NOT_A_YEAR_AFTER.match(text, m.end()):
            continue
        add(dt.date(int(m["year"]), 1, 1), "year", *m.span())
    return sorted(found, key=lambda x: x.offset)


def _end_of(mention: _Mention) -> dt.date:
    if mention.precision == "year":
        return dt.date(mention.date.year, 12, 31)
    if mention.precision == "month":
        return shift(mention.date, 1, "month") - dt.timedelta(days=1)
    return mention.date


def estimate_document_date(text: str, today: dt.date | None = None) -> DateEstimate | None:
    """Estimate when an undated article was written from its own time references.

    Method:
    1. Collect explicit dates the text names (full dates, month + year, bare years; copyright
       lines and numbers that are counts, such as "2000 troops", are skipped; years after
       ``today`` are ignored). An article normally reports on things that have already
       happened, so the latest of them (taken at its last possible day) is a lower bound.
    2. "N years/months/weeks/days ago" counted from the latest explicit date named before it
       gives a point estimate (the text says how far back that date lies), and wins over (1)
       when later.
    3. Otherwise the estimate is the lower bound itself.
    The range runs from the lower bound to a horizon set by how precise the evidence is
    (a few weeks after a full date with words of recency such as "this week" or "on Monday",
    a year after a bare year). Confidence grows with precision and with agreeing evidence;
    it never exceeds 0.8, since a text can always look back at an older event.
    Returns ``None`` when the text names no date at all.
    """
    latest_year = (today or dt.date.today()).year + 1
    body = "\n".join(line for line in text.splitlines() if not _FOOTER.search(line))
    mentions = _explicit_dates(body, latest_year)
    if not mentions:
        return None
    latest = max(mentions, key=lambda m: (_end_of(m), m.precision == "day"))
    lower = latest.date
    precision = latest.precision
    recent = bool(_RECENT.search(body))

    point: dt.date | None = None
    for m in _AGO.finditer(body):
        amount = _number(m["n"].lower())
        if amount is None:
            continue
        before = [x for x in mentions if x.offset < m.start()]
        if not before:
            continue
        # The most recent date named so far is the likeliest referent of "that ... N years ago".
        anchor = max(before, key=lambda x: x.date)
        candidate = shift(anchor.date, amount, m["unit"].lower())
        if point is None or candidate > point:
            point = candidate

    horizon = {"day": 45 if recent else 180, "month": 240, "year": 540}[precision]
    if point is not None and point >= lower:
        estimate = point
        start = lower
        end = max(point + dt.timedelta(days=180), lower + dt.timedelta(days=horizon))
        confidence = 0.5
    else:
        estimate = _end_of(latest)
        start = lower
        end = lower + dt.timedelta(days=horizon)
        confidence = {"day": 0.6 if recent else 0.45, "month": 0.35, "year": 0.25}[precision]
    # Several mentions in the latest year agree with one another: a little more sure.
    same_year = sum(1 for x in mentions if x.date.year == lower.year)
    if same_year >= 3:
        confidence += 0.1
    return DateEstimate(
        date=estimate.isoformat(),
        range_start=start.isoformat(),
        range_end=end.isoformat(),
        confidence=round(min(confidence, 0.8), 2),
    )
