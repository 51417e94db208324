"""kill -9 in the middle of an ingest, then the same command again: nothing lost, nothing twice."""

from __future__ import annotations

import json
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from cablegram.records import Document
from cablegram.runners.driver import Source
from cablegram.runners.progress import StderrReporter

N_DOCS = 40


CITIES = ("Vienna", "Geneva", "Paris", "Berlin", "Cairo", "Tokyo", "Lima", "Oslo")
TOPICS = ("sanctions", "the ceasefire", "grain exports", "the border", "refugees", "oil")


def _corpus(path: Path) -> Path:
    rng = random.Random(11)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(N_DOCS):
            # Varied lines: lines recurring in most documents would be cleaned away as
            # boilerplate (digits do not tell lines apart there).
            city, topic = rng.choice(CITIES), rng.choice(TOPICS)
            words = " ".join(rng.sample(["new", "long", "hard", "late", "open", "brief"], 3))
            text = (
                f"Negotiators met in {city} for {words} talks on {topic} (round {i}).\n\n"
                f"“We made progress on {topic} in {city},” John Kerry said.\n\n"
                f"Angela Merkel told reporters that the {words} talks in {city} went well."
            )
            handle.write(json.dumps({"text": text, "date": "2014-02-03"}) + "\n")
    return path


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created or not migrated yet


def test_kill_9_then_resume_loses_nothing_and_stores_nothing_twice(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl")
    db = tmp_path / "k.db"
    command = [sys.executable, "-m", "cablegram", "ingest", str(corpus), "--db", str(db), "-q"]
    command += ["--workers", "1", "--batch-size", "2"]

    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    while _stored(db) < 3 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    with sqlite3.connect(db) as conn:
        # A read-write connection: it recovers the write-ahead log the killed run left.
        before = int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        assert 3 <= before < N_DOCS, "the kill should land mid-run"
        kept = {
            doc_id: count
            for doc_id, count in conn.execute(
                "SELECT d.doc_id, count(s.id) FROM documents d "
                "LEFT JOIN statements s ON s.doc_id = d.doc_id GROUP BY d.doc_id"
            )
        }

    resumed = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    # Near-identical rounds may be linked as copies rather than stored anew.
    summary = re.fullmatch(
        r"(\d+) stored, (\d+) already stored, (\d+) linked, 0 unreadable, 0 failed -> (.+)",
        resumed.stdout.strip(),
    )
    assert summary, resumed.stdout
    stored, already, linked = (int(summary.group(i)) for i in (1, 2, 3))
    assert stored + linked == N_DOCS - before and already == before
    assert summary.group(4) == str(db)

    source = Source([str(corpus)])
    source.scan(StderrReporter())
    expected = [d.doc_id for d in source.documents() if isinstance(d, Document)]
    with sqlite3.connect(db) as conn:
        stored = [row[0] for row in conn.execute("SELECT doc_id FROM documents ORDER BY rowid")]
        per_doc = dict(
            conn.execute(
                "SELECT d.doc_id, count(s.id) FROM documents d "
                "LEFT JOIN statements s ON s.doc_id = d.doc_id GROUP BY d.doc_id"
            ).fetchall()
        )
        duplicates = conn.execute(
            "SELECT count(*) - count(DISTINCT doc_id || statement_id) FROM statements"
        ).fetchone()[0]
        copies = {row[0] for row in conn.execute("SELECT doc_id FROM syndication")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # No loss: every input document is stored; no duplicate anywhere. (Near-identical
    # rounds are linked as syndicated copies, written as soon as they are recognised.)
    assert sorted(stored) == sorted(expected) and len(stored) == N_DOCS
    assert duplicates == 0
    # Documents written before the kill were written whole: the rerun left them as they were.
    assert all(per_doc[doc_id] == count for doc_id, count in kept.items())
    assert all(count >= 1 for doc_id, count in per_doc.items() if doc_id not in copies)
