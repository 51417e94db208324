"""An act denied as a past fact did not happen and is no refusal: "we have not met for a long
time" codes nothing, where "refused to meet" is a REJECT. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram.pipeline import annotate_parsed
from cablegram.records import Annotation, Document, document_id

Annotate = Callable[[str], Annotation]


@pytest.fixture(scope="module")
def annotate(events_nlp: Language) -> Annotate:
    def run(text: str) -> Annotation:
        doc = Document(doc_id=document_id(text), source_path="test.txt", text=text)
        return annotate_parsed(doc, events_nlp(text))

    return run


@pytest.mark.parametrize(
    "text",
    [
        '"We have not met for a long time," Norwegian Foreign Minister Ivan Berg said.',
        '"We did not consult Chile before the vote," Norwegian Foreign Minister Ivan Berg said.',
    ],
)
def test_an_act_denied_as_past_fact_is_no_event(annotate: Annotate, text: str) -> None:
    assert [e.event_type for e in annotate(text).events] == []


def test_a_refusal_stays_a_reject(annotate: Annotate) -> None:
    found = annotate("Norway refused to meet the Chilean envoy on Monday.").events
    assert [e.event_type for e in found] == ["REJECT"]
