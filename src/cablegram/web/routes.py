"""The events page, the actors index and a CSV download for every table of the UI.

Each page reads a query of :mod:`cablegram.query` with the filters of its form; its
``Download CSV`` link asks ``/csv/<table>`` for the same rows with the same parameters.
Filters that do not parse (a date that is not YYYY, YYYY-MM or YYYY-MM-DD) are a 400 page
naming the field (422), never echoing what was typed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Annotated, Any, Final

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from cablegram.query.actors import actor_index
from cablegram.query.events import EventList, find_events
from cablegram.query.quotes import find_quotes
from cablegram.records import PLOVER_TYPES
from cablegram.store import Store
from cablegram.web import queries
from cablegram.web.filters import (
    EventFilter,
    EventFilterDep,
    PeriodDep,
    QuoteFilterDep,
    Text,
    blank,
    plover_type,
)

EVENTS_LIMIT: Final = 200
# How many quotes a search page or /api/quotes shows at most.
QUOTES_LIMIT: Final = 200
ACTORS_PER_PAGE: Final = 100
CSV_LIMIT: Final = 100_000

router = APIRouter()


def _store(request: Request) -> Iterator[Store]:
    """The app's pooled read-only connection (see :class:`cablegram.web.app.ReadPool`)."""
    from cablegram.web.app import _store as borrow

    yield from borrow(request)


StoreDep = Annotated[Store, Depends(_store)]


def _events(store: Store, found: EventFilter, limit: int) -> EventList:
    """The events page's and its CSV's one query: the form's fields, checked, as filters."""
    return find_events(
        store,
        actor=found.actor,
        event_type=found.type,
        since=found.period.since,
        until=found.period.until,
        search=found.q,
        limit=limit,
    )


# -- pages -------------------------------------------------------------------------------


@router.get("/events", response_class=HTMLResponse)
def events_page(store: StoreDep, wanted: EventFilterDep) -> HTMLResponse:
    """Coded events, filtered by actor, PLOVER type, date range and words, in date order."""
    from cablegram.web.app import render

    found = _events(store, wanted, EVENTS_LIMIT)
    return render("events.html", events=found, form=wanted.form(), types=PLOVER_TYPES)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(
    store: StoreDep, q: Text = None, page: Annotated[int, Query(ge=1, le=1_000_000)] = 1
) -> HTMLResponse:
    """Every canonical actor, busiest first, a page at a time, with a name filter."""
    from cablegram.web.app import render

    index = actor_index(store, blank(q), (page - 1) * ACTORS_PER_PAGE, ACTORS_PER_PAGE)
    pages_total = max(1, -(-index.total // ACTORS_PER_PAGE))
    if page > pages_total:
        raise HTTPException(404, f"There is no such page: the actors fill {pages_total}.")
    return render("actors.html", index=index, q=blank(q) or "", page=page, pages_total=pages_total)


@router.get("/actors/", include_in_schema=False)
def actors_slash() -> RedirectResponse:
    return RedirectResponse("/actors", status_code=308)


# -- CSV ---------------------------------------------------------------------------------


def flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """A nested JSON object as flat columns: ``speaker.name`` becomes ``speaker_name``;
    lists of objects keep their first item's fields joined with ``"; "``."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, f"{name}_"))
        elif isinstance(value, list | tuple):
            if value and isinstance(value[0], dict):
                for field in value[0]:
                    out[f"{name}_{field}"] = "; ".join(
                        "" if v.get(field) is None else str(v.get(field)) for v in value
                    )
            else:
                out[name] = "; ".join(str(v) for v in value)
        else:
            out[name] = value
    return out


def csv_response(rows: Iterable[dict[str, Any]], name: str) -> Response:
    """Rows as a CSV attachment: a header of every column seen, empty cells for null."""
    flat = [flatten(r) for r in rows]
    columns: dict[str, None] = {}
    for r in flat:
        columns.update(dict.fromkeys(r))
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for r in flat:
        writer.writerow(
            {k: ("true" if v is True else "false" if v is False else v) for k, v in r.items()}
        )
    return Response(
        text.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )


@router.get("/csv/documents")
def csv_documents(store: StoreDep) -> Response:
    docs = store.document_summaries()
    counts = store.counts_by_document([d.doc_id for d in docs])
    rows = []
    for d in docs:
        data = d.to_json()
        data.pop("removed", None)
        data["statements"] = counts[d.doc_id]["statements"]
        data["events"] = counts[d.doc_id]["events"]
        rows.append(data)
    return csv_response(rows, "documents")


@router.get("/csv/quotes")
def csv_quotes(store: StoreDep, wanted: QuoteFilterDep) -> Response:
    found = find_quotes(
        store,
        speaker=wanted.speaker,
        country=wanted.country,
        search=wanted.q,
        limit=CSV_LIMIT,
        since=wanted.period.since,
        until=wanted.period.until,
    )
    return csv_response((item.to_json() for item in found), "quotes")


@router.get("/csv/events")
def csv_events(store: StoreDep, wanted: EventFilterDep) -> Response:
    found = _events(store, wanted, CSV_LIMIT)
    return csv_response((item.to_json() for item in found), "events")


@router.get("/csv/actors")
def csv_actors(store: StoreDep, q: Text = None) -> Response:
    index = actor_index(store, blank(q))
    return csv_response((r.to_json() for r in index.rows), "actors")


@router.get("/csv/timeline")
def csv_timeline(
    store: StoreDep,
    actor: Annotated[str, Query(min_length=1, max_length=500)],
    dates: PeriodDep,
) -> Response:
    timeline = queries.timeline(store, actor, since=dates.since, until=dates.until)
    rows = []
    for e in timeline.entries:
        data = e.to_json()
        data.pop("statement", None)
        data.pop("event", None)
        rows.append(data)
    return csv_response(rows, "timeline")


@router.get("/csv/network")
def csv_network(
    store: StoreDep,
    dates: PeriodDep,
    actor: Text = None,
    type: Text = None,
    min_count: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
) -> Response:
    view = queries.network(
        store,
        blank(actor),
        since=dates.since,
        until=dates.until,
        event_type=plover_type(type),
        min_count=min_count,
    )
    rows = [d.to_json() | {"kind": "event"} for d in view.event_dyads]
    rows += [
        {
            "source": d.speaker.to_json(),
            "target": d.addressee.to_json(),
            "count": d.count,
            "kind": "statement",
        }
        for d in view.statement_dyads
    ]
    return csv_response(rows, "network")


@router.get("/csv/stance")
def csv_stance(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=500)]) -> Response:
    result = queries.stance(store, q).to_json()
    rows = [r | {"level": "country"} for r in result.get("countries", [])]
    rows += [r | {"level": "actor"} for r in result.get("actors", [])]
    return csv_response(rows, "stance")
