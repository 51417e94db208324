"""Vows against someone, bare commitments and admissions (issue 11; rules in
events/avowals.py). Sentences written for the test; each group fails without its rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _types(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.source.name if e.source else None) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "France vowed to hunt down the attackers.",
        "Turkey vowed to find those responsible for the bombing.",
        "Germany is committed to pressuring Russia.",
    ],
)
def test_a_vow_against_someone_is_a_threat(code: CodeFn, text: str) -> None:
    types = [t for t, _ in _types(code(text))]
    assert "THREATEN" in types and "AGREE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Kenya vowed to bring stability to the north.",
        "Norway pledged to find the funds for the new schools.",
        "Mali vowed to root out graft in the ministries.",
    ],
)
def test_a_vow_to_pursue_no_one_is_no_threat(code: CodeFn, text: str) -> None:
    types = [t for t, _ in _types(code(text))]
    assert "THREATEN" not in types and "AGREE" in types


def test_a_vow_against_named_wrongdoers_is_a_threat(code: CodeFn) -> None:
    types = [t for t, _ in _types(code("Chile pledged to bring the perpetrators to justice."))]
    assert types == ["THREATEN"]


def test_a_vow_to_help_stays_an_agreement(code: CodeFn) -> None:
    assert ("AGREE", "RUS") in _types(code("Russia vowed to help Iran."))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt is fully committed to compliance with the laws.",
        "Kenya is committed to transparency.",
    ],
)
def test_a_commitment_to_a_principle_is_no_event(code: CodeFn, text: str) -> None:
    assert code(text) == []


def test_a_commitment_to_an_act_or_a_party_stays(code: CodeFn) -> None:
    assert [t for t, _ in _types(code("Germany is committed to the defence of Estonia."))] == [
        "AGREE"
    ]


def test_allowing_that_is_no_concession(code: CodeFn) -> None:
    assert code("France allowed that the agreements were only commitments on paper.") == []
    assert ("CONCEDE", "TUR") in _types(code("Turkey allowed aid convoys into Iraq."))
    allowed_to = code("The Turkish minister allowed the opposition leader to hold a rally.")
    assert [t for t, _ in _types(allowed_to)] == ["CONCEDE"]
