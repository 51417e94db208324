"""Review of rule ``relative_who_mention``: a "who" speaker is always named: by its actor, else
by the noun its relative clause hangs on; a "who" with no such noun names no one. Sentences
written for the test."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


def test_a_who_speaker_is_named_by_its_antecedent_noun(annotate: Annotate) -> None:
    a = annotate(
        "Callers who said they had doubts about the plan flooded the station.\n\n"
        "The senator met a young woman who told him the clinic had closed."
    )
    for fragment, name in (("had doubts", "Callers"), ("clinic had closed", "young woman")):
        found = [s for s in a.statements if fragment in s.text]
        assert len(found) == 1 and found[0].speaker is not None
        assert found[0].speaker.text == "who" and name in found[0].speaker.name


def test_no_speaker_is_named_who(annotate: Annotate) -> None:
    a = annotate(
        "Who said the treaty was void? Nobody in the cabinet.\n\n"
        "It was Lopez who said the border must close."
    )
    assert not [s for s in a.statements if s.speaker is not None and s.speaker.name == "who"]
    assert not [s for s in a.statements if s.speaker is not None and s.speaker.name == "Who"]


def test_a_named_who_keeps_its_name(annotate: Annotate) -> None:
    # Near miss: an antecedent the lookup resolves keeps its full name.
    a = annotate("Ms. Dana Cole, who said the bill was unfair, voted no.")
    found = [s for s in a.statements if "bill was unfair" in s.text]
    assert len(found) == 1 and found[0].speaker is not None
    assert found[0].speaker.name == "Dana Cole" and found[0].speaker.text == "who"
