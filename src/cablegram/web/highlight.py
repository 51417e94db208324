"""A document's text as HTML with its statements and events marked.

Every piece of article text is escaped here, segment by segment between offsets; the
result is :class:`markupsafe.Markup` only because each piece inside it was escaped, so
templates never need ``|safe`` on article text.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from cablegram.records import Actor, Event, Statement


@dataclass(frozen=True, slots=True)
class EventMark:
    """An event's trigger span in this document (a deduplicated event has one per article)."""

    event: Event
    start: int
    end: int


def actor_label(actor: Actor | None) -> str:
    """How a page names an actor: its canonical name and, when known, its country."""
    if actor is None:
        return "unknown"
    return f"{actor.name} ({actor.country})" if actor.country else actor.name


def event_summary(event: Event) -> str:
    """One line for an event's tooltip: type, mode, source → target, polarity, modality."""
    kind = f"{event.event_type} ({event.mode})" if event.mode else event.event_type
    parts = [kind, f"{actor_label(event.source)} → {actor_label(event.target)}"]
    if event.negated:
        parts.append("negated")
    if event.modality != "asserted":
        parts.append(event.modality)
    if event.date:
        parts.append(event.date)
    return " · ".join(parts)


def _clip(start: int, end: int, length: int) -> tuple[int, int] | None:
    start, end = max(0, start), min(length, end)
    return (start, end) if start < end else None


def highlight(
    text: str,
    statements: Sequence[Statement],
    events: Sequence[EventMark],
    actor_url: Callable[[str], str],
) -> Markup:
    """``text`` as HTML: each statement in a ``<mark>`` linked to its speaker's page, each
    event trigger in a ``<u class="event">`` whose title describes the event.

    Spans may overlap. The text is cut at every span boundary; consecutive pieces covered
    by the same statements share one ``<mark>``, and events sit inside it, split where they
    cross a statement's edge, so the HTML always nests. Spans outside the text are clipped.
    """
    stmt_spans = [
        (span, s) for s in statements if (span := _clip(s.start, s.end, len(text))) is not None
    ]
    event_spans = [
        (span, m) for m in events if (span := _clip(m.start, m.end, len(text))) is not None
    ]
    cuts = {0, len(text)}
    for (start, end), _ in [*stmt_spans, *event_spans]:
        cuts.update((start, end))
    bounds = sorted(cuts)

    out: list[Markup] = []
    open_group: tuple[str, ...] = ()
    closing = Markup("")
    for start, end in itertools.pairwise(bounds):
        covering = tuple(s for (a, b), s in stmt_spans if a <= start and end <= b)
        group = tuple(s.statement_id for s in covering)
        if group != open_group:
            if open_group:
                out.append(closing)
            if covering:
                opening, closing = _open_statement(covering, actor_url)
                out.append(opening)
            open_group = group
        piece = escape(text[start:end])
        marks = [m for (a, b), m in event_spans if a <= start and end <= b]
        if marks:
            title = "; ".join(event_summary(m.event) for m in marks)
            ids = " ".join(m.event.event_id for m in marks)
            out.append(
                Markup('<u class="event" title="{}" data-events="{}">{}</u>').format(
                    title, ids, piece
                )
            )
        else:
            out.append(piece)
    if open_group:
        out.append(closing)
    return Markup("").join(out)


def _open_statement(
    covering: Sequence[Statement], actor_url: Callable[[str], str]
) -> tuple[Markup, Markup]:
    """The opening and closing tags of one run of text covered by the same statements."""
    # The innermost (shortest) statement names the speaker the link goes to.
    inner = min(covering, key=lambda s: s.end - s.start)
    ids = " ".join(s.statement_id for s in covering)
    speaker = inner.speaker
    title = f"{inner.kind} statement by {actor_label(speaker)}"
    if inner.cue:
        title += f" ({inner.cue})"
    mark = Markup('<mark class="statement {}" data-statements="{}" title="{}">').format(
        inner.kind, ids, title
    )
    if speaker is None:
        return mark, Markup("</mark>")
    link = Markup('<a href="{}">').format(actor_url(speaker.name))
    return mark + link, Markup("</a></mark>")
