"""Rule ``made_clear``: "made clear that ...", "has made it clear ...", "made plain that ..."
report what the subject said. A noun object, a question, a negated or unrealised act, and a
subject that cannot speak are left alone. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


def with_text(a: Annotation, fragment: str) -> list:  # type: ignore[type-arg]
    return [s for s in a.statements if fragment in s.text]


def test_made_clear_that(annotate: Annotate) -> None:
    a = annotate("The harbour master made clear that no ferries would sail on Sunday.")
    [s] = with_text(a, "no ferries would sail")
    assert s.rule == "made_clear" and s.cue == "made clear"
    assert s.speaker is not None and "harbour master" in s.speaker.text
    assert not s.text.startswith("that")


def test_made_it_clear_and_plain(annotate: Annotate) -> None:
    a = annotate("The coach has made it clear she will not pick injured players.")
    [s] = with_text(a, "will not pick injured players")
    assert s.rule == "made_clear" and s.speaker is not None and s.speaker.text == "The coach"
    b = annotate("The dockworkers' union made plain that further strikes would follow.")
    [t] = with_text(b, "further strikes would follow")
    assert t.rule == "made_clear" and t.speaker is not None and "union" in t.speaker.text


def test_made_clear_in_a_relative_clause(annotate: Annotate) -> None:
    a = annotate("The treasurer, who has made clear that she distrusts the auditors, resigned.")
    [s] = with_text(a, "she distrusts the auditors")
    assert s.rule == "made_clear" and s.speaker is not None and s.speaker.text == "who"


def test_not_a_made_clear_report(annotate: Annotate) -> None:
    # Near misses: a question, a negated act, an unrealised one, a noun object, a non-speaker.
    a = annotate(
        "The council did not make clear whether the library would close.\n\n"
        "The mayor never made it clear that the budget was short.\n\n"
        "The treasurer will make it clear that the fund is empty.\n\n"
        "The governor made clear her opposition to the toll.\n\n"
        "The flood made it clear that the levees had failed."
    )
    for fragment in ("library would close", "budget was short", "fund is empty", "the toll"):
        assert not [s for s in with_text(a, fragment) if s.rule == "made_clear"], fragment
    assert not with_text(a, "levees had failed")
