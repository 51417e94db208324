"""Rule ``speech_past_time_clause``: ", remarking that ..." hung on a time clause under a
speech verb goes on with that verb's speaker. Sentences written for the test, with the shapes
the rule must leave alone."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from cablegram.records import Annotation
from cablegram.statements.subjects import speech_past_time_clause

Annotate = Callable[[str], Annotation]


def test_the_participle_goes_on_with_the_speaker(annotate: Annotate) -> None:
    a = annotate(
        '"Ruth Hale won tonight and I was very glad to see that," Mr. Tom Ward said during a'
        " panel on his show after the first-term senator easily won her primary, remarking"
        " that the party was united."
    )
    found = [s for s in a.statements if "party was united" in s.text]
    assert len(found) == 1 and found[0].speaker is not None
    assert found[0].speaker.name == "Tom Ward"


def _participle(nlp: Language, text: str, word: str) -> object:
    doc = nlp(text)
    return speech_past_time_clause(next(t for t in doc if t.text == word))


def test_other_shapes_are_left_alone(nlp: Language) -> None:
    # Near misses: the time clause hangs on an act that is no speech; a condition, not a
    # time; the participle without its comma.
    assert (
        _participle(
            nlp,
            "Mr. Ward left the hall after the senator won her primary, remarking that the"
            " party was united.",
            "remarking",
        )
        is None
    )
    assert (
        _participle(
            nlp,
            "Mr. Ward said he would resign if the senator won her primary, remarking that the"
            " party was divided.",
            "remarking",
        )
        is None
    )
