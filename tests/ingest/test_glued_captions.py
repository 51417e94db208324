"""A caption or title glued to the story's first sentence is split off, then judged as a line;
a bare name above a sentence that the story names again is a portrait's caption."""

from __future__ import annotations

import pytest

from cablegram.ingest import clean_document
from cablegram.ingest.glue import split_glued
from cablegram.ingest.rulebase import RuleContext
from cablegram.ingest.rules import name_captions
from cablegram.records import Document, RawDocument

STORY = (
    "Talks on the border crossings resumed in the capital on Monday after a pause of two "
    "weeks, officials said.\n"
    "Both delegations said they expected a draft agreement before the end of the month.\n"
)


def clean(text: str) -> Document:
    doc = clean_document(RawDocument(source_path="page.txt", text=text))
    assert isinstance(doc, Document)
    return doc


@pytest.mark.parametrize(
    ("glued", "caption", "opening"),
    [
        ("Margit SolbergThe Norwegian minister said on Friday", "Margit Solberg", "The Norwegian"),
        ("Gov. Ana PereiraWhen she took office, the budget was", "Gov. Ana Pereira", "When she"),
        (
            "Secretary of State Tom HarlanIf the Senate confirms him",
            "Secretary of State Tom Harlan",
            "If the Senate",
        ),
        (
            "Harbour strike ends after six weeksAfter six weeks the dockers",
            "Harbour strike ends after six weeks",
            "After six weeks",
        ),
    ],
)
def test_caption_glued_to_a_sentence_is_split_at_the_glue(
    glued: str, caption: str, opening: str
) -> None:
    parts = split_glued(glued + " agreed to go back to the table next week.")
    assert parts[0] == caption
    assert parts[1].startswith(opening)


@pytest.mark.parametrize(
    "text",
    [
        # Prose before the glue point: a sentence ends in it.
        "The minister left early. Her deputy stayedThe talks went on without them for hours.",
        # A brand name ending in a preposition is no glue point ("LinkedIn").
        "Follow the ministry on LinkedIn for updates on the talks and the new agreement.",
        # An acronym before the opener: the glue needs a lower-case letter.
        "NATOThe alliance said on Monday that it would send more ships to the region.",
        # Nothing sentence-like after it.
        "Margit SolbergThe minister",
    ],
)
def test_no_split_without_a_caption_before_a_sentence(text: str) -> None:
    assert split_glued(text) == [text]


def test_glued_portrait_caption_leaves_the_text_and_the_name_stays_whole() -> None:
    doc = clean(
        "Border Talks Resume\n"
        "Margit SolbergIf Minister Margit Solberg signs the draft, the crossings reopen in May. "
        "Solberg said she was confident.\n" + STORY
    )
    assert "SolbergIf" not in doc.text
    assert doc.text.startswith("If Minister Margit Solberg signs")
    assert any(r.kind == "caption" and r.text == "Margit Solberg" for r in doc.removed)


def test_bare_name_line_is_a_caption_only_when_the_story_names_the_person() -> None:
    ctx = RuleContext()
    lines = [
        "Border Talks Resume",
        "Margit Solberg",
        "Solberg said the draft was ready.",
        "Both delegations agreed to meet again before the end of the month.",
    ]
    assert name_captions(lines, ctx).removed == {1: "caption"}
    # An author's name over the story, never named in it, is left for the byline rules.
    lines[2] = "The minister said the draft was ready for the cabinet."
    assert name_captions(lines, ctx).removed == {}
    # The first line may be a headline that is a name.
    assert name_captions(["Margit Solberg", "Solberg said the draft was ready."], ctx).removed == {}


def test_a_titled_name_line_is_a_portrait_label_even_if_the_story_never_names_him() -> None:
    lines = [
        "Border Talks Resume",
        "Norwegian Prime Minister Margit Solberg",
        "Talks on the border crossings resumed in the capital on Monday, officials said.",
    ]
    assert name_captions(lines, RuleContext()).removed == {1: "caption"}
    # Not a line that is a sentence about the person.
    lines[1] = "Prime Minister Margit Solberg resigned."
    assert name_captions(lines, RuleContext()).removed == {}
