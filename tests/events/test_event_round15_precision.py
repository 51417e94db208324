"""Round 15 (issue 11, precision of type, modality and arguments). Sentences written for the
tests: members of each kind, and near misses that must stay as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


@pytest.mark.parametrize(
    "text",
    [
        "Ministers met in Geneva on Thursday and condemned the shelling of the hospital.",
        "Foreign Ministers condemned the bombing of the market on Sunday.",
        "Prime Ministers signed a climate pledge at the summit.",
        "Defence Ministers agreed to hold another round of talks in June.",
    ],
)
def test_title_case_office_holders_are_no_source(resolved: CodeFn, text: str) -> None:
    # actor filter ``unowned-office-holders`` (events/office_holders.py), title case
    assert not [e for e in resolved(text) if e.source is not None]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # near misses: a nationality or a state's name in the title says whose they are
        ("Brazilian Foreign Ministers condemned the bombing of the market.", "BRA"),
        ("Kenya's Ministers condemned the bombing of the market.", "KEN"),
    ],
)
def test_title_case_owned_office_holders_stay(resolved: CodeFn, text: str, country: str) -> None:
    sources = [e.source for e in resolved(text) if e.source is not None]
    assert country in {s.country for s in sources}
