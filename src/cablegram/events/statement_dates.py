"""When a statement was made: the time the text gives for the speech, else the document's.

"Solberg told parliament in February 2005" is dated 2005-02 (month precision); a quote
with no time of its own takes the document's date, as precise as that date is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from cablegram.events.dates import (
    MAX_BASE_RANGE_DAYS,
    SINCE_WORDS,
    Precision,
    ResolvedDate,
    attached,
    parse_iso,
    relative_base,
    resolve_expression,
    time_expressions,
)
from cablegram.records import Document, Statement

# Words before a time that make it a span's edge, not the time of an act ("since 2013").
_EDGE_WORDS = SINCE_WORDS | {"until", "till", "from"}


def _time_of_speaking(expr: Span, cue: Token) -> bool:
    """Whether the time is the cue's own ("said on Friday", "told parliament in February
    2005"), not one in a clause of another verb hanging on it: "Odinga - who lost the August
    2022 election - announced" dates the election, "insists ..., noting that French forces
    have been in Mali since 2013" the start of a stay."""
    before = expr.doc[expr.start - 1] if expr.start > 0 else None
    if before is not None and before.lower_ in _EDGE_WORDS:
        return False
    node = expr.root
    while node.i != cue.i and node.head.i != node.i:
        node = node.head
        if node.i != cue.i and node.pos_ in ("VERB", "AUX"):
            return False
    return True


def statement_date(
    parsed: Doc, start: int, end: int, cue: str | None, document_date: str | None
) -> ResolvedDate | None:
    """When a statement was made, from a time expression on its cue ("told parliament in
    February 2005", "said on Friday"); ``None`` when the text gives none.

    Only expressions outside the statement's own words count: a date inside a quote is
    what the quote talks about, not when it was said.
    """
    if not cue:
        return None
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sentences = list({id(t.sent): t.sent for t in (span[0], span[-1])}.values())
    first_word = cue.split()[0].casefold()
    cues = [
        t for sent in sentences for t in sent if t.lower_ == first_word and not start <= t.idx < end
    ]
    if not cues:
        return None
    cue_token = min(cues, key=lambda t: min(abs(t.idx - start), abs(t.idx - end)))
    base = parse_iso(document_date)
    exprs = [
        e
        for sent in sentences
        for e in time_expressions(sent)
        if (e.end_char <= start or e.start_char >= end)
        and attached(e, cue_token)
        and _time_of_speaking(e, cue_token)
    ]
    for expr in sorted(exprs, key=lambda e: abs(e.root.i - cue_token.i)):
        resolved = resolve_expression(expr.text, base, "past")
        if resolved is not None:
            return resolved
    return None


def document_precision(document: Document) -> Precision | None:
    """How precise the document's date is: a day, unless it is a wide estimate."""
    if document.date is None:
        return None
    if document.date_source == "text" and document.date_range:
        start, end = (parse_iso(v) for v in document.date_range)
        if start is not None and end is not None:
            days = (end - start).days
            if days > 62:
                return "year"
            if days > MAX_BASE_RANGE_DAYS:
                return "month"
    return "day"


def date_statements(
    statements: Sequence[Statement], parsed: Doc, document: Document
) -> list[Statement]:
    """The statements with ``date`` and ``date_precision`` set: the time the text gives for
    the speech ("told parliament in February 2005"), else the date of the same speaker's
    statement just before it (one occasion, see :func:`same_occasion`), else the
    document's date."""
    base = relative_base(document)
    dated: dict[int, Statement] = {}
    previous: Statement | None = None
    previous_from_text = False
    for statement in sorted(statements, key=lambda s: s.start):
        resolved = statement_date(parsed, statement.start, statement.end, statement.cue, base)
        if resolved is not None:
            current = replace(statement, date=resolved.iso(), date_precision=resolved.precision)
            from_text = True
        elif (
            previous is not None
            and previous_from_text
            and same_occasion(previous, statement, parsed.text)
        ):
            current = replace(statement, date=previous.date, date_precision=previous.date_precision)
            from_text = True
        else:
            current = replace(
                statement, date=document.date, date_precision=document_precision(document)
            )
            from_text = False
        dated[id(statement)] = current
        previous, previous_from_text = current, from_text
    return [dated[id(s)] for s in statements]


# Paragraph breaks allowed between two statements of one occasion.
MAX_OCCASION_BREAKS = 2


def same_occasion(before: Statement, after: Statement, text: str) -> bool:
    """Two statements of one speaker in a row (the caller passes neighbours), close in the
    text: "X told Xinhua on Sunday. / 'Today the rebels ...,' X said." is one interview, so
    the second takes the first's date. A different speaker, or more than
    ``MAX_OCCASION_BREAKS`` paragraph breaks or 400 characters apart: not shown to be one
    occasion."""
    if before.speaker is None or after.speaker is None:
        return False
    one = before.speaker
    two = after.speaker
    same = (one.actor_id and one.actor_id == two.actor_id) or (
        one.name == two.name and one.country == two.country
    )
    if not same or after.start < before.end:
        return False
    gap = text[before.end : after.start]
    return gap.count("\n\n") <= MAX_OCCASION_BREAKS - 1 and len(gap) < 400
