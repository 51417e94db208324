"""Acts that did not happen or that nobody did: an act denied as a past fact ("we have not met
for a long time"; "refused to meet" stays a REJECT), and an act in the present whose doer is a
bare indefinite noun ("a soldier is prepared to fight"). Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


@pytest.mark.parametrize(
    "text",
    [
        '"We have not met for a long time," Norwegian Foreign Minister Ivan Berg said.',
        '"We did not consult Chile before the vote," Norwegian Foreign Minister Ivan Berg said.',
    ],
)
def test_an_act_denied_as_past_fact_is_no_event(annotate: Annotate, text: str) -> None:
    assert [e.event_type for e in annotate(text).events] == []


def test_a_refusal_stays_a_reject(annotate: Annotate) -> None:
    found = annotate("Norway refused to meet the Chilean envoy on Monday.").events
    assert [e.event_type for e in found] == ["REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "We must arm the villagers, because a soldier is prepared to fight anyone.",
        "A government that attacks its neighbours must pay a price.",
    ],
)
def test_a_generic_doer_in_the_present_does_no_act(annotate: Annotate, text: str) -> None:
    assert [e.event_type for e in annotate(text).events] == []


def test_a_particular_doer_still_acts(annotate: Annotate) -> None:
    found = annotate("A Russian warplane bombs the hospital in Idlib every night.").events
    assert [e.event_type for e in found] == ["ASSAULT"]
