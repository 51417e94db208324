"""Rule ``perfect_parenthetical``: a parenthetical attribution in the perfect ("The bridge,
she has said, is unsafe", "as the governor had argued") reports as one in the simple past.
A participle with no perfect auxiliary, or a passive, does not. A closing attribution ("...,
as he argued.") is left out of the content. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


def with_text(a: Annotation, fragment: str) -> list:  # type: ignore[type-arg]
    return [s for s in a.statements if fragment in s.text]


def test_perfect_inside_the_clause(annotate: Annotate) -> None:
    a = annotate("The new stadium, the developer has said, will open in the spring.")
    [s] = with_text(a, "will open in the spring")
    assert s.speaker is not None and s.speaker.text == "the developer"
    assert s.rule == "parenthetical"
    b = annotate("The ferry service, she had said, was losing money every week.")
    [t] = with_text(b, "losing money every week")
    assert t.speaker is not None and t.speaker.text == "she"


def test_perfect_as_clause_at_the_end(annotate: Annotate) -> None:
    a = annotate("Rents doubled in five years, as the tenants' union has argued.")
    [s] = with_text(a, "Rents doubled in five years")
    assert s.speaker is not None and "union" in s.speaker.text
    assert "argued" not in s.text


def test_participles_and_passives_are_not_reports(annotate: Annotate) -> None:
    # Near misses: a bare participle describes; a passive has no one speaking.
    a = annotate(
        "The truce, announced on Monday, collapsed within hours.\n\n"
        "The harvest, it has been said, was the worst in decades."
    )
    assert not with_text(a, "collapsed within hours")
    assert not with_text(a, "worst in decades")


def test_negated_perfect_is_not_a_report(annotate: Annotate) -> None:
    # Near miss: "has never said" reports nothing.
    a = annotate("The museum, the curator has never said, lost the painting.")
    assert not with_text(a, "lost the painting")
