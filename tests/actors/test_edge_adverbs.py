"""An adverb of time the parser takes into a phrase's edge is no part of an actor's name
(issue 12 kind: "China's foreign ministry later", "Earlier an airport official"). Sentences
written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.base import clean
from cablegram.actors.dictionary import load_dictionary
from cablegram.actors.resolve import DocumentActors


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Japan's defence ministry later", "Japan's defence ministry"),
        ("Earlier a police official", "police official"),
        ("Meanwhile, the rebels", "rebels"),
        ("Later", "Later"),
    ],
)
def test_clean_drops_edge_adverbs(written: str, name: str) -> None:
    assert clean(written) == name


def test_no_actor_is_named_with_an_adverb(nlp: Language) -> None:
    text = (
        "Japan's defence ministry later said the jets had turned back. Earlier a police "
        "official said the port was closed."
    )
    rows = DocumentActors(nlp(text), load_dictionary(), "d1", "2016-03-07").records()
    names = [r.name.lower() for r in rows]
    assert not any(n.startswith("earlier") or n.endswith("later") for n in names), names
