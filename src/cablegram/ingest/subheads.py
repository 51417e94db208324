"""Subheads and section labels inside an article's body: not sentences to read.

Long wire and newspaper stories break their body with short headline-style lines: a label in
capitals ("ARRESTS", "NEW LEADER") or a headline of the section below ("Russia's UN request
rejected"). They are summaries, not sentences: read as prose, "Russia's UN request rejected"
made Russia the one who rejected, and "ARRESTS" an actor. Removing them once, here, keeps
them out of statements, events and actors alike.

Shape (:func:`is_subhead`): a line of at most :data:`MAX_SUBHEAD_WORDS` words that opens with
a capital and does not end like a sentence (no final ".", "!", "?", ":", ";", quotation mark
or bracket, and no last word such as "of" or "include" that runs on), standing between two
paragraphs that read as sentences of at least :data:`MIN_NEIGHBOUR_WORDS` words, so that it
is inside the body: a title or a dateline above the lede, a sign-off below the last
paragraph, and a line that introduces a quote or list (ending in ":") all stay.

They are removed as kind ``"navigation"``: the record contract (``spec/records.md``) has no
kind of its own for section labels, and like a page's menus they are way-finding, not text.
"""

from __future__ import annotations

from collections.abc import Sequence

from cablegram.ingest.rulebase import TERMINAL, Findings, RuleContext, is_sentence_like
from cablegram.ingest.text import words
from cablegram.records import RemovedKind

MAX_SUBHEAD_WORDS = 10
# Body paragraphs stand on both sides; a standfirst or a one-line teaser is shorter.
MIN_NEIGHBOUR_WORDS = 12
# A line ending on these continues into the next paragraph; it is not a label.
_CONTINUES = (",", "-", "—", "–", "(", "&", "/")
# A line ending on a word that needs a complement runs on into the next line.
_RUNS_ON = frozenset(
    {"the", "a", "an", "of", "to", "in", "on", "and", "or", "but", "for", "with", "by", "at",
     "from", "as", "is", "are", "was", "were", "that", "include", "includes", "including"}
)  # fmt: skip


def is_subhead(line: str, before: str, after: str) -> bool:
    """Whether ``line``, between the paragraphs ``before`` and ``after``, is a subhead.

    >>> is_subhead("NEW LEADER", "The council met on Monday and chose a new chief for the body.",
    ...            "The new leader, a former judge, promised to reform the courts quickly.")
    True
    >>> is_subhead("He said the talks would go on.", "The council met on Monday in Rome.",
    ...            "The new leader, a former judge, promised to reform the courts quickly.")
    False
    """
    text = line.strip()
    count = len(words(text))
    if not 1 <= count <= MAX_SUBHEAD_WORDS or not text[:1].isupper():
        return False
    if TERMINAL.search(text) or text.endswith(_CONTINUES):
        return False
    if words(text)[-1].casefold() in _RUNS_ON:
        return False
    return all(
        is_sentence_like(side) and len(words(side)) >= MIN_NEIGHBOUR_WORDS
        for side in (before, after)
    )


def subhead_lines(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Subheads between body paragraphs -> navigation (the contract's kind for way-finding)."""
    removed: dict[int, RemovedKind] = {
        i: "navigation"
        for i in range(1, len(paragraphs) - 1)
        if is_subhead(paragraphs[i], paragraphs[i - 1], paragraphs[i + 1])
    }
    return Findings(removed)
