"""Descriptions that agree with the dictionary's dated offices and with the text's names, and
postings to a place that are no nationality (issue 12, trial 11 kinds: Sisi holding Morsi's
description; "Carter" / "Pentagon chief" and "Dak" / "Machar's spokesman" splits; a UN envoy's
apposition left an actor of its own; "EU leaders in Brussels" coded BEL). Sentences written
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


def records(nlp: Language, text: str, date: str) -> list[ActorRecord]:
    return DocumentActors(nlp(text), load_dictionary(), "d1", date).records()


def persons(rows: list[ActorRecord]) -> list[str]:
    return [r.name for r in rows if r.kind == "person"]


@pytest.mark.parametrize(
    ("text", "date", "holder"),
    [
        ("Egypt's president said on Monday that the economy would grow.", "2016-03-07", "Sisi"),
        ("Egypt's president said on Monday that the economy would grow.", "2013-01-07", "Morsi"),
        ("The Iraqi prime minister said the offensive would go on.", "2016-06-01", "al-Abadi"),
        ("The Iraqi prime minister said the offensive would go on.", "2012-06-01", "al-Maliki"),
        ("China's premier told bankers that growth would hold.", "2016-03-07", "Li Keqiang"),
    ],
)
def test_a_description_names_the_holder_on_the_articles_date(
    nlp: Language, text: str, date: str, holder: str
) -> None:
    """The dated dictionary (offices.csv) picks the office's holder on the article's date."""
    assert any(n.endswith(holder) for n in persons(records(nlp, text, date))), persons(
        records(nlp, text, date)
    )


def test_the_holder_the_text_names_outranks_the_dated_one(nlp: Language) -> None:
    """The text names the holder: the description is theirs, whatever the date says."""
    rows = records(
        nlp,
        "Iran's foreign minister said on Monday that talks must go on. Ali Akbar Salehi, the "
        "foreign minister, spoke in Geneva.",
        "2016-03-07",
    )
    assert persons(rows) == ["Ali Akbar Salehi"], persons(rows)


def test_premier_and_prime_minister_are_one_office(nlp: Language) -> None:
    rows = records(
        nlp,
        "Pakistani Prime Minister Nawaz Sharif met the army chief on Monday. Later the "
        "Pakistani premier said the talks had gone well.",
        "2015-03-07",
    )
    assert [p for p in persons(rows) if "premier" in p.lower()] == [], persons(rows)


def test_a_person_set_off_after_a_postings_place_is_the_titles_holder(nlp: Language) -> None:
    rows = records(
        nlp,
        "The U.N. special envoy to Libya, Martin Kobler, arrived in Tripoli on Monday. Kobler "
        "said the talks would resume.",
        "2016-03-07",
    )
    assert [p for p in persons(rows) if "envoy" in p] == [], persons(rows)
    kobler = [r for r in rows if r.name.endswith("Kobler")]
    assert len(kobler) == 1 and kobler[0].country != "LBY"


def test_a_bodys_people_take_no_country_from_where_they_meet(nlp: Language) -> None:
    rows = records(nlp, "NATO ministers met in Warsaw on Monday to discuss the plan.", "2016-03-07")
    ministers = [r for r in rows if "ministers" in r.name]
    assert ministers and all(r.country != "POL" for r in ministers), [
        (r.name, r.country) for r in rows
    ]
