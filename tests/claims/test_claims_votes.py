"""Votes and vetoes on a text named by what it does (sentences written for these tests):
a veto cast to halt a text is one attitude against it, read once; standing against a text
that censures an act is no support for the act; abstaining is no position."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]
On = Callable[[list[Claim], str, str], set[str]]


@pytest.mark.parametrize(
    ("text", "who", "act"),
    [
        ("Britain wielded its veto to halt a draft calling for a truce.", "GBR", "truce"),
        (
            "On Tuesday, Russia, a permanent member, wielded its veto to scrap a text urging "
            "a ceasefire.",
            "RUS",
            "ceasefire",
        ),
    ],
)
def test_a_veto_cast_to_halt_a_text_opposes_what_the_text_asks(
    claims: Annotate, on: On, text: str, who: str, act: str
) -> None:
    assert on(claims(text), act, who) == {"oppose"}


@pytest.mark.parametrize(
    ("text", "who", "act"),
    [
        ("Russia vetoed a resolution condemning the seizure of the port.", "RUS", "seizure"),
        ("China voted against a motion denouncing the crackdown.", "CHN", "crackdown"),
        ("Brazil voted against the resolution opposing the embargo.", "BRA", "embargo"),
        ("India rejected a draft criticising the raids on the camps.", "IND", "raid"),
    ],
)
def test_against_a_text_that_censures_an_act_is_no_support_for_the_act(
    claims: Annotate, on: On, text: str, who: str, act: str
) -> None:
    found = claims(text)
    assert "support" not in on(found, act, who), found


@pytest.mark.parametrize(
    ("text", "who", "act", "polarity"),
    [
        # Near misses: the text's own content is an act, or the vote is on the act itself.
        (
            "Russia vetoed a resolution demanding a ceasefire in the north.",
            "RUS",
            "ceasefire",
            "oppose",
        ),
        ("Spain voted against the motion to extend the mission.", "ESP", "extend", "oppose"),
        ("Russia vetoed the resolution.", "RUS", "resolution", "oppose"),
        ("China voted against a motion denouncing the crackdown.", "CHN", "motion", "oppose"),
    ],
)
def test_votes_on_acts_keep_their_reading(
    claims: Annotate, on: On, text: str, who: str, act: str, polarity: str
) -> None:
    assert on(claims(text), act, who) == {polarity}


@pytest.mark.parametrize(
    "text",
    [
        "The resolution passed 12-0, with Russia and China abstaining.",
        "Ukraine abstained in the vote on the resolution demanding a truce.",
    ],
)
def test_abstaining_is_no_position(claims: Annotate, text: str) -> None:
    found = claims(text)
    assert not [c for c in found if c.actor.country in ("RUS", "CHN", "UKR")], found


def test_a_censure_describing_no_text_is_left_to_the_other_rules(claims: Annotate, on: On) -> None:
    # near miss: "rejecting" describes a vote, not a text put to one; the double attitude
    # is read as before
    found = claims("Britain condemned the vote rejecting the trade deal.")
    assert "oppose" not in on(found, "deal", "GBR")
