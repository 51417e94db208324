"""Claims for records whose document parse is gone: each record's sentence parsed alone.

For records made before the claims stage existed, or written by hand (tests, imports):
a statement's words are found in its sentence, an event's trigger too, and the sentence is
parsed on its own. Within one sentence the reading is the same as from the whole document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from cablegram.claims import event_claims, statement_claims
from cablegram.records import Claim, Event, Statement

if TYPE_CHECKING:
    from spacy.language import Language


def claims_from_records(
    nlp: Language, statements: Iterable[Statement], events: Iterable[Event]
) -> list[Claim]:
    """The claims of records whose sentence holds their words; others give none."""
    out: list[Claim] = []
    for statement in statements:
        at = statement.sentence.find(statement.text)
        if at < 0 or not statement.text:
            continue
        local = replace(statement, start=at, end=at + len(statement.text), spans=())
        out.extend(statement_claims(nlp(statement.sentence), local))
    for event in events:
        at = event.sentence.find(event.trigger)
        if at < 0 or not event.trigger:
            continue
        moved = replace(event, start=at, end=at + len(event.trigger))
        out.extend(event_claims(nlp(event.sentence), moved))
    unique: dict[str, Claim] = {}
    for claim in out:
        unique.setdefault(claim.claim_id, claim)
    return list(unique.values())
