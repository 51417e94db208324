"""Kinds and identifiers shared by every record: literals, PLOVER types, stable ids."""

from __future__ import annotations

import hashlib
from typing import Literal

RemovedKind = Literal[
    "duplicate",
    "navigation",
    "comments",
    "footer",
    "bio",
    "related",
    "disclaimer",
    "boilerplate",
    "paywall",
    "embed",
    "caption",
]
DateSource = Literal["metadata", "byline", "user", "text"]
DatePrecision = Literal["day", "month", "year"]
ActorKind = Literal["person", "state", "organization", "group", "document"]
StatementKind = Literal["direct", "indirect", "mixed"]
Modality = Literal["asserted", "future", "hypothetical", "reported"]
Polarity = Literal["support", "oppose"]
ClaimSource = Literal["statement", "event"]
Span = tuple[int, int]
# A statement in several parts (`spans`) joins their texts with this (the record contract).
PART_JOINER = " … "

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


def stable_id(*parts: object, length: int = 16) -> str:
    """A short, stable hex id from the given parts (same parts, same id, in any process)."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


def document_id(clean_text: str) -> str:
    """A document's id is a hash of its cleaned text, so re-ingesting gives the same id."""
    return stable_id(clean_text)
