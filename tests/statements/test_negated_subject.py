"""Rule ``negated_subject``: a speech act denied through its subject ("No inspector said ...",
"Nobody has claimed that ...", "None of the nurses told ...") is no statement of its content,
as "did not say" is not. A subject that only limits ("Few farmers said ...") and a "no" inside
the content are left alone. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


def with_text(a: Annotation, fragment: str) -> list:  # type: ignore[type-arg]
    return [s for s in a.statements if fragment in s.text]


def test_a_denying_subject_reports_nothing(annotate: Annotate) -> None:
    a = annotate(
        "No inspector said the reactor was leaking.\n\n"
        "Neither senator said the treaty would fail.\n\n"
        "Nobody has claimed that the lottery was rigged.\n\n"
        "None of the nurses told reporters that the ward was closing.\n\n"
        "No one said the harbour would flood."
    )
    for fragment in (
        "reactor was leaking",
        "treaty would fail",
        "lottery was rigged",
        "ward was closing",
        "harbour would flood",
    ):
        assert not with_text(a, fragment), fragment


def test_limiting_subjects_and_inner_no_still_speak(annotate: Annotate) -> None:
    # Near misses: "few" still reports some; "no votes" is the content's subject, not his.
    a = annotate(
        "Few farmers said the drought had ended.\n\nThe spokesman said no votes had been counted."
    )
    [few] = with_text(a, "drought had ended")
    assert few.speaker is not None and "farmers" in few.speaker.text
    [clerk] = with_text(a, "no votes had been counted")
    assert clerk.speaker is not None and clerk.speaker.text == "The spokesman"
