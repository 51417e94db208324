"""A standing attitude told in the simple present is no act (issue 11,
events/attitudes.py ``standing-attitude``): "Norway opposes the pipeline" says where a party
stands. An attitude shown on an occasion (past, dated, in a vote) or in someone's words
stays coded. Sentences written for the test; the first group fails without the rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

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
        ("Qatar backs rebel groups that oppose the government in Libya.", "oppose"),
        ("Italy and Greece oppose the quota system.", "oppose"),
    ],
)
def test_a_standing_attitude_is_no_act(code: CodeFn, text: str, trigger: str) -> None:
    assert not _attitudes(code(text), trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Austria opposed the plan at Monday's meeting of EU ministers.", "opposed"),
        ("Germany backed the resolution in a vote on Friday.", "backed"),
        ("Austria opposes the plan, its foreign minister said on Monday.", "opposes"),
        ("Chile supports the resolution in Friday's vote.", "supports"),
    ],
)
def test_an_attitude_on_an_occasion_or_in_words_stays(
    code: CodeFn, text: str, trigger: str
) -> None:
    assert _attitudes(code(text), trigger)
