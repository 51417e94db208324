"""A place before "-based" says where a body sits, not who acts (issue 12's junk rows: a
state listed for "the UK-based Syrian Observatory"): sentences written for the test, with
near misses where the state does act ("US-led", "UK-backed")."""

from __future__ import annotations

from tests.actors.conftest import Records


def _names(records: Records, text: str) -> set[str]:
    return {r.name for r in records(text)}


def test_a_place_before_based_is_no_actor(actor_records: Records) -> None:
    names = _names(
        actor_records,
        "The UK-based Syrian Observatory for Human Rights said 20 people died, and a "
        "Washington-based think tank counted more.",
    )
    assert "United Kingdom" not in names
    assert "United States" not in names


def test_a_state_that_leads_or_backs_stays_an_actor(actor_records: Records) -> None:
    names = _names(
        actor_records,
        "The US-led coalition struck the town, and UK-backed fighters entered it.",
    )
    assert {"United States", "United Kingdom"} <= names
