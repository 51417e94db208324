"""A speaker's words that tell another's act give the speaker no position on that act: a
named person's, organisation's or armed group's act ("the Maduro regime starves", "the
militia had occupied hospitals"), and the act of the one accused ("accused the coast guard of
firing water cannon"). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]


def _speaker_claims(found: list[Claim], speaker_word: str, predicate: str) -> list[Claim]:
    return [
        c
        for c in found
        if c.source_kind == "statement"
        and speaker_word in c.actor.name
        and c.predicate == predicate
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "predicate"),
    [
        (
            '"We will not stay silent while the Ortega regime jails the students," Foreign '
            "Minister Anna Lind said.",
            "Lind",
            "jail",
        ),
        (
            "Army spokesman Omar Saleh told reporters that the Liberation Front had seized "
            "the airport.",
            "Saleh",
            "seize",
        ),
        (
            "Foreign Minister Anna Lind accused the Estonian navy of seizing two fishing boats.",
            "Lind",
            "seize",
        ),
        (
            "Foreign Minister Anna Lind blamed the militia for shelling the port.",
            "Lind",
            "shell",
        ),
    ],
)
def test_anothers_act_is_no_position_of_the_speaker(
    claims: Annotate, text: str, speaker: str, predicate: str
) -> None:
    assert not _speaker_claims(claims(text), speaker, predicate)


def test_the_speakers_own_side_still_speaks(claims: Annotate) -> None:
    found = claims('"We will send troops to Mali," Defence Minister Anna Lind said.')
    assert [c.polarity for c in _speaker_claims(found, "Lind", "send")] == ["support"]
