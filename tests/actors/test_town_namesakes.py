"""Round 14 (i139): a capital's name used for a town elsewhere ("Athens, Georgia", "Paris,
Texas", "Mayor X of Athens" in a story naming no Greece) gives no country and no state record;
a country-named US state after a town and a comma is the US state."""

from __future__ import annotations

import pytest
from tests.actors.conftest import Records


def _found(records: Records, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {r.name: (r.role, r.country) for r in records(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mayor Dana Pruitt of Athens said the roads would be repaved by May.", "Dana Pruitt"),
        ("Athens Mayor Dana Pruitt said the roads would be repaved by May.", "Dana Pruitt"),
        ("In Paris, Texas, Mayor Cal Hume said the budget was tight this year.", "Cal Hume"),
    ],
)
def test_mayor_of_a_capital_namesake_has_no_capital_country(
    actor_records: Records, text: str, name: str
) -> None:
    found = _found(actor_records, text)
    assert found[name] == ("GOV", None)
    assert "Greece" not in found and "France" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Athens, Georgia, said the tap water was safe to drink.",
        "Officials in Rome, Ga., said the tap water was safe to drink.",
        "Officials in Gainesville, Georgia, said the tap water was safe to drink.",
    ],
)
def test_town_comma_state_is_no_foreign_state(actor_records: Records, text: str) -> None:
    found = _found(actor_records, text)
    assert found["Officials"][1] is None
    assert not {"Greece", "Italy", "Georgia"} & set(found)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Near misses: the capital is the capital.
        (
            "Paris Mayor Anne Hidalgo said the Games were a success for France.",
            "Anne Hidalgo",
            "FRA",
        ),
        ("Greek officials said Athens Mayor Kostas Dimas would attend.", "Kostas Dimas", "GRC"),
    ],
)
def test_capital_mayor_with_the_country_named_keeps_it(
    actor_records: Records, text: str, name: str, country: str
) -> None:
    assert _found(actor_records, text)[name] == ("GOV", country)


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # Near misses: a list of places, and a capital with its own country after the comma.
        ("The envoy visited Moscow, Georgia and Ukraine last week.", {"Russia", "Georgia"}),
        ("Talks in Tbilisi, Georgia, ended on Friday, officials said.", {"Georgia"}),
    ],
)
def test_lists_and_own_capitals_stay_states(
    actor_records: Records, text: str, states: set[str]
) -> None:
    assert states <= set(_found(actor_records, text))
