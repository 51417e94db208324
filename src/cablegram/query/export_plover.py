"""Events read once for an export, under the events floor, and as PLOVER-style objects.

:func:`floor_events` yields the stored events at least ``min_confidence`` sure (0 to 1) and
counts the rest in a :class:`LeftOut`, so one pass both writes and counts; :func:`plover_events`
turns events into the PLOVER-style objects of ``cablegram export --format plover`` (fields
``id``, ``date``, ``event``, ``mode``, ``source``/``target`` as lists of actor objects,
``citations`` with each backing article's title, date, URL and sentence).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from cablegram.query.common import DocumentInfo
from cablegram.query.dates import shown
from cablegram.records import Actor, Event
from cablegram.store import Store


@dataclass
class LeftOut:
    """How many events an export left out under its ``min_confidence``, counted while the
    export reads them (one pass over the events both writes and counts)."""

    events: int = 0


def floor_events(
    store: Store, min_confidence: float | None, left_out: LeftOut | None = None
) -> Iterator[Event]:
    """The stored events, those under ``min_confidence`` (0 to 1) left out and counted in
    ``left_out``."""
    for event in store.events():
        if min_confidence is None or event.confidence >= min_confidence:
            yield event
        elif left_out is not None:
            left_out.events += 1


def _plover_actor(actor: Actor | None) -> list[dict[str, Any]]:
    if actor is None:
        return []
    return [
        {
            "actorText": actor.text,
            "name": actor.name,
            "code": actor.country,
            "sector": actor.role,
            "kind": actor.kind,
            "title": actor.title,
        }
    ]


def plover_events(
    store: Store, min_confidence: float | None = None, left_out: LeftOut | None = None
) -> Iterator[dict[str, Any]]:
    """Events as PLOVER-style objects (the mapping is tabled in :mod:`cablegram.query.export`);
    those under ``min_confidence`` are counted in ``left_out``."""
    docs = DocumentInfo(store)
    for event in floor_events(store, min_confidence, left_out):
        cited = store.event_citations(event.event_id)
        pairs = [(c.doc_id, c.sentence) for c in cited] or [(event.doc_id, event.sentence)]
        citations = []
        for doc_id, sentence in pairs:
            doc = docs.get(doc_id)
            citations.append(
                {
                    "doc_id": doc_id,
                    "title": docs.title(doc_id),
                    "date": doc.date if doc else None,
                    "url": doc.url if doc else None,
                    "sentence": sentence,
                }
            )
        yield {
            "id": event.event_id,
            "date": shown(event.date, event.date_precision) or docs.date(event.doc_id),
            "event": event.event_type,
            "mode": event.mode,
            "context": None,
            "source": _plover_actor(event.source),
            "target": _plover_actor(event.target),
            "eventText": event.trigger,
            "text": event.sentence,
            "negated": event.negated,
            "modality": event.modality,
            "publication": docs.title(event.doc_id),
            "citations": citations,
        }
