"""Rule ``actors.agentsnotnationality``: a state or body that acts on a person inside their
apposition ("the exile leader backed by Canada", "a dissident freed by Chile") gives the
person no country; the apposition's own words still do ("a Danish envoy praised by the UN")."""

from __future__ import annotations

import pytest
from tests.actors.conftest import Records


def _people(records: Records, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {r.name: (r.country, r.role) for r in records(text) if r.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tomas Brevik, the exile leader backed by Canada and Japan, urged new talks.",
            "Tomas Brevik",
        ),
        (
            "Maria Santos, a dissident freed by Chile last month, said she would keep writing.",
            "Maria Santos",
        ),
    ],
)
def test_passive_agent_gives_no_country(actor_records: Records, text: str, name: str) -> None:
    country, role = _people(actor_records, text)[name]
    assert country is None
    assert role != "IGO"


def test_apposition_own_words_still_give_the_country(actor_records: Records) -> None:
    text = "Mette Lund, a Danish envoy praised by the United Nations, said the deal held."
    assert _people(actor_records, text)["Mette Lund"][0] == "DNK"
