"""An attitude inside a relative clause describing a noun is that noun's referent's; the
verb above takes a side on its own object only (texts written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]
Polarities = Callable[[list[Claim], str, str], set[str]]


def test_a_relative_attitude_is_not_flipped_by_the_main_verb(
    claims: Annotate, on: Polarities
) -> None:
    found = claims("Lawmakers who backed the sanctions rejected the warnings.")
    assert on(found, "sanction", "Lawmakers") == {"support"}
    assert on(found, "warning", "Lawmakers") == {"oppose"}
    found = claims("Officials who supported the ceasefire criticised the report.")
    assert on(found, "ceasefire", "Officials") == {"support"}


def test_a_relative_opposition_keeps_its_side_under_a_welcome(
    claims: Annotate, on: Polarities
) -> None:
    found = claims("Ministers who opposed the embargo welcomed the summit.")
    assert on(found, "embargo", "Ministers") == {"oppose"}


def test_an_act_in_a_clause_with_no_attitude_is_still_read_from_above(
    claims: Annotate, on: Polarities
) -> None:
    # near miss: the clause states no attitude, so the verb above governs its act
    found = claims("Norway rejected the plan that would expand the blockade.")
    assert "oppose" in on(found, "expand", "NOR")


def test_a_clause_with_no_relative_subject_is_read_through(
    claims: Annotate, on: Polarities
) -> None:
    # near miss: "no reason to block" describes no holder; the denial above is read
    found = claims("Latvia's foreign minister said there is no reason to block the embargo.")
    assert on(found, "embargo", "LVA") == {"support"}


def test_a_relative_attitude_of_another_noun_is_no_claim_of_the_speaker(
    claims: Annotate, on: Polarities
) -> None:
    # the clause describes the object ("countries"), whose attitude it is, not the speaker's
    found = claims(
        "The minister said Norway would not sell gas to countries that support the embargo."
    )
    assert not on(found, "embargo", "NOR")
