"""A pair counted by a side noun with no name in its phrase is no actor (issue 11, filter
``unnamed-pair``): "The two leaders, who fought each other" gave an ASSAULT by "two
leaders". Pairs with a nationality or a name keep their actors. Sentences written for the
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders, who fought each other in a civil war, made a joint call for calm.",
        "Both sides accused each other of violating the truce.",
        "The two rivals attacked each other in the capital on Friday.",
    ],
)
def test_an_unnamed_pair_is_no_source(resolved: CodeFn, text: str) -> None:
    assert not [e for e in resolved(text) if e.source is not None]


def test_a_pair_with_its_nationalities_stays(resolved: CodeFn) -> None:
    events = resolved("Both Russian and Turkish leaders condemned the attack.")
    assert {e.source.country for e in events if e.source} == {"RUS", "TUR"}
