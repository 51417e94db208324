"""A source that passes on another's words ("X quoted Y as saying"): Y is the speaker."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


def speakers(annotation: Annotation) -> dict[str, str | None]:
    return {s.text: (s.speaker.text if s.speaker else None) for s in annotation.statements}


def test_a_quote_passed_on_by_an_agency_is_the_quoted_person_s(annotate: Annotate) -> None:
    a = annotate(
        "Finance Minister Lena Varga arrived in Vienna on Monday. "
        '"We will not sign a deal that ruins our farmers," the state news agency MTI quoted '
        "Varga as saying."
    )
    assert speakers(a) == {"We will not sign a deal that ruins our farmers": "Varga"}
    assert a.statements[0].speaker is not None
    assert a.statements[0].speaker.name == "Lena Varga"


def test_reported_speech_passed_on_by_an_agency(annotate: Annotate) -> None:
    a = annotate(
        "The Tanjug agency cited Deputy Prime Minister Marko Ilic as saying that Belgrade "
        "would reopen the border crossing."
    )
    statements = a.statements
    assert len(statements) == 1
    assert "would reopen the border crossing" in statements[0].text
    assert statements[0].speaker is not None
    assert statements[0].speaker.name == "Marko Ilic"


def test_the_quoted_people_are_not_the_content_of_a_citation(annotate: Annotate) -> None:
    a = annotate("The newspaper cited three diplomats as saying the summit had been postponed.")
    assert [(s.text, s.speaker.text if s.speaker else None) for s in a.statements] == [
        ("the summit had been postponed", "three diplomats")
    ]


def test_being_quoted_keeps_the_passive_subject_as_speaker(annotate: Annotate) -> None:
    a = annotate("Marko Ilic was quoted as saying that the crossing would reopen within a week.")
    assert [s.speaker.name if s.speaker else None for s in a.statements] == ["Marko Ilic"]
