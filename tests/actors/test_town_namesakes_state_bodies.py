"""Round 14 review (f14a) of i139's ``actors.townnamesakes``: a mayor of a capital in a
story that names one of that state's own bodies ("the Kremlin", "the State Duma", "the
Elysee") is the capital's mayor, even when the country's name never appears; a body of
another state, or no body at all, leaves the namesake reading."""

from __future__ import annotations

import pytest
from tests.actors.conftest import Records


def _found(records: Records, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {r.name: (r.role, r.country) for r in records(text)}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Moscow Mayor Pavel Orlov said two drones were downed near the city. "
            "The Kremlin declined to comment.",
            "Pavel Orlov",
            "RUS",
        ),
        (
            "Moscow Mayor Pavel Orlov told reporters the metro would reopen. "
            "The State Duma is due to debate the budget on Friday.",
            "Pavel Orlov",
            "RUS",
        ),
        (
            "Paris Mayor Claire Dubois said the river would be cleaned by June, "
            "a week after the Elysee announced new funding.",
            "Claire Dubois",
            "FRA",
        ),
    ],
)
def test_capital_mayor_with_a_state_body_named_keeps_the_country(
    actor_records: Records, text: str, name: str, country: str
) -> None:
    assert _found(actor_records, text)[name] == ("GOV", country)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: another state's body, or none, says nothing of the capital.
        (
            "Mayor Dana Pruitt of Athens said the roads would be repaved. "
            "The Kremlin was not mentioned in the council's minutes.",
            "Dana Pruitt",
        ),
        ("Athens Mayor Dana Pruitt said the county fair would open on Friday.", "Dana Pruitt"),
    ],
)
def test_namesake_mayor_without_its_state_body_has_no_country(
    actor_records: Records, text: str, name: str
) -> None:
    assert _found(actor_records, text)[name] == ("GOV", None)
