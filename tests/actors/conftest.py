"""Shared fixtures of the actors tests: the pipeline, and the actor records of a text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import ActorRecord

Records = Callable[[str], list[ActorRecord]]
CountryOf = Callable[[str, str], str | None]


@pytest.fixture(scope="session")
def pipeline() -> Language:
    return nlp_stage.load()


@pytest.fixture(scope="session")
def actor_records(pipeline: Language) -> Records:
    """The actor records (``cablegram actors`` rows) of one document read from ``text``."""
    dictionary = load_dictionary()

    def records(text: str) -> list[ActorRecord]:
        return list(DocumentActors(pipeline(text), dictionary, "doc", None).records())

    return records


@pytest.fixture(scope="session")
def country_of(pipeline: Language) -> CountryOf:
    """The country of the actor that the first token ``word`` of ``text`` resolves to."""
    dictionary = load_dictionary()

    def country(text: str, word: str) -> str | None:
        parsed = pipeline(text)
        actors = DocumentActors(parsed, dictionary, "doc", None)
        token = next(t for t in parsed if t.text == word)
        found = actors.lookup(token)
        assert found, word
        return found[0].country

    return country
