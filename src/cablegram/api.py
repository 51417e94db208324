"""The Python API: annotate a text, open a store, ask it questions.

    import cablegram
    annotation = cablegram.extract("...", date="2004-10-15", title="...")
    with cablegram.open("cablegram.db") as store:
        store.write(annotation)
        store.statements(speaker="Barnier")
        store.stance("send troops to Iraq")

Everything returned is a plain record (:mod:`cablegram.records`) or a query result with
``to_json()``: the question methods (:meth:`CablegramStore.quotes`, ``event_list``,
``timeline``, ``network``, ``stance``, ``report``) return exactly what the matching command
prints with ``--json``, and take the same filters (``since=``/``until=`` included). Listings
return everything unless ``limit`` is given. spaCy and the query modules load on first use,
so ``import cablegram`` stays fast.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TextIO, TypeVar

from cablegram.query.event_floor import EVENT_FLOOR
from cablegram.records import (
    Annotation,
    IngestError,
    RawDocument,
)
from cablegram.store import DEFAULT_PATH, Store, StoreError

if TYPE_CHECKING:
    from cablegram.pipeline import Annotator
    from cablegram.query.events import EventList
    from cablegram.query.export import Format, What
    from cablegram.query.network import Network
    from cablegram.query.quotes import QuoteList
    from cablegram.query.report import StoreReport
    from cablegram.query.stance import Embedder, StanceResult
    from cablegram.query.timeline import Timeline

__all__ = ["CablegramStore", "extract", "open"]


@lru_cache(maxsize=1)
def _annotator() -> Annotator:
    # Loaded once per process: the spaCy model takes a second or two to load.
    from cablegram.pipeline import Annotator

    return Annotator.load()


def extract(
    text: str,
    date: str | None = None,
    *,
    title: str | None = None,
    source_path: str = "<text>",
) -> Annotation:
    """Clean and annotate one article's text: its document, actors, statements and events.

    ``date`` (YYYY-MM-DD) is the publication date; relative dates resolve against it.
    Raises ValueError for a malformed date or a text that cleaning leaves empty.
    """
    if date is not None:
        date = dt.date.fromisoformat(date).isoformat()
    from cablegram.ingest import clean_document

    raw = RawDocument(source_path=source_path, text=text, title=title, date=date)
    cleaned = clean_document(raw, user_date=date)
    if isinstance(cleaned, IngestError):
        raise ValueError(cleaned.reason)
    if title is not None and cleaned.title != title:
        cleaned = replace(cleaned, title=title)
    return next(iter(_annotator().annotate([cleaned])))


P = ParamSpec("P")
R = TypeVar("R")


def _forwarded(method: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Any, P], R]:
    """A :class:`CablegramStore` method that calls ``method`` on its store: the same
    parameters, checks (filters go through :mod:`cablegram.store.filters`), errors and
    docstring, written once in the store."""

    def forward(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return method(self.store, *args, **kwargs)

    functools.update_wrapper(forward, method)
    return forward


class CablegramStore:
    """A store with the query layer on top. Use it as a context manager or call close()."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def path(self) -> Path:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> CablegramStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- records: the store's own methods, forwarded as they are ------------------------

    write = _forwarded(Store.write)
    documents = _forwarded(Store.documents)
    document = _forwarded(Store.document)
    actors = _forwarded(Store.actors)
    statements = _forwarded(Store.statements)
    events = _forwarded(Store.events)

    def add(self, text: str, date: str | None = None, *, title: str | None = None) -> Annotation:
        """Extract an article's records and store them; returns what was extracted."""
        annotation = extract(text, date, title=title)
        self.store.write(annotation)
        return annotation

    # -- questions -------------------------------------------------------------------

    def quotes(
        self,
        speaker: str | None = None,
        country: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        *,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
    ) -> QuoteList:
        """Statements with their citations, as ``cablegram quotes --json`` gives them: best
        match first with ``search``, else in date order; undated ones outside a date range
        are counted in ``.undated``."""
        from cablegram.query.quotes import find_quotes

        return find_quotes(self.store, speaker, country, search, limit, since=since, until=until)

    def event_list(
        self,
        actor: str | None = None,
        event_type: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        search: str | None = None,
        limit: int | None = None,
        min_confidence: float | None = EVENT_FLOOR,
    ) -> EventList:
        """Events with their citations, in date order, as ``cablegram events --json``;
        ``min_confidence`` (0 to 1; default the events floor,
        :data:`~cablegram.query.events.EVENT_FLOOR`, 0.5) leaves out less sure events."""
        from cablegram.query.events import find_events

        return find_events(
            self.store, actor, event_type, since, until, search, limit, min_confidence
        )

    def stance(
        self,
        proposition: str,
        *,
        semantic: bool | None = False,
        embedder: Embedder | None = None,
    ) -> StanceResult:
        """Each country's and actor's stance on a proposition, with citations."""
        from cablegram.query.stance import find_stance

        return find_stance(self.store, proposition, semantic=semantic, embedder=embedder)

    def timeline(
        self,
        actor: str,
        *,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        limit: int | None = None,
        min_confidence: float | None = EVENT_FLOOR,
    ) -> Timeline:
        """An actor's statements and events in date order (name substring or ISO3); events
        under ``min_confidence`` left out, as :meth:`event_list`."""
        from cablegram.query.timeline import build_timeline

        return build_timeline(
            self.store,
            actor,
            since=since,
            until=until,
            limit=limit,
            min_confidence=min_confidence,
        )

    def network(
        self,
        min_count: int = 1,
        *,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        min_confidence: float | None = EVENT_FLOOR,
    ) -> Network:
        """Actor-to-actor dyads from events and from addressed statements; events under
        ``min_confidence`` left out, as :meth:`event_list`."""
        from cablegram.query.network import build_network

        return build_network(
            self.store, min_count, since=since, until=until, min_confidence=min_confidence
        )

    def report(self, *, full: bool = False, limit: int | None = None) -> StoreReport:
        """What the store holds, as ``cablegram report --json [--full]`` prints it."""
        from cablegram.query.report import StoreReport, build_report

        return StoreReport(build_report(self.store, limit, full=full))

    def export(
        self,
        what: What,
        fmt: Format = "jsonl",
        *,
        out: TextIO | None = None,
        path: str | Path | None = None,
    ) -> int:
        """Write records as jsonl, csv, parquet (needs ``path``) or plover; returns the count."""
        from cablegram.query.export import export

        return export(self.store, what, fmt, out=out, path=path)


def open(path: str | Path = DEFAULT_PATH, *, create: bool = True) -> CablegramStore:
    """Open (creating it unless ``create`` is False) the store at ``path``.

    Raises :class:`cablegram.store.StoreError` when the path is not a usable store.
    """
    target = Path(path)
    if not create and not target.exists():
        raise StoreError(f"no store at {target}")
    return CablegramStore(Store.open(target, create=create))
