"""A state's or body's "opposition to X" is its stance, no opposition body (issue 12, trial
kind: "X's opposition to THAAD" listed as the group XOPP). Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import ActorRecord

Records = Callable[[str], list[ActorRecord]]


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Hanoi repeated Vietnam's opposition to the dam on Monday.",
        "The letter showed the breadth of Brazil's opposition against the trade pact.",
    ],
)
def test_an_owners_opposition_to_something_is_no_body(actor_records: Records, text: str) -> None:
    found = actor_records(text)
    assert not any(r.code and r.code.endswith("OPP") for r in found)
    assert not any("opposition" in m.text for r in found for m in r.mentions)


def test_an_opposition_that_acts_stays_a_body(actor_records: Records) -> None:
    found = actor_records("Kenya's opposition said on Monday it would boycott the vote.")
    assert any(r.code == "KENOPP" for r in found)
