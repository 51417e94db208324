"""Rule ``relative_who_mention``: a speaker written "who" keeps that mention as written (text
and offsets), with its antecedent's name and identity, as "he" does. Sentences written for
the test, with the subjects the rule must leave alone."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


def by_text(a: Annotation, fragment: str):  # type: ignore[no-untyped-def]
    found = [s for s in a.statements if fragment in s.text]
    assert len(found) == 1, [s.text for s in a.statements]
    return found[0]


def test_a_relative_who_is_the_mention_of_its_antecedent(annotate: Annotate) -> None:
    text = (
        'Senator Mary Walsh spoke in Denver on Monday. "The budget is a disaster," said Walsh,'
        " who said the cuts would hurt farmers.\n\n"
        "The mayor, Tom Reed, who said last week that the plan was dead, issued a statement."
    )
    a = annotate(text)
    cuts = by_text(a, "cuts would hurt farmers")
    assert cuts.speaker is not None
    assert cuts.speaker.text == "who" and cuts.speaker.name == "Mary Walsh"
    assert text[cuts.speaker.start : cuts.speaker.end] == "who"
    plan = by_text(a, "plan was dead")
    assert plan.speaker is not None
    assert plan.speaker.text == "who" and plan.speaker.name == "Tom Reed"
    # Near miss: the name as the subject of its own cue stays the name as written.
    budget = by_text(a, "budget is a disaster")
    assert budget.speaker is not None and budget.speaker.text == "Walsh"


def test_a_group_who_keeps_its_name_and_country(annotate: Annotate) -> None:
    a = annotate("The plan worried several Italian diplomats, who say the ceasefire cannot hold.")
    s = by_text(a, "ceasefire cannot hold")
    assert s.speaker is not None and s.speaker.text == "who"
    assert "Italian diplomats" in s.speaker.name and s.speaker.country == "ITA"


def test_which_and_plain_subjects_are_left_alone(annotate: Annotate) -> None:
    # Near misses: "which" stands for its noun; a plain name subject is its own mention.
    a = annotate(
        "The ministry, which said the border would reopen, gave no date.\n\n"
        "Karen Holt said the talks had stalled."
    )
    border = by_text(a, "border would reopen")
    assert border.speaker is not None and border.speaker.text != "which"
    talks = by_text(a, "talks had stalled")
    assert talks.speaker is not None and talks.speaker.text == "Karen Holt"
