"""One event, many sources: merging reports of the same event from several articles.

Two coded events are the same event only when nothing tells them apart: the same type, the
same source actor (the actor itself, by name and country, not merely its country), the same
target actor, the same negation and modality, day-precision dates at most three days apart,
and similar wording (the same trigger stem, or content words of their sentences overlapping by
a Jaccard index of at least 0.3). An undated event, or one dated only to a month or a year,
never merges: "Britain imposed sanctions" in 2022 and in 2025 are two events. Merged events
keep every (document, sentence, offsets) that reported them as citations, so a reader sees
which articles back each event.

Within one document the test is looser (:func:`one_per_act`): an article that tells an act in
its lede and again in a quote or a later paragraph tells one act, even when one telling names
no target or no date, or quotes it where the other asserts it. A telling marked as a further
act ("also", "later", "again", "too", "another", "a second": rule ``another-act``), one by a
co-national who is not the state's own arm ("Iranian fishermen", "American senators"), by
another force of the state (its army and its navy), or by a speaker not known to be the
doer's, stays a separate event. A later telling in other words that names no one new and
no other time is the one earlier act it can restate (rule ``retold-act``,
:mod:`cablegram.events.retold`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from cablegram.events.dates import parse_iso
from cablegram.events.restated import coordinated, fuller, own_objects, result_clause, same_actor
from cablegram.events.retold import retold_of
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
# Roles of a state's own arms (CAMEO sectors): government, military, police, intelligence.
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})


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


def _stem(word: str) -> str:
    """A crude stem, enough to equate "sanctions"/"sanctioned"/"sanction" across articles."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> frozenset[str]:
    """Stemmed content words of a sentence, without stop words."""
    words = _WORD.findall(text.lower().replace("\u2019", "'"))
    return frozenset(_stem(w) for w in words if w not in STOPWORDS and len(w) > 2)


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
    if _stem(a.trigger.lower()) == _stem(b.trigger.lower()):
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


# Modalities of one act told in the article's own voice and in someone's words.
_TOLD = frozenset({"asserted", "reported"})
_PRECISION_LEN = {"day": 10, "month": 7, "year": 4}


def _told_as(modality: str) -> str:
    return "told" if modality in _TOLD else modality


def _within(date: str, precision: str | None, other: str) -> bool:
    """``other`` (a day) falls inside ``date`` read at its precision ("2023-03" holds
    "2023-03-07")."""
    size = _PRECISION_LEN.get(precision or "day", 10)
    return date[:size] == other[:size]


def dates_agree(a: Event, b: Event) -> bool:
    """Two tellings of one act in one article: either undated, the same date, or the coarser
    date holds the finer ("in March" and "on March 7")."""
    if a.date is None or b.date is None or a.date == b.date:
        return True
    return _within(a.date, a.date_precision, b.date) or _within(b.date, b.date_precision, a.date)


def _same_act(kept: Event, event: Event) -> bool:
    """Same type, source actor, negation and way of telling (asserted and reported count as
    one), compatible targets (the same, or one not named where just one telling is in a
    statement) and agreeing dates."""
    if (kept.event_type, kept.negated, _told_as(kept.modality)) != (
        event.event_type,
        event.negated,
        _told_as(event.modality),
    ):
        return False
    if kept.source is None and event.source is None:
        return False  # two acts by no known doer ("Gunmen killed ..."): nothing makes them one
    if kept.sentence != event.sentence and another_act(event):
        return False  # "Ukrainian partisans also attacked a freight train": a second act
    if own_objects(kept, event):
        return False  # "raided the town and arrested his brother": two acts, two objects
    if not same_actor(kept.source, event.source):
        # told again by another of the same side: only in someone's words or with fewer
        # arguments ("All now have been sanctioned by the Treasury"); the writer's two
        # tellings naming the same target may be a state's and its minister's two acts
        retold = event.statement_id is not None or event.target is None
        if not (
            (retold and same_side(kept.source, event.source) and _same_trigger(kept, event))
            or spokesman_retelling(kept, event)
        ):
            return False
        if event.date is not None and event.date != kept.date:
            return False  # "Indonesia seized a vessel in May": the state's other act
    if not same_actor(kept.target, event.target):
        # One telling may leave the target out only where the other is someone's words
        # ("Yoon apologized" ... "I apologize to the citizens," he said); two tellings in
        # the writer's voice, one with a target and one without, may be two acts. A later
        # telling in someone's words that names no target adds nothing (rule
        # ``bare-retelling``: "the navy opened fire at a Chinese boat, the ministry said" ...
        # "when the navy shot at it", the ministry said).
        if kept.target is not None and event.target is not None:
            return False
        bare_retelling = event.target is None and event.statement_id is not None
        if (kept.statement_id is None) == (event.statement_id is None) and not bare_retelling:
            return False
    return dates_agree(kept, event)


# Words that tell a further act of the same kind, not the same act again: "also attacked",
# "later seized", "again fired", "fired too", "another strike", "a second boat".
ANOTHER_ACT = re.compile(
    r"\b(?:also|later|again|too|another|second|third|separately|likewise|as well)\b",
    re.IGNORECASE,
)
# Words of a quote that answer the first act: "we fired back", "in response", "retaliated".
ANSWERING = re.compile(r"\b(?:back|in response|respond\w*|retaliat\w*|in return)\b", re.I)


def another_act(event: Event) -> bool:
    """Rule ``another-act``: the telling's sentence marks its act as a further one."""
    return ANOTHER_ACT.search(event.sentence) is not None


def _force_word(actor: Actor) -> str:
    """The last word of a force's name ("navy" of "Indonesia's navy")."""
    words = actor.name.casefold().split()
    return words[-1] if words else ""


def same_side(a: Actor | None, b: Actor | None) -> bool:
    """Rule ``state-and-its-own``: one of two sources is a state and the other a person,
    body or group of that state ("South Korea warned ..." and "'We warn ...,' the South
    Korean official said"), or both are forces of one state and role ("the Indonesian navy"
    and "Indonesia's navy"): within one article, one act of the same type and trigger word
    told of both, the later in someone's words or with no target, is the state's act told
    twice."""
    if a is None or b is None:
        return False
    if a.country is None and b.country is None and a.code and a.code == b.code:
        # Rule ``body-and-its-official``: a body of no state ("the EU") and the person the
        # dictionary codes as that body's own ("Mogherini", IGOEUREEC): one side (trial 17)
        return {a.kind, b.kind} == {"organization", "person"}
    if a.country is None or a.country != b.country:
        return False
    if a.kind == b.kind == "group":
        # "the Indonesian navy" and "Indonesia's navy": one force, named twice; the army and
        # the navy of one state, or two groups of its people, are two
        return a.role is not None and a.role == b.role and _force_word(a) == _force_word(b)
    if b.kind == "group" and a.kind == "state":
        # the state and a force of its own ("the navy"), not a group of its people
        # ("Iranian fishermen", "Ukrainian partisans", "American senators")
        return b.role is not None and b.role in STATE_ROLES
    if a.kind == "group" and b.kind == "state":
        return a.role is not None and a.role in STATE_ROLES
    return (a.kind == "state") != (b.kind == "state")


def spokesman_retelling(kept: Event, event: Event) -> bool:
    """Rule ``spokesman-retelling``: a later telling in someone's own words, by a speaker
    the lookup placed in no state but whose own description names the first doer ("'We
    tested a missile two weeks ago,' a Hezbollah commander said"), of an act of the same
    trigger on the same day as the first telling: one act. A speaker with no state is not
    thereby on the doer's side ("'We fired back,' said Lt. Col. X" after "Hezbollah fired"),
    and a quote that answers an act ("back", "in response", "retaliated") tells another."""
    speaker = event.source
    return (
        event.statement_id is not None
        and speaker is not None
        and speaker.country is None
        and speaker.kind == "person"
        and kept.source is not None
        and _names_doer(speaker, kept.source)
        and ANSWERING.search(event.sentence) is None
        and kept.date is not None
        and kept.date == event.date
        and kept.date_precision == event.date_precision == "day"
        and _same_trigger(kept, event)
    )


def _names_doer(speaker: Actor, doer: Actor) -> bool:
    """The speaker's mention or title names the doer ("a Hezbollah commander")."""
    name = doer.name.casefold()
    told = f"{speaker.text} {speaker.title or ''}".casefold()
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", told) is not None


def _same_trigger(a: Event, b: Event) -> bool:
    """The two tellings use one word for the act ("warned" ... "we warn")."""
    return _stem(a.trigger.lower()) == _stem(b.trigger.lower())


def one_per_act(events: Sequence[Event], parsed: Doc | None = None) -> list[Event]:
    """One event per act within a document, the first telling kept (its sentence, statement
    and arguments).

    "began its offensive carrying out airstrikes" is one ASSAULT, and a lede retold in a quote
    ("X summoned the ambassador on Monday" ... "We summoned him," she said) is one act: the
    same type, source actor, negation and telling (asserted or reported), targets that agree
    (the same, or one unnamed where only one of the two is told in a statement) and dates
    that agree (the same, one undated, or one inside the other) are one act. Different
    targets, dates, negation or a plan against a deed stay apart. ``parsed`` (the parsed
    document the events' character offsets point into) lets rule ``retold-act`` read the
    later telling's own clause and undergoer; without it that rule reads the sentence text.
    """
    kept: list[Event] = []
    for event in events:
        for n, first in enumerate(kept):
            if result_clause(first, event) or coordinated(first, event) or _same_act(first, event):
                kept[n] = _completed(first, event)
                break
        else:
            retold = retold_of(kept, event, ANOTHER_ACT, same_side, parsed)  # ``retold-act``
            if retold is None:
                kept.append(event)
            else:
                kept[retold] = _completed(kept[retold], event)
    return kept


def _completed(first: Event, later: Event) -> Event:
    """The first telling, with what only the later one names: its target, and its date
    where the first has none or a coarser one holding it. A completed date then keeps
    later tellings of other days apart ("in November" ... "on November 3" ... "on November
    20" are two acts, not one)."""
    if first.target is None and later.target is not None:
        first = replace(first, target=later.target)
    # rule ``short-name``: "Wang" told after "Wang Yi" is kept as the fuller mention
    if same_actor(first.source, later.source):
        first = replace(first, source=fuller(first.source, later.source))
    if not result_clause(first, later):
        first = replace(first, target=fuller(first.target, later.target))
    finer = _PRECISION_LEN.get(later.date_precision or "day", 10) > _PRECISION_LEN.get(
        first.date_precision or "day", 10
    )
    if later.date is not None and (first.date is None or finer):
        first = replace(first, date=later.date, date_precision=later.date_precision)
    return first
