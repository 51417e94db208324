"""Titles and descriptions merged with the person the text ties them to (issue 12, round 4):
titles with a prepositional complement before the name, definite descriptions of a person or
body named once before, appositions the recogniser tagged as organisations, "the country's",
initials and honorifics in names, and generic ministries after a sentence naming their state.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import ActorRecord


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def resolve(nlp: Language, text: str) -> tuple[Doc, DocumentActors]:
    parsed = nlp(text)
    return parsed, DocumentActors(parsed, load_dictionary(), "doc", "2024-05-01")


def people(actors: DocumentActors) -> list[ActorRecord]:
    return [r for r in actors.records() if r.kind == "person"]


def holder_of(parsed: Doc, actors: DocumentActors, word: str, nth: int = 0) -> ActorRecord:
    """The record whose mentions cover the ``nth`` token written ``word``."""
    token = [t for t in parsed if t.text == word][nth]
    for record in actors.records():
        if any(m.start <= token.idx < m.end for m in record.mentions):
            return record
    raise AssertionError(f"no actor covers {word!r}")


# --- a title with a prepositional complement before the name -----------------------------------


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "UN Special Envoy for Syria Geir Pedersen told the council that talks would resume.",
            "Pedersen",
            "IGOUNO",
        ),
        (
            "AU Special Representative to Somalia James Madeira said the mission would stay.",
            "Madeira",
            "IGOAFRAFU",
        ),
        (
            "EU High Representative for Foreign Affairs Kaja Tamm warned that the bloc would act.",
            "Tamm",
            "IGOEUREEC",
        ),
    ],
)
def test_an_igo_official_with_a_posting_is_one_person_of_the_body(
    nlp: Language, text: str, name: str, code: str
) -> None:
    parsed, actors = resolve(nlp, text)
    (person,) = [p for p in people(actors) if name in p.name]
    # The title is a mention of the person, not an actor of its own.
    assert len(people(actors)) == 1
    assert holder_of(parsed, actors, text.split()[1]) == person
    # The place the office is posted to is not the official's country.
    assert person.country is None
    assert person.code == code


def test_an_of_complement_gives_the_country_and_a_to_complement_does_not(nlp: Language) -> None:
    text = "Foreign Minister of Norway Anne Lindqvist said the talks were useful."
    _, actors = resolve(nlp, text)
    (person,) = people(actors)
    assert person.country == "NOR"
    assert "Foreign Minister" in person.mentions[0].text
    _, actors = resolve(nlp, "U.S. Ambassador to Japan Rahm Emanuel said the visit went well.")
    (person,) = people(actors)
    assert person.country == "USA"


def test_a_title_before_an_honorific_and_the_name_is_theirs(nlp: Language) -> None:
    text = "DHAKA - Home Minister Dr. M. K. Rahman Chowdhury on Sunday rejected the report."
    parsed, actors = resolve(nlp, text)
    (person,) = people(actors)
    assert person.title is not None and "minister" in person.title
    assert holder_of(parsed, actors, "Minister") == person


# --- definite descriptions --------------------------------------------------------------------


def test_a_description_of_the_one_person_named_with_that_office_is_that_person(
    nlp: Language,
) -> None:
    text = (
        "Kenya's interior minister Kipchumba Murkomen met the police chiefs in Nairobi. "
        "The Interior Minister said the curfew would be lifted."
    )
    parsed, actors = resolve(nlp, text)
    assert holder_of(parsed, actors, "Interior") == holder_of(parsed, actors, "Murkomen")


def test_a_description_fitting_two_named_people_stays_a_mention(nlp: Language) -> None:
    text = (
        "Kenya's interior minister Kipchumba Murkomen met Uganda's interior minister Kahinda "
        "Otafiire in Kampala. The Interior Minister said the border would stay open."
    )
    parsed, actors = resolve(nlp, text)
    described = holder_of(parsed, actors, "Interior")
    assert described != holder_of(parsed, actors, "Murkomen")
    assert described != holder_of(parsed, actors, "Otafiire")


def test_a_description_that_says_more_than_a_title_stays_a_mention(nlp: Language) -> None:
    text = (
        "Minister Kipchumba Murkomen visited the camp on Monday. "
        "The head of the delegation said the visit was a success."
    )
    parsed, actors = resolve(nlp, text)
    assert holder_of(parsed, actors, "head") != holder_of(parsed, actors, "Murkomen")


def test_the_body_a_generic_noun_stands_for_when_one_was_named(nlp: Language) -> None:
    one = (
        "Officials at the interior ministry said the figures were false. "
        "The ministry added that police acted lawfully."
    )
    parsed, actors = resolve(nlp, one)
    assert holder_of(parsed, actors, "ministry", 1) == holder_of(parsed, actors, "ministry", 0)
    two = (
        "The interior ministry and the finance ministry disagreed on the figures. "
        "The ministry added that police acted lawfully."
    )
    parsed, actors = resolve(nlp, two)
    third = holder_of(parsed, actors, "ministry", 2)
    assert third not in (
        holder_of(parsed, actors, "ministry", 0),
        holder_of(parsed, actors, "ministry", 1),
    )


# --- appositions and "the country's" ----------------------------------------------------------


def test_an_apposition_names_the_described_person_with_the_country_of_the_story(
    nlp: Language,
) -> None:
    text = (
        "Peru recalled its ambassador on Monday. The country's new president, Juan Carlos "
        "Ortiz Medina, said the decision was final."
    )
    parsed, actors = resolve(nlp, text)
    person = holder_of(parsed, actors, "president")
    assert person == holder_of(parsed, actors, "Medina")
    assert person.country == "PER"


def test_an_apposition_tagged_as_an_organisation_names_a_known_person(nlp: Language) -> None:
    text = (
        "Colombia halted coal sales to Israel on Saturday. The country's leftist president, "
        "Gustavo Petro, later wrote that he had ordered the halt."
    )
    parsed, actors = resolve(nlp, text)
    person = holder_of(parsed, actors, "president")
    assert person == holder_of(parsed, actors, "Petro")
    assert person.country == "COL"
    assert "Gustavo" not in [m.text for m in person.mentions]


def test_the_country_with_two_states_as_subjects_gives_no_country(nlp: Language) -> None:
    text = (
        "Chad and Niger signed the accord on Monday. The country's new president, Idriss "
        "Mahamat Kolle, said it was final."
    )
    parsed, actors = resolve(nlp, text)
    assert holder_of(parsed, actors, "president").country is None


# --- initials and honorifics ------------------------------------------------------------------


@pytest.mark.parametrize(
    "first",
    [
        "Dr. A. K Rahman Chowdhury MP said on Sunday that the talks would resume.",
        "Dr. A.K. Rahman Chowdhury said on Sunday that the talks would resume.",
        "State Minister Dr. A. K. Rahman Chowdhury MP said on Sunday that the talks would resume.",
    ],
)
def test_initials_honorifics_and_post_nominals_make_one_person(nlp: Language, first: str) -> None:
    _, actors = resolve(nlp, first + " Chowdhury added that Dhaka wanted peace.")
    (person,) = people(actors)
    assert person.name.endswith("Rahman Chowdhury")
    assert "MP" not in person.name


# --- a generic ministry after a sentence naming its state -------------------------------------


def test_a_ministry_after_a_sentence_whose_subject_is_a_state_is_that_states(
    nlp: Language,
) -> None:
    text = (
        "Turkey accused Greece of violating its airspace on Tuesday. "
        "The defence ministry said two jets had been intercepted."
    )
    parsed, actors = resolve(nlp, text)
    assert holder_of(parsed, actors, "ministry").country == "TUR"


def test_a_ministry_after_two_states_as_subjects_gets_no_country(nlp: Language) -> None:
    text = (
        "Turkey and Greece traded accusations over the airspace on Tuesday. "
        "The defence ministry said two jets had been intercepted."
    )
    parsed, actors = resolve(nlp, text)
    assert holder_of(parsed, actors, "ministry").country is None


# --- kinds found in fresh articles ------------------------------------------------------------


def test_a_title_and_a_name_glued_into_one_organisation_span_are_one_person(
    nlp: Language,
) -> None:
    text = (
        '"Talks will go on," said Government Spokesman Stavros Kallides. Speaking to '
        "reporters later, Mr. Kallides said the envoy was welcome."
    )
    parsed, actors = resolve(nlp, text)
    person = holder_of(parsed, actors, "Kallides", 1)
    assert person.name == "Stavros Kallides"
    assert holder_of(parsed, actors, "Spokesman") == person


def test_a_description_and_a_name_that_share_a_verb_are_one_person(nlp: Language) -> None:
    text = (
        "The African Union (AU) Special Representative for Sudan and Head of UNAMID, "
        "Ambassador Mahmoud Kebede Tassew has called on the parties to end the fighting."
    )
    parsed, actors = resolve(nlp, text)
    person = holder_of(parsed, actors, "Tassew")
    assert holder_of(parsed, actors, "Representative") == person
    assert person.country is None and person.code == "IGOAFRAFU"


def test_a_posting_in_an_apposition_is_no_nationality(nlp: Language) -> None:
    text = (
        "Pedro Alves, the special representative of the African Union Commission to Mali, "
        "told reporters that the mission had made progress."
    )
    parsed, actors = resolve(nlp, text)
    assert holder_of(parsed, actors, "Alves").country is None


def test_a_body_named_again_without_its_state_is_the_body_named_before(nlp: Language) -> None:
    text = (
        "Japan's Foreign Ministry has protested against the missile test. "
        "The Foreign Ministry said in a statement that the launch was a provocation."
    )
    parsed, actors = resolve(nlp, text)
    again = holder_of(parsed, actors, "Ministry", 1)
    assert again == holder_of(parsed, actors, "Ministry", 0)
    assert again.country == "JPN"


def test_a_body_spokesman_takes_the_country_of_the_body_named_before(nlp: Language) -> None:
    text = (
        "Seoul has summoned the envoy of Japan over the remarks, the Foreign Ministry of South "
        'Korea said on Monday. "This is unacceptable," ministry spokesman Lim Soo-suk said.'
    )
    parsed, actors = resolve(nlp, text)
    assert holder_of(parsed, actors, "Lim").country == "KOR"


@pytest.mark.parametrize(("body", "code"), [("AU", "IGOAFRAFU"), ("UN", "IGOUNO")])
def test_the_official_of_a_body_is_the_one_person_named_for_it(
    nlp: Language, body: str, code: str
) -> None:
    text = (
        f"{body} Special Envoy for the Sahel Amara Diallo met the ministers in Bamako. "
        f"The {body} envoy said the talks had been frank. Diallo left on Tuesday."
    )
    parsed, actors = resolve(nlp, text)
    person = holder_of(parsed, actors, "Diallo")
    assert person.code == code
    assert holder_of(parsed, actors, "envoy") == person


def test_the_official_of_a_body_with_two_of_its_people_named_stays_a_mention(
    nlp: Language,
) -> None:
    text = (
        "UN Special Envoy for the Sahel Amara Diallo met UN aid chief Peter Lindqvist in "
        "Bamako. The UN official said the talks had been frank. Diallo left on Tuesday."
    )
    parsed, actors = resolve(nlp, text)
    diallo = holder_of(parsed, actors, "Diallo")
    lindqvist = holder_of(parsed, actors, "Lindqvist")
    assert diallo.code == lindqvist.code == "IGOUNO"
    assert holder_of(parsed, actors, "official") not in (diallo, lindqvist)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the recogniser stops before the word that heads the name
        (
            "Trade Minister Ousmane Diarra Keita kept his portfolio in the new cabinet.",
            "Ousmane Diarra Keita",
        ),
        # the recogniser splits one name in two
        (
            "Defence Minister Jean Pierre Lacroix Bemba said the army would stay.",
            "Jean Pierre Lacroix Bemba",
        ),
    ],
)
def test_a_name_the_recogniser_cut_in_the_middle_is_one_person(
    nlp: Language, text: str, name: str
) -> None:
    _, actors = resolve(nlp, text)
    (person,) = people(actors)
    assert person.name == name
    assert person.title is not None and person.title.endswith("minister")


def test_a_body_after_for_is_the_persons_and_a_place_after_in_is_where_they_live(
    nlp: Language,
) -> None:
    text = (
        '"Voters know her," said Mark Dolan, chief strategist for the Republican National '
        'Committee. "It is a hard sell," said Ann Ruiz, a real estate developer in Ohio. '
        '"It is unfair," said Lena Park, vice president for policy for the Center for American '
        "Progress, a liberal think tank."
    )
    parsed, actors = resolve(nlp, text)
    assert holder_of(parsed, actors, "Dolan").country == "USA"
    assert holder_of(parsed, actors, "Ruiz").country == "USA"
    # "American" in a body's name is no place the office is posted to.
    assert holder_of(parsed, actors, "Park").country == "USA"


def test_a_title_the_recogniser_took_for_a_name_is_the_next_names(nlp: Language) -> None:
    text = "Denver Mayor Laura Quinn said on Friday that the video should be released."
    parsed, actors = resolve(nlp, text)
    (person,) = people(actors)
    assert person.name == "Laura Quinn"
    assert holder_of(parsed, actors, "Mayor") == person


def test_a_given_name_before_a_middle_initial_and_the_title_complement(nlp: Language) -> None:
    text = "Secretary of State Antony J. Blinken met the Slovak Foreign Minister on Monday."
    parsed, actors = resolve(nlp, text)
    person = holder_of(parsed, actors, "Blinken")
    assert person.name == "Antony Blinken"  # the dictionary's name for "Antony J. Blinken"
    assert holder_of(parsed, actors, "Antony") == person
    # "State" of "Secretary of State" is part of the title, not an actor.
    assert all(r.name != "State" for r in actors.records())
