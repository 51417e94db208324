"""Rules ``parenthetical_addressee`` and ``aside_on_subject``: a parenthetical attribution
whose telling verb names whom it told ("The ferry, she told me, is late", "..., as the pilot
told us") is still an attribution, also when the parser hangs the aside on the clause's
subject. An object that is no one ("told a story about") keeps the verb from being an aside.
Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


def with_text(a: Annotation, fragment: str) -> list:  # type: ignore[type-arg]
    return [s for s in a.statements if fragment in s.text]


def test_aside_with_the_one_told(annotate: Annotate) -> None:
    a = annotate("The danger, she told us, is that the pier could sink.")
    [s] = with_text(a, "the pier could sink")
    assert s.rule == "parenthetical" and s.speaker is not None and s.speaker.text == "she"
    b = annotate("The orchard flooded twice, as the farmer told us.")
    [t] = with_text(b, "The orchard flooded twice")
    assert t.speaker is not None and t.speaker.text == "the farmer"
    assert "told" not in t.text


def test_an_object_that_is_no_one_is_no_aside(annotate: Annotate) -> None:
    # Near miss: "told a story" is what was told, so the verb is no aside.
    a = annotate("The lighthouse, she told a story about, was haunted.")
    assert not with_text(a, "was haunted")


def test_aside_hung_on_the_auxiliary(annotate: Annotate) -> None:
    a = annotate("The tunnel, they say, is flooded.")
    [s] = with_text(a, "is flooded")
    assert s.rule == "parenthetical" and s.text.startswith("The tunnel")
