"""Pieces every query shares: opening a store to read, citations, actor cells and dates.

Query results are frozen dataclasses with a ``to_json()`` method: the CLI prints them as
tables or JSON, the Python API returns them, and the web layer renders them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.text import Text

from cablegram.records import Actor
from cablegram.store import Store
from cablegram.store.rows import DocumentSummary

JSON = dict[str, Any]


def open_for_reading(path: str | Path) -> Store:
    """Open an existing store read-only; a missing, empty or corrupt one is a StoreError
    (one line), and nothing is created or written."""
    return Store.open(Path(path), create=False, readonly=True)


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as a query shows it: who, of what kind, for which country."""

    name: str
    kind: str
    country: str | None = None
    role: str | None = None
    title: str | None = None
    # named by its document as running for office (stance_evidence.actor_of): speaks for a
    # campaign, not for its state; not part of the title nor of the JSON
    candidate: bool = False

    @classmethod
    def of(cls, actor: Actor | None) -> ActorRef | None:
        if actor is None:
            return None
        return cls(actor.name, actor.kind, actor.country, actor.role, actor.title)

    def label(self) -> str:
        return f"{self.name} ({self.country})" if self.country else self.name

    def to_json(self) -> JSON:
        return {
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "role": self.role,
            "title": self.title,
        }


def actor_json(actor: ActorRef | None) -> JSON | None:
    return actor.to_json() if actor else None


@dataclass(frozen=True, slots=True)
class Citation:
    """Where something was said or reported: the article and the sentence."""

    doc_id: str
    document: str
    date: str | None
    sentence: str
    url: str | None = None

    def to_json(self) -> JSON:
        return {
            "doc_id": self.doc_id,
            "document": self.document,
            "date": self.date,
            "sentence": self.sentence,
            "url": self.url,
        }


class DocumentInfo:
    """Titles, dates and addresses of documents, read from the store once each.

    Queries cite many records from few documents; reading each document's metadata once,
    never its text, keeps a query over a large store (or over one 5 MB article) cheap.
    :meth:`prefetch` reads many at once (one query per few hundred documents).
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._cache: dict[str, DocumentSummary | None] = {}

    def prefetch(self, doc_ids: Iterable[str]) -> None:
        """Read the metadata of every document of ``doc_ids`` not read yet."""
        wanted = [d for d in dict.fromkeys(doc_ids) if d not in self._cache]
        if not wanted:
            return
        found = {s.doc_id: s for s in self._store.document_summaries(doc_ids=wanted)}
        for doc_id in wanted:
            self._cache[doc_id] = found.get(doc_id)

    def get(self, doc_id: str) -> DocumentSummary | None:
        if doc_id not in self._cache:
            self.prefetch((doc_id,))
        return self._cache[doc_id]

    def text(self, doc_id: str) -> str:
        """The document's whole text ("" when it is not stored): read on each call."""
        doc = self._store.document(doc_id)
        return doc.text if doc else ""

    def title(self, doc_id: str) -> str:
        """The document's title, else its path, else its id: never empty."""
        doc = self.get(doc_id)
        if doc is None:
            return doc_id
        return doc.title or doc.source_path or doc_id

    def date(self, doc_id: str) -> str | None:
        doc = self.get(doc_id)
        return doc.date if doc else None

    def citation(self, doc_id: str, sentence: str) -> Citation:
        doc = self.get(doc_id)
        return Citation(
            doc_id=doc_id,
            document=self.title(doc_id),
            date=doc.date if doc else None,
            sentence=sentence,
            url=doc.url if doc else None,
        )


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis when longer."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    return flat[: width - 1].rstrip() + "…"


def is_country_code(text: str) -> bool:
    """Whether a user's actor filter reads as an ISO 3166-1 alpha-3 code ("FRA", "deu")."""
    stripped = text.strip()
    return len(stripped) == 3 and stripped.isalpha()


def cell(value: object) -> Text:
    """A table cell; Text, not str, so article text such as "[bold]" is never rich markup."""
    if value is None or value == "" or value == []:
        return Text("—", style="dim")
    if isinstance(value, bool):
        return Text("yes" if value else "no")
    if isinstance(value, list):
        return Text(", ".join(str(v) for v in value))
    return Text(str(value))


def who(actor: ActorRef | None) -> Text:
    return cell(actor.label() if actor else None)


class Texts:
    """Documents' texts by id (``DocumentInfo.text``), each read once: called with a
    doc_id, returns its whole text ("" when it is not stored)."""

    def __init__(self, docs: DocumentInfo) -> None:
        self._docs = docs
        self._text: dict[str, str] = {}

    def __call__(self, doc_id: str) -> str:
        if doc_id not in self._text:
            self._text[doc_id] = self._docs.text(doc_id)
        return self._text[doc_id]

    def date(self, doc_id: str) -> str | None:
        """The document's publication date (ISO), None when unknown."""
        return self._docs.date(doc_id)
