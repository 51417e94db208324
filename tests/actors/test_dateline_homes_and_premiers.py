"""A story filed from a body's or honorific's own state keeps them that state's; a premier of a
province is no prime minister (review rv72 findings 1-3). Sentences written for the test."""

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
    return DocumentActors(nlp(text), load_dictionary(), "d1", "2016-05-10").records()


def named(rows: list[ActorRecord], part: str) -> ActorRecord:
    found = [r for r in rows if part in r.name]
    assert len(found) == 1, [(r.name, r.country, r.title) for r in rows]
    return found[0]


# Filed from Washington about another state: the bare names are the US bodies.
_WASHINGTON_ABOUT_SYRIA = (
    "WASHINGTON (Reuters) - Syria's civil war worsened on Tuesday. Syrian officials denied the "
    "reports, and Damascus said it would not negotiate. Congress will vote on new sanctions "
    "next week, and the Treasury Department said it would enforce them."
)


@pytest.mark.parametrize("body", ["Congress", "Treasury"])
def test_a_story_filed_from_the_bodys_own_state_keeps_its_body(nlp: Language, body: str) -> None:
    assert named(records(nlp, _WASHINGTON_ABOUT_SYRIA), body).country == "USA"


def test_a_us_honorific_in_a_story_filed_from_washington_stays_us(nlp: Language) -> None:
    rows = records(
        nlp,
        "WASHINGTON (Reuters) - Cuba's economy shrank again on Tuesday. Cuban officials blamed "
        "the embargo, and Havana said it would seek new loans. Sen. Ann Kerrigan said Cuba "
        "had only itself to blame.",
    )
    assert named(rows, "Kerrigan").country == "USA"


def test_a_us_honorific_in_a_foreign_story_filed_elsewhere_takes_no_state(
    nlp: Language,
) -> None:
    """Neither the honorific's state nor the story's: the text does not say whose senator."""
    rows = records(
        nlp,
        "LONDON (Reuters) - Cuba's economy shrank again on Tuesday. Cuban officials blamed the "
        "embargo, and Havana said it would seek new loans. Sen. Ann Kerrigan said Cuba had "
        "only itself to blame.",
    )
    assert named(rows, "Kerrigan").country is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "PERTH (Reuters) - Western Australia Premier Mark Dowling said on Monday the border "
            "would stay shut. Prime Minister Scott Morrison said the states had to reopen.",
            "Dowling",
        ),
        (
            "EDMONTON (Reuters) - The Alberta premier said on Monday the province would fight "
            "the pipeline ruling. Prime Minister Justin Trudeau said the law would stand.",
            "Alberta",
        ),
    ],
)
def test_a_provincial_premier_is_no_prime_minister(nlp: Language, text: str, who: str) -> None:
    rows = records(nlp, text)
    assert named(rows, who).title == "premier"
    assert named(rows, "Morrison" if "Morrison" in text else "Trudeau").title == "prime minister"


def test_a_national_premier_is_the_prime_minister(nlp: Language) -> None:
    rows = records(nlp, "Chinese Premier Wen Jiabao said on Monday the economy would grow.")
    assert named(rows, "Wen").title == "prime minister"
