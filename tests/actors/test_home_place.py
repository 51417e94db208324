"""Countries written beside a person's name: a home place after the name and a US party
letter; each kind on sentences written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.placed import us_state_abbreviations
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def country_of(nlp: Language, text: str, name: str) -> str | None:
    parsed = nlp(text)
    actors = DocumentActors(parsed, load_dictionary(), "doc", None)
    found = [r for r in actors.records() if r.name == name]
    assert len(found) == 1, [r.name for r in actors.records()]
    return found[0].country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # A town and a US state as the AP abbreviates it.
        ("Lena Korver, of Dayton, Ohio, said the plant would close.", "Lena Korver", "USA"),
        ("Sam Hale, of Fresno, Calif., said he had voted.", "Sam Hale", "USA"),
        (
            "Mia Brandt, a retired nurse in Duluth, Minn., said costs rose.",
            "Mia Brandt",
            "USA",
        ),
        # A town and a country.
        ("Ngozi Eze, a trader from Onitsha, Nigeria, said prices rose.", "Ngozi Eze", "NGA"),
        # A town and a province of a country.
        ("Tom Reid, of Red Deer, Alberta, said the pipeline was needed.", "Tom Reid", "CAN"),
        # A US state named like a country, made a state by a party or a member of Congress.
        ("Jon Ossoff, a Democrat from Georgia, said the bill would pass.", "Jon Ossoff", "USA"),
        ("Georgia Sen. Raphael Warnock said the vote was fair.", "Raphael Warnock", "USA"),
        (
            "Georgian President Salome Zourabichvili said Georgia would join the EU.",
            "Salome Zourabichvili",
            "GEO",
        ),
        # A party letter in brackets.
        ("Gov. Dale Whitcomb (R) said the bill was improper.", "Dale Whitcomb", "USA"),
        ("Attorney General Rosa Lind (D) said the video should be released.", "Rosa Lind", "USA"),
    ],
)
def test_home_place_and_party_letter(nlp: Language, text: str, name: str, country: str) -> None:
    assert country_of(nlp, text, name) == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A town alone says nothing: no gazetteer of towns.
        ("Lena Korver, of Springfield, said the plant would close.", "Lena Korver"),
        # A letter that is no party letter.
        ("Dale Whitcomb (pictured) said the bill was improper.", "Dale Whitcomb"),
    ],
)
def test_no_home_place(nlp: Language, text: str, name: str) -> None:
    assert country_of(nlp, text, name) is None


def test_a_post_abroad_is_no_home(nlp: Language) -> None:
    # A description naming another state: not a home; the envoy is his own state's (the
    # name was once tagged ORG and had no country at all).
    text = "Ivo Brandt, the envoy of Chile in Ottawa, Canada, said so."
    assert country_of(nlp, text, "Ivo Brandt") == "CHL"


def test_state_abbreviations_are_ap_style() -> None:
    found = us_state_abbreviations()
    assert {"Wis.", "N.Y.", "Calif.", "D.C."} <= found
    assert all(a.endswith(".") for a in found)
