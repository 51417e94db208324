"""Occasions that end or are called off sanction no one (issue 11, events/occasions.py):
a session of talks that came to its end, and a party's own trip called off. Sentences
written for the test; the first two groups fail without the rules (coded with the
project's actor lookup, which knows "Kenyan" and "Swedish"), the third fails with rules
that read joined subjects, a span of talks or a common noun of place too widely."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _sanctions(events: list[Event]) -> list[Event]:
    return [e for e in events if e.event_type == "SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda ended a fourth round of talks in Nairobi on Friday.",
        "The two sides ended three days of negotiations in Oslo on Tuesday.",
        "Norwegian and Swedish negotiators ended talks on the fishing quota on Monday.",
        "Chile and Argentina ended another session of talks in Lima on Thursday.",
    ],
)
def test_a_session_of_talks_that_ended_is_no_sanction(resolved: CodeFn, text: str) -> None:
    assert not _sanctions(resolved(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president canceled her trip after the floods.",
        "The Swedish foreign minister cancelled his visit because of the storm.",
        "The Greek prime minister canceled a trip to the World Bank meetings to stay home.",
        "Portugal's finance minister canceled the trip, an aide said.",
    ],
)
def test_ones_own_trip_called_off_is_no_sanction(resolved: CodeFn, text: str) -> None:
    assert not _sanctions(resolved(text))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Spain and Italy ended negotiations with Morocco over the fishing accord.", "MAR"),
        ("Chile and Peru ended their talks with Bolivia after the border incident.", "BOL"),
        ("The opposition ended a second session of talks with the government.", None),
        ("Nepal's Maoists ended two days of negotiations with India in anger.", None),
        ("The Greek foreign minister canceled his visit to the Turkish capital in protest.", None),
    ],
)
def test_talks_with_a_named_party_or_a_trip_to_a_named_place_stay_a_sanction(
    resolved: CodeFn, text: str, target: str | None
) -> None:
    found = _sanctions(resolved(text))
    assert found
    if target is not None:
        assert all(e.target is not None and e.target.country == target for e in found)


def test_talks_ended_with_an_outcome_name_no_party(resolved: CodeFn) -> None:
    assert not _sanctions(resolved("Egypt and Sudan ended talks with a joint statement."))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Egypt ended its talks with Sudan after the border clash.", "SDN"),
        ("Norway abruptly ended mediation between Sudan and the rebels.", None),
        ("The Italian minister cancelled a planned visit to Libya after the coup.", "LBY"),
        ("China cancelled a visit by the Japanese defence minister.", "JPN"),
        ("Beijing canceled the Japanese prime minister's visit.", None),
    ],
)
def test_halting_talks_or_anothers_visit_stays_a_sanction(
    code: CodeFn, text: str, target: str | None
) -> None:
    found = _sanctions(code(text))
    assert found
    if target is not None:
        assert any(e.target is not None and e.target.country == target for e in found)


@pytest.mark.parametrize(
    ("text", "event_type", "trigger"),
    [
        ("Egypt and Sudan ended a round of talks without a deal.", None, "ended"),
        ("Sudanese troops shelled the town without warning on Sunday.", "ASSAULT", "shelled"),
    ],
)
def test_without_tells_the_manner_and_an_ended_round_stays_uncoded(
    code: CodeFn, text: str, event_type: str | None, trigger: str
) -> None:
    found = [e for e in code(text) if e.trigger == trigger and not e.negated]
    if event_type is None:
        assert not found
    else:
        assert [e.event_type for e in found] == [event_type]
