""" "it"/"its" for organisations and states, and bodies named by their mentions: each kind on
sentences written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def resolve(nlp: Language, text: str) -> tuple[Doc, DocumentActors]:
    parsed = nlp(text)
    return parsed, DocumentActors(parsed, load_dictionary(), "doc", None)


def names(parsed: Doc, actors: DocumentActors, word: str, nth: int = 0) -> list[str]:
    tokens = [t for t in parsed if t.text == word]
    return [a.name for a in actors.lookup(tokens[nth])]


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        # Self-reference in reported speech: the speaker's own "it".
        ("Norway said it would expel two diplomats.", "it", 0, "Norway"),
        ("The Kremlin says it will respond to the sanctions.", "it", 0, "Kremlin"),
        # A disposition is the agent's; a coordinated clause keeps the speaker.
        ("Chile said it was ready to talk and it would send envoys.", "it", 1, "Chile"),
        # A speech verb's "it": the last organisation or state that spoke.
        (
            "The Kremlin said the talks had failed. It added that envoys would leave.",
            "It",
            0,
            "Kremlin",
        ),
        # Chains carry on from a resolved "it".
        (
            "Norway condemned the attack. It said the envoy was summoned. It added more.",
            "It",
            1,
            "Norway",
        ),
        # A singular group that acted: "for what it said was ...".
        (
            "The junta expelled the envoy on Tuesday for what it said were hostile remarks.",
            "it",
            0,
            "junta",
        ),
        # Possessives: the subject of their own clause, else the speaker of the clause.
        ("Peru recalled its ambassador on Monday.", "its", 0, "Peru"),
        ("Peru said its troops would withdraw.", "its", 0, "Peru"),
    ],
)
def test_it_stands_for_the_body_or_state(
    nlp: Language, text: str, word: str, nth: int, expected: str
) -> None:
    parsed, actors = resolve(nlp, text)
    assert names(parsed, actors, word, nth) == [expected]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Empty and situational "it".
        ("Norway said it was a mistake to leave.", "it"),
        ("Norway said it seemed unlikely that talks would resume.", "it"),
        ("Norway said it was reported that envoys left.", "it"),
        # A place is never the antecedent.
        ("Troops arrived in Norway on Monday. It said the border was closed.", "It"),
        # A document that was the subject after the body speaks as "it" itself.
        (
            "The Kremlin published a report. The report was released on Monday. "
            "It says prices rose.",
            "It",
        ),
        # A thing talked of just before is as likely as the speaker.
        ("The plan is costly. Norway estimates that it would cost a billion crowns.", "it"),
        ("Its cost is unclear. Norway says it would cut prices.", "it"),
        # An apposition's "its" is never the name it describes.
        ("Chile, the largest partner of its neighbour, said talks would resume.", "its"),
        # A thing as the clause's own subject owns the "its".
        ("Norway said the plan had lost its support.", "its"),
        # Inside a quotation "it" may be anything the speaker has in mind.
        ('Norway said: "It will not happen again."', "It"),
    ],
)
def test_it_left_alone(nlp: Language, text: str, word: str) -> None:
    parsed, actors = resolve(nlp, text)
    assert names(parsed, actors, word) == []


def test_a_body_named_by_a_common_noun_speaks_as_it(nlp: Language) -> None:
    text = (
        "The move is part of a long plan, the alliance said in a statement. "
        "Remaining troops will leave in the coming days, it added."
    )
    parsed, actors = resolve(nlp, text)
    assert names(parsed, actors, "it") == ["alliance"]
    assert names(parsed, actors, "alliance") == ["alliance"]


def test_a_body_named_with_its_state_speaks_as_it(nlp: Language) -> None:
    text = (
        "Peru's electoral commission declared the mayor the winner on Monday. "
        "It said the count was final."
    )
    parsed, actors = resolve(nlp, text)
    found = actors.lookup(next(t for t in parsed if t.text == "It"))
    assert [(a.name, a.country) for a in found] == [("Peru's electoral commission", "PER")]


def test_the_ministry_is_the_one_named_in_full_before(nlp: Language) -> None:
    # The dictionary's canonical name differs from the text's: the text's name counts.
    text = (
        "The Russian Foreign Ministry on Monday summoned the Canadian ambassador. "
        "The ministry also demanded that Canada ensure security."
    )
    parsed, actors = resolve(nlp, text)
    found = [a for a in actors.lookup(next(t for t in parsed if t.text == "ministry"))]
    assert [a.country for a in found] == ["RUS"]


def test_a_longer_country_name_the_recogniser_cut(nlp: Language) -> None:
    # "DR" and "Congo" tagged apart: the whole name is the country, not "Congo" (COG).
    parsed, actors = resolve(nlp, "Troops were deployed in the DR Congo last week.")
    found = actors.lookup(next(t for t in parsed if t.text == "Congo"))
    assert [a.country for a in found] == ["COD"]
