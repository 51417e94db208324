"""Review of rule ``embedding_subject``: a subject above the speech verb binds its pronoun only
when no one else could be meant: not when the pronoun sits in the subject's own phrase, nor when
another actor who agrees with it is named between the two. Sentences written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def names(nlp: Language, text: str, word: str) -> list[str]:
    parsed = nlp(text)
    actors = DocumentActors(parsed, load_dictionary(), "doc", None)
    token = next(t for t in parsed if t.text == word)
    return [a.name for a in actors.lookup(token)]


@pytest.mark.parametrize(
    ("text", "word", "wrong"),
    [
        # The pronoun is inside a relative clause on the subject itself: never that subject.
        (
            '"We are ready," Minister Ian Cole said. Opposition leader Rob Kerr, whom he said'
            " he respected, rejected the budget.",
            "he",
            "Rob Kerr",
        ),
        # Another person of the pronoun's gender stands between: either could have said it.
        (
            '"I did nothing wrong," Ed Marsh said. Judge Carl Penn sentenced Marsh for crimes'
            " he said he deeply regretted.",
            "he",
            "Carl Penn",
        ),
        (
            '"The fund is empty," Treasurer Ann Lowe said. Auditor Kate Byrne faulted Lowe over'
            " figures she said she had never seen.",
            "she",
            "Kate Byrne",
        ),
    ],
)
def test_a_subject_that_may_not_be_meant_binds_nothing(
    nlp: Language, text: str, word: str, wrong: str
) -> None:
    assert wrong not in names(nlp, text, word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Near misses: what stands between is no person, or is the subject's own relative
        # clause, or a pronoun of the subject itself; the subject still binds.
        (
            '"The vote was fair," Anna Bell said. Tom Ward, who chairs the panel, released a'
            " report he said showed fraud.",
            "Tom Ward",
        ),
        (
            '"The bridge will open in May," Tim Wolfe said. Bob Lang sent Congress a schedule'
            " he said showed a delay.",
            "Bob Lang",
        ),
        (
            '"Prices will fall," Ian Cole said. Ed Park showed his staff data he said proved'
            " otherwise.",
            "Ed Park",
        ),
    ],
)
def test_a_subject_with_no_rival_still_binds(nlp: Language, text: str, expected: str) -> None:
    assert names(nlp, text, "he") == [expected]
