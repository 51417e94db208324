"""Each PLOVER type on a sentence written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]

CASES = [
    ("AGREE", "France and Germany agreed to build a joint research centre.", "FRA", None),
    ("CONSULT", "The Japanese foreign minister met Chinese officials in Beijing.", "JPN", "CHN"),
    ("SUPPORT", "Brazil praised Argentina for its handling of the crisis.", "BRA", "ARG"),
    ("CONCEDE", "The Egyptian government lifted the curfew on Tuesday.", "EGY", None),
    ("COOPERATE", "Kenya extradited two suspects to Uganda.", "KEN", "UGA"),
    ("AID", "Norway sent food aid to Sudan.", "NOR", "SDN"),
    ("RETREAT", "Russia withdrew its troops from Georgia.", "RUS", "GEO"),
    ("REQUEST", "Canada urged Venezuela to release the detained journalists.", "CAN", "VEN"),
    ("ACCUSE", "Sweden condemned Iran for the executions.", "SWE", "IRN"),
    ("REJECT", "Chile rejected a Bolivian proposal for talks.", "CHL", "BOL"),
    ("THREATEN", "Turkey threatened to cut off trade with Armenia.", "TUR", None),
    (
        "PROTEST",
        "Thousands of Greek students demonstrated in Athens.",
        "GRC",
        None,
    ),
    ("SANCTION", "The European Union imposed sanctions on Belarus.", "EU", "BLR"),
    ("MOBILIZE", "India deployed troops along its border with Pakistan.", "IND", None),
    ("COERCE", "Police in Belarus arrested dozens of opposition activists.", "BLR", None),
    ("ASSAULT", "Syrian forces shelled the rebel-held town.", "SYR", None),
]


@pytest.mark.parametrize(
    ("event_type", "text", "source", "target"), CASES, ids=[c[0] for c in CASES]
)
def test_each_type(
    code: CodeFn, event_type: str, text: str, source: str, target: str | None
) -> None:
    events = code(text)
    assert events and {e.event_type for e in events} == {event_type}, events
    event = events[0]
    assert event.source is not None and event.source.name == source
    if target is not None:
        assert event.target is not None and event.target.name == target
    assert text[event.start : event.end] == event.trigger
    assert event.sentence == text
    assert not event.negated
    assert event.modality == "asserted"


def test_compound_source_splits(code: CodeFn) -> None:
    events = code("French and German officials criticized Russia.")
    assert [(e.event_type, e.source.name if e.source else None) for e in events] == [
        ("ACCUSE", "FRA"),
        ("ACCUSE", "DEU"),
    ]
    assert all(e.target is not None and e.target.name == "RUS" for e in events)
    assert len({e.event_id for e in events}) == 2


def test_passive_agent_is_source(code: CodeFn) -> None:
    (event,) = code("Kuwait was attacked by Iraq.")
    assert event.event_type == "ASSAULT"
    assert event.source is not None and event.source.name == "IRQ"
    assert event.target is not None and event.target.name == "KWT"


def test_phrase_pattern_needs_its_object(code: CodeFn) -> None:
    # "send troops" is a deployment; "send a letter" is not an event at all.
    assert [e.event_type for e in code("Poland sent troops to Iraq.")] == ["MOBILIZE"]
    assert code("Poland sent a letter to Iraq.") == []


def test_governing_trigger_wins(code: CodeFn) -> None:
    events = code("Turkey refused to lift the sanctions on Armenia.")
    assert [(e.event_type, e.negated) for e in events] == [("REJECT", False)]


def test_event_ids_are_stable(code: CodeFn) -> None:
    text = "Russia withdrew its troops from Georgia."
    assert [e.event_id for e in code(text)] == [e.event_id for e in code(text)]
