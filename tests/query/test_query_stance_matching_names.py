"""Matching a claim to a proposition when the text names things differently (round 14):

- an organisation the proposition names by one of its names ("EU", "UN") is named by its
  document under another ("the European Union", "the U.N."), rule ``organisation-by-any-name``
  (cablegram.query.stance_places.organisation_mentioned); an acronym only as written;
- a place written as a description of a party ("from the Nordic country") names no other
  place, rule ``described-party`` (cablegram.query.propositions_args.described_party).

Sentences and stories written for these tests.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import cablegram.api as cg
from cablegram.query.stance_places import organisation_mentioned


def test_an_organisation_is_mentioned_by_any_of_its_names() -> None:
    text = "The European Union and Chile signed an accord on Friday."
    assert organisation_mentioned("EU", text)
    assert organisation_mentioned("the EU", text)
    assert organisation_mentioned("United Nations", "Officials at the U.N. said so.")
    assert organisation_mentioned("UN", "The United Nations warned of famine.")


def test_near_misses_of_organisation_names() -> None:
    # an acronym is matched as written: "who" is no WHO
    assert not organisation_mentioned("World Health Organization", "He asked who would pay.")
    # another organisation, and a phrase that names none
    assert not organisation_mentioned("EU", "The African Union met in Addis Ababa.")
    assert not organisation_mentioned("Kosovo", "Kosovo declared independence.")
    assert not organisation_mentioned("EU", "Chile and Peru signed an accord.")


@pytest.fixture(scope="module")
def store() -> Iterator[cg.CablegramStore]:
    with tempfile.TemporaryDirectory() as tmp, cg.open(Path(tmp) / "names.db") as opened:
        opened.add(
            "The European Union and Chile concluded a trade accord on Friday after years of "
            "talks. Peru criticised the accord as unfair to its fishermen.",
            "2024-06-07",
            title="Accord concluded",
        )
        opened.add(
            "Chile and Argentina concluded a trade accord on Monday. Bolivia criticised the "
            "accord as unfair to its miners.",
            "2024-06-03",
            title="Another accord",
        )
        yield opened


def _row(store: cg.CablegramStore, proposition: str, code: str) -> str | None:
    result = store.stance(proposition, semantic=False)
    row = next((r for r in result.countries if r.country == code), None)
    return row.stance if row is not None else None


def test_a_story_naming_the_union_in_full_bears_on_the_eu_proposition(
    store: cg.CablegramStore,
) -> None:
    assert _row(store, "approve the EU-Chile trade accord", "PER") == "oppose"


def test_a_story_naming_another_pair_does_not_drift_in(store: cg.CablegramStore) -> None:
    # the Chile-Argentina accord names no European Union: Bolivia takes no position on it
    assert _row(store, "approve the EU-Chile trade accord", "BOL") is None


def _bears(proposition: str, arguments: dict[str, str], sentence: str) -> bool:
    from cablegram.query.propositions_match import bears_on
    from cablegram.query.stance_evidence import country_of, proposition_of

    found = bears_on(
        proposition_of(proposition), "buy", None, arguments, country_of, lambda _: False,
        sentence,
    )  # fmt: skip
    return found is not None


def test_a_place_describing_a_party_names_no_other_place() -> None:
    sentence = "Oslo flatly rejected an American plan to buy Svalbard from the Nordic country."
    assert _bears("the purchase of Svalbard", {"about": "Svalbard", "place": "Nordic"}, sentence)


def test_near_misses_of_a_described_party() -> None:
    # a country named is another place; a description not of a party is a place as before
    named = "Oslo rejected a plan to buy Svalbard from Finland."
    assert not _bears("the purchase of Svalbard", {"about": "Svalbard", "place": "Finland"}, named)
    investors = "Oslo rejected a plan to buy Svalbard from Nordic investors."
    assert not _bears(
        "the purchase of Svalbard", {"about": "Svalbard", "place": "Nordic"}, investors
    )
    # another thing bought from the described country is still not the proposition's
    other = "Oslo rejected a plan to buy Jan Mayen from the Nordic country."
    assert not _bears("the purchase of Svalbard", {"about": "Jan Mayen", "place": "Nordic"}, other)


def test_the_acronym_of_a_named_agreement() -> None:
    from cablegram.query.propositions_names import name_acronym, object_name
    from cablegram.query.stance_evidence import proposition_of

    def acronym(text: str) -> str | None:
        query = proposition_of(text)
        name = object_name(query)
        return name_acronym(query, name) if name is not None else None

    assert acronym("ratify the North American Free Trade Agreement") == "NAFTA"
    assert acronym("ratify the Trans-Pacific Partnership") == "TPP"
    # two words make no acronym a text would write
    assert acronym("leave the Paris Agreement") is None


def _stance_of(text: str, proposition: str) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp, cg.open(Path(tmp) / "acronym.db") as opened:
        opened.add(text, "2017-03-09", title="Trade")
        result = opened.stance(proposition, semantic=False)
        return {r.country: r.stance for r in result.countries if r.country}


def test_a_light_verb_on_the_acronym_bears_on_the_named_agreement() -> None:
    text = (
        "Mexican President Enrique Pena Nieto has vowed to get the NAFTA ratified before "
        "his term ends, though the Senate remains reluctant."
    )
    rows = _stance_of(text, "ratify the North American Free Trade Agreement")
    assert rows.get("MEX") == "support"


def test_near_miss_another_acronym_does_not_bear() -> None:
    text = (
        "Mexican President Enrique Pena Nieto has vowed to get the CPTPP ratified before "
        "his term ends, though the Senate remains reluctant."
    )
    rows = _stance_of(text, "ratify the North American Free Trade Agreement")
    assert "MEX" not in rows
