"""An adverb of time the parser takes into a phrase's edge is no part of an actor's name
(issue 12 kind: "China's foreign ministry later", "Earlier an airport official"). Sentences
written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.base import clean
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Japan's defence ministry later", "Japan's defence ministry"),
        ("Earlier a police official", "police official"),
        ("Meanwhile, the rebels", "rebels"),
        ("Later", "Later"),
    ],
)
def test_clean_drops_edge_adverbs(written: str, name: str) -> None:
    assert clean(written) == name


def test_no_actor_is_named_with_an_adverb(nlp: Language) -> None:
    text = (
        "Japan's defence ministry later said the jets had turned back. Earlier a police "
        "official said the port was closed."
    )
    rows = DocumentActors(nlp(text), load_dictionary(), "d1", "2016-03-07").records()
    names = [r.name.lower() for r in rows]
    assert not any(n.startswith("earlier") or n.endswith("later") for n in names), names


@pytest.mark.parametrize("written", ["I.C.C.", "I.C.C"])
def test_an_acronym_written_with_stops_is_the_acronym(written: str) -> None:
    """Kind (trial 11 split "I.C.C" / "International Criminal Court")."""
    dictionary = load_dictionary()
    found = dictionary.entry(written)
    assert found is not None and found.identity == dictionary.entry("ICC").identity  # type: ignore[union-attr]


def test_a_dotted_acronym_and_the_full_name_are_one_actor(nlp: Language) -> None:
    text = (
        "The International Criminal Court opened an inquiry on Monday. The I.C.C. said the "
        "inquiry would take a year."
    )
    rows = DocumentActors(nlp(text), load_dictionary(), "d1", "2016-03-07").records()
    assert [r.name for r in rows if r.kind == "organization"] == ["International Criminal Court"]


def test_a_given_name_alone_is_the_person_named_in_full(nlp: Language) -> None:
    """Kind (Lao, Thai, Indonesian usage): "Thongloun" after "Thongloun Sisoulith" is he, not
    an organisation of its own (the recogniser tags it one)."""
    text = (
        "Lao Prime Minister Thongloun Sisoulith met Chinese officials on Thursday. Laos state "
        "media made no mention of Thongloun's comments to them."
    )
    rows = DocumentActors(nlp(text), load_dictionary(), "d1", "2016-07-15").records()
    assert not any(r.name == "Thongloun" for r in rows), [r.name for r in rows]
    person = [r for r in rows if r.name == "Thongloun Sisoulith"]
    assert len(person) == 1 and len(person[0].mentions) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Jordan will free Boston Globe correspondent Nadia Kamal, state media said. The Globe "
        "said it had not been told of the release. The Globe correspondent has been held for "
        "300 days.",
        "Police detained Daily Star reporter Omar Haddad in Cairo, his editors said. The Star "
        "said the arrest was unlawful. The Star reporter was freed on Monday.",
    ],
)
def test_a_short_name_with_the_article_is_no_given_name(nlp: Language, text: str) -> None:
    """Kind: a newspaper's or a body's short name written with "the" ("The Globe said") is no
    given name of a description held as a person ("Globe correspondent"): a given name never
    takes the article."""
    rows = DocumentActors(nlp(text), load_dictionary(), "d1", "2016-01-16").records()
    described = [r for r in rows if r.name.endswith(("correspondent", "reporter"))]
    said = [m for r in described for m in r.mentions if text[m.end : m.end + 5] == " said"]
    assert not said, [(r.name, r.mentions) for r in described]
