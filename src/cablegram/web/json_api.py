"""The JSON API under ``/api``: the same answers as the pages, as records.

The endpoints return their JSONResponse themselves: FastAPI would otherwise encode and
validate every nested value again (for a list of documents, most of the request). Errors are
JSON (see :mod:`cablegram.web.errors`), never an echo of the input.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.exceptions import HTTPException
from fastapi.responses import JSONResponse

from cablegram.web import queries
from cablegram.web.filters import Text as OptionalText
from cablegram.web.filters import blank
from cablegram.web.routes import QUOTES_LIMIT, StoreDep

api = APIRouter(prefix="/api")


@api.get("/documents", response_model=list[dict[str, Any]])
def api_documents(
    store: StoreDep,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int | None, Query(ge=1)] = None,
) -> JSONResponse:
    """Every document's metadata and counts (without its text); ``offset`` and ``limit``
    give a page of them."""
    docs = store.document_summaries(offset, limit)
    counts = store.counts_by_document([doc.doc_id for doc in docs])
    return JSONResponse([doc.to_json() | {"counts": counts[doc.doc_id]} for doc in docs])


@api.get("/documents/{doc_id}")
def api_document(doc_id: str, store: StoreDep) -> dict[str, Any]:
    """One document with its actors, statements and events, as records."""
    doc = store.document(doc_id)
    if doc is None:
        raise HTTPException(404, "The store holds no document with this id.")
    return {
        "document": doc.to_json(),
        "actors": [a.to_json() for a in store.actors(doc_id)],
        "statements": [s.to_json() for s in store.statements(doc_id=doc_id)],
        "events": [e.to_json() for e in store.events(doc_id=doc_id)],
    }


@api.get("/quotes", response_model=list[dict[str, Any]])
def api_quotes(
    store: StoreDep,
    q: OptionalText = None,
    speaker: OptionalText = None,
    country: OptionalText = None,
) -> JSONResponse:
    """Statements matching the filters, as records."""
    found = store.statements(
        speaker=blank(speaker), country=blank(country), search=blank(q), limit=QUOTES_LIMIT
    )
    return JSONResponse([s.to_json() for s in found])


@api.get("/actors/{name:path}")
def api_actor(name: str, store: StoreDep) -> dict[str, Any]:
    """An actor's timeline, as ``cablegram timeline --json`` prints it."""
    return queries.timeline(store, name).to_json()


@api.get("/stance")
def api_stance(store: StoreDep, q: Annotated[str, Query(max_length=500)]) -> dict[str, Any]:
    """Each country's and actor's stance on the proposition ``q``."""
    return queries.stance(store, q).to_json()


@api.get("/network")
def api_network(store: StoreDep, actor: OptionalText = None) -> dict[str, Any]:
    """The actor-to-actor dyads, all or those involving ``actor``."""
    view = queries.network(store, blank(actor))
    return {
        "actor": view.actor,
        "event_dyads": [d.to_json() for d in view.event_dyads],
        "statement_dyads": [d.to_json() for d in view.statement_dyads],
    }
