"""Rule ``present_as_base``: a parenthetical present the tagger took for a base form
("..., aides to the mayor say, ...") is a report when its own subject takes the bare present
and no auxiliary stands on it. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


def with_text(a: Annotation, fragment: str) -> list:  # type: ignore[type-arg]
    return [s for s in a.statements if fragment in s.text]


def test_plural_subject_present_aside(annotate: Annotate) -> None:
    a = annotate("But in recent weeks, aides to the mayor say, the deficit has grown too large.")
    [s] = with_text(a, "the deficit has grown too large")
    assert s.rule == "parenthetical" and s.speaker is not None and "aides" in s.speaker.text


def test_base_forms_with_an_auxiliary_are_not_reports(annotate: Annotate) -> None:
    # Near miss: "will say" is speech not yet made.
    a = annotate("The deficit, aides will say, has grown too large.")
    assert not [s for s in with_text(a, "grown too large") if s.rule == "parenthetical"]
