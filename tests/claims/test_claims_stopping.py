"""Stopping an act named by a gerund (sentences written for these tests): the act stopped is
opposed by the one who stops it or calls for it to stop; the stopping itself is supported."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]
On = Callable[[list[Claim], str, str], set[str]]


@pytest.mark.parametrize(
    ("text", "who", "act"),
    [
        ('"We will stop importing Russian oil," the Finnish minister said.', "Finnish", "import"),
        (
            '"Iran must stop enriching uranium," the German chancellor said.',
            "Olaf Scholz",
            "enrich",
        ),
        ('"They must cease shelling the town," the Turkish president said.', "TUR", "shell"),
    ],
)
def test_the_act_a_gerund_names_is_opposed_by_who_stops_it(
    claims: Annotate, on: On, text: str, who: str, act: str
) -> None:
    found = claims(text)
    mine = {
        c.polarity
        for c in found
        if c.predicate == act and (who == c.actor.country or who in c.actor.name)
    }
    assert mine == {"oppose"}, found


@pytest.mark.parametrize(
    ("text", "who", "act", "polarity"),
    [
        # near misses: not stopping it goes on with it; keeping on is no stopping
        (
            '"We will not stop importing Russian oil," the Slovak minister said.',
            "Slovak",
            "import",
            "support",
        ),
        (
            '"We will keep importing Russian oil," the Slovak minister said.',
            "Slovak",
            "import",
            "support",
        ),
    ],
)
def test_not_stopping_or_keeping_on_supports_the_act(
    claims: Annotate, on: On, text: str, who: str, act: str, polarity: str
) -> None:
    found = claims(text)
    mine = {c.polarity for c in found if c.predicate == act and who in c.actor.name}
    assert mine == {polarity}, found


def test_the_fighting_must_stop_supports_stopping_it(claims: Annotate) -> None:
    # near miss: an intransitive stop names no act stopped by a gerund
    found = claims('"The shelling must stop," the Italian prime minister said.')
    assert {c.polarity for c in found if c.predicate == "stop"} == {"support"}
    assert not [c for c in found if c.polarity == "oppose"]
