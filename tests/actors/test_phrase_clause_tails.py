"""Where a noun phrase's words belong: a group named by a noun phrase ends before an "of" that
heads a clause ("vessels of seizing two trawlers" names the vessels; "member of parliament"
keeps its "of"), and a title before a name is the one since the last conjunct ("Foreign
Minister of Chile Pedro Soto", not the Norwegian title before "and"), and a name after the
place an office is posted to holds the office without taking the place for a nationality
("Special Envoy to Libya Maria Ruiz"). Sentences written for the test."""

from __future__ import annotations

import cablegram.api as cg


def test_an_of_clause_is_not_part_of_the_group_name() -> None:
    a = cg.extract(
        "Norway yesterday accused Chilean navy vessels of seizing two trawlers in the fjord.",
        "2021-03-01",
    )
    names = [x.name for x in a.actors]
    assert not any("seizing" in n for n in names), names
    accusations = [e for e in a.events if e.event_type == "ACCUSE"]
    assert accusations and accusations[0].target is not None
    assert "seizing" not in accusations[0].target.name


def test_an_of_complement_stays_in_a_title() -> None:
    a = cg.extract("The member of parliament said the vote was rigged.", "2021-03-01")
    assert [s.speaker.text for s in a.statements if s.speaker] == ["The member of parliament"]


def test_a_title_binds_to_the_name_after_it_not_to_an_earlier_conjunct() -> None:
    a = cg.extract(
        "Foreign Minister of Norway Anna Lind and Foreign Minister of Chile Pedro Soto met "
        "today in Oslo.",
        "2022-04-28",
    )
    countries = {x.name: x.country for x in a.actors if x.kind == "person"}
    assert countries.get("Pedro Soto") == "CHL", countries
    assert countries.get("Anna Lind") == "NOR", countries


def test_a_name_after_the_place_an_office_is_posted_to_holds_the_office() -> None:
    a = cg.extract(
        "The UN Special Envoy to Libya Maria Ruiz said the truce was holding.", "2022-04-28"
    )
    assert [s.speaker.name for s in a.statements if s.speaker] == ["Maria Ruiz"]
    person = next(x for x in a.actors if x.name == "Maria Ruiz")
    assert person.country is None  # posted to Libya, not Libyan
    assert person.role == "IGO"


def test_post_nominal_letters_are_no_part_of_the_name() -> None:
    a = cg.extract(
        "Jane Roe MP said the bill was dead. Ms Roe added that it had no support.", "2022-04-28"
    )
    assert [s.speaker.name for s in a.statements if s.speaker] == ["Jane Roe", "Jane Roe"]
