"""Readers: files, folders and standard input to RawDocuments, or IngestErrors for bad input.

Nothing here raises for bad input: every problem becomes an IngestError naming the file
(and line), and reading goes on with the next input.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from cablegram.ingest.decode import SNIFF_BYTES, DecodeFailure, decode_bytes, sniff_binary
from cablegram.records import IngestError, RawDocument

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
# Walking a folder picks these; a file named outright is read whatever its suffix, so
# that a README or SOURCES file lying next to the articles is not taken for one.
ARTICLE_SUFFIXES = HTML_SUFFIXES | JSONL_SUFFIXES | TEXT_SUFFIXES
STDIN_NAME = "<stdin>"

Item = RawDocument | IngestError


def iter_raw(paths: Sequence[str]) -> Iterator[Item]:
    """Raw documents from files, folders (recursive, sorted, hidden entries skipped) and "-"."""
    return read_inputs(paths)


def read_inputs(paths: Sequence[str], stdin: bytes | None = None) -> Iterator[Item]:
    """Like ``iter_raw``; ``stdin`` gives standard input's bytes when already read."""
    for path in paths:
        if path == "-":
            yield from read_stdin(stdin_bytes() if stdin is None else stdin)
        elif os.path.isdir(path):
            yield from _walk(path)
        elif os.path.lexists(path):
            yield from read_file(path)
        else:
            yield IngestError(path, "no such file or directory")


def stdin_bytes() -> bytes:
    """All of standard input, as bytes."""
    try:
        data: bytes = sys.stdin.buffer.read()
        return data
    except (OSError, ValueError, AttributeError):
        return b""  # closed or missing stdin reads as empty input, reported as such


def _walk(folder: str, visited: set[str] | None = None) -> Iterator[Item]:
    # Followed symlinks may loop back to a folder above; each real folder is walked once.
    visited = set() if visited is None else visited
    real = os.path.realpath(folder)
    if real in visited:
        return
    visited.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield IngestError(folder, f"cannot read folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry.path, visited)
        elif os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES:
            yield from read_file(entry.path)


def read_file(path: str) -> Iterator[Item]:
    """One file: HTML, JSONL (a document a line) or plain text, by its suffix."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path)
        return
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        yield IngestError(path, f"cannot read: {exc.strerror or exc}")
        return
    try:
        text = decode_bytes(data)
    except DecodeFailure as exc:
        yield IngestError(path, str(exc))
        return
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        yield RawDocument(source_path=path, html=text)
    else:
        yield RawDocument(source_path=path, text=text)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def _read_jsonl(path: str) -> Iterator[Item]:
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below; lines are streamed
    except OSError as exc:
        yield IngestError(path, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        try:
            reason = sniff_binary(handle.read(SNIFF_BYTES))
            if reason:
                yield IngestError(path, reason)
                return
            handle.seek(0)
            seen_line = False
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    seen_line = True
                    yield _jsonl_bytes(path, number, line)
        except OSError as exc:
            yield IngestError(path, f"cannot read: {exc.strerror or exc}")
            return
    if not seen_line:
        yield IngestError(path, "empty file")


def _jsonl_bytes(path: str, number: int, line: bytes) -> Item:
    try:
        text = decode_bytes(line)
    except DecodeFailure as exc:
        return IngestError(path, str(exc), number)
    return parse_jsonl_line(path, number, text)


def parse_jsonl_line(path: str, number: int, line: str) -> Item:
    """One JSONL article: ``text`` or ``html``, optional title, date, url, publisher, authors."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return IngestError(path, f"malformed JSON: {exc.msg}", number)
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


def _text_field(obj: dict[str, Any], name: str) -> str | None:
    value = obj.get(name)
    return value if isinstance(value, str) and value.strip() else None


def _authors(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return ()
    return tuple(a.strip() for a in value if isinstance(a, str) and a.strip())


def read_stdin(data: bytes) -> Iterator[Item]:
    """Standard input: JSONL when every non-empty line is a JSON object, else one document."""
    try:
        text = decode_bytes(data)
    except DecodeFailure as exc:
        yield IngestError(STDIN_NAME, str(exc))
        return
    lines = [(n, line) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    if all(_is_json_object(line) for _, line in lines):
        for number, line in lines:
            yield parse_jsonl_line(STDIN_NAME, number, line)
    elif _looks_like_html(text):
        yield RawDocument(source_path=STDIN_NAME, html=text)
    else:
        yield RawDocument(source_path=STDIN_NAME, text=text)


def _is_json_object(line: str) -> bool:
    stripped = line.strip()
    if not stripped.startswith("{"):
        return False
    try:
        return isinstance(json.loads(stripped), dict)
    except json.JSONDecodeError:
        return False
