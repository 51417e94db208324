"""Per-event confidence: exported with the event, and a filter of ``cablegram events``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cablegram.cli import main
from cablegram.events.confidence import (
    MODALITY_RATIO,
    confidence,
    lemma_precision,
    type_precision,
)
from cablegram.events.patterns import Pattern
from cablegram.records import Actor, Annotation, Document, Event, document_id
from cablegram.store import Store


def test_each_factor_lowers_confidence() -> None:
    phrase = Pattern("deploy", "verb", "MOBILIZE", objects=frozenset({"troop"}))
    bare = Pattern("deploy", "verb", "MOBILIZE")
    best = confidence("pattern", phrase, False, None, "asserted", "direct", True)
    # The commonest path (a bare lemma) gets the measured precision of type and modality;
    # a phrase pattern a little more.
    common = confidence("pattern", Pattern("deploy", "verb", "MOBILIZE"), False, None,
                        "asserted", "direct", True)  # fmt: skip
    assert common == pytest.approx(
        round(type_precision("MOBILIZE") * MODALITY_RATIO["asserted"], 2)
    )
    assert best > common
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
    assert main(["events", "--db", str(db), "--json", "--min-confidence", "0"]) == 0
    assert len(json.loads(capsys.readouterr().out)["events"]) == 2
    assert main(["events", "--db", str(db), "--json", "--min-confidence", "0.5"]) == 0
    listed = json.loads(capsys.readouterr().out)["events"]
    assert [(e["event_type"], e["source"]["name"], e["confidence"]) for e in listed] == [
        ("MOBILIZE", "France", 0.9)
    ]
    # By default an event the coder rates under even odds is left out, and the listing says so.
    assert main(["events", "--db", str(db), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [e["event_id"] for e in shown["events"]] == ["e1"]
    assert shown["below_min_confidence"] == 1 and shown["min_confidence"] == 0.5
    assert main(["events", "--db", str(db)]) == 0
    table = " ".join(capsys.readouterr().out.split())
    assert "1 events the coder rates under confidence 0.5 are not shown" in table
    assert "--min-confidence 0" in table


def test_min_confidence_must_be_a_fraction(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["events", "--min-confidence", "2"])
    assert "0 to 1" in capsys.readouterr().err


def test_confidence_follows_the_measured_precision_of_type_and_modality() -> None:
    """A type that was right less often on real articles (THREATEN) scores lower than one
    that was right more often (ACCUSE), found the same way; a reported event lower than an
    asserted one; only the surest types, asserted, reach 0.8."""
    threat = Pattern("threaten", "verb", "THREATEN")
    accuse = Pattern("accuse", "verb", "ACCUSE", objects=frozenset({"government"}))
    found = ("pattern", False, None)
    assert confidence(*found[:1], threat, *found[1:], "asserted", "direct", True) < 0.6
    sure = confidence(*found[:1], accuse, *found[1:], "asserted", "direct", True)
    told = confidence(*found[:1], accuse, *found[1:], "reported", "direct", True)
    assert told < 0.8 <= sure
    assert type_precision("THREATEN") < type_precision("ASSAULT") < type_precision("ACCUSE")
    # The type given wins over the pattern's (a retyped event is scored as what it became).
    retyped = confidence("pattern", accuse, False, None, "asserted", "direct", True, "THREATEN")
    assert retyped < sure


def test_a_trigger_word_measured_sure_or_unsure_moves_its_type() -> None:
    """Words judged right more often than their type ("urged", "denied") score above it,
    words judged wrong more often ("warned") below it; an unmeasured word gets the type's
    figure. An official's urging, asserted, found the common way, reaches 0.8."""
    assert lemma_precision("REQUEST", "urge") > type_precision("REQUEST")
    assert lemma_precision("REJECT", "deny") > type_precision("REJECT")
    assert lemma_precision("THREATEN", "warn") < type_precision("THREATEN")
    assert lemma_precision("REQUEST", "implore") == type_precision("REQUEST")
    urged = Pattern("urge", "verb", "REQUEST")
    assert confidence("pattern", urged, False, None, "asserted", "direct", True) >= 0.8
    warned = Pattern("warn", "verb", "THREATEN")
    assert confidence("pattern", warned, False, None, "asserted", "direct", True) < 0.6
