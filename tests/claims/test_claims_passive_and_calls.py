"""Two kinds of position the claims missed (sentences written for these tests):

- judged in the passive: "the accord was welcomed by Chile" is Chile's support for the
  accord, as "Chile welcomed the accord" is (:mod:`cablegram.statements.passives`, and a
  treaty noun as the subject of a passive attitude, ``nominal._names_an_act``);
- a call on another: "Serbia must withdraw its troops, the Dutch minister said" is the
  minister's position on the withdrawal, not Serbia's act (``ownership.called_on``); the
  one called on holds no attitude by it ("Germany should abandon the pipeline" is no
  German opposition).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Claims = Callable[[str], list[Claim]]
On = Callable[[list[Claim], str, str], set[str]]
BORDER = "The border agreement has been rejected by Bolivia and Peru."


@pytest.mark.parametrize(
    ("text", "predicate", "who", "polarity"),
    [
        (BORDER, "agreement", "BOL", "oppose"),
        ("The border pact was criticized by Peru.", "pact", "PER", "oppose"),
    ],
)
def test_a_passive_judgement_is_the_agents_position(
    claims: Claims, on: On, text: str, predicate: str, who: str, polarity: str
) -> None:
    assert on(claims(text), predicate, who) == {polarity}


@pytest.mark.parametrize(
    "text",
    [
        "The accord was reached by Chile and Peru.",
        "The treaty was signed in Oslo.",
        "The treaty was not criticized by Norway.",
    ],
)
def test_near_misses_judge_nothing(claims: Claims, text: str) -> None:
    assert not [c for c in claims(text) if c.polarity == "oppose"]
    assert not [c for c in claims(text) if c.predicate in ("accord", "treaty") and c.actor.country]


@pytest.mark.parametrize(
    ("text", "predicate", "who", "polarity"),
    [
        (
            "The Dutch foreign minister said Serbia must withdraw its troops from the border.",
            "withdraw",
            "NLD",
            "support",
        ),
        (
            "Norway should not sell weapons to the junta, the Swedish prime minister said.",
            "sell",
            "SWE",
            "oppose",
        ),
        (
            "The Dutch foreign minister said Serbia needs to withdraw its troops from the border.",
            "withdraw",
            "NLD",
            "support",
        ),
        (
            "The Irish president said Britain has to respect the agreement.",
            "respect",
            "IRL",
            "support",
        ),
    ],
)
def test_a_call_on_another_is_the_speakers_position(
    claims: Claims, on: On, text: str, predicate: str, who: str, polarity: str
) -> None:
    assert on(claims(text), predicate, who) == {polarity}


@pytest.mark.parametrize(
    "text",
    [
        # a plan or a report is the subject's act, not the speaker's call
        "The Dutch foreign minister said Serbia will withdraw its troops from the border.",
        "The Dutch foreign minister said Serbia withdrew its troops from the border.",
        # a guess about the past
        "The Dutch foreign minister said Serbia must have withdrawn its troops from the border.",
    ],
)
def test_no_call_no_speakers_position(claims: Claims, on: On, text: str) -> None:
    assert on(claims(text), "withdraw", "NLD") == set()


def test_the_one_called_on_holds_no_attitude(claims: Claims, on: On) -> None:
    found = claims("The Polish prime minister said Germany should abandon the gas pipeline.")
    assert not [c for c in found if c.actor.country == "DEU"]
    assert [c.polarity for c in found if c.actor.country == "POL"] == ["oppose"]


@pytest.mark.parametrize(
    "text",
    [
        # a guess at what is going on: "must" before a progressive
        "The Dutch foreign minister said Serbia must be preparing an attack on Kosovo.",
        # a guess at a feeling: nobody is called on to feel
        "The Estonian defence minister said Russia must feel encircled by the alliance.",
    ],
)
def test_a_guess_is_no_call(claims: Claims, text: str) -> None:
    speaker = text.split(" said ")[0].removeprefix("The ")
    assert not [c for c in claims(text) if c.actor.name == speaker]


def test_a_supposed_act_is_no_call(claims: Claims, on: On) -> None:
    """ "Should Belarus join": the modal before its subject supposes the act (a condition),
    it calls for nothing; said outright it is the call."""
    supposed = (
        "Should Belarus join the offensive, Lithuania will close the border, the "
        "Lithuanian president said."
    )
    assert on(claims(supposed), "offensive", "LTU") == set()
    called = "Belarus should not join the offensive, the Lithuanian president said."
    assert on(claims(called), "offensive", "LTU") == {"oppose"}
