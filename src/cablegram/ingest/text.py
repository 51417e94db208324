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
    in hard-wrapped blocks (wire copy with a line break every ~70 characters), whose lines
    are joined back into paragraphs: one paragraph per block, or, in a block of several
    wrapped paragraphs, a new one after each line that stops well short of the width.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(text):
        raw = [line for line in block.split("\n") if line.strip()]
        lines = [_SPACES.sub(" ", line).strip() for line in raw]
        if _hard_wrapped(lines):
            paragraphs.append(_join_wrapped(lines))
        elif _wrapped_paragraphs(lines):
            paragraphs.extend(_rewrap(raw, lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


def _join_wrapped(lines: list[str]) -> str:
    """Wrapped lines joined: a space between, none after a hyphen that split a word."""
    out = lines[0]
    for line in lines[1:]:
        if re.search(r"[^\W\d_]-$", out) and line[:1].islower():
            out += line  # "inter-" + "national": the hyphen stays, no character is lost
        else:
            out += " " + line
    return out


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


# In a block of several wrapped paragraphs, a line is "full" when it comes this close to
# the width; the lines that stop short end paragraphs.
_FULL_SLACK = 15
MIN_WRAPPED_LINES = 4
MIN_CONTINUED_SHARE = 0.3


def _wrapped_paragraphs(lines: list[str]) -> bool:
    """A block of several paragraphs hard-wrapped at one width, with no blank lines?

    Most lines reach the width (within a word's length), no line passes it, and most full
    lines break mid-sentence (no sentence end at the break).
    """
    if len(lines) < MIN_WRAPPED_LINES:
        return False
    width = max(len(line) for line in lines)
    if not _WRAP_MIN <= width <= _WRAP_MAX:
        return False
    full = [line for line in lines[:-1] if len(line) >= width - _FULL_SLACK]
    if 2 * len(full) < len(lines) - 1:
        return False
    open_ended = [
        k
        for k, line in enumerate(lines[:-1])
        if len(line) >= width - _FULL_SLACK and not re.search(r"[.!?:][\"”’)]*$", line)
    ]
    if 2 * len(open_ended) < len(full):
        return False
    # A sentence broken at the width goes on in lower case often enough; a list of
    # headlines of one length (every line capitalised) is no wrapped prose.
    continued = sum(1 for k in open_ended if lines[k + 1][:1].islower())
    return MIN_CONTINUED_SHARE * len(open_ended) <= continued


def _rewrap(raw: list[str], lines: list[str]) -> list[str]:
    """Paragraphs of a multi-paragraph wrapped block: a line that stops short of the width
    (the next line's first word would have fitted) or an indented next line starts anew."""
    width = max(len(line) for line in lines)
    paragraphs: list[list[str]] = [[lines[0]]]
    for k in range(1, len(lines)):
        previous, line = lines[k - 1], lines[k]
        first_word = line.split(" ", 1)[0]
        fitted = len(previous) + 1 + len(first_word) <= width
        indented = raw[k][:1].isspace() and not raw[k - 1][:1].isspace()
        if (fitted and re.search(r"[.!?:][\"”’)]*$", previous)) or indented:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return [_join_wrapped(group) for group in paragraphs]


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
