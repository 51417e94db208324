"""An evaluative speech act in the passive, its speaker in a "by" phrase ("the agreement was
criticized by China"), is a statement whose content is what was judged (the
``passive_object`` rule, :mod:`cablegram.statements.passives`; sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The new trade accord was welcomed by Chile.", "Chile", "The new trade accord"),
        (
            "The border agreement has been rejected by Bolivia and Peru.",
            "Bolivia and Peru",
            "The border agreement",
        ),
        (
            "Last week the fishing treaty was condemned by Norway.",
            "Norway",
            "the fishing treaty",
        ),
    ],
)
def test_a_passive_judgement_is_the_agents_statement(
    annotate: Annotate, text: str, speaker: str, content: str
) -> None:
    found = [s for s in annotate(text).statements if s.rule == "passive_object"]
    assert [(s.speaker.name if s.speaker else None, s.text) for s in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The village was attacked by rebels.",  # force, not words
        "The plan was announced by the ministry.",  # a report, no judgement
        "The treaty was not criticized by Germany.",  # negated
        "It was condemned by Brazil.",  # a pronoun the claims stage resolves
        "The treaty was criticized in the newspapers.",  # nobody named
        "The accord was reached by the two sides.",  # no judging verb
    ],
)
def test_near_misses_are_no_passive_statement(annotate: Annotate, text: str) -> None:
    assert not [s for s in annotate(text).statements if s.rule == "passive_object"]


def test_an_inner_report_first_is_the_statement(annotate: Annotate) -> None:
    """ "X, the minister said on Monday, the agency reported": the minister's statement, the
    agency's credit none (``cuts.carries_a_report``, content before the inner cue)."""
    a = annotate(
        "Austria will ratify the accord, the Austrian chancellor said on Monday, "
        "the agency reported."
    )
    assert [(s.speaker.name if s.speaker else None, s.text) for s in a.statements] == [
        ("Austrian chancellor", "Austria will ratify the accord")
    ]


def test_a_report_with_its_content_after_stays_credited(annotate: Annotate) -> None:
    a = annotate("The agency reported that the Austrian chancellor would visit Vienna.")
    assert [s.speaker.name if s.speaker else None for s in a.statements] == ["The agency"]


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire plan was rejected by email on Tuesday.",  # a means, bare
        "The trade accord was condemned by joint statement.",  # a means, bare
    ],
)
def test_a_means_is_no_speaker(annotate: Annotate, text: str) -> None:
    assert not [s for s in annotate(text).statements if s.rule == "passive_object"]


def test_a_document_with_its_source_still_speaks(annotate: Annotate) -> None:
    a = annotate("The trade accord was condemned by a statement from the Chilean foreign ministry.")
    assert [s.text for s in a.statements if s.rule == "passive_object"] == ["The trade accord"]
