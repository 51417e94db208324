"""A body or title that every state may have, named bare, belongs to the state the story is
about, not to the US body of that name (issue 12, trial 11 kind: "the head of Congress" of a
Venezuelan story coded as the US Congress; a Philippine "Sen." coded USA). Sentences written
for the test."""

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
    return DocumentActors(nlp(text), load_dictionary(), "d1", "2016-05-10").records()


def named(rows: list[ActorRecord], end: str) -> ActorRecord:
    found = [r for r in rows if r.name.endswith(end)]
    assert len(found) == 1, [(r.name, r.country) for r in rows]
    return found[0]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "LIMA (Reuters) - Peru's Congress on Monday rejected the cabinet. Pedro Olaechea, the "
            "president of Congress, said the vote would stand.",
            "Pedro Olaechea",
        ),
        (
            "ASUNCION, Paraguay - Paraguay's lawmakers met in Asuncion on Monday. The head of "
            "the Senate, Luis Vera, said the budget would pass in Paraguay.",
            "Luis Vera",
        ),
    ],
)
def test_a_bare_legislature_of_another_story_is_not_the_us_body(
    nlp: Language, text: str, who: str
) -> None:
    rows = records(nlp, text)
    assert all(r.country != "USA" for r in rows), [(r.name, r.country) for r in rows]
    assert named(rows, who).country != "USA"


def test_a_bare_ministry_in_a_foreign_story_is_not_the_us_department(nlp: Language) -> None:
    rows = records(
        nlp,
        "QUITO, Ecuador - Ecuador's prosecutors charged two officers in Quito on Monday. The "
        "Justice Department said the charges were sound.",
    )
    body = named(rows, "Justice Department")
    assert body.country != "USA" and "United States" not in body.name


@pytest.mark.parametrize(
    "text",
    [
        # The sentence names the US: the US body it is.
        "LIMA (Reuters) - Peru's leaders met in Lima on Monday. U.S. lawmakers said Congress "
        "would vote on aid to Peru.",
        # A story about the United States keeps its own bodies.
        "WASHINGTON - Congress voted on Tuesday in Washington. Lawmakers in Ohio said the vote "
        "was final.",
    ],
)
def test_the_us_body_when_the_text_says_so(nlp: Language, text: str) -> None:
    assert named(records(nlp, text), "Congress").country == "USA"


def test_a_us_honorific_in_a_story_about_another_state_gives_no_usa(nlp: Language) -> None:
    rows = records(
        nlp,
        "MANILA (Reuters) - Filipinos vote on Monday in Manila. Sen. Lito Reyes said he would "
        "stay in the race for the Philippine presidency.",
    )
    assert named(rows, "Lito Reyes").country != "USA"
    rows = records(nlp, "Sen. Jo Fisher of Ohio said the bill would pass in Washington.")
    assert named(rows, "Jo Fisher").country == "USA"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "U.N. Yemen envoy Ismail Ould Cheikh Ahmed said the talks in Kuwait would resume.",
            "Ahmed",
        ),
        ("The EU's Kosovo envoy, Miroslav Lajcak, said the talks would resume.", "Lajcak"),
    ],
)
def test_the_state_an_igo_post_is_about_is_not_its_holders(
    nlp: Language, text: str, who: str
) -> None:
    """Kind: "U.N. Syria envoy X", a UN commission chair on a state: the state is the post's
    subject; the holder serves the body (its code) and takes no country from it."""
    row = named(records(nlp, text), who)
    assert row.country is None and (row.code or "").startswith("IGO")


def test_a_states_own_envoy_to_an_igo_keeps_the_state(nlp: Language) -> None:
    row = named(records(nlp, "Norway's U.N. envoy Mona Juul said the talks would resume."), "Juul")
    assert row.country == "NOR"


def test_a_demonym_before_another_states_group_makes_it_that_states(nlp: Language) -> None:
    """Kind: "the Pakistani Taliban" is no Afghan Taliban (trial 11: three rows AFG)."""
    rows = records(
        nlp,
        "ISLAMABAD (Reuters) - The Pakistani Taliban claimed the bombing of a bus in Quetta on "
        "Monday, the army said.",
    )
    assert not any(r.country == "AFG" for r in rows), [(r.name, r.country) for r in rows]
    assert any("Taliban" in r.name and r.country == "PAK" for r in rows)


def test_one_list_of_nouns_for_states_serves_actors_and_events(nlp: Language) -> None:
    """Code debt of issue 12: the actors' "of many states" nouns and the events' member nouns
    start from one list (``actors.places.STATE_NOUNS``); a plural is read by its lemma."""
    from cablegram.actors.places import STATE_NOUNS
    from cablegram.events.members import MEMBER_NOUNS

    assert STATE_NOUNS <= MEMBER_NOUNS
    rows = records(
        nlp, "The foreign ministers of 12 nations met in Lima on Monday to discuss the crisis."
    )
    ministers = [r for r in rows if "ministers" in r.name]
    assert ministers and all(r.country is None for r in ministers), [
        (r.name, r.country) for r in rows
    ]
