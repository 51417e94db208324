"""Countries from evidence in the text (party tags, staff, campaigns, party labels, states as
places, a surname all known holders share): each kind on sentences written for the test, with
the cases where the evidence must not give a country."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.gazetteer.subdivisions import state_names
from cablegram.records import Actor


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def resolve(nlp: Language, text: str, date: str | None = None) -> tuple[Doc, DocumentActors]:
    parsed = nlp(text)
    return parsed, DocumentActors(parsed, load_dictionary(), "doc", date)


def at(parsed: Doc, actors: DocumentActors, word: str) -> Actor:
    tokens = [t for t in parsed if t.text == word]
    found = actors.lookup(tokens[0])
    assert found, word
    return found[0]


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # A US party-and-state tag after the name.
        ("Tom Hale (R-Ohio) said the bill would pass.", "Hale", "USA"),
        ("Maria Vance, D-N.Y., said the bill would fail.", "Vance", "USA"),
        # A spokesman named after the person he speaks for.
        ("Clinton spokesman Brian Fallon said the emails were fine.", "Fallon", "USA"),
        ("Clinton communications director Ann Palmer said the ad was false.", "Palmer", "USA"),
        # An administration or campaign named after a person of the text.
        ("Aides said the Obama administration would appeal the ruling.", "administration", "USA"),
        # A party label in a story about the USA.
        (
            "The Republican lawmaker said the polls were wrong, speaking in Ohio and in Florida.",
            "lawmaker",
            "USA",
        ),
        # A relative clause making the person the head of a body of one country.
        ("Ann Fowler, who helmed the FBI from 1995, said the plan was late.", "Fowler", "USA"),
        (
            "Tory donor Tom Ellis said London must act, speaking in London and Leeds.",
            "Ellis",
            "GBR",
        ),
        # A state as the place of a person.
        ("A New York businessman said taxes were too high.", "businessman", "USA"),
        ("Former Pennsylvania governor Tom Reed said the count was fair.", "Reed", "USA"),
        # A surname every known holder of which is of one country.
        ("Clinton said the emails were fine.", "Clinton", "USA"),
        # A domestic role in a story whose places are American.
        (
            "Police chief Kerr Putney said calm had returned to Charlotte, North Carolina, "
            "and to Raleigh, North Carolina.",
            "Putney",
            "USA",
        ),
    ],
)
def test_evidence_in_the_text_gives_the_country(
    nlp: Language, text: str, word: str, country: str
) -> None:
    parsed, actors = resolve(nlp, text)
    assert at(parsed, actors, word).country == country


@pytest.mark.parametrize(
    ("text", "word", "wrong"),
    [
        # Not a party tag: an agency's name in brackets.
        ("Tom Hale (Reuters) said the bill would pass.", "Hale", "USA"),
        # Visiting a body is not leading it.
        ("Ann Fowler, who visited the FBI last year, said the plan was late.", "Fowler", "USA"),
        # A supporter is not staff: he may be of any country.
        ("Trump supporter Jo Reed said the polls were wrong.", "Reed", "USA"),
        # A party label in a story about another country is not American.
        (
            "The Republican lawmaker said the vote was fair, speaking in Paris and in France.",
            "lawmaker",
            "USA",
        ),
        # The same words without the party label.
        ("Donor Tom Ellis said London must act, speaking in London and Leeds.", "Ellis", "GBR"),
        # A state named like a country, and a name alone, give nothing.
        ("Mr Zeller said the plan was late.", "Zeller", "USA"),
    ],
)
def test_no_evidence_no_country(nlp: Language, text: str, word: str, wrong: str) -> None:
    parsed, actors = resolve(nlp, text)
    assert at(parsed, actors, word).country != wrong


def test_a_known_name_inside_a_nickname_is_that_person(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "Crooked Hillary Clinton said she would win.")
    found = at(parsed, actors, "Clinton")
    assert (found.name, found.country) == ("Hillary Clinton", "USA")


def test_state_names_leave_out_names_two_countries_use() -> None:
    names = state_names()
    assert names["ohio"] == "USA" and names["new york"] == "USA" and names["ontario"] == "CAN"
    assert "georgia" not in names  # a country's name: read by context instead
    assert "punjab" not in names  # an Indian state and a Pakistani province


def test_a_shorter_known_name_inside_a_longer_name_is_not_that_name(nlp: Language) -> None:
    # "Democratic Party" (the US party) is in the dictionary; "Social Democratic Party" is
    # another party, here Germany's.
    parsed, actors = resolve(nlp, "Germany's ruling Social Democratic Party said it would vote no.")
    found = at(parsed, actors, "Party")
    assert (found.name, found.country) == ("Social Democratic Party", "DEU")
    # A country or people left out of the name is fine: the German Foreign Ministry.
    parsed, actors = resolve(nlp, "The German Foreign Ministry said Berlin would wait.")
    assert at(parsed, actors, "Ministry").country == "DEU"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Kenyan Foreign Office said it condemned the raid.", "KEN"),
        ("Kenya's Foreign Office said it condemned the raid.", "KEN"),
        ("The British Foreign Office said it condemned the raid.", "GBR"),
        ("Britain's Foreign Office said it condemned the raid.", "GBR"),
    ],
)
def test_a_generic_body_name_belongs_to_the_state_the_text_gives(
    nlp: Language, text: str, country: str
) -> None:
    # "Foreign Office" alone is the UK's in the dictionary; another state's words before it
    # make it that state's body.
    parsed, actors = resolve(nlp, text)
    assert at(parsed, actors, "Office").country == country
