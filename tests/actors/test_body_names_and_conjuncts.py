"""Title words inside bodies' names (``actors.officenames``, ``actors.titlenames``) and an
"and" that joins a body to a titled person (``actors.conjunctruns``). Sentences written for
the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import ActorRecord


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def records(nlp: Language, text: str) -> list[ActorRecord]:
    return DocumentActors(nlp(text), load_dictionary(), "bodies", "2016-03-08").records()


def named(found: list[ActorRecord], name: str) -> ActorRecord:
    hits = [r for r in found if r.name == name]
    assert len(hits) == 1, [(r.name, r.kind) for r in found]
    return hits[0]


def test_office_of_a_title_is_one_body_named_in_full(nlp: Language) -> None:
    found = records(
        nlp,
        "The Governor's Office said the roads would reopen on Friday. "
        "The Belgian Federal Prosecutor's Office said two men were charged. "
        "Talks between the White House and the Prime Minister's Office resumed.",
    )
    assert not [r for r in found if r.name == "Office"]
    assert named(found, "Governor's Office").kind == "organization"
    assert named(found, "Belgian Federal Prosecutor's Office").country == "BEL"
    assert named(found, "Prime Minister's Office").kind == "organization"


def test_named_possessor_stays_another_actor(nlp: Language) -> None:
    # "Blair's Coalition ...": the possessor is a person, not part of the body's name.
    found = records(nlp, "Senator Dick Durbin's office said the vote would be held on Monday.")
    assert not [r for r in found if "Durbin's" in r.name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("General Motors said it would recall 40,000 cars.", "General Motors"),
        (
            "Doctors at Massachusetts General Hospital said the patient was stable.",
            "Massachusetts General Hospital",
        ),
        (
            "Five wounded men were taken to the Lagos General Hospital, police said.",
            "Lagos General Hospital",
        ),
    ],
)
def test_title_inside_a_name_gives_no_role(nlp: Language, text: str, name: str) -> None:
    body = named(records(nlp, text), name)
    assert body.kind == "organization"
    assert body.role != "MIL"


def test_capital_and_title_before_a_hospital_make_no_person(nlp: Language) -> None:
    found = records(
        nlp,
        '"There was a clash just outside the Port Moresby General Hospital," an official said.',
    )
    assert not [r for r in found if r.kind == "person" and r.name == "Hospital"]


@pytest.mark.parametrize(
    ("text", "surname", "country"),
    [
        (
            "Talks between the Kremlin and Prime Minister Justin Trudeau stalled last week.",
            "Trudeau",
            "CAN",
        ),
        (
            "Ties between the Obama White House and President Xi Jinping improved in March.",
            "Jinping",
            "CHN",
        ),
    ],
)
def test_body_joined_by_and_gives_no_country(
    nlp: Language, text: str, surname: str, country: str
) -> None:
    person = [r for r in records(nlp, text) if r.kind == "person" and r.name.endswith(surname)]
    assert len(person) == 1
    assert person[0].country == country
    assert not person[0].code or person[0].code.startswith(country)


def test_and_inside_a_title_still_joins(nlp: Language) -> None:
    found = records(
        nlp, "AU Peace and Security Commissioner Smail Chergui said the troops would stay."
    )
    chergui = [r for r in found if r.name.endswith("Chergui")]
    assert len(chergui) == 1 and chergui[0].code == "IGOAFRAFU"


def test_body_name_tagged_as_a_person_is_the_body(nlp: Language) -> None:
    # ``body_tagged_person``: the recogniser tags "Obama White House" as a person here.
    found = DocumentActors(
        nlp(
            "Ties between the Obama White House and President Xi Jinping improved in March, "
            "aides said."
        ),
        load_dictionary(),
        "bodies",
        "2015-04-17",
    ).records()
    assert not [r for r in found if r.kind == "person" and "White House" in r.name]
    house = named(found, "White House")
    assert house.kind == "organization" and house.country == "USA"
    assert [m.text for m in house.mentions] == ["the Obama White House"]
    assert named(found, "Xi Jinping").country == "CHN"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Lawyers in the Trump Justice Department argued the ban was legal.",
            "United States Department of Justice",
        ),
        (
            "Aides in the Clinton State Department wrote the cables.",
            "United States Department of State",
        ),
    ],
)
def test_body_after_a_known_persons_name_is_the_body(nlp: Language, text: str, body: str) -> None:
    # Tagged ORG with the person's name inside: the body of that person's administration.
    found = named(records(nlp, text), body)
    assert found.country == "USA"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Attorney General's Office said it would appeal.", "Attorney General's Office", None),
        (
            "The Ohio Attorney General's Office sued the pharmacy chain.",
            "Ohio Attorney General's Office",
            "USA",
        ),
    ],
)
def test_office_of_a_title_of_two_words_is_named_in_full(
    nlp: Language, text: str, name: str, country: str | None
) -> None:
    body = named(records(nlp, text), name)
    assert body.kind == "organization" and body.country == country
    assert not [r for r in records(nlp, text) if r.name == "General's Office"]


@pytest.mark.parametrize(
    "text",
    [
        "The Inspector General's Office said the audit was finished.",
        "Auditors from the Army's Office of Inspector General checked the accounts.",
    ],
)
def test_title_ending_in_general_is_no_military_office(nlp: Language, text: str) -> None:
    bodies = [r for r in records(nlp, text) if "Inspector General" in r.name]
    assert len(bodies) == 1 and bodies[0].role != "MIL"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("King Fahd Medical Center said the pilgrims were stable.", "King Fahd Medical Center"),
        ("Queen Alia Hospital said the boy was recovering.", "Queen Alia Hospital"),
    ],
)
def test_title_before_a_bodys_name_is_part_of_it(nlp: Language, text: str, name: str) -> None:
    found = records(nlp, text)
    body = named(found, name)
    assert body.kind == "organization" and body.role is None and body.title is None
    assert not [r for r in found if r.kind == "person"]


@pytest.mark.parametrize(
    ("text", "surname", "country"),
    [
        (
            "Canadian Energy and Mines Minister Paul Larsen said the pipeline would be built.",
            "Larsen",
            "CAN",
        ),
        (
            "Chilean Labour and Social Security Minister Ana Soto said wages would rise.",
            "Soto",
            "CHL",
        ),
    ],
)
def test_and_inside_a_title_keeps_the_country(
    nlp: Language, text: str, surname: str, country: str
) -> None:
    person = [r for r in records(nlp, text) if r.kind == "person"]
    assert [r.name.split()[-1] for r in person] == [surname]
    assert person[0].country == country


def test_chairman_and_chief_executive_is_one_title(nlp: Language) -> None:
    found = records(nlp, "Tesla Chairman and Chief Executive Elon Musk said the plant would open.")
    assert [r.name for r in found if r.kind == "person"] == ["Elon Musk"]


def test_possessor_that_is_a_body_names_no_office(nlp: Language) -> None:
    # A body's possessive ("the Court's", "the Navy's") owns a place or unit: no new body.
    found = records(nlp, "Mourners filed through the Supreme Court's Great Hall on Friday.")
    assert not [r for r in found if "Great Hall" in r.name]
