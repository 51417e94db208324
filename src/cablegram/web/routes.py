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
from cablegram.query.dates import DateError, check_bound
from cablegram.query.events import EventList, find_events
from cablegram.query.quotes import find_quotes
from cablegram.records import PLOVER_TYPES
from cablegram.store import Store
from cablegram.web import queries

EVENTS_LIMIT: Final = 200
# How many quotes a search page or /api/quotes shows at most.
QUOTES_LIMIT: Final = 200
ACTORS_PER_PAGE: Final = 100
CSV_LIMIT: Final = 100_000

Text = Annotated[str | None, Query(max_length=500)]
DateText = Annotated[str | None, Query(max_length=10)]

router = APIRouter()


def _store(request: Request) -> Iterator[Store]:
    """The app's pooled read-only connection (see :class:`cablegram.web.app.ReadPool`)."""
    from cablegram.web.app import _store as borrow

    yield from borrow(request)


def _blank(value: str | None) -> str | None:
    value = value.strip() if value is not None else None
    return value or None


def date_bound(value: str | None, field: str) -> str | None:
    """A date filter as typed, or None when empty; a 422 naming ``field`` when malformed."""
    value = _blank(value)
    if value is None:
        return None
    try:
        return check_bound(value)
    except DateError:
        raise HTTPException(
            422, f"Bad request: {field} must be a date as YYYY, YYYY-MM or YYYY-MM-DD."
        ) from None


def plover_type(value: str | None) -> str | None:
    value = _blank(value)
    if value is None:
        return None
    if value.upper() not in PLOVER_TYPES:
        raise HTTPException(422, "Bad request: type must be one of the PLOVER event types.")
    return value.upper()


StoreDep = Annotated[Store, Depends(_store)]


def _events(
    store: Store,
    actor: str | None,
    type: str | None,
    since: str | None,
    until: str | None,
    q: str | None,
    limit: int,
) -> EventList:
    """The events page's and its CSV's one query: the form's fields, checked, as filters."""
    return find_events(
        store,
        actor=_blank(actor),
        event_type=plover_type(type),
        since=date_bound(since, "since"),
        until=date_bound(until, "until"),
        search=_blank(q),
        limit=limit,
    )


# -- pages -------------------------------------------------------------------------------


@router.get("/events", response_class=HTMLResponse)
def events_page(
    store: StoreDep,
    actor: Text = None,
    type: Text = None,
    since: DateText = None,
    until: DateText = None,
    q: Text = None,
) -> HTMLResponse:
    """Coded events, filtered by actor, PLOVER type, date range and words, in date order."""
    from cablegram.web.app import render

    found = _events(store, actor, type, since, until, q, EVENTS_LIMIT)
    form = {
        "actor": _blank(actor) or "",
        "type": plover_type(type) or "",
        "since": _blank(since) or "",
        "until": _blank(until) or "",
        "q": _blank(q) or "",
    }
    return render("events.html", events=found, form=form, types=PLOVER_TYPES)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(
    store: StoreDep, q: Text = None, page: Annotated[int, Query(ge=1, le=1_000_000)] = 1
) -> HTMLResponse:
    """Every canonical actor, busiest first, a page at a time, with a name filter."""
    from cablegram.web.app import render

    index = actor_index(store, _blank(q), (page - 1) * ACTORS_PER_PAGE, ACTORS_PER_PAGE)
    pages_total = max(1, -(-index.total // ACTORS_PER_PAGE))
    if page > pages_total:
        raise HTTPException(404, f"There is no such page: the actors fill {pages_total}.")
    return render("actors.html", index=index, q=_blank(q) or "", page=page, pages_total=pages_total)


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
def csv_quotes(
    store: StoreDep,
    q: Text = None,
    speaker: Text = None,
    country: Text = None,
    since: DateText = None,
    until: DateText = None,
) -> Response:
    found = find_quotes(
        store,
        speaker=_blank(speaker),
        country=_blank(country),
        search=_blank(q),
        limit=CSV_LIMIT,
        since=date_bound(since, "since"),
        until=date_bound(until, "until"),
    )
    return csv_response((item.to_json() for item in found), "quotes")


@router.get("/csv/events")
def csv_events(
    store: StoreDep,
    actor: Text = None,
    type: Text = None,
    since: DateText = None,
    until: DateText = None,
    q: Text = None,
) -> Response:
    found = _events(store, actor, type, since, until, q, CSV_LIMIT)
    return csv_response((item.to_json() for item in found), "events")


@router.get("/csv/actors")
def csv_actors(store: StoreDep, q: Text = None) -> Response:
    index = actor_index(store, _blank(q))
    return csv_response((r.to_json() for r in index.rows), "actors")


@router.get("/csv/timeline")
def csv_timeline(
    store: StoreDep,
    actor: Annotated[str, Query(min_length=1, max_length=500)],
    since: DateText = None,
    until: DateText = None,
) -> Response:
    timeline = queries.timeline(
        store, actor, since=date_bound(since, "since"), until=date_bound(until, "until")
    )
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
    actor: Text = None,
    type: Text = None,
    since: DateText = None,
    until: DateText = None,
    min_count: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
) -> Response:
    view = queries.network(
        store,
        _blank(actor),
        since=date_bound(since, "since"),
        until=date_bound(until, "until"),
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
