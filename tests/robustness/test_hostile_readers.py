"""Hostile inputs at the reading stage: each costs only itself, with one reason, no hang."""

from __future__ import annotations

import codecs
import json
import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from cablegram.ingest import ingest, iter_raw
from cablegram.ingest.decode import decode_bytes
from cablegram.ingest.files import display_path, raw_path
from cablegram.ingest.readers import read_stdin
from cablegram.records import IngestError, RawDocument

GOOD = "Ministers met in Vienna on Monday. “We are close to a deal,” the envoy said."


def _finishes(work: Callable[[], object], seconds: float = 20.0) -> object:
    """Run ``work`` in a thread; fail (instead of hanging the suite) if it blocks."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "reading blocked"
    return result[0]


def _nested(depth: int) -> str:
    return '{"text": ' + "[" * depth + "]" * depth + "}"


def test_deeply_nested_jsonl_line_fails_alone(tmp_path: Path) -> None:
    lines = [json.dumps({"text": GOOD}), _nested(1200), json.dumps({"text": GOOD + " Again."})]
    path = tmp_path / "deep.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, bad, last = iter_raw([str(path)])
    assert isinstance(first, RawDocument) and isinstance(last, RawDocument)
    assert isinstance(bad, IngestError) and bad.line == 2
    assert "nested too deeply" in bad.reason


def test_overlong_integer_and_lone_surrogates_in_jsonl(tmp_path: Path) -> None:
    lines = [
        '{"text": "x", "n": ' + "9" * 5000 + "}",
        '{"text": "Kerry said \\ud800 no.", "title": "T\\udfff", "authors": ["A\\ud801"]}',
    ]
    path = tmp_path / "odd.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    number, surrogate = iter_raw([str(path)])
    assert isinstance(number, IngestError) and number.line == 1
    assert isinstance(surrogate, RawDocument) and surrogate.text == "Kerry said \ufffd no."
    assert surrogate.title == "T\ufffd" and surrogate.authors == ("A\ufffd",)
    surrogate.text.encode("utf-8")  # storable


def test_file_names_of_any_bytes_are_read_and_shown_losslessly(tmp_path: Path) -> None:
    raw_name = b"caf\xe9 \\ bad\x1b[31m.txt"  # latin-1 byte, a backslash, an escape code
    path = os.path.join(os.fsencode(tmp_path), raw_name)
    with open(path, "wb") as handle:
        handle.write(GOOD.encode())
    (item,) = iter_raw([str(tmp_path)])
    assert isinstance(item, RawDocument) and item.text == GOOD
    shown = item.source_path
    shown.encode("utf-8")  # a store, JSON and a terminal take it
    assert shown.endswith("caf\\xe9 \\\\ bad\\x1b[31m.txt")
    assert raw_path(shown) == path
    # A name that needed no escaping is shown as it is.
    assert display_path("/news/été.txt") == "/news/été.txt"


def test_named_pipe_socket_and_device_are_skipped_without_blocking(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(tmp_path / "sock.html"))
    try:
        folder = _finishes(lambda: list(iter_raw([str(tmp_path)])))
        named = _finishes(lambda: list(iter_raw([str(tmp_path / "pipe.txt"), os.devnull])))
    finally:
        sock.close()
    assert isinstance(folder, list) and isinstance(named, list)
    good = [i for i in folder if isinstance(i, RawDocument)]
    assert [os.path.basename(i.source_path) for i in good] == ["a.txt"]
    reasons = {os.path.basename(e.path): e.reason for e in folder if isinstance(e, IngestError)}
    assert reasons == {
        "pipe.jsonl": "skipped: a named pipe, not a regular file",
        "pipe.txt": "skipped: a named pipe, not a regular file",
        "sock.html": "skipped: a socket, not a regular file",
    }
    assert [e.reason for e in named] == [
        "skipped: a named pipe, not a regular file",
        "skipped: a device, not a regular file",
    ]


def test_size_limit_refuses_large_files_and_jsonl_lines(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(GOOD * 100, encoding="utf-8")
    lines = [json.dumps({"text": GOOD * 100}), json.dumps({"text": GOOD})]
    (tmp_path / "lines.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_raw([str(tmp_path)], max_bytes=2_000))
    assert [type(i).__name__ for i in items] == ["IngestError", "IngestError", "RawDocument"]
    whole, first, ok = items
    assert isinstance(first, IngestError) and first.line == 1 and "too large" in first.reason
    assert isinstance(ok, RawDocument) and ok.text == GOOD
    assert isinstance(whole, IngestError) and whole.path.endswith("big.txt")
    assert "--max-size" in whole.reason
    # The same inputs pass under the default limit.
    assert all(isinstance(i, RawDocument) for i in iter_raw([str(tmp_path)]))


def test_stdin_jsonl_with_one_bad_line_keeps_the_good_ones() -> None:
    data = "\n".join([json.dumps({"text": GOOD}), '{"text": "broken', json.dumps({"text": "B."})])
    items = list(read_stdin(data.encode("utf-8")))
    assert [type(i).__name__ for i in items] == ["RawDocument", "IngestError", "RawDocument"]
    assert isinstance(items[1], IngestError) and items[1].line == 2
    # Plain text with one JSON-looking line is still one text document.
    (text,) = read_stdin(('{"a": 1}\n' + GOOD + "\n" + GOOD).encode("utf-8"))
    assert isinstance(text, RawDocument) and text.text is not None and GOOD in text.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text(codec: str) -> None:
    data = GOOD.encode(codec)
    assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    assert decode_bytes(data) == GOOD


def test_binary_with_nul_bytes_is_still_refused() -> None:
    with pytest.raises(ValueError, match="binary"):
        decode_bytes(bytes(range(256)) * 4)


def test_deeply_nested_html_keeps_its_text(tmp_path: Path) -> None:
    depth = 400
    html = (
        "<html><head><title>Deep</title></head><body>"
        + "<div>" * depth
        + "<p>"
        + GOOD
        + "</p><p>The talks resume on Tuesday, officials said.</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    (tmp_path / "deep.html").write_text(html, encoding="utf-8")
    (item,) = ingest([str(tmp_path / "deep.html")])
    assert not isinstance(item, IngestError), item
    assert "We are close to a deal" in item.text
