"""The extension of a measure is an act on it of its own, which the claim keeps; the
matcher reads it (cablegram.query.propositions_act_forms): extending in time keeps the
measure, extending it to more targets widens it (texts written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]
Polarities = Callable[[list[Claim], str, str], set[str]]


def test_an_extension_is_the_claims_act(claims: Annotate, on: Polarities) -> None:
    found = claims("Austria opposed the extension of the embargo on Monday.")
    assert on(found, "extension", "AUT") == {"oppose"}
    assert not on(found, "embargo", "AUT")


def test_a_renewal_still_names_the_measure(claims: Annotate, on: Polarities) -> None:
    # near miss: keeping a measure going is for it, opposing its renewal against it
    found = claims("Austria opposed the renewal of the embargo on Monday.")
    assert on(found, "embargo", "AUT") == {"oppose"}
