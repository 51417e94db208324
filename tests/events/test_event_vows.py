"""Threats of reprisal by a state's leader or a state (events/vows.py): a leader's vow of a
reprisal, a vowed response of force to a hostile move, a future response in force. Each
with near misses that must code no THREATEN. Sentences composed for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _threats(events: list[Event]) -> list[Event]:
    return [e for e in events if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Erdogan vowed revenge against the Kurdish militants on Monday.", "TUR"),
        ("Donald Trump promised swift retribution for the ambush.", "USA"),
        ("The Turkish defence minister pledged retaliation for the bombing.", "TUR"),
    ],
)
def test_a_state_leaders_vow_of_reprisal_threatens(
    resolved: CodeFn, text: str, source: str
) -> None:
    threats = _threats(resolved(text))
    assert len(threats) == 1
    assert threats[0].source is not None and threats[0].source.country == source


@pytest.mark.parametrize(
    "text",
    [
        "Serena Williams vowed revenge against her rival after the final.",
        "The club president vowed revenge for the cup defeat.",
        "Erdogan promised no retaliation for the protest.",
        "Donald Trump promised his retribution to the voters.",
    ],
)
def test_a_vow_of_revenge_by_no_leader_or_refused_threatens_no_one(
    resolved: CodeFn, text: str
) -> None:
    assert not _threats(resolved(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Egypt promised a harsh response to the border attack.", "EGY"),
        ("The Indian government vowed a crushing response to the ambush.", "IND"),
    ],
)
def test_a_vowed_response_of_force_to_an_attack_threatens(
    resolved: CodeFn, text: str, source: str
) -> None:
    threats = _threats(resolved(text))
    assert len(threats) == 1
    assert threats[0].source is not None and threats[0].source.country == source


@pytest.mark.parametrize(
    "text",
    [
        "Egypt promised a swift response to the flooding.",
        "The Indian government vowed a strong response to the epidemic.",
        "The mayor promised a harsh response to the attack on the stadium.",
        "Egypt promised a response to the border attack.",
    ],
)
def test_a_response_not_of_force_or_not_to_an_attack_threatens_no_one(
    resolved: CodeFn, text: str
) -> None:
    assert not _threats(resolved(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Pakistan will respond with force to any incursion.", "PAK"),
        ("Iran will retaliate against Israel, the minister said.", "IRN"),
        ("Greece will respond forcefully to the provocation.", "GRC"),
    ],
)
def test_a_future_response_in_force_threatens(resolved: CodeFn, text: str, source: str) -> None:
    threats = _threats(resolved(text))
    assert len(threats) == 1
    assert threats[0].source is not None and threats[0].source.country == source


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan will not retaliate against India.",
        "Germany will respond to the letter next week.",
        "Pakistan will respond soon to the proposal.",
        "The company will respond with force to the lawsuit.",
    ],
)
def test_a_refused_or_peaceful_response_threatens_no_one(resolved: CodeFn, text: str) -> None:
    assert not _threats(resolved(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Erdogan pledged to avenge the eight soldiers killed in the ambush.", "TUR"),
        ("Egypt vowed to punish the militants who attacked the checkpoint.", "EGY"),
        ("Pakistan vowed to respond forcefully to the terrorists who bombed the school.", "PAK"),
    ],
)
def test_a_vowed_reprisal_against_those_who_attacked_threatens(
    resolved: CodeFn, text: str, source: str
) -> None:
    threats = _threats(resolved(text))
    assert len(threats) == 1
    assert threats[0].source is not None and threats[0].source.country == source


@pytest.mark.parametrize(
    "text",
    [
        "Egypt vowed to rebuild the villages destroyed in the attack.",
        "Pakistan vowed to respond forcefully to the criticism of its budget.",
    ],
)
def test_a_vow_to_rebuild_or_to_answer_critics_threatens_no_one(
    resolved: CodeFn, text: str
) -> None:
    assert not _threats(resolved(text))


def test_a_leaders_vow_of_measures_qualified_as_retaliatory_threatens(resolved: CodeFn) -> None:
    threats = _threats(resolved("Erdogan promised retaliatory measures against the militants."))
    assert len(threats) == 1
    assert not _threats(resolved("Erdogan promised necessary measures against the floods."))
