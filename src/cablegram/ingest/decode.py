"""Bytes to text: binary sniffing, encoding detection and mojibake repair."""

from __future__ import annotations

import codecs
import unicodedata

import charset_normalizer
import ftfy

# How much of a file the binary sniffer looks at.
SNIFF_BYTES = 8192

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0b\x0c")
# Keep curly quotes: statement extraction and offsets need the text's own quote marks.
_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False)


class DecodeFailure(ValueError):
    """The bytes are not usable text; the message is the reason shown to the user."""


def sniff_binary(head: bytes) -> str | None:
    """Why these first bytes of a file look binary, or None when they look like text."""
    if any(head.startswith(bom) for bom, _ in _BOMS) or bomless_utf16(head):
        return None  # UTF-16/32 text is full of NUL bytes by design.
    if b"\x00" in head:
        return "binary file (contains NUL bytes)"
    controls = sum(1 for b in head if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
    if head and controls > 0.1 * len(head):
        return "binary file (mostly non-text bytes)"
    return None


def bomless_utf16(head: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when these bytes read as UTF-16 text without a BOM.

    Text in a Latin script written as UTF-16 has a NUL as the high byte of almost every
    character: in the odd positions (little-endian) or the even ones (big-endian), and
    hardly any in the other. Binary data puts its NUL bytes anywhere.
    """
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(even)
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    if zeros_odd >= 0.6 * half and zeros_even <= 0.02 * half:
        return "utf-16-le"
    if zeros_even >= 0.6 * half and zeros_odd <= 0.02 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> str:
    """Decode bytes as text: a BOM, else UTF-8, else detection, else cp1252, else latin-1.

    Raises DecodeFailure for empty, binary or undecodable input.
    """
    if not data.strip():
        raise DecodeFailure("empty file")
    reason = sniff_binary(data[:SNIFF_BYTES])
    if reason:
        raise DecodeFailure(reason)
    text = _decode(data)
    if _unprintable_share(text) > 0.05:
        raise DecodeFailure("undecodable text (no encoding gives readable characters)")
    if not text.strip():
        raise DecodeFailure("empty file")
    return text


def _decode(data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeFailure(f"undecodable {codec} text") from exc
    utf16 = bomless_utf16(data[:SNIFF_BYTES])
    if utf16 is not None:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass  # odd length or a lone surrogate: not UTF-16 after all
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    detected = _detect(data)
    if detected is not None:
        return detected
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _detect(data: bytes) -> str | None:
    """charset-normalizer's guess, nudged towards cp1252 when that reads as well.

    On short Western text the detector often ranks cp1250 or mac_latin2 first with a
    near-equal score, which turns "naïve" into "naďve"; news in English is far more
    likely cp1252, so a cp1252-compatible reading within a small margin wins.
    """
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = min(matches, key=lambda m: m.chaos)
    for match in matches:
        western = {"cp1252", "latin_1"} & set(match.could_be_from_charset)
        if western and match.chaos <= best.chaos + 0.1:
            return str(match)
    return str(best)


def _unprintable_share(text: str) -> float:
    """Share of characters that no text should hold: control, unassigned, replacement."""
    sample = text[:100_000]  # a sample is enough, and keeps this linear pass cheap
    if not sample:
        return 0.0
    bad = 0
    for ch in sample:
        if ch in "\t\n\r\x0b\x0c":
            continue
        if ch == "\ufffd" or unicodedata.category(ch) in {"Cc", "Cn", "Co", "Cs"}:
            bad += 1
    return bad / len(sample)


def repair_text(text: str) -> str:
    """Repair mojibake ("Kerryâ€™s" -> "Kerry’s"), HTML entities and stray controls."""
    return ftfy.fix_text(text, _FTFY_CONFIG)
