"""A state word of allegiance ("pro-Iranian", "Saudi-backed") names whom a party sides with,
not its own state (actors/allegiance.py). Sentences written for the test; each fails without
the rule."""

from __future__ import annotations

import pytest

from cablegram.api import extract


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The pro-Syrian Hezbollah (Party of God) group announced a truce on Monday in the "
            "south after a week of clashes with rival militias.",
            "LBN",
        ),
        ("Pro-Iranian Hamas fighters attacked an army post near the border.", "PSE"),
    ],
)
def test_a_state_word_of_allegiance_is_not_the_groups_country(text: str, country: str) -> None:
    events = extract(text, "2016-07-01").events
    assert events and all(e.source is not None for e in events)
    assert {e.source.country for e in events if e.source} == {country}


def test_a_demonym_of_the_groups_own_state_still_counts() -> None:
    events = extract("The Pakistani Taliban attacked a school in Peshawar.", "2016-07-01").events
    assert [e.source.country for e in events if e.source] == ["PAK"]
