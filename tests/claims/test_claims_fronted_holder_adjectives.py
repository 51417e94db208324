"""An adjective of the holder set before the clause ("**Wary** of an escalation, Washington
urged ...", "**Unwilling** to wait, Peru sent ..."): it says how the subject stands toward
what it governs itself, never judges the act of the clause it stands before (texts written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]
Polarities = Callable[[list[Claim], str, str], set[str]]


def test_a_fronted_wariness_does_not_turn_the_call_around(claims: Annotate, on: Polarities) -> None:
    found = claims("Wary of an escalation, Norway called on the rebels not to seize more land.")
    assert on(found, "seize", "NOR") == {"oppose"}
    found = claims("Wary of a wider war, Norway urged Chile to stop the shelling.")
    assert on(found, "stop", "NOR") == {"support"}


def test_a_fronted_unwillingness_does_not_turn_the_act_around(
    claims: Annotate, on: Polarities
) -> None:
    found = claims("Unwilling to wait for the United Nations, Peru sent troops to the border.")
    assert "oppose" not in on(found, "send", "PER")
    found = claims("Reluctant to wait any longer, Kenya urged Somalia to hold elections.")
    assert on(found, "hold", "KEN") == {"support"}
    found = claims("Sceptical of the plan, Norway urged Chile not to build the dam.")
    assert on(found, "build", "NOR") == {"oppose"}


def test_the_adjective_still_judges_what_it_governs(claims: Annotate, on: Polarities) -> None:
    # near misses: the adjective as a complement, or with the act inside it, still opposes
    found = claims("Austria is reluctant to send troops to Mali, the minister said.")
    assert on(found, "send", "AUT") == {"oppose"}
    found = claims("Reluctant to send troops, Austria offered money to Mali instead.")
    assert on(found, "send", "AUT") == {"oppose"}
