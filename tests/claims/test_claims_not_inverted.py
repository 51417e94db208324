"""Shapes that must give no claim (or the speaker's own) rather than an inverted one:
another's act in a relative clause, plans others report or deny, a threat denied, a
promise not to harm, and calls to end violence.

Sentences written for the test; each kind has members the rules were not written from.
"""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Claim

Claims = Callable[[str], list[Claim]]


def held(found: list[Claim], predicate: str) -> set[tuple[str | None, str]]:
    return {
        (c.actor.country or c.actor.name, c.polarity) for c in found if c.predicate == predicate
    }


def test_another_states_act_under_an_attitude_against_its_noun_is_no_claim(
    claims: Claims,
) -> None:
    # The speaker's statement says nothing of its own about the act in the clause; the
    # act read as an event (condemned -> imposing) may still be opposed, never supported.
    found = claims("Germany condemned the sanctions that Russia imposed on EU officials.")
    assert ("DEU", "support") not in held(found, "impose")
    found = claims("Poland criticised the tariffs that China imposed on steel.")
    assert ("POL", "support") not in held(found, "impose")
    found = claims("France rejected the deal that Washington signed with Moscow.")
    assert ("FRA", "support") not in held(found, "sign")
    found = claims("Kyiv denounced the referendums that Russia staged in the east.")
    assert ("UKR", "support") not in held(found, "stage")
    # The attitude to the noun itself stays.
    found = claims("Canada condemned the tariffs that India imposed on wheat.")
    assert ("CAN", "oppose") in held(found, "tariff")


def test_a_plan_others_report_deny_or_fear_is_not_its_holders_position(
    claims: Claims,
) -> None:
    found = claims(
        "Contrary to reports of a Chinese plan to retaliate against European carmakers, "
        "Beijing's commerce ministry said it would seek talks."
    )
    assert ("CHN", "support") not in held(found, "retaliate")
    found = claims(
        "Rumours of a Hungarian proposal to block the tariffs were dismissed by Budapest."
    )
    assert ("HUN", "oppose") not in held(found, "tariff")
    found = claims("Despite denials of any Russian plan to attack Ukraine, Moscow massed troops.")
    assert ("RUS", "support") not in held(found, "attack")
    found = claims("Amid fears of a Chinese plan to invade Taiwan, Japan said it would act.")
    assert ("CHN", "support") not in held(found, "invade")
    found = claims(
        "Speculation about a Turkish plan to close the straits grew, the Greek minister said."
    )
    assert ("TUR", "support") not in held(found, "close")
    # A plan the writer states as a fact stays its holder's.
    found = claims(
        "In response to a US proposal for a truce in Sudan, Egyptian officials have "
        "expressed doubts, stressing the need for guarantees."
    )
    assert ("USA", "support") in held(found, "truce")


def test_a_threat_denied_is_no_claim_against_the_act(claims: Claims) -> None:
    found = claims("Beijing said the drills posed no threat to regional peace.")
    assert ("CHN", "oppose") not in held(found, "drill")
    found = claims("Washington said the arms sale posed no danger to regional stability.")
    assert ("USA", "oppose") not in {p for p in held(found, "sale")}
    assert not any(c.polarity == "oppose" and c.actor.country == "USA" for c in found)
    found = claims("Moscow said the exercises were not a threat to regional security.")
    assert ("RUS", "oppose") not in held(found, "exercise")
    # An asserted threat is still opposed.
    found = claims("Seoul said the missile tests posed a threat to regional peace.")
    assert ("KOR", "oppose") in held(found, "test")


def test_a_harm_an_actor_promises_not_to_do_is_opposed(claims: Claims) -> None:
    found = claims("The government will not violate the ceasefire, the defence minister said.")
    assert {p for _, p in held(found, "violate")} == {"oppose"}
    found = claims("The army would never harm civilians, the general said.")
    assert {p for _, p in held(found, "harm")} == {"oppose"}
    found = claims("Our troops will not breach the truce, the Indian army chief said.")
    assert {p for _, p in held(found, "breach")} == {"oppose"}
    # A thing's harm is still a predicted effect, no course of action.
    found = claims("The sanctions would hurt farmers, the minister said.")
    assert held(found, "hurt") == set()


def test_a_call_to_end_violence_is_the_speakers(claims: Claims) -> None:
    found = claims("The war must end now, Pope Francis said.")
    assert {p for _, p in held(found, "end")} == {"support"}
    found = claims("The fighting must stop immediately, Guterres said.")
    assert {p for _, p in held(found, "stop")} == {"support"}
    found = claims("The shelling of Kharkiv has to cease, the French president said.")
    assert {p for _, p in held(found, "cease")} == {"support"}
    # The attack's own act is still not the speaker's.
    found = claims("Bomb blasts killed 62 people, the monitor said.")
    assert held(found, "kill") == set()
