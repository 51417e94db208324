"""Parsing a long document in windows of paragraphs, so memory does not grow with its size.

spaCy's parser and tagger hold arrays for the whole text they are given: one 5 MB article
parsed at once needs many gigabytes. A long document is cut here into windows of whole
paragraphs (a paragraph longer than a window is cut at a sentence end, else at white
space), each window is parsed alone, and the parses are joined back into one ``Doc`` whose
text is exactly the document's. Every later stage (actors, statements, events) then runs
once over that whole ``Doc``, so an actor named in the first paragraph still resolves
"he" or "the minister" in the last: the document's actor table spans the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy
from spacy.language import Language
from spacy.tokens import Doc

# Texts longer than this (characters) are parsed in windows of about this size.
WINDOW_CHARS = 20_000
# Window docs parsed together by nlp.pipe: more is faster, and holds more at once.
_PIPE_BATCH = 4
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def windows(text: str, size: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) character ranges that cover ``text`` exactly, in order, each <= ``size``
    (default :data:`WINDOW_CHARS`).

    A window ends just after a paragraph break ("\\n\\n") when one falls in its second half,
    else after a sentence end, else after any white space, else at ``size``.
    """
    size = WINDOW_CHARS if size is None else size
    start, n = 0, len(text)
    while n - start > size:
        limit = start + size
        cut = text.rfind("\n\n", start + size // 2, limit)
        found = cut + 2 if cut >= 0 else None
        if found is None:
            found = _last_match_end(_SENTENCE_END, text, start + size // 2, limit)
        end = found or _last_match_end(_SPACE, text, start + 1, limit) or limit
        yield start, end
        start = end
    if start < n:
        yield start, n


def _last_match_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    last = None
    for match in pattern.finditer(text, lo, hi):
        last = match.end()
    return last


def parse(nlp: Language, text: str, size: int | None = None) -> Doc:
    """``nlp(text)``, in windows when ``text`` is longer than ``size``; the same ``Doc.text``.

    The joined ``Doc`` keeps tokens, tags, dependencies, sentence starts and entities of
    each window; the tok2vec tensors are dropped (nothing downstream reads them), which is
    most of what a parse holds per token.
    """
    size = WINDOW_CHARS if size is None else size
    if len(text) <= size:
        return nlp(text)
    parts: list[Doc] = []
    pieces = (text[a:b] for a, b in windows(text, size))
    for doc in nlp.pipe(pieces, batch_size=_PIPE_BATCH):
        doc.tensor = numpy.zeros((0,), dtype="float32")
        parts.append(doc)
    joined = Doc.from_docs(parts, ensure_whitespace=False)
    if joined.text != text:  # a window's tokens must rebuild its text exactly
        raise ValueError("windowed parse does not rebuild the document's text")
    return joined
