from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.pipeline import annotate_parsed
from cablegram.records import Annotation, Document, document_id


@pytest.fixture(scope="session")
def nlp() -> Language:
    return nlp_stage.load()


@pytest.fixture(scope="session")
def annotate(nlp: Language) -> Callable[[str], Annotation]:
    def run(text: str) -> Annotation:
        doc = Document(doc_id=document_id(text), source_path="test.txt", text=text)
        return annotate_parsed(doc, nlp(text))

    return run
