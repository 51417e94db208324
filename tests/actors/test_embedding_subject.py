"""Rule ``embedding_subject``: the subject of a clause above a speech verb binds that verb's
subject pronoun before the last speaker does. Sentences written for the test, with the shapes
the rule must leave to the other rules."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def names(nlp: Language, text: str, word: str, nth: int = 0) -> list[str]:
    parsed = nlp(text)
    actors = DocumentActors(parsed, load_dictionary(), "doc", None)
    tokens = [t for t in parsed if t.text == word]
    return [a.name for a in actors.lookup(tokens[nth])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The pronoun's speech verb sits in a relative clause under the named subject's verb.
        (
            '"The tariffs will ruin us," Maria Lopes said in Lisbon on Monday. At a rally on'
            " Tuesday, Senator Tom Ward included Portugal in a list of countries he said had"
            " cheated American workers.",
            "Tom Ward",
        ),
        (
            "Karen Holt said on Friday that the talks had stalled. Ambassador Ian Brook signed"
            " a letter in which he said the deal was dead.",
            "Ian Brook",
        ),
    ],
)
def test_the_subject_above_binds_the_speech_verbs_pronoun(
    nlp: Language, text: str, expected: str
) -> None:
    assert names(nlp, text, "he") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Near miss: the other name is the subject of a condition beside "he said", not above
        # it, so the last speaker keeps the pronoun.
        (
            '"The port will suffer," Mr. Garcia said on Monday. If Mr. Reed wins the vote, he'
            " said, the port will close.",
            "Garcia",
        ),
        # Near miss: the subject above heads an absolute clause without tense, which sets the
        # scene; the last speaker keeps the pronoun.
        (
            '"The time has come," Mr. Tom Ward said to the cameras, with Mr. Ian Brook standing'
            " behind him as he urged the party to act.",
            "Tom Ward",
        ),
        # Near miss: the parser hung "added" under an inverted condition whose subject comes
        # after the pronoun; a later name binds nothing.
        (
            '"The port is safe," Mr. Tom Ward said on Monday. Then he added a note of caution,'
            " should Mr. Reed try a rapid return to the campaign trail.",
            "Tom Ward",
        ),
        # Near miss: the subject above does not agree ("Ms."), so it binds nothing.
        (
            "Mr. Garcia said the tariffs would ruin the port. Ms. Lena Ortiz included Portugal"
            " in a list of countries he said had cheated workers.",
            "Garcia",
        ),
    ],
)
def test_a_subject_beside_or_disagreeing_binds_nothing(
    nlp: Language, text: str, expected: str
) -> None:
    assert names(nlp, text, "he") == [expected]
