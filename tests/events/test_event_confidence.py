"""Per-event confidence: exported with the event, and a filter of ``cablegram events``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cablegram.cli import main
from cablegram.events.confidence import confidence
from cablegram.events.patterns import Pattern
from cablegram.records import Actor, Annotation, Document, Event, document_id
from cablegram.store import Store


def test_each_factor_lowers_confidence() -> None:
    phrase = Pattern("send", "verb", "MOBILIZE", objects=frozenset({"troop"}))
    bare = Pattern("attack", "verb", "ASSAULT")
    best = confidence("pattern", phrase, False, None, "asserted", "direct", True)
    assert best == pytest.approx(0.95)
    assert confidence("pattern", bare, False, None, "asserted", "direct", True) < best
    assert confidence("pattern", phrase, True, None, "asserted", "direct", True) < best
    assert confidence("pattern", phrase, False, "refusal", "asserted", "direct", True) < best
    assert confidence("pattern", phrase, False, None, "hypothetical", "direct", True) < best
    assert confidence("pattern", phrase, False, None, "asserted", "indirect", True) < best
    assert confidence("pattern", phrase, False, None, "asserted", "direct", False) < best


def test_min_confidence_filters_the_events_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "France sent troops to Mali. Spain may send troops to Mali."
    doc = Document(doc_id=document_id(text), source_path="a.txt", text=text, date="2024-01-05")
    france = Actor("France", "state", "France", "FRA")
    spain = Actor("Spain", "state", "Spain", "ESP")
    events = (
        Event(doc.doc_id, "e1", "MOBILIZE", "sent", text[:27], 7, 11, france, confidence=0.9),
        Event(doc.doc_id, "e2", "MOBILIZE", "send", text[28:], 36, 40, spain, confidence=0.4),
    )
    db = tmp_path / "c.db"
    with Store.open(db) as store:
        assert store.write(Annotation(doc, events=events))
    assert main(["events", "--db", str(db), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["events"]) == 2
    assert main(["events", "--db", str(db), "--json", "--min-confidence", "0.5"]) == 0
    listed = json.loads(capsys.readouterr().out)["events"]
    assert [(e["event_type"], e["source"]["name"], e["confidence"]) for e in listed] == [
        ("MOBILIZE", "France", 0.9)
    ]


def test_min_confidence_must_be_a_fraction(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["events", "--min-confidence", "2"])
    assert "0 to 1" in capsys.readouterr().err
