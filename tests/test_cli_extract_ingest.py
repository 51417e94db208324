"""The main commands through a subprocess, as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"

DOCUMENT_FIELDS = {
    "record",
    "doc_id",
    "source_path",
    "title",
    "publisher",
    "authors",
    "date",
    "date_source",
    "text",
    "removed",
}
ACTOR_FIELDS = {"name", "kind", "country", "role", "title", "text"}
STATEMENT_FIELDS = {
    "record",
    "doc_id",
    "statement_id",
    "kind",
    "text",
    "speaker",
    "cue",
    "addressee",
    "start",
    "end",
    "sentence",
}
EVENT_FIELDS = {
    "record",
    "doc_id",
    "event_id",
    "event_type",
    "mode",
    "source",
    "target",
    "negated",
    "modality",
    "date",
    "trigger",
    "sentence",
    "start",
    "end",
    "statement_id",
}


def cablegram(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cablegram", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=ROOT,
        timeout=300,
    )


@pytest.fixture(scope="module")
def extracted() -> list[dict[str, Any]]:
    done = cablegram("extract", *sorted(str(p) for p in CORPUS.glob("*.txt")), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_extract_follows_the_record_contract(extracted: list[dict[str, Any]]) -> None:
    documents = [r for r in extracted if r["record"] == "document"]
    assert len(documents) == 5
    texts = {}
    for doc in documents:
        assert doc.keys() >= DOCUMENT_FIELDS
        texts[doc["doc_id"]] = doc["text"]
    statements = [r for r in extracted if r["record"] == "statement"]
    events = [r for r in extracted if r["record"] == "event"]
    assert statements and events
    for st in statements:
        assert st.keys() >= STATEMENT_FIELDS
        assert st["kind"] in ("direct", "indirect", "mixed")
        text = texts[st["doc_id"]]
        assert isinstance(text, str)
        # One utterance in parts (records.md `spans`): the parts joined with " … ".
        parts = st.get("spans") or [[st["start"], st["end"]]]
        assert " … ".join(text[a:b] for a, b in parts) == st["text"]
        assert (parts[0][0], parts[-1][1]) == (st["start"], st["end"])
        if st["speaker"] is not None:
            assert st["speaker"].keys() >= ACTOR_FIELDS
    for ev in events:
        assert ev.keys() >= EVENT_FIELDS
        assert ev["modality"] in ("asserted", "future", "hypothetical", "reported")
        text = texts[ev["doc_id"]]
        assert isinstance(text, str)
        assert text[ev["start"] : ev["end"]] == ev["trigger"]


def test_extract_keeps_the_sample_speakers(extracted: list[dict[str, Any]]) -> None:
    said = {
        (st["speaker"] or {}).get("name"): st["text"]
        for st in extracted
        if st["record"] == "statement"
    }
    assert "Gert Weisskirchen" in said and "Michel Barnier" in said


def test_ingest_twice_stores_once_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    article = CORPUS / "004_5e29d57fc1286ecd.txt"
    first = cablegram("ingest", str(article), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("1 stored")
    second = cablegram("ingest", str(article), "--db", str(db))
    assert second.returncode == 0
    assert "0 stored, 1 already stored" in second.stdout
    assert "already stored" not in second.stderr  # counted in the summary, no line each
    report = cablegram("report", "--db", str(db), "--json", "--full")
    data = json.loads(report.stdout)
    assert len(data["documents"]) == 1


def test_bad_input_is_one_line_naming_the_file(tmp_path: Path) -> None:
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Minister Ana Costa said the border would stay open.\n", encoding="utf-8")
    done = cablegram("extract", str(binary), str(empty), str(good))
    assert done.returncode == 0
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 2
    assert any("blob.txt" in e for e in errors) and any("empty.txt" in e for e in errors)
    assert "Traceback" not in done.stderr
    assert any(json.loads(line)["record"] == "document" for line in done.stdout.splitlines())
    nothing = cablegram("extract", str(binary))
    assert nothing.returncode != 0 and "Traceback" not in nothing.stderr


def test_stdin_and_user_date(tmp_path: Path) -> None:
    done = cablegram(
        "extract",
        "-",
        "--date",
        "2004-10-12",
        stdin="Last week, Spain pulled its soldiers out of Iraq, officials said.\n",
    )
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout.splitlines()[0])
    assert (doc["date"], doc["date_source"]) == ("2004-10-12", "user")


def test_bad_date_and_unknown_model_are_clear_errors() -> None:
    bad_date = cablegram("extract", "-", "--date", "12/10/2004", stdin="x")
    assert bad_date.returncode == 2 and "not a date" in bad_date.stderr
    no_model = cablegram("extract", str(CORPUS / "000_be1a2ec200b9aece.txt"), "--model", "xx_none")
    assert no_model.returncode == 2
    assert "Traceback" not in no_model.stderr and "xx_none" in no_model.stderr


def test_extract_and_ingest_give_the_same_event_and_statement_dates(tmp_path: Path) -> None:
    # One event the text dates ("on Tuesday") and one it does not: `events --json` keeps the
    # record's own date (null for the second) and gives the article's date beside it.
    article = tmp_path / "river.txt"
    article.write_text(
        "Peru recalled its ambassador to Bolivia on Tuesday after the border talks "
        "collapsed.\n\nBolivia accused Peru of blocking the river, officials said.\n\n"
        '"We will not accept this," the Bolivian foreign minister said.\n',
        encoding="utf-8",
    )
    done = cablegram("extract", str(article), "--date", "2023-03-10")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    extracted = {
        r["event_id"]: (r["date"], r["date_precision"]) for r in records if r["record"] == "event"
    }
    assert None in {date for date, _ in extracted.values()}
    db = tmp_path / "store.db"
    assert (
        cablegram("ingest", str(article), "--db", str(db), "--date", "2023-03-10").returncode == 0
    )
    listed = json.loads(cablegram("events", "--db", str(db), "--json").stdout)
    stored = {e["event_id"]: (e["date"], e["date_precision"]) for e in listed["events"]}
    assert stored == extracted
    assert {e["document_date"] for e in listed["events"]} == {"2023-03-10"}
    # quotes --json counts the statements that have no date (those of an undated article),
    # so the count agrees with what it lists.
    undated = tmp_path / "undated.txt"
    undated.write_text('"We will not sign," the Chilean trade minister said.\n', encoding="utf-8")
    assert cablegram("ingest", str(undated), "--db", str(db)).returncode == 0
    quotes = json.loads(cablegram("quotes", "--db", str(db), "--json").stdout)
    missing = sum(q["date"] is None for q in quotes["quotes"])
    assert missing and quotes["undated"] == {
        "count": missing,
        "documents": [str(undated)],
        "left_out": False,
    }
