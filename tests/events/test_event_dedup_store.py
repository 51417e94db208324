"""Cross-article deduplication end to end: what the store merges, what it never merges, and
how a user sees which articles back an event and filters by confidence (CLI and export)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from cablegram.cli import main
from cablegram.records import Actor, Annotation, Document, Event
from cablegram.store import Store

SPAIN = Actor("Spain", "state", "Spain", "ESP", "GOV")
IRAQ = Actor("Iraq", "state", "Iraq", "IRQ", "GOV")
KUWAIT = Actor("Kuwait", "state", "Kuwait", "KWT", "GOV")


def _article(doc_id: str, sentence: str, trigger: str, **event: object) -> Annotation:
    start = sentence.index(trigger)
    fields: dict[str, object] = {
        "doc_id": doc_id,
        "event_id": f"{doc_id}-e1",
        "event_type": "RETREAT",
        "trigger": trigger,
        "sentence": sentence,
        "start": start,
        "end": start + len(trigger),
        "source": SPAIN,
        "target": IRAQ,
        "date": "2004-05-17",
        "date_precision": "day",
        "confidence": 0.8,
    }
    fields.update(event)
    document = Document(
        doc_id=doc_id, source_path=f"{doc_id}.txt", text=sentence, date="2004-05-18"
    )
    return Annotation(document=document, events=(Event(**fields),))  # type: ignore[arg-type]


FIRST = "Spain pulled its troops out of Iraq on Monday."
SECOND = "Madrid has pulled its last soldiers out of Iraq."


def _stored(tmp_path: Path, *articles: Annotation) -> Path:
    db = tmp_path / "s.db"
    with Store.open(db) as store:
        for annotation in articles:
            store.write(annotation)
    return db


@pytest.mark.parametrize(
    "other",
    [
        {"target": KUWAIT},  # another target
        {"negated": True},
        {"modality": "future"},
        {"date": None, "date_precision": None},  # undated
        {"date": "2004-05-01", "date_precision": "month"},  # coarse
        {"date": "2004-05-24"},  # a week later
        {"source": Actor("Jose Bono", "person", "Bono", "ESP", "GOV")},  # same state, not actor
    ],
)
def test_the_store_never_merges_different_events(tmp_path: Path, other: dict[str, object]) -> None:
    db = _stored(tmp_path, _article("a", FIRST, "pulled"), _article("b", SECOND, "pulled", **other))
    with Store.open(db) as store:
        assert len(store.events()) == 2


def test_which_articles_back_an_event_in_the_cli_and_the_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _stored(
        tmp_path,
        _article("a", FIRST, "pulled"),
        _article("b", SECOND, "pulled", date="2004-05-18"),
    )
    assert main(["events", "--db", str(db), "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)["events"]
    assert [c["doc_id"] for c in listed["citations"]] == ["a", "b"]

    assert main(["export", "--db", str(db), "--what", "events"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["citation_count"] == 2 and row["cited_doc_ids"] == "a; b"

    assert main(["export", "--db", str(db), "--what", "events", "--format", "csv"]) == 0
    (csv_row,) = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert csv_row["cited_doc_ids"] == "a; b" and float(csv_row["confidence"]) == 0.8

    assert main(["export", "--db", str(db), "--what", "events", "--format", "plover"]) == 0
    (plover,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [c["doc_id"] for c in plover["citations"]] == ["a", "b"]


def test_min_confidence_filters_the_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _stored(
        tmp_path,
        _article("a", FIRST, "pulled", confidence=0.9),
        _article("b", SECOND, "pulled", target=KUWAIT, confidence=0.3),
    )
    for fmt in ("jsonl", "plover"):
        args = ["export", "--db", str(db), "--what", "events", "--format", fmt]
        assert main([*args, "--min-confidence", "0.5"]) == 0
        rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert len(rows) == 1, fmt
        assert main([*args, "--min-confidence", "0"]) == 0
        assert len(capsys.readouterr().out.splitlines()) == 2, fmt
        # Without the flag the export leaves out events under even odds, and says so on stderr.
        assert main(args) == 0
        captured = capsys.readouterr()
        assert len(captured.out.splitlines()) == 1, fmt
        assert "1 events the coder rates under confidence 0.5" in captured.err


def test_min_confidence_is_for_events_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _stored(tmp_path, _article("a", FIRST, "pulled"))
    code = main(["export", "--db", str(db), "--what", "statements", "--min-confidence", "0.5"])
    assert code != 0
    assert "events only" in capsys.readouterr().err
