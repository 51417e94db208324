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

from cablegram.events.own_time import OWN_CLAUSE_RULES, expression_owner, foreign_time
from cablegram.events.tense import looks_forward
from cablegram.events.time_words import (
    NEIGHBOUR,
    RELATIVE,
    SEASON,
    neighbour,
    relative,
    season,
    truncate,
    week_of,
)
from cablegram.records import Document

Precision = Literal["day", "month", "year"]
Prefer = Literal["past", "future"]

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DEICTIC = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_QUALIFIER = re.compile(
    r"^(?:nearly|almost|about|around|some|roughly|approximately|more than|over|less than|"
    r"at least|just|only|barely|fully|exactly|precisely|the|on|in|since|by|until|till|from|"
    r"during|of|as of|as early as|as late as|earlier|late|early|end of|beginning of|start of|"
    r"middle of|mid)(?:\s+|-(?=\w))"
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


_WEEKDAY_EXPR = re.compile(
    r"^(?:(?P<which>last|this|next|coming|past|previous)\s+)?(?P<day>"
    + "|".join(WEEKDAYS)
    + r")(?:\s+(?:morning|afternoon|evening|night))?$"
)
_MONTH_EXPR = re.compile(
    r"^(?:(?P<which>last|this|next|coming|past|previous)\s+)?(?P<month>"
    + "|".join(MONTHS)
    + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$"
)
# "over the last year", "in the past two weeks", "the last few months": a span that ends now,
# no one time (without "the", "last year" is the calendar year before the base's).
_SPAN_TO_NOW = re.compile(
    r"^\W*(?:(?:over|in|during|throughout|within|for)\s+)?the\s+(?:last|past)\s+"
    r"(?:[\w-]+\s+){0,2}(?:day|week|weekend|month|year|decade)s?\W*$",
    re.I,
)
# "a deal by June", "until Friday": a deadline lies ahead of the words that set it.
_DEADLINE = re.compile(r"^\W*(?:by|until|till|no later than)\s", re.I)
_BACKWARD = ("last", "past", "previous")
_FORWARD = ("next", "coming")


def _weekday_date(base: dt.date, weekday: int, which: str | None, prefer: Prefer) -> dt.date:
    """The weekday nearest ``base`` in the direction the words and the tense give.

    A bare weekday that is the base's own weekday is the base day itself: "Germany on
    Friday recalled its ambassador" in a Friday paper happened that day.
    """
    ahead = (weekday - base.weekday()) % 7  # days to the next such weekday, 0 for today
    if which in _BACKWARD:
        return base - dt.timedelta(days=(7 - ahead) if ahead else 7)
    if which in _FORWARD:
        return base + dt.timedelta(days=ahead or 7)
    if ahead == 0:
        return base
    if prefer == "future":
        return base + dt.timedelta(days=ahead)
    return base - dt.timedelta(days=7 - ahead)


def _month_date(base: dt.date, month: int, which: str | None, prefer: Prefer) -> dt.date:
    """A month named without a year, in the year the words and the tense give."""
    if which == "this":
        year = base.year
    elif which in _BACKWARD:
        year = base.year if month < base.month else base.year - 1
    elif which in _FORWARD:
        year = base.year if month > base.month else base.year + 1
    elif prefer == "future":
        year = base.year if month >= base.month else base.year + 1
    else:
        year = base.year if month <= base.month else base.year - 1
    return dt.date(year, month, 1)


def resolve_expression(
    text: str,
    base: dt.date | None,
    prefer: Prefer = "past",
    anchor: dt.date | ResolvedDate | None = None,
) -> ResolvedDate | None:
    """Resolve one time expression against ``base`` (the document date) or ``anchor`` (the
    last date the text named, for "five years later"; a bare date is a day, a resolved one
    keeps its precision: "ten days" after a month gives no day). ``None`` for durations
    ("six months"), vague spans ("the past few days") and relative expressions with
    nothing to anchor them.

    ``prefer`` is the direction the tense gives ("will impose sanctions on Friday" looks
    forward); a deadline ("by June", "until Friday") always looks forward. A weekday that is
    the base's own weekday is the base day in either direction.
    """
    if _SPAN_TO_NOW.match(text):
        return None
    if _DEADLINE.match(text):
        prefer = "future"
    counted_from: dt.date | None = anchor.date if isinstance(anchor, ResolvedDate) else anchor
    anchor_precision: Precision = anchor.precision if isinstance(anchor, ResolvedDate) else "day"
    norm = _normalise(text)
    if not norm:
        return None
    rel = RELATIVE.match(norm)
    if rel:
        counted = relative(rel, base, counted_from, anchor_precision)
        return ResolvedDate(counted[0], counted[1], False) if counted else None
    seasonal = SEASON.match(norm)
    if seasonal:
        year = season(seasonal, base, prefer == "future")
        return ResolvedDate(year, "year", bool(seasonal["year"])) if year else None
    near = NEIGHBOUR.match(norm)
    if near:
        counted = neighbour(near, base, counted_from, anchor_precision)
        return ResolvedDate(counted[0], counted[1], False) if counted else None
    if re.fullmatch(r"(?:1[89]|20)\d{2}", norm):
        return ResolvedDate(dt.date(int(norm), 1, 1), "year", True)
    named = _WEEKDAY_EXPR.match(norm)
    if named and base is not None:
        day = _weekday_date(base, WEEKDAYS.index(named["day"]), named["which"], prefer)
        return ResolvedDate(day, "day", False)
    named = _MONTH_EXPR.match(norm)
    if named and base is not None:
        month = _month_number(named["month"])
        return ResolvedDate(_month_date(base, month, named["which"], prefer), "month", False)
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
    if words & {"week", "weekend"} and precision == "day" and not words & set(WEEKDAYS):
        week = week_of(parsed.date(), "weekend" in words)  # "last week" names no day
        return ResolvedDate(week[0], week[1], absolute) if week else None
    return ResolvedDate(truncate(parsed.date(), precision), precision, absolute)


def _month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return MONTH_ABBR[name[:4] if name.startswith("sept") else name[:3]]


def parse_iso(value: str | None) -> dt.date | None:
    """An ISO date (or datetime) string as a date; ``None`` when absent or unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def weekday_time(ent: Span) -> bool:
    """Rule ``weekday-time``: a TIME entity that names a weekday is a day. US copy dates acts
    by the part of a day ("late Monday night", "early Thursday morning", "on Wednesday
    evening"), which spaCy labels TIME, not DATE; left out, the act took the saying's day
    ("..., officials said on Wednesday") or none. Times without a weekday ("at 8 a.m.",
    "tonight", "hours later") stay out."""
    return ent.label_ == "TIME" and any(t.lower_ in WEEKDAYS for t in ent)


def time_expressions(sentence: Span) -> list[Span]:
    """The sentence's time expressions: spaCy DATE entities and TIME entities that name a
    weekday (:func:`weekday_time`), in text order."""
    # Span.ents walks the whole document on every call; index the dates once per document.
    doc = sentence.doc
    cached = doc.user_data.get("cablegram_date_entities")
    if not isinstance(cached, tuple):
        found_dates = [ent for ent in doc.ents if ent.label_ == "DATE" or weekday_time(ent)]
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


def attached(expr: Span, trigger: Token) -> bool:
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
    return sorted(exprs, key=lambda e: (not attached(e, trigger), abs(e.root.i - trigger.i)))


# Words before a time that make it the start of a span, never the time of an act.
SINCE_WORDS = frozenset({"since"})
# Words that make an expression a point in time, not a span ("for six months"): when such an
# expression on the trigger's own clause cannot be resolved ("last winter", "a year
# earlier" with no date before it), no other time of the sentence (the saying's "on
# Monday") dates the act.
_POINT = re.compile(
    r"\b(?:ago|last|past|previous|preceding|following|next|earlier|later|before|after|early|late|mid|"
    + "|".join(("spring", "summer", "autumn", "fall", "winter", *MONTHS, *WEEKDAYS))
    + r")\b|\b(?:1[89]|20)\d{2}\b",
    re.I,
)


def _with_deadline(expr: Span) -> str:
    """The expression's text, with the "by"/"until" or "the" that stands before it (spaCy
    leaves them out of the DATE entity: "by June", "over the last year")."""
    before = expr.doc[expr.start - 1] if expr.start > 0 else None
    if before is not None and before.lower_ in ("by", "until", "till", "the"):
        return f"{before.text} {expr.text}"
    return expr.text


def event_date(
    trigger: Token,
    sentence: Span,
    document_date: str | None,
    prefer: Prefer = "past",
    anchor: dt.date | ResolvedDate | None = None,
) -> ResolvedDate | None:
    """The date of the event whose trigger is given, from its sentence; ``None`` if unanchored.

    ``document_date`` is the base for relative expressions (``None`` when the document's
    date is too rough for them, see :func:`relative_base`). A trigger in the future tense
    resolves forward whatever ``prefer`` says.
    """
    base = parse_iso(document_date)
    own_taken = False  # the act's own clause had a time, and it was another event's
    for expr in order_expressions(time_expressions(sentence), trigger):
        before = expr.doc[expr.start - 1] if expr.start > 0 else None
        if before is not None and before.lower_ in SINCE_WORDS:
            # "the first time since November 2021 that the coast guard used water cannon":
            # where a span begins, not when the act happened.
            continue
        # The tense of the clause the expression hangs on decides its direction: in
        # "'We will not retreat,' Putin said on Tuesday" the Tuesday is the saying's.
        owner = expression_owner(expr.root)
        on_trigger = owner.i == trigger.i or (trigger.pos_ != "VERB" and owner.i == trigger.head.i)
        if not on_trigger and owner.i != expr.root.i and owner not in trigger.ancestors:
            # "refused to cancel the powers it granted itself last month": a time in a
            # clause under the trigger (a relative clause, a complement) dates something else.
            continue
        if own_taken and not on_trigger:
            continue
        foreign = foreign_time(expr, trigger, owner, on_trigger, prefer == "future")
        if foreign:
            # "condemned Tuesday's launch": the time of another event. "arrested two men in
            # connection with the bombing on Tuesday, police said on Thursday": the act's
            # clause gave a time, the bombing's, so the saying's day does not stand in.
            own_taken = own_taken or (on_trigger and foreign in OWN_CLAUSE_RULES)
            continue
        owner = trigger if on_trigger else owner
        forward = looks_forward(owner) or (on_trigger and prefer == "future")
        direction: Prefer = "future" if forward else "past"
        local = _anchor_before(expr, sentence, base, anchor)
        resolved = resolve_expression(_with_deadline(expr), base, direction, local)
        if resolved is not None:
            return resolved
        if on_trigger and _POINT.search(expr.text):
            return None  # the act's own time, unreadable: no other time stands in for it
    return None


def _anchor_before(
    expr: Span, sentence: Span, base: dt.date | None, anchor: dt.date | ResolvedDate | None
) -> dt.date | ResolvedDate | None:
    """The last date named before ``expr`` in its sentence, with its precision, else
    ``anchor``: "in May 2012 ... the following month" counts from May 2012 (a month)."""
    for earlier in time_expressions(sentence):
        if earlier.start >= expr.start:
            break
        resolved = resolve_expression(earlier.text, base, "past", anchor)
        if resolved is not None:
            anchor = resolved
    return anchor


# An estimated document date is a base for relative expressions only when this sure.
MAX_BASE_RANGE_DAYS = 14


def relative_base(document: Document) -> str | None:
    """The document's date as a base for "on Friday" or "last week", or ``None``.

    An estimate from the text whose range is wider than two weeks is no base for them.
    """
    if document.date_source == "text" and document.date_range:
        start, end = (parse_iso(v) for v in document.date_range)
        if start is None or end is None or (end - start).days > MAX_BASE_RANGE_DAYS:
            return None
    return document.date
