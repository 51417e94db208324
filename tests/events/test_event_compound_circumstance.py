"""A compound source is each actor, never an alliance named as a modifier beside it; the doer
of an act told inside a "with" phrase is no target."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Annotation, Event

AnnotateFn = Callable[[str], Annotation]
CodeFn = Callable[..., list[Event]]


def _sources(annotation: Annotation, trigger: str) -> set[str | None]:
    return {e.source.name if e.source else None for e in annotation.events if e.trigger == trigger}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "NATO allies Paris and Madrid said they would send troops to Estonia.",
            "send",
            {"France", "Spain"},
        ),
        (
            "EU members Rome and Athens said they would send troops to Mali.",
            "send",
            {"Italy", "Greece"},
        ),
    ],
)
def test_they_of_a_titled_compound_is_each_capital(
    annotate: AnnotateFn, text: str, trigger: str, expected: set[str]
) -> None:
    assert _sources(annotate(text), trigger) == expected


def test_a_name_only_qualifying_a_noun_is_no_they(annotate: AnnotateFn) -> None:
    # The parse hangs the capitals on "Brussels"; "they" must not fall back on "a NATO summit"
    # (before the rule the "send" was coded with NATO as its source).
    text = "At a NATO summit in Brussels, Ottawa and Oslo said they would send troops to Latvia."
    assert "NATO" not in _sources(annotate(text), "send")


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        ("A Hamas spokesman said they would fire rockets at Israel.", "fire", "Hamas"),
        (
            "The Pentagon spokeswoman said they would send more troops to Iraq.",
            "send",
            "United States Department of Defense",
        ),
    ],
)
def test_they_after_a_bodys_spokesman_is_the_body(
    annotate: AnnotateFn, text: str, trigger: str, body: str
) -> None:
    # a name qualifying one voice of its body is the body "they" speaks of, not the voice
    assert _sources(annotate(text), trigger) == {body}


def test_a_named_alliance_is_still_they(annotate: AnnotateFn) -> None:
    text = "NATO met in Brussels on Monday. They agreed to send more troops to Latvia."
    sources = {e.source.name for e in annotate(text).events if e.source}
    assert "NATO" in sources


@pytest.mark.parametrize(
    ("text", "trigger", "inner"),
    [
        # "of X recalling": X the subject of the gerund under the phrase
        ("Chile suspended talks with the risk of Peru recalling its envoy.", "suspended", "Peru"),
        # "of X expelling": the gerund an acl of the head noun
        ("Egypt closed its embassy with the risk of Libya expelling its staff.", "closed", "Libya"),
        # "of X blocking": the gerund hung on the main verb (an advcl)
        ("Poland canceled the summit with the threat of Russia blocking it.", "canceled", "Russia"),
    ],
)  # fmt: skip
def test_doer_inside_a_with_circumstance_is_no_target(
    annotate: AnnotateFn, text: str, trigger: str, inner: str
) -> None:
    events = [e for e in annotate(text).events if e.trigger == trigger]
    assert events
    assert not any(e.target and e.target.text == inner for e in events)


def test_met_with_keeps_the_people_named(annotate: AnnotateFn) -> None:
    # A head naming people may do the act itself: the partner stays the target.
    text = "Brazil's president met with members of Congress opposing the bill."
    events = [e for e in annotate(text).events if e.trigger == "met"]
    assert events and events[0].target is not None
