"""Staff set beside the one they serve, possessives that cannot mean the person their own
phrase names, and bodies taken up by a bare definite noun: sentences written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import Actor


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def resolve(nlp: Language, text: str) -> tuple[Doc, DocumentActors]:
    parsed = nlp(text)
    return parsed, DocumentActors(parsed, load_dictionary(), "doc", None)


def at(parsed: Doc, actors: DocumentActors, word: str, nth: int = 0) -> list[Actor]:
    return actors.lookup([t for t in parsed if t.text == word][nth])


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # "X, spokesperson for Y": Y's country.
        (
            "Sam Ode, spokesperson for Nigerian opposition leader Tunde Bako, said so.",
            "Ode",
            "NGA",
        ),
        # "his spokesman, X": his is the one named before, and X serves him.
        (
            "Kenyan President William Ruto spoke on Sunday. His spokesman, Hussein Mohamed, "
            "said the talks went well.",
            "Mohamed",
            "KEN",
        ),
    ],
)
def test_staff_take_the_country_of_the_one_they_serve(
    nlp: Language, text: str, word: str, country: str
) -> None:
    parsed, actors = resolve(nlp, text)
    assert [a.country for a in at(parsed, actors, word)] == [country]


def test_a_possessive_is_not_the_person_its_phrase_names(nlp: Language) -> None:
    text = (
        "Kenyan President William Ruto spoke on Sunday. His spokesman, Hussein Mohamed, "
        "said the talks went well."
    )
    parsed, actors = resolve(nlp, text)
    assert [a.name for a in at(parsed, actors, "His")] == ["William Ruto"]


def test_the_agency_is_the_one_agency_named_before(nlp: Language) -> None:
    text = (
        "The Environmental Protection Agency issued new rules on Monday. "
        "The agency said the rules would cut emissions."
    )
    parsed, actors = resolve(nlp, text)
    assert [a.name for a in at(parsed, actors, "agency")] == ["Environmental Protection Agency"]


def test_the_agency_stays_a_mention_when_two_were_named(nlp: Language) -> None:
    text = (
        "The Environmental Protection Agency and the Central Intelligence Agency met on "
        "Monday. The agency said the talks went well."
    )
    parsed, actors = resolve(nlp, text)
    assert at(parsed, actors, "agency") == []


def test_one_ministry_named_in_two_ways(nlp: Language) -> None:
    # "the Foreign Ministry" twice (one body, two clusters): "the ministry" is that body.
    text = (
        "BEIJING (Reuters) - China summoned the Japanese ambassador, the Foreign Ministry "
        "said on Friday. The envoy was told of it, the Foreign Ministry statement said. "
        "Earlier, the ministry said it issued a similar complaint."
    )
    parsed, actors = resolve(nlp, text)
    assert [a.country for a in at(parsed, actors, "ministry")] == ["CHN"]
    assert [a.country for a in at(parsed, actors, "it", 1)] == ["CHN"]
