"""Annotation records: actors, mentions, statements, events, claims, and their bundle."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from cablegram.records.documents import Document
from cablegram.records.kinds import (
    ActorKind,
    ClaimSource,
    DatePrecision,
    Modality,
    Polarity,
    Span,
    StatementKind,
)


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor mention resolved to a canonical identity."""

    name: str
    kind: ActorKind
    text: str
    country: str | None = None
    role: str | None = None
    title: str | None = None
    # Where this mention sits in the document text (-1 when it stands for no one place).
    start: int = -1
    end: int = -1
    # The canonical identity key shared by every mention of the same actor.
    actor_id: str = ""
    # CAMEO-style code where the actor has one: "FRAGOV", "IGOUNO", "IGOEUREEC".
    code: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Actor:
        return cls(
            name=data["name"],
            kind=data.get("kind", "person"),
            text=data.get("text", data["name"]),
            country=data.get("country"),
            role=data.get("role"),
            title=data.get("title"),
            start=data.get("start", -1),
            end=data.get("end", -1),
            actor_id=data.get("actor_id", ""),
            code=data.get("code"),
        )


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text where an actor is named, described or referred to."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """An actor of one document with all its mentions: the ``actor`` record."""

    doc_id: str
    actor_id: str
    name: str
    kind: ActorKind
    country: str | None = None
    role: str | None = None
    title: str | None = None
    mentions: tuple[Mention, ...] = ()
    code: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"record": "actor"}
        data.update(asdict(self))
        data["mentions"] = [asdict(m) for m in self.mentions]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ActorRecord:
        return cls(
            doc_id=data["doc_id"],
            actor_id=data["actor_id"],
            name=data["name"],
            kind=data["kind"],
            country=data.get("country"),
            role=data.get("role"),
            title=data.get("title"),
            mentions=tuple(Mention(m["text"], m["start"], m["end"]) for m in data["mentions"]),
            code=data.get("code"),
        )


def _actor_or_none(data: dict[str, Any] | None) -> Actor | None:
    return Actor.from_json(data) if data else None


@dataclass(frozen=True, slots=True)
class Statement:
    """A direct quote or a piece of reported speech."""

    doc_id: str
    statement_id: str
    kind: StatementKind
    text: str
    start: int
    end: int
    sentence: str
    speaker: Actor | None = None
    cue: str | None = None
    addressee: Actor | None = None
    # The parts of one utterance, in order; () means the single span (start, end).
    spans: tuple[Span, ...] = ()
    # When it was said, and how much of that date the text gives.
    date: str | None = None
    date_precision: DatePrecision | None = None
    # The name of the attribution rule that found it (for `evaluate --by-rule`).
    rule: str | None = None

    @property
    def parts(self) -> tuple[Span, ...]:
        """The spans of the utterance's parts: ``spans``, or the one span (start, end)."""
        return self.spans or ((self.start, self.end),)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"record": "statement"}
        data.update(asdict(self))
        data["spans"] = [list(span) for span in self.parts]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Statement:
        return cls(
            doc_id=data["doc_id"],
            statement_id=data["statement_id"],
            kind=data["kind"],
            text=data["text"],
            start=data["start"],
            end=data["end"],
            sentence=data["sentence"],
            speaker=_actor_or_none(data.get("speaker")),
            cue=data.get("cue"),
            addressee=_actor_or_none(data.get("addressee")),
            spans=_spans(data.get("spans"), (data["start"], data["end"])),
            date=data.get("date"),
            date_precision=data.get("date_precision"),
            rule=data.get("rule"),
        )


@dataclass(frozen=True, slots=True)
class Telling:
    """Another sentence of the same document telling an event's act again: the sentence and
    its trigger's character offsets (an event's ``tellings``)."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, coded in the PLOVER ontology."""

    doc_id: str
    event_id: str
    event_type: str
    trigger: str
    sentence: str
    start: int
    end: int
    source: Actor | None = None
    target: Actor | None = None
    mode: str | None = None
    negated: bool = False
    modality: Modality = "asserted"
    date: str | None = None
    statement_id: str | None = None
    date_precision: DatePrecision | None = None
    # 0 to 1: how surely the type, modality and arguments were found.
    confidence: float = 1.0
    # The document's later sentences that tell this act again, merged into it (dedup).
    tellings: tuple[Telling, ...] = ()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"record": "event"}
        data.update(asdict(self))
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Event:
        return cls(
            doc_id=data["doc_id"],
            event_id=data["event_id"],
            event_type=data["event_type"],
            trigger=data["trigger"],
            sentence=data["sentence"],
            start=data["start"],
            end=data["end"],
            source=_actor_or_none(data.get("source")),
            target=_actor_or_none(data.get("target")),
            mode=data.get("mode"),
            negated=bool(data.get("negated", False)),
            modality=data.get("modality", "asserted"),
            date=data.get("date"),
            statement_id=data.get("statement_id"),
            date_precision=data.get("date_precision"),
            confidence=float(data.get("confidence", 1.0)),
            tellings=tuple(
                Telling(t["sentence"], t["start"], t["end"]) for t in data.get("tellings") or ()
            ),
        )


@dataclass(frozen=True, slots=True)
class Claim:
    """An actor's position toward a course of action, read from a statement or an event.

    ``predicate`` is the lemma of the action ("send"), ``object`` its lemmatised object
    ("troops"), ``arguments`` other arguments by role ({"target": "Russia", "place": "Iraq"}),
    ``polarity`` which way the actor points; ``source_kind``/``source_id`` name the statement or
    event it was read from (the contract's ``from`` field).
    """

    doc_id: str
    claim_id: str
    actor: Actor
    predicate: str
    polarity: Polarity
    source_kind: ClaimSource
    source_id: str
    sentence: str
    object: str | None = None
    arguments: tuple[tuple[str, str], ...] = ()
    modality: Modality = "asserted"
    date: str | None = None
    date_precision: DatePrecision | None = None
    confidence: float = 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "record": "claim",
            "doc_id": self.doc_id,
            "claim_id": self.claim_id,
            "actor": self.actor.to_json(),
            "predicate": self.predicate,
            "object": self.object,
            "arguments": dict(self.arguments),
            "polarity": self.polarity,
            "modality": self.modality,
            "from": {"kind": self.source_kind, "id": self.source_id},
            "sentence": self.sentence,
            "date": self.date,
            "date_precision": self.date_precision,
            "confidence": self.confidence,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Claim:
        origin = data.get("from") or {}
        return cls(
            doc_id=data["doc_id"],
            claim_id=data["claim_id"],
            actor=Actor.from_json(data["actor"]),
            predicate=data["predicate"],
            polarity=data["polarity"],
            source_kind=origin.get("kind", "statement"),
            source_id=origin.get("id", ""),
            sentence=data.get("sentence", ""),
            object=data.get("object"),
            arguments=tuple(sorted((data.get("arguments") or {}).items())),
            modality=data.get("modality", "asserted"),
            date=data.get("date"),
            date_precision=data.get("date_precision"),
            confidence=float(data.get("confidence", 1.0)),
        )


def _spans(data: list[list[int]] | None, whole: Span) -> tuple[Span, ...]:
    """Parts as read from JSON; one part equal to the whole span is kept as ()."""
    spans = tuple((int(a), int(b)) for a, b in data or ())
    return () if spans == (whole,) else spans


@dataclass(frozen=True, slots=True)
class Annotation:
    """Everything the annotate stage found in one document."""

    document: Document
    actors: tuple[ActorRecord, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()

    def records(self) -> list[dict[str, Any]]:
        """The records in contract order: document, actors, statements, events, claims."""
        out: list[dict[str, Any]] = [self.document.to_json()]
        out.extend(a.to_json() for a in self.actors)
        out.extend(s.to_json() for s in self.statements)
        out.extend(e.to_json() for e in self.events)
        out.extend(c.to_json() for c in self.claims)
        return out
