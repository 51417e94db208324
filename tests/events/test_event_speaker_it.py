"""The subject "it" of what a named body or state is reported to have said is that speaker
(issue 12 deliverable 1, rule ``speaker-it``; the speech verb's subject is read past a
dateline's credit). "BEIJING (Reuters) - China's Coast Guard said on Tuesday it fired" gave
the attack to Reuters (``test_event_named_acts.test_pronoun_after_a_dateline_is_the_subject_
named_after_it`` fails without the rule); these cases, right before as well, guard it on other
bodies and on a person's "it". Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        (
            "MOSCOW (Reuters) – Russia's Defence Ministry said on Monday it struck militant "
            "positions near Palmyra.",
            "ASSAULT",
            "RUS",
        ),
        (
            "TOKYO (AP) – Japan's coast guard said it detained the crew of a Chinese fishing boat.",
            "COERCE",
            "JPN",
        ),
    ],
)
def test_it_in_a_body_s_reported_words_is_that_body(
    annotate: Annotate, text: str, event_type: str, country: str
) -> None:
    events = [e for e in annotate(text).events if e.event_type == event_type]
    assert [e.source.country for e in events if e.source] == [country]


def test_a_person_s_it_is_someone_else(annotate: Annotate) -> None:
    """Near miss: "it" in what a minister says is not the minister."""
    text = "Germany's foreign minister said on Monday it would impose sanctions on Iran."
    assert not [
        e
        for e in annotate(text).events
        if e.event_type == "SANCTION" and e.source and e.source.name == "foreign minister"
    ]
