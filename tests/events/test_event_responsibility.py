"""An attack by whoever claims responsibility for it (events/responsibility.py); near misses
where the responsibility is denied, unclaimed, claimed by no one or only borne. Sentences
composed for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _attackers(events: list[Event]) -> set[str | None]:
    return {e.source.name if e.source else None for e in events if e.event_type == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The Taliban claimed responsibility for Tuesday's attack on the checkpoint.", "Taliban"),
        ("Hezbollah later admitted responsibility for the ambush near the border.", "Hezbollah"),
        ("The Islamic State group took responsibility for the bombing.", "Islamic State"),
    ],
)
def test_a_claimed_attack_is_the_claimants(resolved: CodeFn, text: str, doer: str) -> None:
    assert _attackers(resolved(text)) == {doer}


@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for Tuesday's attack on the checkpoint.",
        "Hezbollah denied responsibility for the ambush near the border.",
        "The Taliban has not claimed responsibility for the bombing.",
        "Iran said Hezbollah bears responsibility for the bombing.",
    ],
)
def test_an_unclaimed_or_denied_attack_is_no_ones(resolved: CodeFn, text: str) -> None:
    assert _attackers(resolved(text)) <= {None}


def test_a_service_the_claim_was_posted_on_is_no_target(resolved: CodeFn) -> None:
    events = resolved("Hezbollah claimed responsibility for the ambush on Telegram.")
    attacks = [e for e in events if e.event_type == "ASSAULT"]
    assert attacks and all(e.target is None or e.target.name != "Telegram" for e in attacks)


def test_a_service_acted_on_stays_the_target(resolved: CodeFn) -> None:
    events = resolved("Russia imposed sanctions on Telegram.")
    assert [e.target.name for e in events if e.target] == ["Telegram"]
