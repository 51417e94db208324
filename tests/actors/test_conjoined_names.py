"""Two people named in one coordination ("Kiir and Machar") are two actors, not one (issue 12,
trial kind), on sentences written for the test; organisations and places whose own names hold
an "and" stay whole."""

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


def mention_texts(found: list[ActorRecord]) -> list[str]:
    return [m.text for r in found for m in r.mentions]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "JUBA - President Salva Kiir and his former deputy Riek Machar met on Friday. "
            "Kiir and Machar signed a ceasefire, officials said.",
            "Salva Kiir",
            "Riek Machar",
        ),
        (
            "Senator John Cornyn spoke first and Senator Pat Toomey followed. Later Cornyn "
            "and Toomey said they would back the bill.",
            "Cornyn",
            "Toomey",
        ),
    ],
)
def test_a_coordination_of_two_names_is_two_actors(
    nlp: Language, text: str, first: str, second: str
) -> None:
    found = records(nlp, text)
    assert not any(" and " in m for m in mention_texts(found))
    one = [r for r in found if first in r.name]
    two = [r for r in found if second in r.name]
    assert len(one) == 1 and len(two) == 1 and one[0].actor_id != two[0].actor_id
    assert len(two[0].mentions) + len(one[0].mentions) >= 4


def test_a_body_whose_name_holds_and_stays_whole(nlp: Language) -> None:
    found = records(
        nlp,
        "The Centers for Disease Control and Prevention issued new guidance on Monday, and "
        "the Securities and Exchange Commission opened an inquiry.",
    )
    texts = mention_texts(found)
    assert any("Disease Control and Prevention" in t for t in texts)
    assert any("Securities and Exchange Commission" in t for t in texts)
