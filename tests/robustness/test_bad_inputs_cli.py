"""A folder of bad files through `cablegram ingest`: one clear line each, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

GOOD_TEXT = "Kerry said the talks in Geneva had gone well. “We are close,” he told reporters."


def _bad_folder(root: Path) -> tuple[Path, dict[str, int]]:
    """Bad inputs, and how many error lines each must give."""
    folder = root / "bad"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.html").write_bytes(b"   \n\n  ")
    (folder / "only_markup.html").write_bytes(b"<html><head><script>var x = 1;</script>")
    (folder / "garbage.jsonl").write_bytes(b"\xff\xfe\x00\x00garbage\x00\x01")
    lines = [
        json.dumps({"text": GOOD_TEXT}),
        '{"text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"title": "no text field"}),
        json.dumps({"text": 42}),
    ]
    (folder / "malformed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # Readable inputs in odd shapes: these must be stored, not refused.
    (folder / "truncated.html").write_bytes(
        b"<html><head><title>Talks</title></head><body><p>" + GOOD_TEXT.encode() + b"<p>Kerry"
    )
    (folder / "latin1.txt").write_bytes(
        "Fabius a déclaré: « Nous sommes prêts », selon l'AFP. Kerry said talks went well.".encode(
            "latin-1"
        )
    )
    (folder / "utf16.txt").write_bytes(("Merkel said: " + GOOD_TEXT).encode("utf-16"))
    expected = {
        "binary.txt": 1,
        "empty.txt": 1,
        "blank.html": 1,
        "only_markup.html": 1,
        "garbage.jsonl": 1,
        "malformed.jsonl": 4,
    }
    return folder, expected


def test_bad_files_give_one_line_each_and_no_traceback(tmp_path: Path) -> None:
    folder, expected = _bad_folder(tmp_path)
    db = tmp_path / "bad.db"
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    result = subprocess.run(
        [sys.executable, "-m", "cablegram", "ingest", str(folder), "--db", str(db), "-q"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    for name, count in expected.items():
        mine = [line for line in lines if f"{folder / name}" in line]
        assert len(mine) == count, (name, mine)
        assert all(line.startswith(f"cablegram: {folder / name}") for line in mine)
    assert len(lines) == sum(expected.values()), lines
    unreadable = sum(expected.values())
    assert result.stdout.strip() == (
        f"4 stored, 0 already stored, 0 linked, {unreadable} unreadable, 0 failed -> {db}"
    )
