"""'US' the country lower-cases like 'us' the pronoun: only the pronoun is the author."""

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
    doc = Document(doc_id=document_id(text), source_path="t.txt", text=text, date="2018-09-05")
    return annotate_parsed(doc, nlp(text))


def test_the_us_acts_and_speaks_as_a_country(nlp: Language) -> None:
    text = (
        "The US imposed sanctions on Venezuela's oil company on Tuesday.\n\n"
        '"These measures will stay until free elections are held," the US said in a statement.'
    )
    annotation = _annotate(nlp, text)
    sources = {(e.event_type, e.source.country if e.source else None) for e in annotation.events}
    assert ("SANCTION", "USA") in sources
    speakers = [s.speaker.country if s.speaker else None for s in annotation.statements]
    assert speakers == ["USA"]


def test_an_announcer_is_not_the_one_who_sanctions(nlp: Language) -> None:
    annotation = _annotate(
        nlp, "Lithuanian Foreign Minister Rasa Vaitkus announced new US sanctions against Belarus."
    )
    sanctions = [e for e in annotation.events if e.event_type == "SANCTION"]
    assert [(e.source.country if e.source else None) for e in sanctions] == ["USA"]


def test_we_and_us_in_lower_case_stay_the_author_s(nlp: Language) -> None:
    annotation = _annotate(nlp, "Let us be clear: we imposed no sanctions on anyone this year.")
    assert all(e.source is None for e in annotation.events)
