"""A demand made as a "for ... to" clause ("called for Russia to withdraw its troops") is
reported speech, and its speaker's claim (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


@pytest.mark.parametrize(
    ("text", "content", "predicate"),
    [
        (
            "Germany called for Russia to withdraw its troops from the border.",
            "Russia to withdraw its troops from the border",
            "withdraw",
        ),
        (
            "The aid chief is calling for both sides to extend the grain agreement.",
            "both sides to extend the grain agreement",
            "extend",
        ),
        (
            "Paris has pressed for the bloc to impose new sanctions on Tehran.",
            "the bloc to impose new sanctions on Tehran",
            "impose",
        ),
    ],
)
def test_a_for_to_clause_is_the_demand(
    annotate: Annotate, text: str, content: str, predicate: str
) -> None:
    a = annotate(text)
    found = [s for s in a.statements if s.rule == "demand_for_clause"]
    assert [s.text for s in found] == [content]
    said = [c for c in a.claims if c.source_id == found[0].statement_id]
    assert {(c.predicate, c.polarity) for c in said} >= {(predicate, "support")}


@pytest.mark.parametrize(
    "text",
    [
        "The guests waited for the minister to arrive.",
        "Germany did not call for Russia to withdraw its troops.",
        "It is time for the talks to resume, the envoy said.",
    ],
)
def test_no_demand_without_a_realised_call(annotate: Annotate, text: str) -> None:
    assert not [s for s in annotate(text).statements if s.rule == "demand_for_clause"]
