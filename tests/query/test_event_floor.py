"""The events floor: listings, timelines and networks leave out by default the events the coder
itself rates under even odds of being right (query.events.EVENT_FLOOR), say how many, and show
every one when asked for confidence 0."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cablegram.cli import main
from cablegram.query.events import EVENT_FLOOR, find_events
from cablegram.query.network import build_network
from cablegram.query.timeline import build_timeline
from cablegram.records import Actor, Annotation, Document, Event, document_id
from cablegram.store import Store

TEXT = "Chad sent troops to Niger. Chad may have shelled a Niger border post."
CHAD = Actor("Chad", "state", "Chad", "TCD")
NIGER = Actor("Niger", "state", "Niger", "NER")


def _store(tmp_path: Path) -> Path:
    doc = Document(doc_id=document_id(TEXT), source_path="a.txt", text=TEXT, date="2016-03-05")
    sure = Event(doc.doc_id, "sure", "MOBILIZE", "sent", TEXT[:26], 5, 9, CHAD, NIGER,
                 confidence=0.82)  # fmt: skip
    unsure = Event(doc.doc_id, "unsure", "ASSAULT", "shelled", TEXT[27:], 40, 47, CHAD, NIGER,
                   confidence=0.41)  # fmt: skip
    db = tmp_path / "c.db"
    with Store.open(db) as store:
        assert store.write(Annotation(doc, events=(sure, unsure)))
    return db


def test_the_floor_is_even_odds() -> None:
    assert EVENT_FLOOR == 0.5


def test_listing_timeline_and_network_leave_out_unsure_events(tmp_path: Path) -> None:
    db = _store(tmp_path)
    with Store.open(db) as store:
        listed = find_events(store)
        assert [item.event_id for item in listed] == ["sure"]
        assert listed.unsure == 1
        assert any("under confidence 0.5" in line for line in listed.notes("events"))
        every = find_events(store, min_confidence=0)
        assert sorted(item.event_id for item in every) == ["sure", "unsure"]
        assert every.unsure == 0 and not any("confidence" in n for n in every.notes("events"))

        timeline = build_timeline(store, "Chad")
        assert [e.event.event_id for e in timeline.entries if e.event] == ["sure"]
        assert timeline.to_json()["below_min_confidence"] == 1
        assert len([e for e in build_timeline(store, "Chad", min_confidence=0).entries]) == 2

        network = build_network(store)
        (dyad,) = network.event_dyads
        assert dyad.by_type == {"MOBILIZE": 1} and network.unsure == 1
        (all_dyad,) = build_network(store, min_confidence=0).event_dyads
        assert all_dyad.by_type == {"ASSAULT": 1, "MOBILIZE": 1}


def test_the_commands_take_min_confidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(_store(tmp_path))
    assert main(["timeline", "Chad", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["below_min_confidence"] == 1
    assert main(["timeline", "Chad", "--db", db, "--json", "--min-confidence", "0"]) == 0
    assert json.loads(capsys.readouterr().out)["below_min_confidence"] == 0
    assert main(["network", "--db", db]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "1 events the coder rates under confidence 0.5 are not shown" in out
    assert main(["network", "--db", db, "--json", "--min-confidence", "0.4"]) == 0
    (dyad,) = json.loads(capsys.readouterr().out)["event_dyads"]
    assert dyad["count"] == 2


def test_the_api_defaults_are_the_floor() -> None:
    import inspect

    from cablegram.api import CablegramStore

    for method in (CablegramStore.event_list, CablegramStore.timeline, CablegramStore.network):
        default = inspect.signature(method).parameters["min_confidence"].default
        assert default is EVENT_FLOOR


def test_export_reads_the_events_once_and_still_counts_those_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(_store(tmp_path))
    reads: list[int] = []
    events = Store.events

    def counted(self: Store, *args: object, **kwargs: object) -> object:
        reads.append(1)
        return events(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "events", counted)
    for fmt in ("jsonl", "csv", "plover"):
        reads.clear()
        assert main(["export", "--what", "events", "--format", fmt, "--db", db]) == 0
        captured = capsys.readouterr()
        assert len(reads) == 1, fmt
        assert "1 events the coder rates under confidence 0.5" in " ".join(captured.err.split())
        assert "shelled" not in captured.out and "sent" in captured.out
    reads.clear()
    assert main(["export", "--what", "events", "--db", db, "--min-confidence", "0"]) == 0
    captured = capsys.readouterr()
    assert len(reads) == 1 and "under confidence" not in captured.err and "shelled" in captured.out
