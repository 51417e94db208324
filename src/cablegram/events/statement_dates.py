"""When a statement was made: the time the text gives for the speech, else the document's.

"Solberg told parliament in February 2005" is dated 2005-02 (month precision); a quote
with no time of its own takes the document's date, as precise as that date is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from cablegram.events.dates import (
    MAX_BASE_RANGE_DAYS,
    Precision,
    ResolvedDate,
    attached,
    parse_iso,
    relative_base,
    resolve_expression,
    time_expressions,
)
from cablegram.records import Document, Statement


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
        if (e.end_char <= start or e.start_char >= end) and attached(e, cue_token)
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
    the speech ("told parliament in February 2005"), else the document's date."""
    base = relative_base(document)
    dated: list[Statement] = []
    for statement in statements:
        resolved = statement_date(parsed, statement.start, statement.end, statement.cue, base)
        if resolved is not None:
            dated.append(replace(statement, date=resolved.iso(), date_precision=resolved.precision))
        else:
            dated.append(
                replace(statement, date=document.date, date_precision=document_precision(document))
            )
    return dated
