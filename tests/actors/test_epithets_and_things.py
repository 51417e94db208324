"""Epithets of a named person, offices that give the story's state, spellings of one body, and
names of things that are no actors: each kind on sentences written for the test."""

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


def records(nlp: Language, text: str, date: str | None = None) -> list[ActorRecord]:
    return DocumentActors(nlp(text), load_dictionary(), "doc", date).records()


def holder_of(found: list[ActorRecord], text: str) -> ActorRecord | None:
    """The record with a mention written ``text``, or None when no actor has one."""
    hits = [r for r in found if any(m.text == text for m in r.mentions)]
    assert len(hits) <= 1, text
    return hits[0] if hits else None


def test_a_rank_word_across_a_country_makes_the_top_diplomat(nlp: Language) -> None:
    # On this date the dictionary's US secretary of state is John Kerry.
    found = records(
        nlp,
        "The top U.S. diplomat said on Tuesday that Washington would keep talking.",
        "2016-02-20",
    )
    top = holder_of(found, "The top U.S. diplomat")
    assert top is not None and top.name == "John Kerry"


def test_the_country_leader_is_its_one_named_head(nlp: Language) -> None:
    found = records(
        nlp,
        "Brazilian President Ana Ribeiro met the visiting delegation. The Brazilian leader "
        "said ties were strong.",
    )
    leader = holder_of(found, "The Brazilian leader")
    assert leader is not None and leader.name == "Ana Ribeiro"


def test_the_country_leader_stays_open_between_two_heads(nlp: Language) -> None:
    found = records(
        nlp,
        "Brazilian President Ana Ribeiro met Brazilian Prime Minister Jorge Lima. The "
        "Brazilian leader said ties were strong.",
    )
    leader = holder_of(found, "The Brazilian leader")
    # Neither head: the actor stays the description as written.
    assert leader is not None and leader.name == "Brazilian leader"


def test_a_minister_without_a_country_serves_the_state_of_the_story(nlp: Language) -> None:
    found = records(
        nlp,
        "Turkey detained 200 people on Monday in Ankara and Istanbul. Interior Minister "
        "Kemal Aydin said more arrests would follow across Turkey.",
    )
    minister = holder_of(found, "Interior Minister Kemal Aydin")
    assert minister is not None and minister.country == "TUR"


def test_a_minister_in_a_story_of_two_states_gets_none(nlp: Language) -> None:
    found = records(
        nlp,
        "Turkey and Syria traded blame on Monday. Interior Minister Kemal Aydin said more "
        "arrests would follow.",
    )
    minister = holder_of(found, "Interior Minister Kemal Aydin")
    assert minister is not None and minister.country is None


def test_a_body_written_with_a_plural_word_is_the_same_body(nlp: Language) -> None:
    found = records(
        nlp,
        "Iran's Revolutionary Guards Corps said it tested a missile. The Islamic "
        "Revolutionary Guard Corps added that the test was a success.",
    )
    plural = holder_of(found, "Iran's Revolutionary Guards Corps")
    singular = holder_of(found, "The Islamic Revolutionary Guard Corps")
    assert plural is not None and plural is singular


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The minister said talks failed.\n\nReporting by Jane Roe; Editing by Al Poe", "Jane Roe"),
        ("The minister said talks failed.\n\nWrite to Jane Roe at jane@example.com", "Jane Roe"),
        ("The carrier Harry S. Truman sailed into the Gulf, the Navy said.", "Harry S. Truman"),
        ("He said Shinto shrines were closed on Monday.", "Shinto"),
        ("In his State of the Union, the president said jobs grew.", "his State of the Union"),
        (
            "Netanyahu's aggressive opposition said the deal was bad.",
            "Netanyahu's aggressive opposition",
        ),
    ],
)
def test_names_of_things_and_staff_lines_are_no_actors(
    nlp: Language, text: str, written: str
) -> None:
    assert holder_of(records(nlp, text, "2016-03-07"), written) is None


def test_a_staff_line_needs_names_only(nlp: Language) -> None:
    found = records(nlp, "Reporting by phone, Jane Roe said the town was calm.")
    assert holder_of(found, "Jane Roe") is not None


def test_an_office_with_a_party_word_is_its_one_holder_of_the_era(nlp: Language) -> None:
    # Undated; "President George W. Bush" bounds the era to 2001-2009, when Spain had a
    # conservative and then a Socialist prime minister: the party word leaves one.
    text = (
        "President George W. Bush asked for more troops. Spain's Socialist prime minister "
        "said his soldiers would come home."
    )
    socialist = holder_of(records(nlp, text), "Spain's Socialist prime minister")
    assert socialist is not None and socialist.name == "José Luis Rodríguez Zapatero"
    plain = holder_of(records(nlp, text.replace("Socialist ", "")), "Spain's prime minister")
    assert plain is not None and plain.name not in (
        "José Luis Rodríguez Zapatero",
        "José María Aznar",
    )


def test_a_party_word_that_the_holder_of_the_day_lacks_names_someone_else(
    nlp: Language,
) -> None:
    # On this date Spain's prime minister was a conservative.
    found = records(nlp, "Spain's Socialist prime minister said jobs grew.", "2016-05-01")
    socialist = holder_of(found, "Spain's Socialist prime minister")
    # No Socialist held the office then: the actor stays the description as written.
    assert socialist is not None and socialist.name == "Spain's Socialist prime minister"


def test_a_title_only_one_state_has_names_its_holder_of_the_day(nlp: Language) -> None:
    found = records(
        nlp,
        "Iran's President Hassan Rouhani hailed the deal in Tehran. The Supreme Leader said "
        "Iran would stay wary.",
        "2016-01-17",
    )
    leader = holder_of(found, "The Supreme Leader")
    assert leader is not None and leader.name == "Ali Khamenei"
