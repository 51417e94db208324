"""Input-side records: a raw input, the cleaned document, what cleaning removed, errors."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from cablegram.records.kinds import DateSource, RemovedKind


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the raw text that cleaning dropped, and why."""

    kind: RemovedKind
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned article with its metadata."""

    doc_id: str
    source_path: str
    text: str
    title: str | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    date_source: DateSource | None = None
    url: str | None = None
    removed: tuple[Removed, ...] = ()
    # When the date was estimated from the text: the range it could fall in and how sure we are.
    date_range: tuple[str, str] | None = None
    date_confidence: float | None = None
    # True when what remains after cleaning is only a teaser of a paywalled or truncated article.
    teaser: bool = False

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"record": "document"}
        data.update(asdict(self))
        data["authors"] = list(self.authors)
        data["removed"] = [asdict(r) for r in self.removed]
        data["date_range"] = list(self.date_range) if self.date_range else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        date_range = data.get("date_range")
        return cls(
            doc_id=data["doc_id"],
            source_path=data.get("source_path", ""),
            text=data["text"],
            title=data.get("title"),
            publisher=data.get("publisher"),
            authors=tuple(data.get("authors") or ()),
            date=data.get("date"),
            date_source=data.get("date_source"),
            url=data.get("url"),
            removed=tuple(Removed(r["kind"], r["text"]) for r in data.get("removed") or ()),
            date_range=(date_range[0], date_range[1]) if date_range else None,
            date_confidence=data.get("date_confidence"),
            teaser=bool(data.get("teaser", False)),
        )


@dataclass(frozen=True, slots=True)
class IngestError:
    """Bad input: which file (and line) and why. Reported as one line, never a traceback."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"cablegram: {where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class RawDocument:
    """What a reader got from one input before cleaning: text (or html) and metadata."""

    source_path: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = field(default=())
    date: str | None = None
    url: str | None = None
