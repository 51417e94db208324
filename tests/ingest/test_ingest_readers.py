"""Reading files, folders, JSONL and standard input; bad input becomes IngestError."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from cablegram.ingest import iter_raw
from cablegram.records import IngestError, RawDocument


def write(path: Path, data: bytes | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


def test_folder_is_walked_recursively_sorted_without_hidden_or_foreign_files(
    tmp_path: Path,
) -> None:
    write(tmp_path / "b.txt", "Second text.")
    write(tmp_path / "a" / "z.html", "<html><body><p>Page.</p></body></html>")
    write(tmp_path / ".hidden.txt", "Hidden.")
    write(tmp_path / ".git" / "c.txt", "Hidden folder.")
    write(tmp_path / "SOURCES", "Not an article.")
    items = [i for i in iter_raw([str(tmp_path)]) if isinstance(i, RawDocument)]
    assert len(items) == 2
    assert [os.path.relpath(i.source_path, tmp_path) for i in items] == [
        os.path.join("a", "z.html"),
        "b.txt",
    ]
    html, text = items
    assert isinstance(html, RawDocument) and html.html and html.text is None
    assert isinstance(text, RawDocument) and text.text == "Second text."


def test_named_file_with_unknown_suffix_is_read_as_text(tmp_path: Path) -> None:
    (item,) = iter_raw([write(tmp_path / "notes.md", "Some article text.")])
    assert isinstance(item, RawDocument) and item.text == "Some article text."


def test_cp1252_file(tmp_path: Path) -> None:
    path = write(tmp_path / "old.txt", "Kerry’s “plan”, naïve.".encode("cp1252"))
    (item,) = iter_raw([path])
    assert isinstance(item, RawDocument) and item.text == "Kerry’s “plan”, naïve."


def test_jsonl_records_and_malformed_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "First article.", "title": "One", "authors": ["A. Writer"]}),
        "",
        "{not json",
        json.dumps({"html": "<p>Second</p>", "url": "https://example.org/x", "date": "2012-01-02"}),
        json.dumps({"title": "No body"}),
        json.dumps(["a", "list"]),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    items = list(iter_raw([path]))
    first, bad, second, nobody, notobj = items
    assert isinstance(first, RawDocument)
    assert (first.source_path, first.text, first.title, first.authors) == (
        f"{path}:1",
        "First article.",
        "One",
        ("A. Writer",),
    )
    assert isinstance(second, RawDocument) and second.source_path == f"{path}:4"
    assert (second.html, second.url, second.date) == (
        "<p>Second</p>",
        "https://example.org/x",
        "2012-01-02",
    )
    assert isinstance(bad, IngestError) and "malformed JSON" in bad.reason
    assert (bad.path, bad.line) == (path, 3)
    assert nobody == IngestError(path, 'no "text" or "html" field', 5)
    assert notobj == IngestError(path, "not a JSON object", 6)
    assert str(bad).startswith(f"cablegram: {path}:3: ")


def test_jsonl_line_in_a_bad_encoding(tmp_path: Path) -> None:
    bad_line = b'{"text": "' + bytes(range(0x80, 0x100)) + b'"}'
    path = write(tmp_path / "enc.jsonl", b'{"text": "Fine."}\n' + bad_line + b"\n")
    good, bad = iter_raw([path])
    assert isinstance(good, RawDocument)
    assert isinstance(bad, IngestError) and bad.line == 2


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.html", b"\n\n  \n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        ("binary.jsonl", b'{"text": "x"}\n\x00\x01\x02', "binary file"),
        ("empty.jsonl", b"\n\n", "empty file"),
        ("garbled.txt", bytes(range(0x80, 0x100)) * 4, "undecodable"),
    ],
)
def test_bad_input_names_the_file(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = write(tmp_path / name, data)
    (item,) = iter_raw([path])
    assert isinstance(item, IngestError)
    assert item.path == path and reason in item.reason


def test_missing_and_unreadable_files_do_not_stop_the_rest(tmp_path: Path) -> None:
    locked = write(tmp_path / "locked.txt", "Secret.")
    os.chmod(locked, 0)
    good = write(tmp_path / "good.txt", "Readable article.")
    try:
        items = list(iter_raw([str(tmp_path / "missing.txt"), locked, good]))
    finally:
        os.chmod(locked, 0o600)
    missing, *rest = items
    assert missing == IngestError(str(tmp_path / "missing.txt"), "no such file or directory")
    assert isinstance(rest[-1], RawDocument) and rest[-1].text == "Readable article."
    if os.geteuid() != 0:  # root reads anything
        assert isinstance(rest[0], IngestError) and "cannot read" in rest[0].reason


class FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_stdin_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"Line one.\n{not json}\n"))
    (item,) = iter_raw(["-"])
    assert isinstance(item, RawDocument) and item.text == "Line one.\n{not json}\n"


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"text": "One."}\n\n{"text": "Two.", "publisher": "P"}\n'
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    one, two = iter_raw(["-"])
    assert isinstance(one, RawDocument) and isinstance(two, RawDocument)
    assert (one.text, two.text, two.publisher) == ("One.", "Two.", "P")
    assert two.source_path == "<stdin>:3"


def test_stdin_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(b""))
    assert list(iter_raw(["-"])) == [IngestError("<stdin>", "empty file")]


def test_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    write(tmp_path / "sub" / "a.txt", "Article.")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    items = list(iter_raw([str(tmp_path)]))
    assert [os.path.basename(i.source_path) for i in items if isinstance(i, RawDocument)] == [
        "a.txt"
    ]
