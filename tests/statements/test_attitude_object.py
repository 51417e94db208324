"""An attitude stated as a noun ("declared their readiness to send troops") is a statement of
its holder; on sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Norway and Finland have declared their readiness to send engineers to the region.",
            "readiness to send engineers",
            "Norway",
        ),
        (
            "Moldova has long expressed a desire to join the customs union.",
            "desire to join the customs union",
            "Moldova",
        ),
        (
            "The Kenyan foreign minister expressed satisfaction with the progress of the talks.",
            "satisfaction with the progress",
            "minister",
        ),
        (
            "Chile voiced strong support for the regional trade pact on Tuesday.",
            "support for the regional trade pact",
            "Chile",
        ),
    ],
)
def test_an_attitude_noun_stated_by_an_agent(
    annotate: Annotate, text: str, content: str, speaker: str
) -> None:
    found = [s for s in annotate(text).statements if content in s.text]
    assert len(found) == 1, [(s.text, s.rule) for s in annotate(text).statements]
    s = found[0]
    assert s.rule == "attitude_object"
    assert s.speaker is not None
    assert speaker in f"{s.speaker.name} {s.speaker.text}"


@pytest.mark.parametrize(
    "text",
    [
        # an attitude noun with nothing it bears on
        "The minister expressed his concern.",
        # not an attitude noun
        "The company expressed the parcels to the capital on Monday.",
        # no agent
        "The figures signalled a desire for change among young voters.",
        # not realised
        "Norway did not declare its readiness to send engineers to the region.",
    ],
)
def test_no_statement_without_an_agent_an_attitude_and_what_it_bears_on(
    annotate: Annotate, text: str
) -> None:
    assert not [s for s in annotate(text).statements if s.rule == "attitude_object"]
