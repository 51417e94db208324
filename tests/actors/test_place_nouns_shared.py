"""Code debt (review rv72 #6): the rule for names the text calls places reads the shared place
nouns (``actors.places.PLACE_NOUNS``), so every noun of that list names a place there too.
Sentences written for the test."""

from __future__ import annotations

from cablegram.actors.places import PLACE_NOUNS
from cablegram.actors.things import placed_names


def test_every_shared_place_noun_names_a_place() -> None:
    for noun in sorted(PLACE_NOUNS):
        text = f"Ferries reached the {noun} of Kelvora on Monday."
        assert "kelvora" in placed_names(text), noun


def test_a_side_holding_a_place_names_it() -> None:
    assert "dorvan" in placed_names("Shells fell on rebel-occupied Dorvan overnight.")
