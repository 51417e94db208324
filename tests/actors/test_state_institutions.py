"""A state's own court or election commission named by its function alone takes the
story's country (issue 12's missing countries: courts and election bodies of a story about
one state). Sentences written for the test, with near misses: no story country, an
international court, a name that is no state body."""

from __future__ import annotations

from tests.actors.conftest import Records

STORY = (
    "Lusaka, Monday. Crowds gathered in Lusaka, Ndola and Kitwe as Zambia waited for the results. "
)


def _countries(records: Records, text: str) -> dict[str, str | None]:
    return {r.name: r.country for r in records(text)}


def test_a_constitutional_court_takes_the_story_country(actor_records: Records) -> None:
    found = _countries(
        actor_records, STORY + "The Constitutional Court rejected the petition on Monday."
    )
    assert found.get("Constitutional Court") == "ZMB"


def test_an_election_commission_takes_the_story_country(actor_records: Records) -> None:
    found = _countries(
        actor_records,
        STORY + "The Central Election Commission said turnout was low in the north.",
    )
    assert found.get("Central Election Commission") == "ZMB"


def test_without_a_story_country_the_court_has_none(actor_records: Records) -> None:
    found = _countries(actor_records, "The Constitutional Court rejected the petition on Monday.")
    assert found.get("Constitutional Court") is None


def test_an_international_court_takes_no_story_country(actor_records: Records) -> None:
    found = _countries(
        actor_records,
        STORY + "The International Criminal Court said it would open an inquiry.",
    )
    assert found.get("International Criminal Court") != "ZMB"
