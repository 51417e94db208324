"""Rule ``dash_signature_paragraph``: a dash signature standing as its own paragraph after a
blank line ('"..."\n\n— Ana Ruiz, mayor') signs the quote as one on the next line does. A
paragraph that opens with a dash and goes on as a clause ("— The council voted ...") signs
nothing, nor does a signature two paragraphs away. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


def with_text(a: Annotation, fragment: str) -> list:  # type: ignore[type-arg]
    return [s for s in a.statements if fragment in s.text]


def test_signature_in_its_own_paragraph(annotate: Annotate) -> None:
    a = annotate(
        "The orchard festival returns in May.\n\n"
        "“Every family in the valley helped plant these trees.”\n\n"
        "— Ana Ruiz, mayor of Valdoro"
    )
    [s] = with_text(a, "helped plant these trees")
    assert s.rule == "dash_signature" and s.kind == "direct"
    assert s.speaker is not None and s.speaker.name == "Ana Ruiz"


def test_a_dash_paragraph_with_a_clause_signs_nothing(annotate: Annotate) -> None:
    # Near misses: a dash paragraph that is a sentence; a signature beyond another paragraph.
    a = annotate(
        "“The bridge will be repainted this summer.”\n\n"
        "— Parliament voted for the repairs on Monday.\n\n"
        "Other news followed.\n\n"
        "“Tolls stay as they are.”\n\n\n\n"
        "— Lukas Brandt"
    )
    assert all(s.rule != "dash_signature" for s in with_text(a, "repainted this summer"))
    assert all(s.rule != "dash_signature" for s in with_text(a, "Tolls stay as they are"))
