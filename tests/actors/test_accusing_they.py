"""The subject "they" of a verb of accusing is never a body headed by a singular institution
noun, which copy calls "it" and which is more often the one accused (rule
``unlikely_accuser``, actors/salience.py; issue 11, round 15). Sentences written for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary


def names(nlp: Language, text: str, word: str) -> list[str]:
    parsed = nlp(text)
    actors = DocumentActors(parsed, load_dictionary(), "doc", None)
    token = next(t for t in parsed if t.text == word)
    return [a.name for a in actors.lookup(parsed[token.i : token.i + 1])]


@pytest.mark.parametrize(
    "text",
    [
        "The count was slow. According to the electoral commission, turnout was low. "
        "They have alleged that there was fraud in the north.",
        "The vote ended on Sunday. The ministry published the results. "
        "They accused officials of stuffing ballot boxes.",
        "The court ruled on the case on Monday. They claimed that the judges were bribed.",
        "LAGOS, March 3 (Reuters) - Turnout was low, according to the electoral commission. "
        "They have alleged that there was fraud in the north.",
    ],
)
def test_an_accusing_they_is_no_institution(pipeline: Language, text: str) -> None:
    found = names(pipeline, text, "They")
    assert not [n for n in found if n.split()[-1] in ("commission", "ministry", "court", "Reuters")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a verb that accuses nothing, and a collective noun
        (
            "According to the electoral commission, turnout was low. "
            "They said that counting would end on Monday.",
            "commission",
        ),
        (
            "Hamas lost the town on Monday. They accused the army of shelling civilians.",
            "Hamas",
        ),
    ],
)
def test_other_theys_stay(pipeline: Language, text: str, expected: str) -> None:
    assert any(expected in n for n in names(pipeline, text, "They"))


@pytest.mark.parametrize(
    "text",
    [
        # the nearest candidate is the body the filter rejects: the pronoun stays
        # unresolved, never a farther mention (precision first)
        "Foreign observers from the European Union arrived on Friday. According to the "
        "national electoral commission, turnout was 40 percent. They accused officials of "
        "stuffing ballot boxes.",
        "The army shelled the northern villages on Sunday. The ministry published the "
        "results on Monday. They claimed that the count was rigged.",
    ],
)
def test_a_rejected_nearest_antecedent_leaves_they_unresolved(
    pipeline: Language, text: str
) -> None:
    assert names(pipeline, text, "They") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the nearest candidate passes the filter and is kept
        (
            "The electoral commission counted the ballots. The Orange Democratic Movement met "
            "on Monday. They accused officials of stuffing ballot boxes.",
            "Orange Democratic Movement",
        ),
        (
            "Foreign observers from the European Union arrived on Friday. According to the "
            "national electoral commission, turnout was 40 percent. They said that counting "
            "would end on Monday.",
            "commission",
        ),
    ],
)
def test_an_accepted_nearest_antecedent_is_kept(
    pipeline: Language, text: str, expected: str
) -> None:
    assert any(expected in n for n in names(pipeline, text, "They"))
