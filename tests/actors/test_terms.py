"""A known person's dictionary role holds only on the dates of the offices the dictionary
lists for them (``actors.terms``): a former minister or a president between terms keeps
the country without GOV, while a date before the first listed office keeps GOV (offices.csv
lists only top offices); a title the text gives is kept. Sentences written for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.actors.terms import out_of_term
from cablegram.gazetteer.dictionary import ActorDictionary, Entry, Office, load_dictionary
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
        # Before the first listed office: offices.csv lists only top offices, and the
        # person may hold an unlisted one (a foreign minister, a governor) on the date.
        (
            "Fumio Kishida told reporters in Tokyo that the talks with Seoul would resume.",
            "Kishida",
            "2015-06-11",
        ),
        ("Mike Pence signed the state budget bill on Monday.", "Pence", "2015-05-05"),
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
    # Before the first listed office: Trump's offices are declared complete
    # (people_dates.csv), so a 2016 campaign story is out of term too.
    assert out_of_term(dictionary, trump, "2016-05-01") is True
    assert out_of_term(dictionary, trump, "2019-05-01") is False
    assert out_of_term(dictionary, trump, "2023-05-01") is True
    # A person whose static role is not GOV (a legislator) is never touched.
    reid = dictionary.entry("Harry Reid")
    assert reid is not None and reid.role == "LEG"
    assert out_of_term(dictionary, reid, "2016-05-01") is False


def test_only_an_ended_office_puts_a_person_out_of_term() -> None:
    """A small dictionary: a person whose one listed office starts later keeps GOV before
    it (an unlisted office may hold); after the office ended, GOV is withheld."""
    dictionary = ActorDictionary()
    later = Entry("Ana Lindqvist", "person", "SWE", "GOV", "person", "person:ana lindqvist")
    dictionary.add_office(
        later, Office("prime minister", "SWE", "GOV", "2020-01-01", "2024-01-01", "test")
    )
    assert out_of_term(dictionary, later, "2012-06-01") is False
    assert out_of_term(dictionary, later, "2022-06-01") is False
    assert out_of_term(dictionary, later, "2025-06-01") is True
    open_ended = Entry("Per Holm", "person", "SWE", "GOV", "person", "person:per holm")
    dictionary.add_office(
        open_ended, Office("foreign minister", "SWE", "GOV", "2019-01-01", None, "test")
    )
    assert out_of_term(dictionary, open_ended, "2010-01-01") is False
    assert out_of_term(dictionary, open_ended, "2021-01-01") is False


@pytest.mark.parametrize(
    ("text", "surname", "date", "country"),
    [
        # Declared complete: no government office before the first listed one.
        (
            "Donald Trump told a rally in Iowa that he would win the state.",
            "Trump",
            "2016-08-03",
            "USA",
        ),
        (
            "Barack Obama told supporters in Iowa that change was coming.",
            "Obama",
            "2007-12-05",
            "USA",
        ),
        # Dead by the date: no role of any sector, the country kept.
        (
            "Saddam Hussein ordered the invasion of Kuwait, the historian wrote.",
            "Hussein",
            "2016-04-07",
            "IRQ",
        ),
        (
            "Fidel Castro met the visiting ministers in Havana, the paper recalled.",
            "Castro",
            "2017-03-09",
            "CUB",
        ),
        (
            "Hassan Nasrallah once vowed to strike Haifa, the army said.",
            "Nasrallah",
            "2025-01-15",
            "LBN",
        ),
    ],
)
def test_dead_or_not_yet_in_office_keeps_country_only(
    nlp: Language, text: str, surname: str, date: str, country: str
) -> None:
    record = person(nlp, text, surname, date)
    assert record.country == country
    assert record.role is None
    assert record.code == country


@pytest.mark.parametrize(
    ("text", "surname", "date", "role"),
    [
        # Alive on the date (died later): the dictionary role holds.
        (
            "Fidel Castro met the visiting ministers in Havana on Monday.",
            "Castro",
            "2016-03-09",
            "GOV",
        ),
        ("Hassan Nasrallah vowed on Friday to strike Haifa.", "Nasrallah", "2024-09-13", "REB"),
        # Not declared complete: Bill Clinton governed Arkansas before his listed presidency.
        (
            "Bill Clinton signed the state budget in Little Rock on Monday.",
            "Clinton",
            "1991-05-07",
            "GOV",
        ),
    ],
)
def test_alive_or_incomplete_career_keeps_role(
    nlp: Language, text: str, surname: str, date: str, role: str
) -> None:
    assert person(nlp, text, surname, date).role == role


def test_people_dates_name_known_people_with_sources() -> None:
    """Every row of people_dates.csv names a people.csv person, with an ISO death date or a
    declared-complete career whose offices offices.csv lists, and a source page."""
    from cablegram.datafiles import package_csv

    dictionary = load_dictionary()
    for row in package_csv("people_dates.csv"):
        entry = dictionary.entry(row["name"])
        assert entry is not None and entry.kind == "person" and entry.name == row["name"], row
        assert row["died"] or row["offices_complete"] == "yes", row
        assert not row["died"] or len(row["died"]) == 10, row
        if row["offices_complete"]:
            assert row["offices_complete"] == "yes" and dictionary.offices.get(entry.identity)
        assert row["source"].startswith("https://en.wikipedia.org/wiki/"), row
