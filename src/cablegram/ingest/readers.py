"""Readers: files, folders and standard input to RawDocuments, or IngestErrors for bad input.

Nothing here raises for bad input: every problem becomes an IngestError naming the file
(and line), and reading goes on with the next input.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any, BinaryIO

from cablegram.ingest.decode import SNIFF_BYTES, DecodeFailure, decode_bytes, sniff_binary
from cablegram.ingest.files import (
    DEFAULT_MAX_BYTES,
    InputRefused,
    display_path,
    open_regular,
    too_large,
)
from cablegram.records import IngestError, RawDocument

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
# Walking a folder picks these; a file named outright is read whatever its suffix, so
# that a README or SOURCES file lying next to the articles is not taken for one.
ARTICLE_SUFFIXES = HTML_SUFFIXES | JSONL_SUFFIXES | TEXT_SUFFIXES
STDIN_NAME = "<stdin>"

Item = RawDocument | IngestError
# A JSON string may hold a lone surrogate ("\\ud800"), which no UTF-8 store or file accepts.
_SURROGATE = re.compile("[\ud800-\udfff]")


def iter_raw(paths: Sequence[str], max_bytes: int | None = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Raw documents from files, folders (recursive, sorted, hidden entries skipped) and "-".

    Only regular files are read (pipes, sockets and devices are reported and skipped); a
    file, JSONL line or standard input over ``max_bytes`` is refused (None: no limit).
    """
    return read_inputs(paths, max_bytes=max_bytes)


def read_inputs(
    paths: Sequence[str], stdin: bytes | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Like ``iter_raw``; ``stdin`` gives standard input's bytes when already read."""
    for path in paths:
        if path == "-":
            yield from read_stdin(stdin_bytes() if stdin is None else stdin, max_bytes)
        elif os.path.isdir(path):
            yield from _walk(path, max_bytes)
        elif os.path.lexists(path):
            yield from read_file(path, max_bytes)
        else:
            yield IngestError(display_path(path), "no such file or directory")


def stdin_bytes() -> bytes:
    """All of standard input, as bytes."""
    try:
        data: bytes = sys.stdin.buffer.read()
        return data
    except (OSError, ValueError, AttributeError):
        return b""  # closed or missing stdin reads as empty input, reported as such


def _walk(folder: str, max_bytes: int | None, visited: set[str] | None = None) -> Iterator[Item]:
    # Followed symlinks may loop back to a folder above; each real folder is walked once.
    visited = set() if visited is None else visited
    real = os.path.realpath(folder)
    if real in visited:
        return
    visited.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield IngestError(display_path(folder), f"cannot read folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(entry.path, max_bytes, visited)
        elif os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES:
            yield from read_file(entry.path, max_bytes)


def read_file(path: str, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """One file: HTML, JSONL (a document a line) or plain text, by its suffix.

    ``path`` is used to open the file; messages and ``source_path`` show
    :func:`~cablegram.ingest.files.display_path` of it.
    """
    shown = display_path(path)
    suffix = os.path.splitext(path)[1].lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, shown, max_bytes)
        return
    try:
        with open_regular(path, max_bytes) as handle:
            data = handle.read()
    except InputRefused as exc:
        yield IngestError(shown, str(exc))
        return
    except OSError as exc:
        yield IngestError(shown, f"cannot read: {exc.strerror or exc}")
        return
    yield _document(shown, data, suffix)


def _document(shown: str, data: bytes, suffix: str) -> Item:
    try:
        text = decode_bytes(data)
    except DecodeFailure as exc:
        return IngestError(shown, str(exc))
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        return RawDocument(source_path=shown, html=text)
    return RawDocument(source_path=shown, text=text)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def _read_jsonl(path: str, shown: str, max_bytes: int | None) -> Iterator[Item]:
    try:
        # The limit applies to each line (one article), not to the whole file.
        handle = open_regular(path, None)
    except InputRefused as exc:
        yield IngestError(shown, str(exc))
        return
    with handle:
        try:
            reason = sniff_binary(handle.read(SNIFF_BYTES))
            if reason:
                yield IngestError(shown, reason)
                return
            handle.seek(0)
            seen_line = False
            for number, line in _lines(handle, max_bytes):
                if line is None:
                    seen_line = True
                    yield IngestError(shown, _line_too_long(max_bytes or 0), number)
                elif line.strip():
                    seen_line = True
                    yield _jsonl_bytes(shown, number, line)
        except OSError as exc:
            yield IngestError(shown, f"cannot read: {exc.strerror or exc}")
            return
    if not seen_line:
        yield IngestError(shown, "empty file")


_CHUNK = 1 << 20


def _line_too_long(max_bytes: int) -> str:
    return f"too large (over {max_bytes / 1_000_000:.1f} MB, raise the limit with --max-size MB)"


def _lines(handle: BinaryIO, max_bytes: int | None) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; a line over ``max_bytes`` comes as None and is never held whole."""
    number = 0
    while True:
        line = handle.readline() if max_bytes is None else handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if max_bytes is None or len(line) <= max_bytes or line.endswith(b"\n"):
            yield number, line
            continue
        while line and not line.endswith(b"\n"):  # skip the rest of the long line
            line = handle.readline(_CHUNK)
        yield number, None


def _jsonl_bytes(path: str, number: int, line: bytes) -> Item:
    try:
        text = decode_bytes(line)
    except DecodeFailure as exc:
        return IngestError(path, str(exc), number)
    return parse_jsonl_line(path, number, text)


def parse_jsonl_line(path: str, number: int, line: str) -> Item:
    """One JSONL article: ``text`` or ``html``, optional title, date, url, publisher, authors.

    Any JSON the parser refuses (malformed, nested too deep, a number too long) is an
    IngestError for this line alone.
    """
    obj, reason = _loads(line)
    if reason:
        return IngestError(path, reason, number)
    if not isinstance(obj, dict):
        return IngestError(path, "not a JSON object", number)
    text, html = _text_field(obj, "text"), _text_field(obj, "html")
    if text is None and html is None:
        return IngestError(path, 'no "text" or "html" field', number)
    return RawDocument(
        source_path=f"{path}:{number}",
        text=text,
        html=html if text is None else None,
        title=_text_field(obj, "title"),
        publisher=_text_field(obj, "publisher"),
        authors=_authors(obj.get("authors", obj.get("author"))),
        date=_text_field(obj, "date"),
        url=_text_field(obj, "url"),
    )


def _loads(line: str) -> tuple[object, str]:
    """The parsed line and "", or None and the reason it could not be parsed."""
    try:
        return json.loads(line), ""
    except json.JSONDecodeError as exc:
        return None, f"malformed JSON: {exc.msg}"
    except RecursionError:
        return None, "malformed JSON: nested too deeply"
    except ValueError as exc:  # e.g. an integer longer than Python converts
        return None, f"malformed JSON: {str(exc)[:100]}"


def _text_field(obj: dict[str, Any], name: str) -> str | None:
    value = obj.get(name)
    if not isinstance(value, str) or not value.strip():
        return None
    return _SURROGATE.sub("\ufffd", value)


def _authors(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return ()
    return tuple(
        _SURROGATE.sub("\ufffd", a.strip()) for a in value if isinstance(a, str) and a.strip()
    )


def read_stdin(data: bytes, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Standard input: JSONL when most non-empty lines are JSON objects, else one document.

    In JSONL each line is an article and a bad line is an IngestError of its own, so one
    broken line among good ones never turns the whole input into one raw-JSON document.
    """
    try:
        text = decode_bytes(data)
    except DecodeFailure as exc:
        yield IngestError(STDIN_NAME, str(exc))
        return
    lines = [(n, line) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    objects = sum(1 for _, line in lines if _is_json_object(line))
    if objects and 2 * objects >= len(lines):
        for number, line in lines:
            if max_bytes is not None and len(line.encode("utf-8", "replace")) > max_bytes:
                yield IngestError(STDIN_NAME, too_large(len(line), max_bytes), number)
            else:
                yield parse_jsonl_line(STDIN_NAME, number, line)
    elif max_bytes is not None and len(data) > max_bytes:
        yield IngestError(STDIN_NAME, too_large(len(data), max_bytes))
    elif _looks_like_html(text):
        yield RawDocument(source_path=STDIN_NAME, html=text)
    else:
        yield RawDocument(source_path=STDIN_NAME, text=text)


def _is_json_object(line: str) -> bool:
    stripped = line.strip()
    if not stripped.startswith("{"):
        return False
    obj, _ = _loads(stripped)
    return isinstance(obj, dict)
