"""A known person's dictionary role holds only on the dates of the offices the dictionary
lists for them (``actors.terms``): a candidate before taking office, or a former minister,
keeps the country without GOV; a title the text gives is kept. Sentences written for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.actors.terms import out_of_term
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import ActorRecord


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def person(nlp: Language, text: str, surname: str, date: str | None) -> ActorRecord:
    actors = DocumentActors(nlp(text), load_dictionary(), "terms", date)
    found = [r for r in actors.records() if r.kind == "person" and r.name.endswith(surname)]
    assert len(found) == 1, [r.name for r in actors.records()]
    return found[0]


@pytest.mark.parametrize(
    ("text", "surname", "date"),
    [
        # Before the first term: a campaign.
        (
            "Donald Trump told a rally in Iowa that he would win the caucuses.",
            "Trump",
            "2016-01-20",
        ),
        # Between two terms.
        (
            "Donald Trump said on Tuesday that the midterm results were a warning.",
            "Trump",
            "2022-11-10",
        ),
        # After the last term: a former minister running for president.
        ("Hillary Clinton told voters in Ohio that wages must rise.", "Clinton", "2016-03-02"),
        # A vice president years before the presidency, after the vice-presidency.
        ("Joe Biden said he would decide about running by the summer.", "Biden", "2018-03-02"),
    ],
)
def test_out_of_term_person_keeps_country_not_government(
    nlp: Language, text: str, surname: str, date: str
) -> None:
    record = person(nlp, text, surname, date)
    assert record.country == "USA"
    assert record.role != "GOV"
    assert record.code == "USA"


@pytest.mark.parametrize(
    ("text", "surname", "date"),
    [
        # In office on the date: the dated office gives GOV.
        (
            "Donald Trump told reporters at the White House that trade talks went well.",
            "Trump",
            "2018-03-02",
        ),
        ("Joe Biden told reporters in Kiev that the aid would continue.", "Biden", "2016-01-20"),
        # A later office of another title: Medvedev, prime minister after his presidency.
        (
            "Dmitry Medvedev told the cabinet that the budget would be cut.",
            "Medvedev",
            "2016-03-02",
        ),
        # The text's own title is kept ("Secretary of State Hillary Clinton" in 2010 copy
        # quoted by a later story).
        (
            "In 2010 Secretary of State Hillary Clinton said the talks would go on.",
            "Clinton",
            "2016-03-02",
        ),
    ],
)
def test_in_term_or_titled_person_keeps_government(
    nlp: Language, text: str, surname: str, date: str
) -> None:
    assert person(nlp, text, surname, date).role == "GOV"


def test_undated_document_and_other_roles_left_alone() -> None:
    dictionary = load_dictionary()
    trump = dictionary.entry("Donald Trump")
    assert trump is not None
    assert out_of_term(dictionary, trump, None) is False
    assert out_of_term(dictionary, trump, "2016-05-01") is True
    assert out_of_term(dictionary, trump, "2019-05-01") is False
    # A person whose static role is not GOV (a legislator) is never touched.
    reid = dictionary.entry("Harry Reid")
    assert reid is not None and reid.role == "LEG"
    assert out_of_term(dictionary, reid, "2016-05-01") is False
