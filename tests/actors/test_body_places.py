"""Countries of organisations from the article (``actors.bodyplaces``, ``actors.countynames``):
a town's or county's public body takes the country of the story's dateline or places; a body
described with a place in an apposition takes that place's country; a state's name that opens
a county's or a town body's name gives no country. Sentences written for the test, with the
near misses that must not fire."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.bodyplaces import is_local_body
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import ActorRecord


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def body(nlp: Language, text: str, last_word: str) -> ActorRecord:
    actors = DocumentActors(nlp(text), load_dictionary(), "bodies", "2019-03-05")
    found = [
        r for r in actors.records() if r.kind == "organization" and r.name.split()[-1] == last_word
    ]
    assert len(found) == 1, [(r.name, r.kind) for r in actors.records()]
    return found[0]


@pytest.mark.parametrize(
    ("text", "last_word", "country"),
    [
        # A town's police in a story datelined from a known capital.
        (
            "SEOUL, March 5 (Yonhap) -- The Mapo Police Station said it had detained two "
            "suspects after the fire.",
            "Station",
            "KOR",
        ),
        # A US county named like a country, datelined from a town of a US state.
        (
            "HARRISBURG, Pa. -- The Lebanon County Board of Commissioners voted on Tuesday to "
            "close the jail.",
            "Commissioners",
            "USA",
        ),
        # A town named like a country: its police department is the town's.
        (
            "CONCORD, N.H. -- The Lebanon Police Department said a driver was charged.",
            "Department",
            "USA",
        ),
        # No dateline: the story's places (two in Ohio) give the country.
        (
            "The Dayton City Council voted to fund the shelter. Residents of Dayton, Ohio, "
            "and Columbus, Ohio, had asked for it.",
            "Council",
            "USA",
        ),
    ],
)
def test_local_body_takes_the_story_country(
    nlp: Language, text: str, last_word: str, country: str
) -> None:
    assert body(nlp, text, last_word).country == country


@pytest.mark.parametrize(
    ("text", "last_word"),
    [
        # No dateline and no place of the story: no country.
        ("The Jordan School District said classes would resume on Monday.", "District"),
        ("The Lebanon County Board of Commissioners voted to close the jail.", "Commissioners"),
        # Not a local body's name: a national body keeps what its own words give (none here).
        ("SEOUL, March 5 (Yonhap) -- The Hanbit Foundation said it would appeal.", "Foundation"),
    ],
)
def test_no_story_country_or_no_local_body_gives_none(
    nlp: Language, text: str, last_word: str
) -> None:
    assert body(nlp, text, last_word).country is None


def test_capital_city_bodies_keep_their_capital() -> None:
    """ "Mexico City Council" is the capital's: its state word is no county's namesake."""
    nlp = nlp_stage.load()
    found = body(nlp, "The Mexico City Council voted on Tuesday to ban the sale.", "Council")
    assert found.country == "MEX"


@pytest.mark.parametrize(
    ("text", "last_word", "country"),
    [
        (
            "The Orlov Center, Moscow's best-known pollster, said support had fallen.",
            "Center",
            "RUS",
        ),
        (
            "The Fiscal Trust, a Washington-based think tank, said the plan was costly.",
            "Trust",
            "USA",
        ),
        (
            "The Orlov Center, an independent Russian pollster, said support had fallen.",
            "Center",
            "RUS",
        ),
        (
            "Redline Analytics, a consultancy in London, said the deal was risky.",
            "Analytics",
            "GBR",
        ),
    ],
)
def test_body_described_with_a_place(
    nlp: Language, text: str, last_word: str, country: str
) -> None:
    assert body(nlp, text, last_word).country == country


@pytest.mark.parametrize(
    ("text", "last_word"),
    [
        # Allegiance, not home.
        ("The Fiscal Trust, a Saudi-backed think tank, said the plan was costly.", "Trust"),
        # Two places: no one country.
        (
            "The Orlov Center, a pollster with offices in London and Moscow, said support "
            "had fallen.",
            "Center",
        ),
    ],
)
def test_description_without_one_home_gives_none(nlp: Language, text: str, last_word: str) -> None:
    assert body(nlp, text, last_word).country is None


def test_local_body_names() -> None:
    assert is_local_body(["fulton", "county", "sheriff", "office"])
    assert is_local_body(["mapo", "police", "station"])
    assert not is_local_body(["police", "department"])  # no place of its own
    assert not is_local_body(["national", "police", "agency"])
