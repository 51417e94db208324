"""Claims in the store: writing a document's claims and reading them back as records."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any, Final

from cablegram.records import Claim
from cablegram.store.rows import _ACTOR_WIDTH, StoreBase, _actor_from, _actor_insert, _actor_values

_CLAIM_FIELDS: Final = (
    "doc_id, claim_id, predicate, object, arguments, polarity, modality, source_kind, "
    "source_id, sentence, date, date_precision, confidence"
)
_CLAIM_SELECT: Final = f"{_CLAIM_FIELDS}, {_actor_insert('actor')}"
_FIELD_COUNT: Final = len(_CLAIM_FIELDS.split(","))


def insert_claims(conn: sqlite3.Connection, claims: Sequence[Claim]) -> None:
    """Insert claims inside the caller's transaction; a claim id already stored is kept once."""
    slots = ",".join("?" * (_FIELD_COUNT + _ACTOR_WIDTH))
    conn.executemany(
        f"INSERT INTO claims ({_CLAIM_SELECT}) VALUES ({slots}) ON CONFLICT (claim_id) DO NOTHING",
        [
            (
                c.doc_id,
                c.claim_id,
                c.predicate,
                c.object,
                json.dumps(dict(c.arguments), sort_keys=True),
                c.polarity,
                c.modality,
                c.source_kind,
                c.source_id,
                c.sentence,
                c.date,
                c.date_precision,
                c.confidence,
                *_actor_values(c.actor),
            )
            for c in claims
        ],
    )


def claim_from(row: Sequence[Any]) -> Claim:
    """A stored claim row (columns as :data:`_CLAIM_SELECT`) as its record."""
    (doc_id, claim_id, predicate, obj, arguments, polarity, modality) = row[:7]
    (source_kind, source_id, sentence, date, date_precision, confidence) = row[7:_FIELD_COUNT]
    actor = _actor_from(row[_FIELD_COUNT : _FIELD_COUNT + _ACTOR_WIDTH])
    if actor is None:
        raise ValueError(f"claim {claim_id} has no actor")
    return Claim(
        doc_id=doc_id,
        claim_id=claim_id,
        actor=actor,
        predicate=predicate,
        polarity=polarity,
        source_kind=source_kind,
        source_id=source_id,
        sentence=sentence,
        object=obj,
        arguments=tuple(sorted(json.loads(arguments).items())),
        modality=modality,
        date=date,
        date_precision=date_precision,
        confidence=float(confidence),
    )


class ClaimReads(StoreBase):
    """Reading claims (a part of :class:`Store`)."""

    def claims(
        self,
        *,
        doc_id: str | None = None,
        predicate: str | None = None,
        country: str | None = None,
        limit: int | None = None,
    ) -> list[Claim]:
        """Claims matching every filter given, in stored order.

        ``predicate`` is a lemma ("send"); ``country`` the actor's ISO3 code.
        """
        where: list[str] = []
        params: list[object] = []
        for column, value in (
            ("doc_id", doc_id),
            ("predicate", predicate),
            ("actor_country", country),
        ):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        sql = f"SELECT {_CLAIM_SELECT} FROM claims"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [claim_from(row) for row in self._conn.execute(sql, params)]
