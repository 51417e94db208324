"""Media outlets the recogniser tags as people or cuts short are organisations, and a demonym in
an outlet's name names no state (issue 12, trial kinds: "CNN Turk" read as Türkiye, "Broadcaster
NTV" as a person). Sentences written for the test."""

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


def holder(found: list[ActorRecord], words: str) -> ActorRecord:
    return next(r for r in found if any(words in m.text for m in r.mentions))


@pytest.mark.parametrize(
    "text",
    [
        "ANKARA - Police held 40 officers overnight, the broadcaster CNN Turk said. Turkey's "
        "prime minister spoke in Ankara on Sunday.",
        "Turkey's envoy will fly to Moscow on Tuesday. Broadcaster CNN Turk said the talks "
        "would cover trade.",
    ],
)
def test_an_outlet_named_with_a_demonym_is_no_state(nlp: Language, text: str) -> None:
    found = records(nlp, text)
    outlet = holder(found, "CNN Turk")
    assert outlet.kind == "organization"
    assert all(r.kind != "state" for r in found if any("CNN" in m.text for m in r.mentions))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Turkey detained its army chief on Saturday. Broadcaster NTV said he was held in "
            "Ankara.",
            "NTV",
        ),
        (
            "ISTANBUL - The pro-government Sabah newspaper said 30 judges were dismissed, and "
            "Sabah said more arrests would follow.",
            "Sabah",
        ),
    ],
)
def test_an_outlet_tagged_as_a_person_is_an_organisation(
    nlp: Language, text: str, name: str
) -> None:
    found = [r for r in records(nlp, text) if r.name == name]
    assert found and all(r.kind == "organization" for r in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("LONDON - Broadcaster David Dimbleby said the vote was close.", "David Dimbleby"),
        ("WASHINGTON - FCC Chairman Tom Wheeler said the rules would pass.", "Tom Wheeler"),
    ],
)
def test_a_person_after_a_media_word_or_acronym_stays_a_person(
    nlp: Language, text: str, name: str
) -> None:
    assert holder(records(nlp, text), name.split()[-1]).kind == "person"
