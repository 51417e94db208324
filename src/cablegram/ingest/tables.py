"""Data tables: figures a page's widget or database printed into the article's text.

trafilatura writes an HTML table as lines of cells between bars (``| State | Cases |``,
``|---|---|``), one paragraph a line. A table none of whose cells reads as a sentence (a
case-count widget, a results grid, a price list) holds no statement and no event: it goes
as ``"embed"`` (embedded material, not the article's prose). A table with a sentence in a
cell (a timeline of quoted remarks) stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cablegram.ingest.rulebase import Findings, RuleContext
from cablegram.ingest.text import words
from cablegram.records import RemovedKind

# A row: starts and ends with a bar; a separator row holds only dashes, colons and bars.
_ROW = re.compile(r"^\|.*\|$")
_SEPARATOR = re.compile(r"^\|[\s|:\-]+\|$")
# A cell that reads as a sentence: enough words and a closing stop.
MIN_SENTENCE_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*$")


def is_table_row(paragraph: str) -> bool:
    """A line of table cells between bars (``| a | b |``)."""
    return bool(_ROW.match(paragraph.strip()))


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|") if cell.strip()]


def _has_sentence(rows: Sequence[str]) -> bool:
    return any(
        len(words(cell)) >= MIN_SENTENCE_WORDS and _SENTENCE_END.search(cell)
        for row in rows
        if not _SEPARATOR.match(row.strip())
        for cell in _cells(row)
    )


def _runs(paragraphs: Sequence[str]) -> list[range]:
    runs: list[range] = []
    start: int | None = None
    for i, paragraph in enumerate([*paragraphs, ""]):
        if is_table_row(paragraph):
            start = i if start is None else start
        elif start is not None:
            runs.append(range(start, i))
            start = None
    return runs


def data_tables(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Each run of table rows with no sentence in any cell -> embed."""
    removed: dict[int, RemovedKind] = {}
    for run in _runs(paragraphs):
        if not _has_sentence([paragraphs[i] for i in run]):
            removed.update(dict.fromkeys(run, "embed"))
    return Findings(removed)
