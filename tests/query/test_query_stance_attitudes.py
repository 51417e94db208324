"""Stance rows from positions the writer states about an actor, unquoted (claims/attitudes):
one decides a row on its own, is cited as the writer's account, and weighs less than the
actor's own quoted words. Stories written for these tests, run through the whole pipeline."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from query_samples import StoryStore, country_rows

import cablegram.api as cg
from cablegram.query.stance import find_stance

STORIES: tuple[tuple[str, str], ...] = (
    (
        "Carbon tax",
        "Ministers met in Bergen on Monday. Norway, which favors a carbon tax on shipping, sent "
        "a large delegation. Chile strongly opposes a carbon tax on shipping.",
    ),
    (
        "Carbon tax, quoted",
        "Chile's foreign minister spoke in Santiago on Tuesday. \"We support a carbon tax on "
        'shipping," the minister said.',
    ),
)


@pytest.fixture(scope="module")
def store(story_store: StoryStore) -> Iterator[cg.CablegramStore]:
    with story_store("attitudes", STORIES) as opened:
        yield opened


def test_a_writers_account_decides_a_row_and_is_cited_as_such(
    store: cg.CablegramStore,
) -> None:
    result = find_stance(store.store, "impose a carbon tax on shipping")
    assert country_rows(result).get("NOR") == "support"
    norway = result.row("NOR")
    assert norway is not None
    assert norway.citations[0].reason.startswith("attitude told by the writer")
    assert norway.confidence <= 0.5


def test_the_actors_own_words_outweigh_the_writers_account(store: cg.CablegramStore) -> None:
    # Chile "strongly opposes" (the writer) but its minister says "we support": not oppose.
    result = find_stance(store.store, "impose a carbon tax on shipping")
    assert country_rows(result).get("CHL") in ("support", "mixed")
    chile = result.row("CHL")
    assert chile is not None and chile.citations[0].kind == "statement"
