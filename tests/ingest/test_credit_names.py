"""A line of names with "contributed" or "reported from", or a credit list, is a staff credit
only when the names are reporters': states, places, companies, known bodies and prose after a
label stay in the text (review rv72 finding 4). Sentences written for the test."""

from __future__ import annotations

import pytest

from cablegram.ingest import clean_document
from cablegram.ingest.creditnames import person_shaped
from cablegram.records import Document, RawDocument

LEDE = (
    "Donors meeting in the capital on Monday pledged money for the flooded delta, where "
    "relief agencies say half a million people still lack clean water and shelter."
)
SECOND = (
    "Much of the money came from the region's richer neighbours, and the rest from "
    "development banks that had promised support before the rains began in the spring."
)


def clean(text: str) -> Document:
    doc = clean_document(RawDocument(source_path="t.txt", text=text))
    assert isinstance(doc, Document)
    return doc


@pytest.mark.parametrize(
    "prose",
    [
        "Norway and the Netherlands contributed.",
        "Qatar Airways and Oman contributed.",
        "Kenya, Uganda and Tanzania contributed.",
        "Ohio Valley Electric contributed.",
        "The Guardian reported from Geneva.",
        "Pakistan reported from Islamabad.",
        "Reporting by the commission showed losses; editing by the board is due next year.",
    ],
)
def test_closing_prose_shaped_like_a_credit_stays(prose: str) -> None:
    doc = clean(f"{LEDE}\n\n{SECOND}\n\n{prose}")
    assert prose in doc.text


@pytest.mark.parametrize(
    "credit",
    [
        "Marta Vinsky and Paul Oduya contributed.",
        "Herald writer Tomas Brek in Lagos contributed.",
        "Marta Vinsky reported from Lagos.",
        "Reporting by Marta Vinsky in Lagos; Editing by Paul Oduya.",
    ],
)
def test_reporters_credits_still_go(credit: str) -> None:
    doc = clean(f"{LEDE}\n\n{SECOND}\n\n{credit}")
    assert credit not in doc.text


def test_a_person_shape_is_no_known_actor_place_or_title() -> None:
    assert person_shaped("Marta Vinsky")
    assert not person_shaped("New Zealand")
    assert not person_shaped("Victoria Mining")  # a state of Australia
    assert not person_shaped("Minister Vinsky")
    assert not person_shaped("the Vinsky")


def test_every_network_of_a_follow_line_is_an_address_too() -> None:
    """Code debt (rv72 #6): one list of networks serves both the follow line and the address
    after a name, so a LinkedIn handle is an address like a Twitter one."""
    credit = "Contact Marta Vinsky via LinkedIn @mvinsky"
    doc = clean(f"{LEDE}\n\n{SECOND}\n\n{credit}")
    assert credit not in doc.text
