"""Words that speak of an act without a side on it (a denied purpose, weighed effects) and
another's attitude noun in someone's words (cablegram.claims.aside).

Sentences written for the test; each rule has near misses that keep their reading.
"""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Claim

Claims = Callable[[str], list[Claim]]


def held(found: list[Claim], predicate: str) -> set[tuple[str | None, str]]:
    return {
        (c.actor.country or c.actor.name, c.polarity) for c in found if c.predicate == predicate
    }


def test_a_thing_whose_purpose_is_denied_is_not_opposed(claims: Claims) -> None:
    found = claims("Barzani insisted that the referendum was not meant to redraw the border.")
    assert ("IRQ", "oppose") not in held(found, "referendum")
    # The complement is read as usual: no redrawing.
    assert ("IRQ", "oppose") in held(found, "redraw")
    found = claims("The Chilean foreign minister said the treaty does not need to be renegotiated.")
    assert ("CHL", "oppose") not in held(found, "treaty")
    found = claims("Lavrov said the new corridor is not intended to punish Kyiv.")
    assert ("RUS", "oppose") not in held(found, "corridor")


def test_a_negated_verb_of_the_speakers_own_stays_against(claims: Claims) -> None:
    # Near misses: the negation is on the speaker's own act, or there is no infinitive.
    found = claims("Ecuador said it will not send troops to Haiti.")
    assert ("ECU", "oppose") in held(found, "send")
    found = claims("Kenya said new sanctions cannot be on the agenda.")
    assert ("KEN", "support") not in held(found, "sanction")


def test_weighing_the_effects_of_an_act_is_no_call_for_it(claims: Claims) -> None:
    found = claims(
        "Norway's foreign minister urged Washington to consider the consequences of "
        "withdrawing from the treaty."
    )
    assert ("NOR", "support") not in held(found, "withdraw")
    found = claims("Peru's president asked Congress to weigh the implications of leaving the pact.")
    assert ("PER", "support") not in held(found, "leave")
    # Near miss: a call for the act itself stays support.
    found = claims("Norway's foreign minister urged Washington to withdraw from the treaty.")
    assert ("NOR", "support") in held(found, "withdraw")


def test_anothers_attitude_noun_is_not_the_speakers_position(claims: Claims) -> None:
    # Receiving or studying another's request takes no side on what it asks for.
    for text in (
        "Chilean President Gabriel Boric said Chile would study Peru's request for a border "
        "commission.",
        "Chilean President Gabriel Boric said he had received Daniel Noboa's proposal for a "
        "joint border commission.",
        '"We have received Peru\'s request for a border commission," said Chilean President '
        "Gabriel Boric.",
    ):
        assert ("CHL", "support") not in held(claims(text), "commission"), text


def test_the_speakers_attitude_above_anothers_noun_reads_it(claims: Claims) -> None:
    found = claims(
        "Chilean President Gabriel Boric said he backed Daniel Noboa's proposal for a joint "
        "border commission."
    )
    assert ("CHL", "support") in held(found, "commission")
    found = claims(
        "President Gabriel Boric rejected Daniel Noboa's request for a border commission."
    )
    assert ("CHL", "oppose") in held(found, "commission")


def test_a_judgement_of_the_effects_judges_the_act(claims: Claims) -> None:
    # Condemning or welcoming an act's effects outright is a side on the act; weighing them
    # (the near miss above) is not.
    found = claims("Egypt denounced the consequences of the Ethiopian plan to fill the dam.")
    assert ("EGY", "oppose") in held(found, "fill")
    found = claims("Egypt asked Ethiopia to weigh the consequences of filling the dam.")
    assert not held(found, "fill")
