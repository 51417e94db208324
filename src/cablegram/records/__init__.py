"""Typed records that flow between the stages, serialised to the record contract.

The contract is ``shared/spec/records.md``: every record becomes one JSON object with a
``record`` field naming its kind. Fields may be added; the contract's fields keep their
names and meanings. The package splits them by side: ``kinds`` (literals, PLOVER types,
ids), ``documents`` (raw input, cleaned document, removed text, input errors) and
``annotation`` (actors, statements, events, claims); everything is re-exported here.
"""

from cablegram.records.annotation import (
    Actor,
    ActorRecord,
    Annotation,
    Claim,
    Event,
    Mention,
    Statement,
    Telling,
)
from cablegram.records.documents import Document, IngestError, RawDocument, Removed
from cablegram.records.kinds import (
    PART_JOINER,
    PLOVER_TYPES,
    ActorKind,
    ClaimSource,
    DatePrecision,
    DateSource,
    Modality,
    Polarity,
    RemovedKind,
    Span,
    StatementKind,
    document_id,
    stable_id,
)

__all__ = [
    "PART_JOINER",
    "PLOVER_TYPES",
    "Actor",
    "ActorKind",
    "ActorRecord",
    "Annotation",
    "Claim",
    "ClaimSource",
    "DatePrecision",
    "DateSource",
    "Document",
    "Event",
    "IngestError",
    "Mention",
    "Modality",
    "Polarity",
    "RawDocument",
    "Removed",
    "RemovedKind",
    "Span",
    "Statement",
    "StatementKind",
    "Telling",
    "document_id",
    "stable_id",
]
