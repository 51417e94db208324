"""Trial-14 kinds (issue 11): an attack on a person by armed men, not told as words, is
force used on them (events/retype.py ``armed-attacker``). Sentences written for the test;
the first group fails without the rule, the second guards its limits."""

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


@pytest.mark.parametrize(
    "text",
    [
        "Turkish ministers attacked Kemal Kilicdaroglu on Tuesday.",
        "Egypt's army chief attacked Mohamed Morsi in a televised speech.",
        "Former soldiers attacked Michael Fallon in an open letter.",
        "Rebel commanders attacked Ashraf Ghani as a foreign puppet.",
        "Retired generals attacked David Cameron over the defence cuts.",
    ],
)
def test_an_attack_told_as_words_still_accuses(code: CodeFn, text: str) -> None:
    """A speaker, an armed body's leader, or armed men attacking a person in a speech, a
    letter, as something or over something: words, not force."""
    assert "ASSAULT" not in {e.event_type for e in code(text)}
