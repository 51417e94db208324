"""Decoding bytes: encodings, mojibake, binary and undecodable input."""

from __future__ import annotations

import codecs

import pytest

from cablegram.ingest.decode import DecodeFailure, decode_bytes, repair_text

TEXT = "Kerry’s “plan” for the café — naïve, perhaps."


def test_utf8() -> None:
    assert decode_bytes(TEXT.encode("utf-8")) == TEXT


def test_utf8_with_bom_and_utf16() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8")) == TEXT
    assert decode_bytes(TEXT.encode("utf-16")) == TEXT


def test_cp1252_bytes() -> None:
    assert decode_bytes(TEXT.encode("cp1252")) == TEXT


def test_latin1_bytes() -> None:
    text = "Le café était très bon, à Paris où l'été est chaud."
    assert decode_bytes(text.encode("latin-1")) == text


def test_mojibake_is_repaired_and_quotes_stay_curly() -> None:
    # UTF-8 read as cp1252 and saved again: what "Kerryâ€™s" looks like on many sites.
    garbled = "Kerryâ€™s plan for the cafÃ© â€” naÃ¯ve, with â€œquotesâ€\x9d."
    assert repair_text(garbled) == "Kerry’s plan for the café — naïve, with “quotes”."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
        (bytes(range(0x80, 0x100)) * 4, "undecodable"),
    ],
)
def test_bad_bytes(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeFailure, match=reason):
        decode_bytes(data)
