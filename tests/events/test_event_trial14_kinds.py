"""Trial-14 kinds (issue 11): a verbal attack made by armed men is force used on a person
(events/retype.py ``armed-attacker``). Sentences written for the test; each group fails
without its rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani militants attacked Nawaz Sharif in Lahore.",
        "Syrian rebels attacked Bashar Assad in Damascus.",
        "Turkish troops attacked Abdullah Ocalan near the border.",
    ],
)
def test_armed_men_attacking_a_person_assault_them(code: CodeFn, text: str) -> None:
    types = {e.event_type for e in code(text)}
    assert "ASSAULT" in types and "ACCUSE" not in types


def test_a_speaker_attacking_a_person_still_accuses(code: CodeFn) -> None:
    types = {
        e.event_type for e in code("Turkish ministers attacked Kemal Kilicdaroglu on Tuesday.")
    }
    assert types == {"ACCUSE"}
