"""Exact actor filters in the store (ISO codes, CAMEO codes, whole-word names) and the
``cablegram actors`` listing, on records written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cablegram.actors.codes import code_for
from cablegram.actors.listing import list_actors
from cablegram.cli import main
from cablegram.records import Actor, ActorRecord, Annotation, Document, Event, Mention, Statement
from cablegram.store import Store

TRUSS = Actor("Liz Truss", "person", "Liz Truss", "GBR", "GOV", actor_id="truss", code="GBRGOV")
PUTIN = Actor("Vladimir Putin", "person", "Putin", "RUS", "GOV", actor_id="putin", code="RUSGOV")
BELARUS = Actor("Belarus", "state", "Belarus", "BLR", "GOV", actor_id="blr", code="BLR")
UN = Actor("UN", "organization", "the UN", None, "IGO", actor_id="un", code="IGOUNO")
UNICEF = Actor("UNICEF", "organization", "Unicef", None, "IGO", actor_id="unicef", code="IGOUNOKID")
RUSSIANS = Actor("Russians", "group", "Rusty Russians", "RUS", None, actor_id="rus-group")


def _annotation(doc_id: str, speakers: list[Actor], date: str) -> Annotation:
    text = " ".join(f"{s.text} spoke." for s in speakers)
    doc = Document(doc_id, f"{doc_id}.txt", text, date=date)
    statements = tuple(
        Statement(doc_id, f"{doc_id}-{n}", "indirect", s.text, 0, 1, s.text, speaker=s, cue="said")
        for n, s in enumerate(speakers)
    )
    events = tuple(
        Event(doc_id, f"{doc_id}-e{n}", "CONSULT", "met", s.text, 0, 1, source=s, target=BELARUS)
        for n, s in enumerate(speakers)
    )
    actors = tuple(
        ActorRecord(
            doc_id,
            s.actor_id,
            s.name,
            s.kind,
            s.country,
            s.role,
            None,
            (Mention(s.text, 0, len(s.text)), Mention("he", 5, 7)),
            s.code,
        )
        for s in speakers
    )
    return Annotation(doc, actors, statements, events)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    path = tmp_path / "filters.db"
    with Store.open(path) as opened:
        opened.write(_annotation("d1", [TRUSS, PUTIN, UN], "2022-03-01"))
        opened.write(_annotation("d2", [UNICEF, RUSSIANS, PUTIN], "2022-04-01"))
    return Store.open(path)


def speakers(store: Store, term: str) -> set[str]:
    return {s.speaker.name for s in store.statements(speaker=term) if s.speaker}


def sources(store: Store, term: str) -> set[str]:
    return {e.source.name for e in store.events(actor=term) if e.source}


def test_an_iso_code_matches_that_country_only(store: Store) -> None:
    assert speakers(store, "RUS") == {"Vladimir Putin", "Russians"}
    # Belarus is every event's target: matched by its code, never inside "Belarus"; the
    # Russians' event stays apart from Putin's (cross-article merging needs the same actor).
    assert sources(store, "RUS") == {"Vladimir Putin", "Russians"}
    assert sources(store, "BLR") == sources(store, "Belarus")
    assert "Liz Truss" in sources(store, "BLR")


def test_a_cameo_code_matches_the_code_and_the_codes_under_it(store: Store) -> None:
    assert speakers(store, "IGOUNO") == {"UN", "UNICEF"}
    assert speakers(store, "IGOUNOKID") == {"UNICEF"}
    assert speakers(store, "RUSGOV") == {"Vladimir Putin"}


def test_names_match_whole_words(store: Store) -> None:
    assert speakers(store, "Truss") == {"Liz Truss"}
    assert speakers(store, "rus") == set()  # not inside "Truss", "Rusty" or "Russians"
    assert speakers(store, "Putin") == {"Vladimir Putin"}
    assert speakers(store, "vladimir putin") == {"Vladimir Putin"}
    assert sources(store, "Truss") == {"Liz Truss"}


def test_listing_merges_documents_by_id_and_leaves_out_pronouns(store: Store) -> None:
    rows = {r.name: r for r in list_actors(store.actors())}
    putin = rows["Vladimir Putin"]
    assert (len(putin.documents), putin.mentions, putin.code) == (2, 4, "RUSGOV")
    assert list(putin.aliases) == ["Putin"]
    assert [r.name for r in list_actors(store.actors(), "organization")] == ["UN", "UNICEF"]


def test_actors_command_prints_json(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "--db", str(store.path), "--json", "--kind", "person"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 2
    assert {a["name"] for a in data["actors"]} == {"Vladimir Putin", "Liz Truss"}


@pytest.mark.parametrize(
    ("kind", "country", "role", "expected"),
    [
        ("state", "FRA", "GOV", "FRA"),
        ("person", "FRA", "GOV", "FRAGOV"),
        ("group", "USA", "MIL", "USAMIL"),
        ("organization", None, "IGO", "IGO"),
        ("person", None, None, None),
    ],
)
def test_codes_from_country_and_role(
    kind: str, country: str | None, role: str | None, expected: str | None
) -> None:
    assert code_for(kind, country, role) == expected


def test_listing_folds_a_countryless_row_into_the_same_name_with_a_country() -> None:
    def record(doc: str, actor_id: str, name: str, country: str | None) -> ActorRecord:
        return ActorRecord(doc, actor_id, name, "person", country, None, None, (), None)

    rows = list_actors(
        [
            record("d1", "a", "Tim Kaine", "USA"),
            record("d2", "b", "Tim Kaine", None),
            record("d3", "c", "John Smith", "GBR"),
            record("d4", "d", "John Smith", "AUS"),
            record("d5", "e", "John Smith", None),
        ]
    )
    assert sorted((r.name, r.country or "", len(r.documents)) for r in rows) == [
        ("John Smith", "", 1),
        ("John Smith", "AUS", 1),
        ("John Smith", "GBR", 1),
        ("Tim Kaine", "USA", 2),
    ]
