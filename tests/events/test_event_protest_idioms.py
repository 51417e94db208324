"""Protests told by idiom (issue 11, recall): the act is a prepositional object ("took to the
streets", "went on strike", "walked off the job", "poured into the streets") or a noun a
light verb stages ("a walkout"); the town owning the streets is where, not whom
(``streets-of``). Sentences written for the tests; the near misses must code no PROTEST."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _protests(events: list[Event]) -> list[Event]:
    return [e for e in events if e.event_type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of the opposition leader took to the streets of Libreville on Thursday.",
        "Thousands of workers went on strike in Buenos Aires on Monday.",
        "Teachers walked off the job across Chile on Tuesday.",
        "Opposition supporters poured into the streets of Kinshasa after the vote.",
        "Dock workers staged a walkout at the port of Santos.",
    ],
)
def test_a_protest_told_by_idiom_is_coded(resolved: CodeFn, text: str) -> None:
    found = _protests(resolved(text))
    assert found, text
    # the town owning the streets is no target
    assert all(e.target is None for e in found), [e.target for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister took to Twitter on Friday.",
        "The president went on television to defend the decision.",
        "The general took the troops to the border.",
        "The jets went on a strike mission over Raqqa.",
        "The minister walked off the stage after the speech.",
    ],
)
def test_other_senses_are_no_protest(resolved: CodeFn, text: str) -> None:
    assert not _protests(resolved(text))


def test_a_protest_at_a_body_keeps_its_target(resolved: CodeFn) -> None:
    """A body protested at is still the target: only a public space and its town are places."""
    marched = _protests(resolved("Protesters marched to the Russian embassy in Kiev."))
    assert marched and marched[0].target is not None
