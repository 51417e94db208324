"""Claim records as flat export rows: one row per claim, the same columns in every format.

Columns (:data:`CLAIM_COLUMNS`): the claim's ids, its predicate and object, ``arguments``
as a JSON object of role -> name (``{"place": "Iraq"}``), its ``polarity`` (support or
oppose) and ``modality``, where it was read from (``source_kind`` statement or event and
``source_id``, the contract's ``from``), the actor as ``actor_*`` columns, the cited
sentence, its date as precisely as the text gives it, the claim's confidence (0 to 1),
and its document's title and date.
"""

from __future__ import annotations

import json
from typing import Any, Final, Literal

from cablegram.query.common import DocumentInfo
from cablegram.query.dates import shown
from cablegram.records import Actor, Claim

ColumnType = Literal["string", "int", "float", "bool"]

ACTOR_FIELDS: Final[tuple[tuple[str, ColumnType], ...]] = (
    ("name", "string"),
    ("kind", "string"),
    ("country", "string"),
    ("role", "string"),
    ("title", "string"),
    ("text", "string"),
    ("actor_id", "string"),
    ("code", "string"),
)


def actor_columns(prefix: str) -> list[tuple[str, ColumnType]]:
    """The flat columns of one nested actor: ``{prefix}_name``, ``{prefix}_kind``, ..."""
    return [(f"{prefix}_{name}", kind) for name, kind in ACTOR_FIELDS]


def actor_row(prefix: str, actor: Actor | None) -> dict[str, Any]:
    """One actor's values under its flat columns; all None for no actor."""
    return {
        f"{prefix}_{name}": (getattr(actor, name) or None) if actor else None
        for name, _ in ACTOR_FIELDS
    }


CLAIM_COLUMNS: Final[list[tuple[str, ColumnType]]] = [
    ("doc_id", "string"),
    ("claim_id", "string"),
    ("predicate", "string"),
    ("object", "string"),
    ("arguments", "string"),
    ("polarity", "string"),
    ("modality", "string"),
    ("source_kind", "string"),
    ("source_id", "string"),
    *actor_columns("actor"),
    ("sentence", "string"),
    ("date", "string"),
    ("date_precision", "string"),
    ("confidence", "float"),
    ("document_title", "string"),
    ("document_date", "string"),
]


def claim_row(claim: Claim, docs: DocumentInfo) -> dict[str, Any]:
    """One claim as a flat row with exactly the columns of :data:`CLAIM_COLUMNS`."""
    return {
        "doc_id": claim.doc_id,
        "claim_id": claim.claim_id,
        "predicate": claim.predicate,
        "object": claim.object,
        "arguments": json.dumps(dict(claim.arguments), ensure_ascii=False),
        "polarity": claim.polarity,
        "modality": claim.modality,
        "source_kind": claim.source_kind,
        "source_id": claim.source_id,
        **actor_row("actor", claim.actor),
        "sentence": claim.sentence,
        "date": shown(claim.date, claim.date_precision),
        "date_precision": claim.date_precision,
        "confidence": claim.confidence,
        "document_title": docs.title(claim.doc_id),
        "document_date": docs.date(claim.doc_id),
    }
