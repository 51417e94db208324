"""Subheads inside the body leave the text; a wire dateline that lost its dash gets it back
on a line of its own. Composed text written for the test."""

from __future__ import annotations

import pytest

from cablegram.ingest import clean_document
from cablegram.ingest.datelines import restore_dash
from cablegram.ingest.rulebase import RuleContext
from cablegram.ingest.subheads import subhead_lines
from cablegram.records import Document, RawDocument

LEDE = (
    "The harbour council voted on Tuesday to close the old pier for repairs, a move the "
    "fishermen's union said would cost its members a month of income."
)
NEXT = (
    "The council's chairwoman said the work could not wait until the summer, because the "
    "pier's timbers had rotted through in several places."
)
LAST = "The union said it would meet the council again next week to ask for compensation."


def clean(text: str) -> Document:
    doc = clean_document(RawDocument(source_path="page.txt", text=text))
    assert isinstance(doc, Document)
    return doc


@pytest.mark.parametrize(
    "label", ["REPAIRS", "NEW LEADER", "Union's offer rejected", "Pier closed for a month"]
)
def test_a_label_between_paragraphs_is_a_subhead(label: str) -> None:
    doc = clean("\n".join([LEDE, label, NEXT, LAST]))
    assert label not in doc.text
    assert [(r.kind, r.text) for r in doc.removed] == [("navigation", label)]
    assert NEXT in doc.text and LEDE in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "The union said it would appeal.",  # a sentence
        "The chairwoman told reporters:",  # introduces a quote
        "Members of the council include",  # runs into the next line
        "Michael Greif (",
    ],
)
def test_sentences_and_lead_ins_are_no_subheads(line: str) -> None:
    found = subhead_lines([LEDE, line, NEXT], RuleContext())
    assert dict(found.removed) == {}


@pytest.mark.parametrize(
    "line",
    [
        "Police said 12 people were killed",  # a verb of saying
        "The vote passed 52-48",  # a finite verb with its complement; a number
        "The death toll rose to 41",
        "She said: We will not give up",
        "Her answer was simple — no",
        "And then came the war…",
        "Why now",
        "Q. Why did you resign",
        "Shadows fall upon the quiet hills",  # a line of verse
        "Kenya 3 Uganda 1",
        "Thank you Iowa! #MAGA",
        "WASHINGTON",  # a place in capitals is a dateline, not a label
        "Police killed two protesters",
    ],
)
def test_short_sentences_without_a_stop_stay_in_the_body(line: str) -> None:
    found = subhead_lines([LEDE, line, NEXT], RuleContext())
    assert dict(found.removed) == {}


@pytest.mark.parametrize("label", ["Sanctions lifted after talks", "Aid convoys blocked at border"])
def test_headline_participles_are_still_subheads(label: str) -> None:
    found = subhead_lines([LEDE, label, NEXT], RuleContext())
    assert dict(found.removed) == {1: "navigation"}


def test_a_label_at_the_edges_is_left_to_other_rules() -> None:
    # Above the lede (a title or dateline) or below the last paragraph: not inside the body.
    found = subhead_lines(["REPAIRS", LEDE, NEXT, "MORE"], RuleContext())
    assert dict(found.removed) == {}


@pytest.mark.parametrize(
    ("paragraph", "dateline", "rest"),
    [
        ("TRIPOLI U.S. warplanes struck a camp on Friday, killing 40.", "TRIPOLI —", "U.S. war"),
        (
            "BEIRUT Bombs killed nearly 150 people in two coastal towns on Monday.",
            "BEIRUT —",
            "Bombs",
        ),
        (
            "LAHORE/ISLAMABAD, Pakistan A suicide bomber killed 65 people in a park on Sunday.",
            "LAHORE/ISLAMABAD, Pakistan —",
            "A suicide",
        ),
        (
            "HANOVER, Germany/WASHINGTON President Barack Obama plans to send more troops.",
            "HANOVER, Germany/WASHINGTON —",
            "President",
        ),
        ("NEW YORK The city council voted on Monday to raise the tax.", "NEW YORK —", "The city"),
        (
            "SEOUL, South Korea The North fired two missiles on Friday.",
            "SEOUL, South Korea —",
            "The",
        ),
        (
            "DUBAI, United Arab Emirates The emirate said on Monday it would cut its tax.",
            "DUBAI, United Arab Emirates —",
            "The emirate",
        ),
        (
            "AUSTIN, Texas The governor said on Monday that the state would cut its tax.",
            "AUSTIN, Texas —",
            "The governor",
        ),
        (
            "KIRKUK Gunmen raided a bank in the city center on Monday, police said.",
            "KIRKUK —",
            "Gunmen",
        ),
    ],
)
def test_a_dateline_that_lost_its_dash_gets_it_back(
    paragraph: str, dateline: str, rest: str
) -> None:
    head, body = restore_dash(paragraph)
    assert head == dateline
    assert body.startswith(rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "NATO Secretary General Jens Stoltenberg said on Monday that allies would meet.",
        "OPEC Secretary General Mohammed Barkindo said output would be cut next month.",
        "ISIS fighters stormed the town on Monday and killed at least 20 people.",
        "BEIRUT — Bombs killed nearly 150 people in two coastal towns on Monday.",
        "LOS ANGELES — The city council voted on Monday to raise the tax by a point.",
        "PORT ST. LUCIE, Fla. The city council voted on Monday to raise the tax.",
        "BERLIN, March 15, 2024 (Reuters) - The government said it would act.",
    ],
)
def test_no_dateline_or_one_with_its_dash_stays_as_it_is(paragraph: str) -> None:
    assert restore_dash(paragraph) == [paragraph]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a country's acronym, an agency's or a lobby's short name, a kicker or a byline
        "UAE Foreign Minister Abdullah bin Zayed said on Monday that talks would go on.",
        "DPRK Leader Kim Jong Un inspected a missile unit on Monday, state media said.",
        "USA Gymnastics officials said on Monday that the coach had been suspended.",
        "ATF Agents raided the compound in Waco on Monday, officials said.",
        "NYPD Officers arrested two men in Brooklyn on Monday, police said.",
        "AIPAC Leaders met the president at the White House on Monday.",
        "BREAKING The president resigned on Monday after a week of protests.",
        "UPDATE The death toll from the floods rose to 41 on Monday, officials said.",
        "EXCLUSIVE The memo shows that the ministry knew of the flaw for a year.",
        "OPINION The war in the east must end before the winter sets in.",
        "JOHN SMITH The city is dying, and its council does not seem to care.",
        # the words after the comma are no shipped place
        "LONDON, Bloomberg The pound fell on Monday after the bank cut its rate.",
    ],
)
def test_acronyms_kickers_and_bylines_are_no_datelines(paragraph: str) -> None:
    assert restore_dash(paragraph) == [paragraph]


def test_the_dateline_is_no_part_of_the_lede_in_the_cleaned_text() -> None:
    doc = clean("TRIPOLI U.S. warplanes struck a militant camp on Friday, killing 40.\n" + NEXT)
    assert doc.text.startswith("TRIPOLI —\n\nU.S. warplanes struck")
