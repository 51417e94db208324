"""A "without" phrase on the act tells how it was done, not that it was not done (issue 11):
"attacked the village without warning" is an attack, "rejected the plan without giving a
reason" a rejection; only an act inside the "without" phrase is undone (events/unasserted.py
``without-act``). Sentences written for the test; the first group fails without the change
(events/modality.is_negated read any "without" on the trigger as a denial)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


@pytest.mark.parametrize(
    ("text", "event_type", "trigger"),
    [
        ("Turkish troops attacked the village without warning on Monday.", "ASSAULT", "attacked"),
        (
            "Egyptian police arrested the opposition leader without charge in Cairo.",
            "COERCE",
            "arrested",
        ),
        ("Iran rejected the plan without giving a reason.", "REJECT", "rejected"),
    ],
)
def test_an_act_done_without_something_was_done(
    code: CodeFn, text: str, event_type: str, trigger: str
) -> None:
    found = [e for e in code(text) if e.event_type == event_type and e.trigger == trigger]
    assert found and not any(e.negated for e in found)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The minister left Brussels without signing the accord.", "signing"),
        ("The envoy spoke for an hour without condemning the strikes.", "condemning"),
    ],
)
def test_the_act_inside_without_is_still_undone(code: CodeFn, text: str, trigger: str) -> None:
    assert not [e for e in code(text) if e.trigger == trigger and not e.negated]
