"""Broadcast titles ("host", "anchor", "presenter" in data/titles.csv): a name the recogniser
tagged ORG after one of them is a person, so a later surname alone finds them. Sentences
written for the test, with the uses of the word that must stay as they were."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.pipeline import annotate_parsed
from cablegram.records import Annotation, Document, document_id


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def _annotate(nlp: Language, text: str) -> Annotation:
    doc = Document(doc_id=document_id(text), source_path="t.txt", text=text)
    return annotate_parsed(doc, nlp(text))


def test_a_host_named_after_the_channel_is_a_person(nlp: Language) -> None:
    a = _annotate(
        nlp,
        "Fox News host Sean Hannity indicated on Tuesday that the feud was over.\n\n"
        '"He is a rising star," Hannity said.',
    )
    speakers = {s.text: s.speaker for s in a.statements}
    star = speakers.get("He is a rising star")
    assert star is not None and star.name == "Sean Hannity" and star.kind == "person"
    feud = speakers.get("the feud was over")
    assert feud is not None and feud.kind == "person"


def test_other_uses_of_host_are_left_alone(nlp: Language) -> None:
    # Near misses: a host country stays a state; the channel itself stays an organisation.
    a = _annotate(
        nlp,
        "The host nation Japan said on Monday that the games would go ahead.\n\n"
        "Fox News said on Tuesday that the debate was over.",
    )
    speakers = {s.text: s.speaker for s in a.statements}
    games = speakers.get("the games would go ahead")
    assert games is not None and games.name == "Japan" and games.kind == "state"
    debate = speakers.get("the debate was over")
    assert debate is not None and debate.name == "Fox News" and debate.kind == "organization"
