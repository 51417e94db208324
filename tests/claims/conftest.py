from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.ingest.parserview import parser_view
from cablegram.pipeline import annotate_parsed
from cablegram.records import Claim, Document


@pytest.fixture(scope="session")
def claims() -> Callable[[str], list[Claim]]:
    """The claims of a text dated 2025-03-01, through the whole annotation."""
    nlp: Language = nlp_stage.load()

    def run(text: str) -> list[Claim]:
        document = Document(doc_id="t", source_path="t", text=text, date="2025-03-01")
        return list(annotate_parsed(document, nlp(parser_view(text))).claims)

    return run


def _polarities(found: list[Claim], predicate: str, who: str) -> set[str]:
    return {
        c.polarity
        for c in found
        if c.predicate == predicate and who in (c.actor.country, c.actor.name)
    }


@pytest.fixture(scope="session")
def on() -> Callable[[list[Claim], str, str], set[str]]:
    """``on(found, predicate, who)``: the polarities of the claims among ``found`` on
    ``predicate`` whose actor's country or name is ``who`` (an ISO3 code or a name)."""
    return _polarities
