"""A verb as often of force as of words ("attack", "blast") done to a place or a work is no
speech act, active or passive, even when the noun has an abstract ending or an owner (the
shared test :func:`cablegram.statements.ideas.an_idea`; sentences written for these tests).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


@pytest.mark.parametrize(
    "text",
    [
        "Georgian positions were attacked by Russian troops at dawn.",
        "The water station was attacked by Russia.",
        "The nuclear facility was attacked by Iran.",
        "Azerbaijan attacked Armenia's border posts overnight.",
        "Russia attacked Moldova's energy infrastructure.",
        "Turkey attacked the settlement near the river.",
    ],
)
def test_force_on_a_place_is_no_statement(annotate: Annotate, text: str) -> None:
    assert not annotate(text).statements


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator attacked the governor's handling of the flood.", "handling"),
        ("The border treaty was attacked by Chile.", "treaty"),
        ("The minister attacked Germany's position on the tariffs.", "position"),
    ],
)
def test_an_idea_attacked_is_still_a_statement(annotate: Annotate, text: str, content: str) -> None:
    assert [s for s in annotate(text).statements if content in s.text]


@pytest.mark.parametrize(
    "text",
    [
        "The army chief was dismissed by the president.",
        "The ambassador was welcomed by the Saudi king.",
    ],
)
def test_a_person_received_is_no_passive_statement(annotate: Annotate, text: str) -> None:
    assert not [s for s in annotate(text).statements if s.rule == "passive_object"]
