"""Positions the writer's own words give an actor, outside anyone's quoted words: "In
response to **a US proposal for a 30-day ceasefire**, Russian officials expressed
skepticism", "**Amid Norway's opposition to the licences**, Danish ministers said ...". An
attitude word with its holder named (the possessor, compound or "from" of a noun; the
subject of a verb or adjective) states that holder's position wherever the sentence stands,
not only inside a statement or under an event's trigger
(:func:`cablegram.claims.read.read_holders`).

The claim contract (``spec/records.md``, ``claim.from``) cites a statement or an event, so
such a claim is kept only in a sentence that holds one, and cites the first of them: the
statement's, else the event's. A sentence with neither gives no claim.

Pure: a function of the parsed document and the records before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cablegram.claims.attitudes import is_standing
from cablegram.claims.lexicon import ClaimWords, claim_words
from cablegram.claims.read import FoundClaim, read_holders
from cablegram.records import Actor, Event, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Citation", "narrative_holders"]


@dataclass(frozen=True, slots=True)
class Citation:
    """The record a narrative claim cites: its kind ("statement" or "event") and fields."""

    doc_id: str
    kind: str
    record_id: str
    sentence: str
    date: str | None
    date_precision: str | None

    @classmethod
    def of(cls, record: Statement | Event) -> Citation:
        """The citation of a statement or an event, its kind read from the record."""
        if isinstance(record, Statement):
            kind, record_id = "statement", record.statement_id
        else:
            kind, record_id = "event", record.event_id
        return cls(
            record.doc_id, kind, record_id, record.sentence, record.date, record.date_precision
        )


def _citation(
    sentence: Span, statements: Sequence[Statement], events: Sequence[Event]
) -> Citation | None:
    """The first statement that starts in the sentence, else the first event that is no
    standing attitude: an attitude the writer hangs on one party ("Britain, which backs the
    opposition, and China plan to host talks") is not the record of another frame of its
    sentence, and weighing that frame as the attitude would cite it to the wrong party."""
    lo, hi = sentence.start_char, sentence.end_char
    first: Statement | Event | None = next(
        (s for s in statements if lo <= s.start < hi), None
    ) or next((e for e in events if lo <= e.start < hi and not is_standing(e)), None)
    return Citation.of(first) if first is not None else None


def _quoted(statements: Iterable[Statement]) -> list[tuple[int, int]]:
    """The character spans of every statement's own words."""
    return [part for statement in statements for part in statement.parts]


def _hearsay(found: FoundClaim, doc: Doc, words: ClaimWords) -> bool:
    """Whether the frame hangs under a word of hearsay, denial, fear or doubt
    (``hearsay_words``): "Contrary to **reports** of a Chinese plan to retaliate",
    "Despite **denials** of any Russian plan to attack". Such a plan is others' account of
    the holder, which may be false; it gives no claim (precision first)."""
    head = doc[found.frame.head]
    return any(a.lemma_.casefold() in words.hearsay_words for a in head.ancestors)


def narrative_holders(
    parsed: Doc, statements: Sequence[Statement], events: Sequence[Event]
) -> list[tuple[Actor, FoundClaim, Citation]]:
    """For each sentence holding a statement or an event, the claims of the attitude nouns
    whose holders the writer's words name (tokens inside a statement's words are left to
    :func:`cablegram.claims.statement_claims`), each with the record it cites."""
    quoted = _quoted(statements)
    words = claim_words()
    out: list[tuple[Actor, FoundClaim, Citation]] = []
    for sentence in parsed.sents:
        citation = _citation(sentence, statements, events)
        if citation is None:
            continue
        tokens: list[Token] = [t for t in sentence if not any(s <= t.idx < e for s, e in quoted)]
        if not tokens:
            continue
        out += [
            (actor, found, citation)
            for actor, found in read_holders(tokens, "event", words)
            if not _hearsay(found, parsed, words)
        ]
    return out
