"""A pair counted by a side noun, or a noun pointed at by this/that, with no name in its phrase
is no actor (issue 11, filters ``unnamed-pair``, ``demonstrative``): "The two leaders, who
fought each other" gave an ASSAULT by "two leaders", "this regime's abuses" an ACCUSE of
"this regime". Phrases with a nationality or a name keep their actors. Sentences written for
the tests."""

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


@pytest.mark.parametrize(
    "text",
    [
        "North Korea tested a missile. The State Department condemned this regime for its abuses.",
        "The minister accused that government of lying.",
        "The Treasury highlighted its condemnation of this regime's abuses.",
    ],
)
def test_a_noun_pointed_at_with_no_name_is_no_target(resolved: CodeFn, text: str) -> None:
    """Filter ``demonstrative``: "this regime" stands for someone named before."""
    accusations = [e for e in resolved(text) if e.event_type == "ACCUSE"]
    assert accusations and all(e.target is None for e in accusations)


def test_a_named_noun_pointed_at_stays(resolved: CodeFn) -> None:
    events = resolved("This Russian government rejected the plan.")
    assert any(e.source and e.source.country == "RUS" for e in events)
