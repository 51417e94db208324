"""A past holder of an office named in the text does not stop "the country's foreign
minister" from resolving to the holder on the article's date (review rv72 finding 5).
Sentences written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def names(nlp: Language, text: str) -> set[str]:
    rows = DocumentActors(nlp(text), load_dictionary(), "d1", "2016-05-10").records()
    return {r.name for r in rows}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # A term that ended years before the article's date.
        (
            "MOSCOW (Reuters) - Russia's foreign minister said on Monday Moscow would not "
            "yield on Syria. Igor Ivanov, who led the ministry in the 1990s, said the talks had "
            "failed.",
            "Sergei Lavrov",
        ),
        # The text calls the other person former (their dictionary term is later).
        (
            "TEHRAN (Reuters) - Iran's foreign minister said on Monday Tehran would keep to the "
            "nuclear deal. Hossein Amir-Abdollahian, a former deputy foreign minister, said "
            "Washington could not be trusted.",
            "Mohammad Javad Zarif",
        ),
    ],
)
def test_a_past_holder_named_leaves_the_current_holder(
    nlp: Language, text: str, holder: str
) -> None:
    assert holder in names(nlp, text)
