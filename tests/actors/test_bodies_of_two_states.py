"""Two states' institutions of one name are two actors (issue 12, trial kind): "Brazil's
Senate" and "Australia's Senate" in one text, each with its own country; a bare mention of
the body joins the one named first. Sentences written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import ActorRecord


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def records(nlp: Language, text: str) -> list[ActorRecord]:
    return list(DocumentActors(nlp(text), load_dictionary(), "doc", None).records())


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
    nlp: Language, text: str, body: str, countries: set[str]
) -> None:
    found = [r for r in records(nlp, text) if r.name == body]
    assert {r.country for r in found} == countries
    assert len({r.actor_id for r in found}) == 2


def test_one_states_body_stays_one_actor(nlp: Language) -> None:
    found = records(
        nlp,
        "Chile's Senate rejected the pension reform on Monday. The Senate will vote again "
        "next month.",
    )
    senates = [r for r in found if r.name == "Senate"]
    assert len(senates) == 1 and senates[0].country == "CHL" and len(senates[0].mentions) == 2
