"""Two kinds of position the claims missed (sentences written for these tests):

- coordinated owners: "will ratify Sweden and Finland's NATO membership" is also Finland's
  membership (``frames._coordinated_owners``);
- a body of the speaker's own state named with the state's possessive ("Hungary's
  Parliament will ratify", said by Hungary's prime minister) is the speaker's side, not
  another's act (``ownership.own_side``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Claims = Callable[[str], list[Claim]]


def _abouts(found: list[Claim], predicate: str) -> set[str]:
    return {v for c in found if c.predicate == predicate for k, v in c.arguments if "about" in k}


def test_each_coordinated_owner_has_the_act(claims: Claims) -> None:
    found = claims(
        "Portugal will approve Iceland and Norway's EU membership, the Portuguese prime "
        "minister said."
    )
    assert {"Iceland", "Norway"} <= _abouts(found, "membership")


def test_each_coordinated_owner_of_a_noun(claims: Claims) -> None:
    found = claims("The Austrian chancellor welcomed Georgia and Moldova's trade agreement.")
    assert {"Georgia", "Moldova"} <= _abouts(found, "agreement")


def test_one_owner_stays_one(claims: Claims) -> None:
    found = claims(
        "Portugal will approve Iceland's EU membership, the Portuguese prime minister said."
    )
    assert _abouts(found, "membership") - {"EU"} == {"Iceland"}


def test_own_states_body_is_the_speakers_side(claims: Claims) -> None:
    found = claims("Austria's Parliament will ratify the accord, the Austrian chancellor said.")
    assert {c.polarity for c in found if c.actor.name == "Austrian chancellor"} == {"support"}


def test_another_states_body_is_not(claims: Claims) -> None:
    found = claims("Germany's Parliament will ratify the accord, the Austrian chancellor said.")
    assert not [c for c in found if c.actor.name == "Austrian chancellor"]


@pytest.mark.parametrize(
    "text",
    [
        # a state's courts and parties act for themselves, not for its government
        "Chile's Constitutional Court will annul the treaty, the Chilean president said.",
        "Spain's Socialist Party will block the budget, the Spanish prime minister said.",
        "Peru's Supreme Court will strike down the decree, the Peruvian president said.",
    ],
)
def test_own_states_court_or_party_is_not_the_speakers_side(claims: Claims, text: str) -> None:
    speaker = text.split(", the ")[1].removesuffix(" said.")
    assert not [c for c in claims(text) if c.actor.name in (speaker, f"the {speaker}")]
