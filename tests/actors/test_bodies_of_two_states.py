"""Two states' institutions of one name are two actors (issue 12, trial kind): "Brazil's
Senate" and "Australia's Senate" in one text, each with its own country; a bare mention of
the body joins the one named first. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import ActorRecord

Records = Callable[[str], list[ActorRecord]]


@pytest.mark.parametrize(
    ("text", "body", "countries"),
    [
        (
            "Lawmakers in Chile's Senate rejected the pension reform on Monday, while "
            "Argentina's Senate approved a similar bill.",
            "Senate",
            {"CHL", "ARG"},
        ),
        (
            "Kenya's Senate summoned the minister over the contract. Nigeria's Senate opened "
            "its own inquiry a week later, and the Senate in Nairobi adjourned.",
            "Senate",
            {"KEN", "NGA"},
        ),
    ],
)
def test_two_states_bodies_are_two_actors(
    actor_records: Records, text: str, body: str, countries: set[str]
) -> None:
    found = [r for r in actor_records(text) if r.name == body]
    assert {r.country for r in found} == countries
    assert len({r.actor_id for r in found}) == 2


def test_one_states_body_stays_one_actor(actor_records: Records) -> None:
    found = actor_records(
        "Chile's Senate rejected the pension reform on Monday. The Senate will vote again "
        "next month.",
    )
    senates = [r for r in found if r.name == "Senate"]
    assert len(senates) == 1 and senates[0].country == "CHL" and len(senates[0].mentions) == 2
