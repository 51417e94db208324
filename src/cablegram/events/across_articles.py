"""One event, many sources: merging reports of the same event from several articles.

Two coded events are the same event only when nothing tells them apart: the same type, the
same source actor (the actor itself, by name and country, not merely its country), the same
target actor, the same negation and modality, day-precision dates at most three days apart,
and similar wording (the same trigger stem, or content words of their sentences overlapping by
a Jaccard index of at least 0.3). An undated event, or one dated only to a month or a year,
never merges: "Britain imposed sanctions" in 2022 and in 2025 are two events. Merged events
keep every (document, sentence, offsets) that reported them as citations, so a reader sees
which articles back each event. Within one document the looser test is
:mod:`cablegram.events.within_document`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cablegram.events.dates import parse_iso
from cablegram.events.merge_vetoes import vetoed
from cablegram.records import Actor, Event, stable_id

MAX_DAYS_APART = 3
MIN_JACCARD = 0.3
STOPWORDS = frozenset(
    {"a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for",
     "with", "from", "into", "about", "as", "is", "are", "was", "were", "be", "been", "being",
     "has", "have", "had", "do", "does", "did", "will", "would", "could", "should", "may",
     "might", "can", "not", "no", "nor", "it", "its", "this", "that", "these", "those", "there",
     "their", "they", "them", "he", "she", "his", "her", "we", "our", "you", "your", "i", "me",
     "my", "mr", "mrs", "ms", "said", "says", "say", "told", "according", "also", "who",
     "which", "what", "when", "where", "while", "than", "then", "so", "such", "very", "more",
     "most", "some", "any", "all", "other", "over", "after", "before", "last", "week", "year",
     "month", "day", "today", "yesterday"}
)  # fmt: skip
_WORD = re.compile(r"[a-z][a-z'\-]+")
_SUFFIXES = ("ings", "ing", "ied", "ies", "ed", "es", "s")


@dataclass(frozen=True, slots=True)
class Citation:
    """One article and sentence that reports an event."""

    doc_id: str
    event_id: str
    sentence: str
    start: int
    end: int
    date: str | None = None


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """An event as reported by one or more articles; ``event`` is the first report."""

    merged_id: str
    event: Event
    citations: tuple[Citation, ...]
    date: str | None

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.doc_id for c in self.citations))


def _actor_key(actor: Actor | None) -> str:
    """The actor itself: its name and its country ("Liz Truss|GBR", not just "GBR")."""
    if actor is None:
        return ""
    return f"{actor.name.casefold()}|{(actor.country or '').upper()}"


EventKey = tuple[str, str, str, bool, str]


def event_key(event: Event) -> EventKey:
    """What two reports must share to be one event: type, source actor, target actor,
    negation and modality."""
    return (
        event.event_type,
        _actor_key(event.source),
        _actor_key(event.target),
        event.negated,
        event.modality,
    )


def stem(word: str) -> str:
    """A crude stem, enough to equate "sanctions"/"sanctioned"/"sanction" across articles."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> frozenset[str]:
    """Stemmed content words of a sentence, without stop words."""
    words = _WORD.findall(text.lower().replace("\u2019", "'"))
    return frozenset(stem(w) for w in words if w not in STOPWORDS and len(w) > 2)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def dates_compatible(a: str | None, b: str | None, max_days: int = MAX_DAYS_APART) -> bool:
    """Both known, and at most ``max_days`` apart (an unknown date is compatible with none)."""
    da, db = parse_iso(a), parse_iso(b)
    if da is None or db is None:
        return False
    return abs((da - db).days) <= max_days


def day_dated(event: Event) -> bool:
    """The event has a date the text gives to the day (an unknown precision counts as a day
    only for records written before precision was recorded, which have a date)."""
    return event.date is not None and event.date_precision in ("day", None)


def similar_wording(a: Event, b: Event, threshold: float = MIN_JACCARD) -> bool:
    """Shared trigger stem, or sentences whose content words overlap enough."""
    if stem(a.trigger.lower()) == stem(b.trigger.lower()):
        return True
    return jaccard(content_words(a.sentence), content_words(b.sentence)) >= threshold


def same_event(
    a: Event, b: Event, max_days: int = MAX_DAYS_APART, threshold: float = MIN_JACCARD
) -> bool:
    """Whether two reports describe one event (never two with no source: nothing says the
    doer is the same)."""
    return (
        event_key(a) == event_key(b)
        and not (a.source is None and b.source is None)  # no doer: nothing says the same
        and day_dated(a)
        and day_dated(b)
        and dates_compatible(a.date, b.date, max_days)
        and similar_wording(a, b, threshold)
        and vetoed(a, b) is None  # registered merge vetoes (merge_vetoes.py)
    )


def _citation(event: Event) -> Citation:
    return Citation(
        event.doc_id, event.event_id, event.sentence, event.start, event.end, event.date
    )


def merge_events(
    events: Sequence[Event], max_days: int = MAX_DAYS_APART, threshold: float = MIN_JACCARD
) -> list[MergedEvent]:
    """Group reports of the same event; every group cites each report once, in input order.

    A report joins the first group whose members it matches (any member: the link is
    single), so a chain of close reports stays one event. The group's date is the earliest
    known date of its reports.
    """
    groups: list[list[Event]] = []
    by_key: dict[EventKey, list[int]] = {}
    for event in events:
        placed = False
        for index in by_key.get(event_key(event), []):
            group = groups[index]
            if any(same_event(event, member, max_days, threshold) for member in group):
                if not any(
                    m.event_id == event.event_id and m.doc_id == event.doc_id for m in group
                ):
                    group.append(event)
                placed = True
                break
        if not placed:
            by_key.setdefault(event_key(event), []).append(len(groups))
            groups.append([event])
    merged: list[MergedEvent] = []
    for group in groups:
        first = group[0]
        known = sorted(e.date for e in group if e.date)
        merged.append(
            MergedEvent(
                merged_id=stable_id("merged", *event_key(first), first.event_id),
                event=first,
                citations=tuple(_citation(e) for e in group),
                date=known[0] if known else None,
            )
        )
    return merged
