"""A photo caption or a headline standing as its own paragraph codes no event; the story's
sentences do. Lines written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.events.coder import TriggerTrace

Traced = Callable[[str], list[TriggerTrace]]
STORY = "Sudan accused Egypt of shelling the border post on Monday."


def _blocked(traced: Traced, text: str, trigger: str) -> str | None:
    return next(t.blocked for t in traced(text) if t.trigger == trigger)


@pytest.mark.parametrize(
    ("line", "trigger"),
    [
        ("A Sudanese tank prepares to fire on Egypt from a position near Wadi Halfa", "fire"),
        ("Sudan expels Egyptian diplomats over border clash", "expels"),
        ("Egyptian soldiers attacking a Sudanese border post near Halaib", "attacking"),
    ],
)
def test_a_caption_or_headline_line_codes_no_event(traced: Traced, line: str, trigger: str) -> None:
    assert _blocked(traced, f"{line}\n\n{STORY}", trigger) == "caption-line"
    assert _blocked(traced, f"{line}\n\n{STORY}", "accused") is None


@pytest.mark.parametrize(
    ("line", "trigger"),
    [
        # a sentence of the story: it closes with a full stop
        ("Sudan expels Egyptian diplomats over the border clash.", "expels"),
        # the past tense tells what happened, as a story's sentence does
        ("Sudan expelled Egyptian diplomats over the border clash", "expelled"),
        # a present-tense clause inside a longer paragraph
        ("Sudan expels Egyptian diplomats over the clash, the ministry said on Monday", "expels"),
    ],
)
def test_a_sentence_of_the_story_is_no_caption(traced: Traced, line: str, trigger: str) -> None:
    assert _blocked(traced, f"{line}\n\n{STORY}", trigger) != "caption-line"


@pytest.mark.parametrize(
    ("line", "trigger"),
    [
        ("Egyptian Threat", "Threat"),
        ("Egypt's Ultimatum to Sudan", "Ultimatum"),
        ("A Sudanese Warning", "Warning"),
        # a short heading in sentence case
        ("Fresh border clashes", "clashes"),
    ],
)
def test_a_verbless_heading_codes_no_event(traced: Traced, line: str, trigger: str) -> None:
    """Rule ``heading-line``: a section title names the topic the story tells below it."""
    text = f"{STORY}\n\n{line}\n\n{STORY}"
    assert _blocked(traced, text, trigger) == "heading-line"


@pytest.mark.parametrize(
    ("line", "trigger"),
    [
        # a verbless paragraph that is no title: longer than a heading, in sentence case
        ("A Sudanese warning to Egypt over the new dam", "warning"),
        # a line with closing punctuation is a sentence of the story
        ("An Egyptian Threat.", "Threat"),
    ],
)
def test_a_line_that_is_no_heading_is_not_blocked_as_one(
    traced: Traced, line: str, trigger: str
) -> None:
    text = f"{STORY}\n\n{line}\n\n{STORY}"
    assert _blocked(traced, text, trigger) != "heading-line"
