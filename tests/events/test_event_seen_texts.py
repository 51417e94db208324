"""A participle hung on seeing or obtaining a text tells what the text says, not an act of
whoever saw it (issue 11, blocker ``seen-text``). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


@pytest.mark.parametrize(
    "text",
    [
        "A Reuters reporter saw a copy of a letter sent to the ministry by the union last "
        "week, demanding higher wages.",
        "The AP obtained a copy of the report, accusing the army of abuses.",
        "Investigators reviewed a memo written by the governor, calling for new sanctions on Iran.",
    ],
)
def test_what_a_seen_text_says_is_no_act_of_its_reader(resolved: CodeFn, text: str) -> None:
    assert not [e for e in resolved(text) if e.event_type in ("REQUEST", "ACCUSE")]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("France released a statement, condemning the attack.", "ACCUSE"),
        ("The minister signed the decree on Monday, calling for new sanctions on Iran.", "REQUEST"),
        ("The senator received the ambassador on Monday, urging him to free the prisoners.",
         "REQUEST"),
    ],
)  # fmt: skip
def test_issuing_a_text_or_receiving_a_person_keeps_the_act(
    resolved: CodeFn, text: str, event_type: str
) -> None:
    assert event_type in {e.event_type for e in resolved(text)}
