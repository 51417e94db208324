"""Rule ``actors.seizedplaces``: a one-word name the recogniser tags as a person or a body
but that the text uses only as a territory taken or held by force ("rebels overran Kandor",
"the annexation of Velmar") or as the seat of an office ("Kandor's governor") is a place,
not an actor; the same word as a speaker, or a person captured, stays an actor."""

from __future__ import annotations

import pytest
from tests.actors.conftest import Records


def _names(records: Records, text: str) -> set[str]:
    return {r.name for r in records(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels who seized Tal Afar and much of Nineveh in 2014 killed dozens.", "Nineveh"),
        ("The militia occupied Zabadani for two years before the army returned.", "Zabadani"),
        ("Moscow's annexation of Crimea was condemned by the assembly.", "Crimea"),
        ("Nineveh's governor said the roads to the north were open again.", "Nineveh"),
        ("Most Zabadani residents fled as the shelling grew, aid workers said.", "Zabadani"),
        ("Zabadani, located 40km from the capital, was cut off for months.", "Zabadani"),
        ("Zabadani Governor Rami Aswad said the siege was over.", "Zabadani"),
        ("Zabadani's local government said the siege was over.", "Zabadani"),
        (
            "The governor of Zabadani said the siege was over, and Zabadani's residents cheered.",
            "Zabadani",
        ),
    ],
)
def test_seized_or_seat_place_is_no_actor(actor_records: Records, text: str, place: str) -> None:
    assert place not in _names(actor_records, text)


def test_a_seat_keeps_its_office_holder(actor_records: Records) -> None:
    found = {r.name: r.role for r in actor_records("Nineveh's governor said the roads were open.")}
    assert any(r == "GOV" for r in found.values()), found


def test_a_captured_person_stays_an_actor(actor_records: Records) -> None:
    text = "Police captured Kamande in Nairobi after a long search, officials said."
    assert "Kamande" in _names(actor_records, text)
