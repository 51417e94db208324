"""Rule ``who_any_antecedent``: "who" names a person or group whatever the noun it hangs on,
so a relative clause of speech on a common noun off the speaker-noun list ("a plumber who
said ...") is a statement, its speaker written "who". Sentences written for the test, with
the relatives the rule must leave alone."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


def with_text(a: Annotation, fragment: str) -> list:  # type: ignore[type-arg]
    return [s for s in a.statements if fragment in s.text]


def test_who_on_any_common_noun_speaks(annotate: Annotate) -> None:
    a = annotate("The landlord ignored a midwife who said the pipes were rotten.")
    [pipes] = with_text(a, "pipes were rotten")
    assert pipes.speaker is not None and pipes.speaker.text == "who"
    assert "midwife" in pipes.speaker.name
    b = annotate("Volunteers met several cousins who told them that the hives had collapsed.")
    [hives] = with_text(b, "hives had collapsed")
    assert hives.speaker is not None and hives.speaker.text == "who"
    assert hives.speaker.kind == "group"


def test_which_and_that_still_need_a_speaking_noun(annotate: Annotate) -> None:
    # Near misses: "which"/"that" carry no person; a pipe or a rumour says nothing.
    a = annotate(
        "Engineers found a pipe which showed the dam had cracked.\n\n"
        "There was a rumour that said the mayor had resigned."
    )
    assert not with_text(a, "dam had cracked")
    assert not with_text(a, "mayor had resigned")


def test_who_with_no_noun_is_no_one(annotate: Annotate) -> None:
    # Near miss: a question's "who" names no one.
    a = annotate("Who said the election was stolen?")
    assert not with_text(a, "election was stolen")
