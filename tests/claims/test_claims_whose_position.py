"""Whose position a statement's words give (sentences written for these tests): a closing
"X claim(s)" names whose words they are, not a conduit; a doer named in a "by" phrase, also
by a common noun, owns the act; a reported subject's giving up or reversing is its own
position, not the reporter's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Washington must close the embassy, the Iranians insist," the minister told '
            "reporters.",
            "minister",
        ),
        (
            '"The allies should scrap the tariffs, the Chinese believe," the diplomat said.',
            "diplomat",
        ),
    ],
)
def test_a_closing_belief_of_others_is_not_the_speakers_position(
    claims: Annotate, text: str, speaker: str
) -> None:
    # Only "report(ed)" by the press passes words on; "the Iranians insist" says whose they are.
    found = claims(text)
    assert not [c for c in found if c.actor.name == speaker], found


def test_a_common_noun_doer_in_a_by_phrase_owns_the_act(claims: Annotate) -> None:
    found = claims("The minister said there was an attempt by the rebels to seize the airport.")
    assert not [c for c in found if c.actor.name == "minister" and c.predicate == "seize"], found


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        (
            "Greece dropped its objection to Skopje joining the alliance, officials said.",
            "officials",
        ),
        ("Poland lifted its veto on Moldova joining the union, diplomats said.", "diplomats"),
        ("Trump reversed his decision to pull troops out of Syria, aides said.", "aides"),
    ],
)
def test_a_reported_subjects_change_of_course_is_not_the_reporters(
    claims: Annotate, text: str, reporter: str
) -> None:
    # The position is the clause subject's; the reporter takes none, either way.
    found = claims(text)
    assert not [c for c in found if c.actor.name == reporter], found
