"""Checks of the dated offices (offices.csv) and the CAMEO codes (organization_codes.csv)."""

from __future__ import annotations

import csv
import io
import itertools
from importlib import resources

from cablegram.actors.codes import is_code
from cablegram.gazetteer.offices import office_title


def _rows(name: str) -> list[dict[str, str]]:
    text = (resources.files("cablegram") / "data" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_every_office_holder_is_a_known_person_with_dates_and_a_source() -> None:
    people = {row["name"]: row for row in _rows("people.csv")}
    for row in _rows("offices.csv"):
        assert row["name"] in people, row
        assert people[row["name"]]["country"] == row["country"], row
        assert office_title(row["office"], row["country"]) == row["office"], row
        assert len(row["start"]) == 10 and (not row["end"] or row["start"] < row["end"]), row
        assert row["source"].startswith("https://en.wikipedia.org/wiki/"), row


def test_terms_of_one_office_do_not_overlap() -> None:
    terms: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for row in _rows("offices.csv"):
        terms.setdefault((row["country"], row["office"]), []).append(
            (row["start"], row["end"] or "9999")
        )
    for office, spans in terms.items():
        spans.sort()
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start, office


def test_organisation_codes_name_known_organisations() -> None:
    names = {row["name"] for row in _rows("organizations.csv")}
    for row in _rows("organization_codes.csv"):
        assert row["name"] in names, row
        assert is_code(row["code"]), row


def test_dated_group_roles_name_a_known_group_and_a_source() -> None:
    groups = {row["name"]: row for row in _rows("organizations.csv")}
    for row in _rows("organization_roles.csv"):
        assert row["name"] in groups, row
        assert groups[row["name"]]["country"] == row["country"], row
        # The undated role is the usual one; the dated row is the exception of a period.
        assert groups[row["name"]]["role"] != row["role"], row
        assert len(row["start"]) == 10 and (not row["end"] or row["start"] < row["end"]), row
        assert row["source"].startswith("https://"), row


def test_no_armed_group_is_coded_as_a_government_without_dates() -> None:
    # An insurgent or militant group is not the government: a group that came to govern
    # ("Taliban") is REB undated, GOV only from the date in organization_roles.csv.
    wrong = [
        row["name"]
        for row in _rows("organizations.csv")
        if row["kind"] == "group" and row["role"] == "GOV"
    ]
    assert wrong == []


def test_dated_person_roles_name_a_known_person_and_a_source() -> None:
    people = {row["name"]: row for row in _rows("people.csv")}
    for row in _rows("people_roles.csv"):
        assert row["name"] in people, row
        assert people[row["name"]]["country"] == row["country"], row
        # The undated role is the usual one (insurgent); the dated row is the exception.
        assert people[row["name"]]["role"] != row["role"], row
        assert len(row["start"]) == 10 and (not row["end"] or row["start"] < row["end"]), row
        assert row["source"].startswith("https://"), row


def test_an_office_party_is_a_family_the_press_names() -> None:
    from cablegram.actors.eraholders import PARTY_WORDS

    for row in _rows("offices.csv"):
        assert row["party"] == "" or row["party"] in PARTY_WORDS.values(), row
