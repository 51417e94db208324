"""A backing taken back by its holder stands against what it backed ("withdrew its support
for the deal"); a demand dropped, troops withdrawn, or another's backing ended is no stance
(cablegram.claims.giving_up). Sentences written for these tests (round 15, i155)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]
On = Callable[[list[Claim], str, str], set[str]]


@pytest.mark.parametrize(
    ("text", "who", "act"),
    [
        ("Kenya withdrew its support for the ceasefire.", "KEN", "ceasefire"),
        ("Norway withdrew its backing for the embargo.", "NOR", "embargo"),
        ("Chile said it was withdrawing its endorsement of the treaty.", "CHL", "treaty"),
        ("Peru withdrew its support for the sanctions on Bolivia.", "PER", "sanction"),
    ],
)
def test_a_backing_taken_back_opposes_what_it_backed(
    claims: Annotate, on: On, text: str, who: str, act: str
) -> None:
    assert on(claims(text), act, who) == {"oppose"}


@pytest.mark.parametrize(
    ("text", "who", "act"),
    [
        # Near misses: a demand dropped, troops withdrawn, another's backing ended.
        ("Kenya dropped its demand for a ceasefire.", "KEN", "ceasefire"),
        ("Norway withdrew its troops from the mission.", "NOR", "mission"),
        ("Chile ended Peru's backing of the treaty.", "CHL", "treaty"),
        ("Peru dropped its call for sanctions on Bolivia.", "PER", "sanction"),
    ],
)
def test_no_backing_of_ones_own_taken_back_is_no_opposition(
    claims: Annotate, on: On, text: str, who: str, act: str
) -> None:
    assert "oppose" not in on(claims(text), act, who)
