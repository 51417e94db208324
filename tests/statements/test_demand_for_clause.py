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
        "Germany did not call for Russia to withdraw its troops.",
        "Poland may call for Belarus to reopen the border crossing.",
        "If Spain calls for the league to expel the club, the owners will appeal.",
    ],
)
def test_no_demand_without_a_realised_call(annotate: Annotate, text: str) -> None:
    assert not [s for s in annotate(text).statements if s.rule == "demand_for_clause"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Germany pressed on Monday for Russia to withdraw its troops.",
            "Russia to withdraw its troops",
        ),
        (
            "France appealed on Friday for both sides to respect the truce.",
            "both sides to respect the truce",
        ),
    ],
)
def test_a_date_phrase_before_the_for_clause_keeps_the_demand(
    annotate: Annotate, text: str, content: str
) -> None:
    # "pressed on Monday for X to Y": the "on" is a date, not "called on"; demand_object
    # reads only "call", so this rule must.
    found = [s for s in annotate(text).statements if s.rule == "demand_for_clause"]
    assert [s.text for s in found] == [content]
