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
    # (owned holders: an office holder of no country is no event's source since round 14)
    found = claims("German lawmakers who backed the sanctions rejected the warnings.")
    assert on(found, "sanction", "DEU") == {"support"}
    assert on(found, "warning", "DEU") == {"oppose"}
    found = claims("Officials who supported the ceasefire criticised the report.")
    assert on(found, "ceasefire", "Officials") == {"support"}


def test_a_relative_opposition_keeps_its_side_under_a_welcome(
    claims: Annotate, on: Polarities
) -> None:
    found = claims("French ministers who opposed the embargo welcomed the summit.")
    assert on(found, "embargo", "FRA") == {"oppose"}


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


def test_a_relative_attitude_of_a_passive_subject_is_not_the_doers(
    claims: Annotate, on: Polarities
) -> None:
    # the clause describes the one acted on; the doer ("by Russia") holds no attitude to
    # what the clause's attitude governs, neither way
    found = claims("Countries that backed the ban were criticised by Russia.")
    assert not on(found, "ban", "RUS")
    found = claims("Diplomats who supported the ceasefire were expelled by Israel.")
    assert not on(found, "ceasefire", "ISR")
    found = claims("Ministers who opposed the embargo were praised by Hungary.")
    assert not on(found, "embargo", "HUN")


def test_a_passive_subject_keeps_its_own_relative_attitude(
    claims: Annotate, on: Polarities
) -> None:
    # near miss: the described noun's own attitude is still read for it
    found = claims("Senators who opposed the embargo were elected in May.")
    assert on(found, "embargo", "Senators") == {"oppose"}
