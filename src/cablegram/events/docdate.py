"""When an undated article was written, from the evidence of its writing time in the text.

The years an article names say what it is about, not when it was written: an article of
2023 about a 1980 war names 1980, and a retrospective names its newest year too. Only words
that place a date relative to the moment of writing count as evidence:

- ``since_or_ago``: "43 years since the 1980 coup", "the 1980 coup, 43 years ago", "the
  43rd anniversary of the 1980 coup" -> 2023 (year precision, month when the named date
  gives a month);
- ``relative_year``: "last year's election in 2022" -> 2023; "this year's budget for 2023"
  -> 2023; "next year's 2024 vote" -> 2023 (one explicit year in the sentence);
- ``ago``: "That meeting took place two years ago" after a sentence that dated the meeting
  ("a June 2009 meeting") -> June 2011;
- ``recent_day``: a full date in a sentence with words of recency ("on Monday, March 3,
  2011", "this week ... March 3, 2011") -> the days after that date.

Each finding gives a point, a range and a confidence; the surest one wins, and agreeing
findings add a little confidence. With no such evidence the date stays unknown (``None``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cablegram.events.dates import MONTHS, Precision
from cablegram.events.time_words import NUMBER_WORDS, shift

_MONTH = r"(?:" + "|".join(MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
_YEAR = r"(?:1[89]|20)\d{2}"
_YEAR_RE = re.compile(rf"(?<![\d$£€.,/-])(?P<year>{_YEAR})(?![\d%]|s\b|,\d)")
_MONTH_YEAR = re.compile(rf"\b(?P<month>{_MONTH}),?\s+(?P<year>{_YEAR})\b", re.I)
_FULL_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?)\s+(?P<year>{_YEAR})\b",
    re.I,
)
_NUMBER_WORDS = "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
_NUMBER = rf"(?P<n>\d+|{_NUMBER_WORDS})"
_SINCE = re.compile(rf"\b{_NUMBER}\s+(?:full\s+|long\s+)?(?P<unit>year|decade)s?\s+since\b", re.I)
_AGO = re.compile(rf"\b{_NUMBER}\s+(?P<unit>year|decade|month)s?\s+ago\b", re.I)
_ANNIVERSARY = re.compile(r"\b(?P<n>\d+)(?:st|nd|rd|th)\s+anniversary\b", re.I)
_RELATIVE_YEAR = re.compile(r"\b(?P<which>this|last|next)\s+year\b", re.I)
_RECENT = re.compile(
    r"\b(?:this\s+week|last\s+week|earlier\s+this\s+week|yesterday|today|tonight|"
    r"this\s+(?:morning|afternoon|evening)|last\s+night|on\s+(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday))\b",
    re.I,
)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_FOOTER = re.compile(r"©|\bcopyright\b|all rights reserved", re.I)
# Words after a four-digit number that make it a count, not a year: "2000 troops".
_COUNT_AFTER = re.compile(
    r"\s+(?:people|troops|soldiers|men|women|tons|tonnes|dollars|euros|members|officers|"
    r"civilians|refugees|workers|students|votes|km|kilometres|kilometers|miles|feet|metres)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DateEstimate:
    """An estimated publication date: a point, the range it could fall in, and a confidence.

    ``evidence`` names the kind of finding it rests on (see the module docstring).
    """

    date: str
    range_start: str
    range_end: str
    confidence: float
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class _Finding:
    start: dt.date
    end: dt.date
    confidence: float
    evidence: str


def _month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return 9 if name.startswith("sep") else [m[:3] for m in MONTHS].index(name[:3]) + 1


def _amount(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _years(sentence: str) -> list[tuple[int, int]]:
    """(year, offset) of the years the sentence names, counts such as "2000 troops" left out."""
    return [
        (int(m["year"]), m.start())
        for m in _YEAR_RE.finditer(sentence)
        if not _COUNT_AFTER.match(sentence, m.end())
    ]


def _period(year: int, month: int | None) -> tuple[dt.date, dt.date, Precision]:
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    first = dt.date(year, month, 1)
    return first, shift(first, 1, "month") - dt.timedelta(days=1), "month"


def _since_or_ago(sentence: str) -> Iterator[_Finding]:
    """ "N years since <year>", "<year>, N years ago", "Nth anniversary of ... <year>"."""
    years = _years(sentence)
    if len(years) != 1:
        return  # with two years named, which one the count starts from is a guess
    year, _ = years[0]
    named_month = _MONTH_YEAR.search(sentence)
    month = _month_number(named_month["month"]) if named_month else None
    counts: list[tuple[int, str]] = []
    for regex in (_SINCE, _AGO):
        for m in regex.finditer(sentence):
            amount = _amount(m["n"])
            if amount is not None:
                counts.append((amount * (10 if m["unit"].lower() == "decade" else 1), m["unit"]))
    for m in _ANNIVERSARY.finditer(sentence):
        counts.append((int(m["n"]), "year"))
    for amount, unit in counts:
        if unit.lower() == "month":
            if month is None:
                continue
            first = shift(dt.date(year, month, 1), amount, "month")
            yield _Finding(first, shift(first, 1, "month") - dt.timedelta(days=1), 0.5, "ago")
            continue
        start, end, _ = _period(year + amount, month)
        yield _Finding(start, end, 0.5 if month else 0.45, "since_or_ago")


def _relative_year(sentence: str) -> Iterator[_Finding]:
    """ "last year's election in 2022" -> 2023: one named year and one relative year."""
    years = _years(sentence)
    relative = _RELATIVE_YEAR.findall(sentence)
    if len(years) != 1 or len(set(w.lower() for w in relative)) != 1:
        return
    offset = {"this": 0, "last": 1, "next": -1}[relative[0].lower()]
    start, end, _ = _period(years[0][0] + offset, None)
    yield _Finding(start, end, 0.4, "relative_year")


def _recent_day(sentence: str) -> Iterator[_Finding]:
    """A full date in a sentence that speaks of the last few days: written soon after it."""
    if not _RECENT.search(sentence):
        return
    dates = list(_FULL_DATE.finditer(sentence))
    if len(dates) != 1:
        return
    m = dates[0]
    try:
        day = dt.date(int(m["year"]), _month_number(m["m1"] or m["m2"]), int(m["d1"] or m["d2"]))
    except ValueError:
        return
    yield _Finding(day, day + dt.timedelta(days=7), 0.6, "recent_day")


# "In a June 2009 meeting ... That meeting took place nearly two years ago": the sentence
# right before must name the date that "ago" counts from, to a month at least; a bare year
# further back ("the 1953 coup") is what the text is about, not when it was written.
BACK_SENTENCES = 1


def _ago_back(sentence: str, before: list[str]) -> Iterator[_Finding]:
    """ "That meeting took place two years ago", after a sentence that dated the meeting:
    the writing time is that date plus the count (the last date the sentences name)."""
    if _years(sentence) or not before:
        return
    match = _AGO.search(sentence)
    amount = _amount(match["n"]) if match else None
    if match is None or amount is None:
        return
    context = " ".join(before)
    years = _years(context)
    if not years:
        return
    year, offset = years[-1]
    named = [m for m in _MONTH_YEAR.finditer(context) if m.start() <= offset < m.end()]
    if not named:
        return
    month = _month_number(named[-1]["month"])
    unit = match["unit"].lower()
    if unit == "month":
        first = shift(dt.date(year, month, 1), amount, "month")
        yield _Finding(first, shift(first, 1, "month") - dt.timedelta(days=1), 0.4, "ago")
        return
    start, end, _ = _period(year + amount * (10 if unit == "decade" else 1), month)
    yield _Finding(start, end, 0.4, "ago")


FINDERS: tuple[tuple[str, Callable[[str], Iterator[_Finding]]], ...] = (
    ("since_or_ago", _since_or_ago),
    ("relative_year", _relative_year),
    ("recent_day", _recent_day),
)
MAX_CONFIDENCE = 0.8


def estimate_document_date(text: str, today: dt.date | None = None) -> DateEstimate | None:
    """Estimate when an undated article was written, or ``None`` without evidence.

    Sentences are read one by one (copyright lines skipped); every finder in ``FINDERS``
    may report a period the writing time falls in. The surest finding wins (the latest on
    a tie); each other finding whose period overlaps it adds 0.1 confidence, up to 0.8.
    Periods ending after ``today`` (default: the real today) are impossible and dropped.
    """
    latest = today or dt.date.today()
    findings: list[_Finding] = []
    before: list[str] = []
    for line in text.splitlines():
        if _FOOTER.search(line):
            continue
        for sentence in _SENTENCE.findall(line):
            for _name, finder in FINDERS:
                findings.extend(f for f in finder(sentence) if f.start <= latest)
            findings.extend(f for f in _ago_back(sentence, before) if f.start <= latest)
            before = [*before, sentence][-BACK_SENTENCES:]
    if not findings:
        return None
    best = max(findings, key=lambda f: (f.confidence, f.start))
    agreeing = sum(
        1 for f in findings if f is not best and f.start <= best.end and best.start <= f.end
    )
    confidence = min(best.confidence + 0.1 * agreeing, MAX_CONFIDENCE)
    return DateEstimate(
        date=best.start.isoformat(),
        range_start=best.start.isoformat(),
        range_end=min(best.end, latest).isoformat(),
        confidence=round(confidence, 2),
        evidence=best.evidence,
    )
