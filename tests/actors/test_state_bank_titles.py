"""Round 14 review (f14a) of i139's ``actors.privatetitles``: a state's own bank (named
"central", "national", "state", "reserve" or "federal") is no private body, so its governor or
president keeps the title's government role; a commercial bank's president does not."""

from __future__ import annotations

import pytest
from tests.actors.conftest import Records


def _role(records: Records, text: str, name: str) -> str | None:
    return {r.name: r.role for r in records(text)}[name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Central Bank Governor Olu Bakare said inflation would ease, Ghanaian officials "
            "in Accra said.",
            "Olu Bakare",
        ),
        (
            "State Bank President Ivan Sokolov said the currency was stable, officials in "
            "Moscow said.",
            "Ivan Sokolov",
        ),
    ],
)
def test_a_state_banks_head_keeps_the_government_role(
    actor_records: Records, text: str, name: str
) -> None:
    assert _role(actor_records, text, name) == "GOV"


def test_a_commercial_banks_president_is_still_no_government_officer(
    actor_records: Records,
) -> None:
    # Near miss: a bank with no state word stays a private body.
    text = "Harbor Savings Bank President Tom Reyes said lending would grow this year."
    assert _role(actor_records, text, "Tom Reyes") != "GOV"
