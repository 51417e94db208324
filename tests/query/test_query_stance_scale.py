"""Stance over large stores: one combined full-text query, capped evidence, a note."""

from __future__ import annotations

import pytest

from cablegram.query import stance
from cablegram.query.stance import concept_expression, find_stance, parse_proposition
from cablegram.store import Store


def test_the_concepts_become_one_expression_needing_enough_of_them() -> None:
    two = concept_expression(parse_proposition("sanctions on Iran"))
    assert two == '(("embargo"* OR "sanction"*) AND ("iran"*))'
    three = concept_expression(parse_proposition("send troops to Iraq"))
    assert three is not None and three.count(" AND ") == 2  # any two of the three
    assert concept_expression(parse_proposition("to the of")) is None
    # Many concepts: the exact "at least k of n" would be huge; a looser one is used.
    many = concept_expression(parse_proposition("alpha beta gamma delta epsilon zeta eta theta"))
    assert many is not None and len(many) < 2_000


def test_the_same_result_with_a_cap_large_enough(qstore: Store) -> None:
    result = find_stance(qstore, "send troops to Iraq")
    assert not result.notes
    france = result.row("FRA")
    assert france is not None and france.stance == "oppose"


def test_capped_evidence_is_noted(qstore: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stance, "EVIDENCE_CAP", 2)
    result = find_stance(qstore, "send troops to Iraq")
    assert any("the 2 most recent were read" in note for note in result.notes)
    assert any(note.startswith("more than 2 statements") for note in result.notes)
    # Only the two most recent matching statements (and bare answers beside them) count.
    assert result.countries or result.actors
