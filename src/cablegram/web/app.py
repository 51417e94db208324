"""The FastAPI app: server-rendered pages over a store, read-only, plus the same data as JSON.

Pages are rendered by Jinja2 with autoescaping on; article text is only ever escaped (see
:mod:`cablegram.web.highlight`).

Under load (200 requests at once) what counts is the work each request does, since the
endpoints are plain functions run on Starlette's thread pool and share one interpreter:
each request borrows a read-only connection from a pool (:class:`ReadPool`) rather than
opening one; listings read documents' metadata a page at a time, never their text, with
every count in a few grouped queries; JSON goes out as built, without FastAPI's response
validation; and the security headers are set by a plain ASGI middleware.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Final
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.exceptions import HTTPException
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cablegram import __version__
from cablegram.query.dates import shown as shown_date
from cablegram.records import PLOVER_TYPES, Document
from cablegram.store import SCHEMA_VERSION, Store
from cablegram.store.store import DocumentSummary
from cablegram.web import errors, queries, routes
from cablegram.web.cache import PageCache, StoreVersion
from cablegram.web.filters import PeriodDep, QuoteFilterDep, blank, plover_type
from cablegram.web.filters import Text as OptionalText
from cablegram.web.graph import layout
from cablegram.web.highlight import EventMark, highlight
from cablegram.web.json_api import api
from cablegram.web.readonly import open_readonly
from cablegram.web.settings import STORE_ENV
from cablegram.web.validation import ParameterCheck

STATIC_DIR: Final = Path(__file__).parent / "static"
DOCUMENTS_PER_PAGE: Final = 50
TIMELINE_LIMIT: Final = 500
# Defence in depth: even if some text escaped escaping, no inline script or style would run,
# and nothing is fetched from anywhere but this server.
_CSP: Final = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def actor_url(name: str) -> str:
    """The actor page of ``name`` (a canonical name or an ISO3 code)."""
    return "/actors/" + quote(name, safe="")


def document_url(doc_id: str, anchor: str = "") -> str:
    """A document's page, optionally at one statement or event."""
    return "/documents/" + quote(doc_id, safe="") + (f"#{quote(anchor, safe='')}" if anchor else "")


def page_url(path: str, **params: object) -> str:
    """``path`` with the query parameters that are set."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(kept) if kept else "")


@functools.cache
def _templates() -> Environment:
    env = Environment(
        loader=PackageLoader("cablegram.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        actor_url=actor_url,
        document_url=document_url,
        page_url=page_url,
        shown_date=shown_date,
        version=__version__,
    )
    return env


def render(template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render one template to an HTML response."""
    return HTMLResponse(_templates().get_template(template).render(**context), status_code)


# Rows a quotes page shows (the CSV download has them all; /api/quotes gives QUOTES_LIMIT).
QUOTES_PAGE_ROWS: Final = 50
# Idle connections kept open for the next requests: as many as requests run at once on
# Starlette's thread pool (40 threads), so that a burst opens none after the first.
POOL_IDLE: Final = 40


class ReadPool:
    """Read-only connections to one store, lent to one request at a time.

    Opening a connection (and checking its schema) on every request costs more than many
    of the requests themselves. A connection is never used by two requests at once, and
    reads in autocommit, so each query sees what the store holds then. A lent connection
    whose store changed schema since (upgraded under a running server) is reopened, so
    the check :func:`open_readonly` makes still holds.
    """

    def __init__(self, path: str, idle: int = POOL_IDLE) -> None:
        self._path = path
        self._max_idle = idle
        self._idle: list[Store] = []
        self._lock = threading.Lock()

    def acquire(self) -> Store:
        with self._lock:
            store = self._idle.pop() if self._idle else None
        if store is not None:
            if store.schema_version == SCHEMA_VERSION:
                return store
            store.close()
        return open_readonly(self._path)

    def release(self, store: Store) -> None:
        with self._lock:
            if len(self._idle) < self._max_idle:
                self._idle.append(store)
                return
        store.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for store in idle:
            store.close()


def _store(request: Request) -> Iterator[Store]:
    pool: ReadPool = request.app.state.pool
    store = pool.acquire()
    try:
        yield store
    finally:
        pool.release(store)


StoreDep = Annotated[Store, Depends(_store)]


def document_title(doc: Document | DocumentSummary) -> str:
    return doc.title or doc.source_path or doc.doc_id


pages = APIRouter()


# -- pages -------------------------------------------------------------------------------


@pages.get("/", response_class=HTMLResponse)
def home(store: StoreDep, page: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> HTMLResponse:
    """The documents stored, with counts, and a search box over quotes."""
    pages_total = max(1, -(-store.document_count() // DOCUMENTS_PER_PAGE))
    if page > pages_total:
        raise HTTPException(404, f"There is no such page: the documents fill {pages_total}.")
    shown = store.document_summaries((page - 1) * DOCUMENTS_PER_PAGE, DOCUMENTS_PER_PAGE)
    counts = store.counts_by_document([doc.doc_id for doc in shown])
    rows = [(doc, counts[doc.doc_id]) for doc in shown]
    return render(
        "home.html",
        counts=store.counts(),
        rows=rows,
        page=page,
        pages_total=pages_total,
        title_of=document_title,
    )


@pages.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(doc_id: str, store: StoreDep) -> Response:
    """One article's clean text with its statements highlighted and its events marked; the
    id a re-cleaned document had before redirects to its page."""
    doc = store.document(doc_id)
    if doc is None:
        current = store.resolve(doc_id)
        if current is not None:
            return RedirectResponse(document_url(current), status_code=301)
        raise HTTPException(404, "The store holds no document with this id.")
    statements = store.statements(doc_id=doc_id)
    events = store.events(doc_id=doc_id)
    # A deduplicated event carries the offsets of the article that first reported it; this
    # article's own trigger span is in its citation.
    marks = [
        EventMark(event, c.start, c.end)
        for event in events
        for c in store.event_citations(event.event_id)
        if c.doc_id == doc_id
    ]
    return render(
        "document.html",
        doc=doc,
        title=document_title(doc),
        text=highlight(doc.text, statements, marks, actor_url),
        statements=statements,
        events=events,
        actors=store.actors(doc_id),
        counts=store.counts(doc_id),
    )


@pages.get("/actors/{name:path}", response_class=HTMLResponse)
def actor_page(
    name: str,
    store: StoreDep,
    dates: PeriodDep,
) -> HTMLResponse:
    """An actor's timeline: what it said and did, and what was done to it, in date order."""
    since, until = dates.since, dates.until
    timeline = queries.timeline(store, name, since=since, until=until, limit=TIMELINE_LIMIT)
    if not timeline.total and not timeline.undated.count and since is None and until is None:
        raise HTTPException(404, "The store holds no statement or event of this actor.")
    return render(
        "actor.html",
        name=name,
        is_code=queries.is_country_code(name),
        timeline=timeline,
        since=since or "",
        until=until or "",
    )


@pages.get("/quotes", response_class=HTMLResponse)
def quotes_page(
    store: StoreDep,
    wanted: QuoteFilterDep,
) -> HTMLResponse:
    """Search over statements: full text, speaker, speaker's country and dates; best match
    first with words, else in date order."""
    from cablegram.query.quotes import find_quotes

    q, speaker, country = wanted.q, wanted.speaker, wanted.country
    since, until = wanted.period.since, wanted.period.until
    found = find_quotes(store, speaker, country, q, QUOTES_PAGE_ROWS, since=since, until=until)
    return render(
        "quotes.html",
        q=q or "",
        speaker=speaker or "",
        country=country or "",
        since=since or "",
        until=until or "",
        statements=found,
    )


@pages.get("/stance", response_class=HTMLResponse)
def stance_page(store: StoreDep, q: OptionalText = None) -> HTMLResponse:
    """A proposition in; each actor's stance on it, with citations, out."""
    proposition = blank(q)
    result = queries.stance(store, proposition) if proposition else None
    return render("stance.html", q=proposition or "", result=result)


@pages.get("/network", response_class=HTMLResponse)
def network_page(
    store: StoreDep,
    dates: PeriodDep,
    actor: OptionalText = None,
    type: OptionalText = None,
    min_count: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    tab: OptionalText = None,
    proposition: OptionalText = None,
) -> HTMLResponse:
    """The actor-to-actor dyads, drawn (force-directed) and tabulated, with filters;
    ``tab=discourse``: who takes which position and who sides with whom."""
    if blank(tab) == "discourse":
        wanted = blank(proposition)
        found = queries.discourse(store, wanted)
        return render("discourse.html", proposition=wanted or "", network=found)
    who, kind = blank(actor), plover_type(type)
    since, until = dates.since, dates.until
    view = queries.network(
        store, who, since=since, until=until, event_type=kind, min_count=min_count
    )
    form = {
        "actor": who or "",
        "type": kind or "",
        "since": since or "",
        "until": until or "",
        "min_count": min_count if min_count != 1 else "",
    }
    return render(
        "network.html", form=form, types=PLOVER_TYPES, view=view, graph=layout(view.event_dyads)
    )


# -- the app -----------------------------------------------------------------------------


class SecurityHeaders:
    """Sets the security headers on every response: a plain ASGI middleware, which costs
    far less per request than ``@app.middleware("http")`` (a task and streams each)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = _CSP
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(db_path: str) -> FastAPI:
    """The web UI over the store at ``db_path``, which it only ever reads.

    Raises :class:`cablegram.store.StoreError` at once when the store cannot be opened, so
    a bad path fails at start-up rather than on the first request.
    """
    pool = ReadPool(db_path)
    pool.release(pool.acquire())
    version = StoreVersion(db_path)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()
        version.close()

    # The interactive API docs load scripts from a CDN; the UI must work offline.
    app = FastAPI(
        title="cablegram", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan
    )
    app.state.db_path = db_path
    app.state.pool = pool
    app.include_router(routes.router)
    app.include_router(pages)
    app.include_router(api)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    errors.install(app)
    # Added first, so that SecurityHeaders wraps its refusals and 500 answers too.
    app.add_middleware(
        ParameterCheck,
        error_page=lambda status, detail: render(
            "error.html", status_code=status, code=status, detail=detail
        ),
    )
    # Outside the checks (a refused request is never a 200, so never kept), inside the
    # headers (which every answer, kept or not, gets afresh).
    app.add_middleware(PageCache, version=version)
    app.add_middleware(SecurityHeaders)
    return app


def app_from_environment() -> FastAPI:
    """The app over the store named by ``$CABLEGRAM_DB``: the factory each server process
    of ``cablegram serve --workers N`` calls."""
    path = os.environ.get(STORE_ENV)
    if not path:
        raise RuntimeError(f"{STORE_ENV} is not set")
    return create_app(path)
