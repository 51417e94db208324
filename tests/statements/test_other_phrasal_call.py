"""A "call" with another particle ("called off", "called up") is no demand: its later "on"
is a time or a place (rule ``demand_object``, statements/objects.py ``_other_phrasal``;
issue 11, round 15). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


@pytest.mark.parametrize(
    "text",
    [
        "Thailand called off the regional summit on Tuesday.",
        "The army called up reservists on Monday.",
        "The union called off the strike on Friday.",
    ],
)
def test_another_phrasal_call_is_no_demand(annotate: Annotate, text: str) -> None:
    assert not [s for s in annotate(text).statements if s.rule == "demand_object"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: "called on" and "called for" are the demand
        "Egypt called on Sudan on Monday to reopen the border.",
        "The union called for a strike on Friday.",
    ],
)
def test_a_call_on_or_for_stays_a_demand(annotate: Annotate, text: str) -> None:
    assert [s for s in annotate(text).statements if s.rule == "demand_object"]
