"""Clauses that look like reported speech but are not the subject's statement: the subject of
a passive speech verb is whom it was said to; on sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


@pytest.mark.parametrize(
    ("text", "not_said"),
    [
        ("The two attaches were ordered to leave the country within a week.", "to leave"),
        ("The envoys were told that the border would stay closed.", "the border would stay"),
        ("The farmers were warned that the dam could fail.", "the dam could fail"),
    ],
)
def test_the_subject_of_a_passive_speech_verb_is_no_speaker(
    annotate: Annotate, text: str, not_said: str
) -> None:
    assert not [s for s in annotate(text).statements if not_said in s.text]


def test_a_saying_participle_and_a_shared_subject_stay_speech(annotate: Annotate) -> None:
    a = annotate(
        "The minister criticized the trawlers, saying they had no right to fish there. "
        "The mayor was questioned by police on Monday and said the charges were false."
    )
    said = {s.text: s.speaker.name if s.speaker else None for s in a.statements}
    assert any("they had no right to fish there" in t for t in said), said
    assert any("the charges were false" in t for t in said), said
