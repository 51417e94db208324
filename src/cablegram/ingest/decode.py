"""Bytes to text: binary sniffing, encoding detection and mojibake repair."""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer
import ftfy
import webencodings  # type: ignore[import-untyped]

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
    """Decode bytes as text: a BOM, else the page's declared charset (WHATWG labels: a page
    labelled iso-8859-1, latin1 or us-ascii is windows-1252), else UTF-8, else detection,
    else windows-1252.

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


# WHATWG's prescan looks for a <meta> charset in the first 1024 bytes of a page.
PRESCAN_BYTES = 1024
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*(?P<label>[A-Za-z0-9_.:\-]+)", re.I)


def _whatwg_c1(error: UnicodeError) -> tuple[str, int]:
    """windows-1252 as the Encoding Standard defines it: the five bytes Python's cp1252
    leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to the C1 code points."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return "".join(chr(b) for b in error.object[error.start : error.end]), error.end


codecs.register_error("cablegram-whatwg-c1", _whatwg_c1)


def encoding_for_label(label: str) -> webencodings.Encoding | None:
    """The Encoding Standard's encoding for a label ("latin1" -> windows-1252), or None.

    A page that declares UTF-16 in ASCII bytes cannot be UTF-16: it is read as UTF-8.
    """
    encoding = webencodings.lookup(label.strip())
    if encoding is not None and encoding.name.startswith("utf-16"):
        return webencodings.lookup("utf-8")
    return encoding


def declared_label(data: bytes) -> str | None:
    """The charset label an HTML page declares in a <meta> near its top, if any."""
    head = data[:PRESCAN_BYTES]
    if b"<" not in head:
        return None
    match = _META_CHARSET.search(head)
    return match["label"].decode("ascii", "replace") if match else None


def _decode_as(data: bytes, encoding: webencodings.Encoding) -> str:
    """Decode with a WHATWG encoding; bytes it cannot map become U+FFFD, never nothing."""
    codec = encoding.codec_info.name
    errors = "cablegram-whatwg-c1" if codec == "cp1252" else "replace"
    return data.decode(codec, errors)


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
    label = declared_label(data)
    declared = encoding_for_label(label) if label else None
    if declared is not None and declared.name != "utf-8":
        return _decode_as(data, declared)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    detected = _detect(data)
    if detected is not None:
        return detected
    if _mostly_ascii(data):
        return _decode_as(data, _WINDOWS_1252)
    # No reading fits: latin-1 maps every byte, and the unprintable test then judges it.
    return data.decode("latin-1")


# Western text in a single-byte encoding is mostly ASCII; bytes that are mostly high are
# some other script or no text at all, and windows-1252 is no fair guess for them.
MIN_ASCII_SHARE = 0.5


def _mostly_ascii(data: bytes) -> bool:
    sample = data[:100_000]
    return sum(1 for b in sample if b < 0x80) >= MIN_ASCII_SHARE * len(sample)


_WINDOWS_1252 = webencodings.lookup("windows-1252")


def _detect(data: bytes) -> str | None:
    """charset-normalizer's guess, read through the Encoding Standard's label table.

    On short Western text the detector often ranks cp1250 or mac_latin2 first with a
    near-equal score, which turns "naïve" into "naďve"; news in English is far more
    likely cp1252, so a cp1252-compatible reading within a small margin wins. A guess of
    latin-1 or ASCII is read as windows-1252, as browsers do, so that the curly quotes,
    apostrophes and dashes in bytes 0x80-0x9F are kept, not turned into control codes.
    """
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = min(matches, key=lambda m: m.chaos)
    for match in matches:
        western = {"cp1252", "latin_1", "ascii"} & set(match.could_be_from_charset)
        if western and match.chaos <= best.chaos + 0.1:
            return _decode_as(data, _WINDOWS_1252) if _mostly_ascii(data) else str(match)
    encoding = encoding_for_label(best.encoding.replace("_", "-"))
    if encoding is not None and encoding.name == "windows-1252" and _mostly_ascii(data):
        return _decode_as(data, _WINDOWS_1252)
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
