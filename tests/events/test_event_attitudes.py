"""A standing attitude told in the simple present is no act (issue 11,
events/attitudes.py ``standing-attitude``): "Norway opposes the pipeline" says where a party
stands. It is kept for stance, under the default listing's floor; an attitude shown on an
occasion (past, dated, in a vote) or in someone's words stays an event as sure as before.
Sentences written for the test; the first group fails without the rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.events.attitudes import STANDING_CAP
from cablegram.events.coder import TriggerTrace
from cablegram.query.events import EVENT_FLOOR
from cablegram.records import Event

CodeFn = Callable[..., list[Event]]
ATTITUDE_TYPES = {"REJECT", "SUPPORT"}


def _attitudes(events: list[Event], trigger: str) -> list[Event]:
    return [e for e in events if e.event_type in ATTITUDE_TYPES and e.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Norway opposes the pipeline, which it sees as a threat to its fisheries.", "opposes"),
        ("Austria also opposes the plan.", "opposes"),
        ("Sweden strongly supports Finland's bid to join the alliance.", "supports"),
        ("Qatar backs Syrian rebel groups that oppose Iran.", "oppose"),
        ("Italy and Greece oppose the quota system.", "oppose"),
        ("Austria has long opposed any quota for migrants.", "opposed"),
    ],
)
def test_a_standing_attitude_is_no_act(code: CodeFn, text: str, trigger: str) -> None:
    found = _attitudes(code(text), trigger)
    assert found and all(e.confidence <= STANDING_CAP < EVENT_FLOOR for e in found)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Austria opposed the plan at Monday's meeting of EU ministers.", "opposed"),
        ("Germany backed the resolution in a vote on Friday.", "backed"),
        ("Austria opposes the plan, its foreign minister said on Monday.", "opposes"),
        ("Chile supports the resolution in Friday's vote.", "supports"),
        ("Austria has opposed the plan at every meeting this year.", "opposed"),
        ("Greece now opposes the quota system.", "opposes"),
        ("Italy now backs the ceasefire plan.", "backs"),
    ],
)
def test_an_attitude_on_an_occasion_or_in_words_stays(
    code: CodeFn, text: str, trigger: str
) -> None:
    found = _attitudes(code(text), trigger)
    assert found and all(e.confidence >= EVENT_FLOOR for e in found)


def test_explain_names_the_rule_that_caps_a_standing_attitude(
    traced: Callable[[str], list[TriggerTrace]],
) -> None:
    [trace] = [t for t in traced("Austria also opposes the plan.") if t.trigger == "opposes"]
    assert trace.capped == "standing-attitude"
    [shown] = [t for t in traced("Austria opposed the plan on Monday.") if t.trigger == "opposed"]
    assert shown.capped is None
