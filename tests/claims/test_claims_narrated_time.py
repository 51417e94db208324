"""A clause that dates what a speaker reports ("since X did Y", "after Y was done") tells a
past act; it is no position of the speaker on that act (the "narrated time" rule), whoever
did it, even where the speaker's state is taken for the doer's. A plan or a condition in
such a clause ("once Russia withdraws"), the speaker's own past act ("since we joined"), and
an attitude the speaker takes ("welcomed", "would impose") stay. Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.claims.test_claims_others_acts import _speaker_claims

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]


def _speaker(found: list[Claim], speaker_word: str, predicate: str) -> set[str]:
    return {c.polarity for c in _speaker_claims(found, speaker_word, predicate)}


@pytest.mark.parametrize(
    ("text", "speaker", "predicate"),
    [
        (
            "Governor Ivan Petrenko said food prices have tripled since Moscow began its "
            "siege of the port.",
            "Petrenko",
            "siege",
        ),
        (
            "Finance Minister Lena Berg said exports fell after the embargo was imposed.",
            "Berg",
            "impose",
        ),
        (
            "Deputy Minister Tomas Weber said the talks broke down when Hungary vetoed the "
            "aid package.",
            "Weber",
            "veto",
        ),
        (
            "Ambassador Rui Costa said shops have stayed shut since the junta suspended the "
            "constitution.",
            "Costa",
            "suspend",
        ),
    ],
)
def test_a_dated_past_act_is_no_position_of_the_speaker(
    claims: Annotate, text: str, speaker: str, predicate: str
) -> None:
    assert not _speaker(claims(text), speaker, predicate)


def test_a_plan_stays_the_speakers(claims: Annotate) -> None:
    found = claims("Chancellor Olaf Scholz said Germany would impose sanctions on the regime.")
    assert _speaker(found, "Scholz", "impose") == {"support"}


def test_a_welcomed_act_stays_the_speakers(claims: Annotate) -> None:
    found = claims("Chancellor Olaf Scholz welcomed Russia's withdrawal from the city.")
    assert _speaker(found, "Scholz", "withdrawal") == {"support"}


def test_a_condition_in_a_time_clause_is_no_past(claims: Annotate) -> None:
    found = claims(
        "Chancellor Olaf Scholz said Germany would lift the sanctions once Russia withdraws "
        "its troops."
    )
    assert _speaker(found, "Scholz", "lift") == {"support"}


def test_the_speakers_own_dated_act_stays(claims: Annotate) -> None:
    found = claims("Chancellor Olaf Scholz said that since we joined the alliance, we are safer.")
    assert _speaker(found, "Scholz", "alliance") == {"support"}
