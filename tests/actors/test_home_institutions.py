"""A state's institution named without its state ("the Senate", "the Education Ministry",
"police") in a story about one state is that state's (issue 12, trial kind); a story that
names the dictionary's namesake body's state, or two states, leaves it without a country.
Sentences written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.homebodies import institution_role
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import ActorRecord


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def records(nlp: Language, text: str) -> list[ActorRecord]:
    return list(DocumentActors(nlp(text), load_dictionary(), "doc", None).records())


def named(found: list[ActorRecord], name: str) -> ActorRecord:
    return next(r for r in found if r.name.lower() == name.lower())


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("the Senate", "LEG"),
        ("Culture Ministry", "GOV"),
        ("Supreme Court", "JUD"),
        ("police", "COP"),
        ("Workers Party", None),
        ("Senate Intelligence Committee", None),
    ],
)
def test_institution_role(name: str, role: str | None) -> None:
    assert institution_role(name) == role


@pytest.mark.parametrize(
    ("text", "body", "country", "code"),
    [
        (
            "SANTIAGO - Chile's president said on Monday the pension reform would pass. The "
            "Senate will debate the bill next week. Chile's economy grew 2 percent in Chile's "
            "north.",
            "Senate",
            "CHL",
            "CHLLEG",
        ),
        (
            "KAMPALA - Uganda's opposition leader was detained on Friday, and police fired tear "
            "gas at his supporters in Kampala. Uganda's election commission said the vote "
            "was fair.",
            "police",
            "UGA",
            "UGACOP",
        ),
    ],
)
def test_a_bare_institution_is_the_story_states(
    nlp: Language, text: str, body: str, country: str, code: str
) -> None:
    found = named(records(nlp, text), body)
    assert (found.country, found.code) == (country, code)


def test_a_story_of_two_states_leaves_the_body_alone(nlp: Language) -> None:
    found = records(
        nlp,
        "Chile and Peru signed a trade deal on Monday. The Senate will debate it next week, "
        "officials in Chile and Peru said.",
    )
    senate = [r for r in found if r.name == "Senate"]
    assert all(r.country is None for r in senate)
