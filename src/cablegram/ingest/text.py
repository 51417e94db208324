"""Paragraph splitting and the text foldings that comparisons use."""

from __future__ import annotations

import hashlib
import re

_SPACES = re.compile(r"[^\S\n]+")  # any white space but the newline, NBSP included
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_QUOTES_SINGLE = str.maketrans(dict.fromkeys("‘’‚‛′`´", "'"))
_QUOTES_DOUBLE = str.maketrans(dict.fromkeys("“”„‟″«»", '"'))
_DASHES = re.compile(r"\s*(?:--+|[‐‑‒–—―−])\s*|\s+-\s+")
_ELLIPSIS = re.compile(r"\s*(?:\.\s*\.\s*\.|…)")
_NON_WORD = re.compile(r"[^\w\s]+")
_DIGITS = re.compile(r"\d")
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*\.?", re.UNICODE)

# Hard-wrapped plain text: every line but a paragraph's last is about this long.
_WRAP_MIN, _WRAP_MAX = 40, 100


def split_paragraphs(text: str) -> list[str]:
    """The text's paragraphs, white space collapsed, empty lines dropped.

    Each line is a paragraph (extracted and scraped text put one paragraph a line), except
    in hard-wrapped blocks, whose lines are joined back into one paragraph.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(text):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if _hard_wrapped(lines):
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines of one paragraph wrapped at a fixed width, rather than one paragraph a line?

    Wrapped lines (all but the last) are of near-equal length, and most of them break
    mid-sentence, so the next line goes on in lower case. A headline over a standfirst
    or a menu over a title has neither trait.
    """
    if len(lines) < 2:
        return False
    body = lines[:-1]
    longest = max(len(line) for line in body)
    if not all(_WRAP_MIN <= len(line) <= _WRAP_MAX for line in lines[:-1]):
        return False
    if any(len(line) < 0.7 * longest for line in body) or len(lines[-1]) > _WRAP_MAX:
        return False
    continued = sum(1 for line in lines[1:] if line[:1].islower())
    return 2 * continued >= len(body)


def fold(text: str) -> str:
    """Comparison key: quote styles, dashes, ellipses, white space and case folded."""
    text = text.translate(_QUOTES_SINGLE).translate(_QUOTES_DOUBLE)
    text = _DASHES.sub("-", text)
    text = _ELLIPSIS.sub("…", text)
    return _SPACES.sub(" ", text).strip().casefold()


def line_hash(text: str) -> str:
    """CCNet-style hash of a line: folded, punctuation dropped, digits zeroed."""
    key = _DIGITS.sub("0", _NON_WORD.sub(" ", fold(text)))
    key = " ".join(key.split())
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16] if key else ""


def words(text: str) -> list[str]:
    """The words of a line (letters and digits, inner apostrophes, dots and hyphens)."""
    return _WORD.findall(text)


def join_paragraphs(paragraphs: list[str]) -> str:
    """The cleaned text: one paragraph a block, blank lines between."""
    return "\n\n".join(paragraphs)


def vocabulary(text: str) -> frozenset[str]:
    """A word set written as one white-space separated string."""
    return frozenset(text.split())
