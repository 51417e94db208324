"""Pairing quotation marks into quote spans, tolerant of the marks real articles use.

Handles straight, curly, low-9 and guillemet double quotes, and two apostrophes typed for one;
single quotes at the top level (British style, over several paragraphs too) and nested inside
double ones; quotes running over several paragraphs by the
convention that an unclosed paragraph is continued by one that opens with a mark, or closed
by a mark ending a later paragraph with no mark between; and stray or
mistyped marks (an opening mark used to close), which never stop the rest of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

DOUBLE_OPEN = frozenset("“„«")
DOUBLE_CLOSE = frozenset("”»")
SINGLE_OPEN = frozenset("‘‚")
SINGLE_CLOSE = frozenset("’")
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
_OPENERS_BEFORE = frozenset(" \t\n([{—–-/:")
# A quote longer than this without a closing mark is a stray mark, not a quote.
MAX_QUOTE_CHARS = 4000


@dataclass(frozen=True, slots=True)
class Quote:
    """The words between a pair of marks (offsets exclude the marks and edge white space)."""

    start: int
    end: int
    open_mark: int
    close_mark: int
    # True when this paragraph's quote continues the previous paragraph's unclosed one.
    continues: bool = False


def _is_letter_or_digit(ch: str) -> bool:
    return ch.isalnum()


def _role(text: str, i: int, inside: bool) -> str | None:
    """'open', 'close' or None for the mark at i, from its shape and its neighbours."""
    ch = text[i]
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    after_is_end = after.isspace() or (not after.isalnum() and after not in "'‘“\"")
    if ch in DOUBLE_OPEN:
        # A mistyped opening mark that closes: inside a quote, followed by a space or punctuation.
        if inside and after_is_end and not before.isspace():
            return "close"
        return "open"
    if ch in DOUBLE_CLOSE:
        if not inside and (before in _OPENERS_BEFORE or before == "\n") and after.isalnum():
            return "open"
        return "close"
    if ch == STRAIGHT_DOUBLE:
        if inside:
            return "close" if not before.isspace() or after_is_end else "open"
        if before in _OPENERS_BEFORE or i == 0:
            return "open" if not after.isspace() else None
        return "close" if after_is_end else "open"
    return None


def _single_role(text: str, i: int, inside: bool) -> str | None:
    ch = text[i]
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if _is_letter_or_digit(before) and _is_letter_or_digit(after):
        return None  # an apostrophe inside a word: Kerry’s, don't
    if ch in SINGLE_OPEN or (ch == STRAIGHT_SINGLE and not inside):
        if (before.isspace() or before in '([{“"—–') and after.isalnum():
            return "open"
        return None
    if ch in SINGLE_CLOSE or ch == STRAIGHT_SINGLE:
        if inside and not before.isspace() and (after.isspace() or not after.isalnum()):
            return "close"
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph_starts_with_open(text: str, i: int, marks: frozenset[str] = DOUBLE_OPEN) -> bool:
    """Whether the paragraph starting after position i opens with a quotation mark (double
    by default, or one of ``marks`` and its straight form)."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    straight = STRAIGHT_DOUBLE if marks is DOUBLE_OPEN else STRAIGHT_SINGLE
    return j < len(text) and (text[j] in marks or text[j] == straight)


def _closes_after_nested(text: str, i: int) -> bool:
    """Whether the curly quote opening at i closes, and a straight mark after it closes the
    outer quote, within the paragraph (an unclosed straight mark opening a paragraph is a
    block quote whose curly quotes are quotes of their own)."""
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    close = next((j for j in range(i + 1, end) if text[j] in DOUBLE_CLOSE), -1)
    return close >= 0 and STRAIGHT_DOUBLE in text[close + 1 : end]


# A quote opened in one paragraph and closed at the end of a later one, with no mark
# between, runs over at most this many paragraph breaks.
MAX_BLOCK_BREAKS = 4
_PARAGRAPH_END = re.compile(r"[\s.,;:!?…)\]]*(?:\n|$)")


def _block_closes_later(text: str, open_at: int, i: int) -> bool:
    """Whether the double quote opened at ``open_at`` and still open at the paragraph break
    ``i`` is closed by the next quotation mark in the text, which ends a paragraph a few
    breaks on: a statement quoted over several paragraphs with one opening and one closing
    mark ('said in a statement: “I summoned ... / Once again, ... / I urge ... community”.').
    """
    j = i
    while j < len(text) and text[j] not in DOUBLE_OPEN and text[j] not in DOUBLE_CLOSE:
        if text[j] == STRAIGHT_DOUBLE or j - open_at > MAX_QUOTE_CHARS:
            return False
        j += 1
    if j >= len(text) or _role(text, j, True) != "close":
        return False
    if text.count("\n\n", i, j) + text.count("\n", i, j) // 2 > 2 * MAX_BLOCK_BREAKS:
        return False
    return _PARAGRAPH_END.match(text, j + 1) is not None


_TWO_APOSTROPHES = re.compile(r"''")


def _as_double_marks(text: str) -> str:
    """Two apostrophes typed for a double mark (''like this'', as some archives print quotes)
    become one straight double mark and a space, offsets unchanged: the mark goes where the
    quote's words touch it, the space on the outer side."""

    def swap(m: re.Match[str]) -> str:
        before = text[m.start() - 1] if m.start() > 0 else " "
        opening = before.isspace() or before in "([{—–-/:"
        return ' "' if opening else '" '

    return _TWO_APOSTROPHES.sub(swap, text)


def find_quotes(text: str) -> list[Quote]:
    """Every top-level quote in the text, in order. Nested quotes stay inside their parent."""
    if "''" in text:
        text = _as_double_marks(text)
    quotes: list[Quote] = []
    open_at: int | None = None
    continues = False
    single_open_at: int | None = None  # a top-level single-quoted passage
    single_continues = False
    nested_curly = False  # inside a curly quote nested in a straight one
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            nested_curly = False
            # A paragraph ends: a quote still open either continues in the next paragraph or
            # was a stray mark.
            if open_at is not None:
                block = not _paragraph_starts_with_open(text, i) and _block_closes_later(
                    text, open_at, i
                )
                if block or _paragraph_starts_with_open(text, i):
                    start, end = _trim(text, open_at + 1, i)
                    if end > start:
                        quotes.append(Quote(start, end, open_at, i, continues))
                    continues = True
                else:
                    continues = False
                # A block quote goes on in the next paragraph without a mark of its own: the
                # break stands for its opening.
                open_at = i if block else None
            if single_open_at is not None and _paragraph_starts_with_open(text, i, SINGLE_OPEN):
                # British style: each paragraph of a long quote reopens it; only the last closes.
                start, end = _trim(text, single_open_at + 1, i)
                if end > start:
                    quotes.append(Quote(start, end, single_open_at, i, single_continues))
                single_continues = True
            else:
                single_continues = False
            single_open_at = None
            i += 1
            continue
        if open_at is not None and text[open_at] == STRAIGHT_DOUBLE and ch in DOUBLE_OPEN:
            # A curly quote nested in a straight one ("He read: “...” aloud"): the outer
            # quote stays open until the inner one closes.
            if _role(text, i, False) == "open" and _closes_after_nested(text, i):
                nested_curly = True
                i += 1
                continue
        if nested_curly and ch in DOUBLE_CLOSE:
            nested_curly = False
            i += 1
            continue
        if ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch == STRAIGHT_DOUBLE:
            role = _role(text, i, open_at is not None)
            if role == "open":
                if open_at is None:
                    open_at = i
                    single_open_at = None
                elif i - open_at > 1:
                    # Two openings in a row: the first was stray.
                    open_at = i
                    continues = False
            elif role == "close" and open_at is not None:
                start, end = _trim(text, open_at + 1, i)
                if end > start and i - open_at <= MAX_QUOTE_CHARS:
                    quotes.append(Quote(start, end, open_at, i, continues))
                open_at = None
                continues = False
        elif open_at is None and (ch in SINGLE_OPEN or ch in SINGLE_CLOSE or ch == STRAIGHT_SINGLE):
            role = _single_role(text, i, single_open_at is not None)
            if role == "open" and single_open_at is None:
                single_open_at = i
            elif role == "close" and single_open_at is not None:
                start, end = _trim(text, single_open_at + 1, i)
                if end > start and " " in text[start:end]:
                    quotes.append(Quote(start, end, single_open_at, i, single_continues))
                single_open_at = None
                single_continues = False
        if open_at is not None and i - open_at > MAX_QUOTE_CHARS:
            open_at = None
            continues = False
        i += 1
    return quotes


def quotes_of(doc: Doc) -> list[Quote]:
    """The quotes of a parsed document, paired once and kept with it: the actor resolver
    and the statement finder both need them."""
    cached = doc.user_data.get("cablegram_quotes")
    if not isinstance(cached, list):
        cached = find_quotes(doc.text)
        doc.user_data["cablegram_quotes"] = cached
    return cached
