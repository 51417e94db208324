"""Rule ``actors.seats``: a local title whose seat the dictionary cannot place ("Kherson Mayor
X") takes no country from the state the document names most, nor from its places (in a war
story often the other side); a placed seat and other titles keep their rules."""

from __future__ import annotations

import pytest
from tests.actors.conftest import Records

from cablegram.actors.seats import seat_before


def _found(records: Records, text: str) -> dict[str, str | None]:
    return {r.name: r.country for r in records(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kherson Mayor Ivan Sokol said 300 homes had burned after Russia began its "
            "shelling of the town.",
            "Ivan Sokol",
        ),
        (
            "Sumy Governor Dmytro Lysak said the roads were cut. Russia has denied it, and "
            "Russia's army said its drills went on.",
            "Dmytro Lysak",
        ),
        (
            "Goma Mayor Jean Kasereka said the camps were full since Rwanda sent its troops. "
            "Rwanda denies it.",
            "Jean Kasereka",
        ),
    ],
)
def test_unplaced_seat_takes_no_country_of_the_story(
    actor_records: Records, text: str, name: str
) -> None:
    found = _found(actor_records, text)
    assert name in found
    assert found[name] is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a title held for no place keeps the story's state, as before
        (
            "Interior Minister Oleh Pavlenko said the roads were cut. Ukraine has asked for "
            "more generators, and Ukraine's government said repairs would take weeks.",
            "Oleh Pavlenko",
            "UKR",
        ),
        # a seat the dictionary or the US city list places is read by its own rules
        (
            "Houston Mayor Lena Ortiz said the city would reopen schools. Texas officials "
            "backed the plan, and the United States said more money would come.",
            "Lena Ortiz",
            "USA",
        ),
        (
            "Ohio Governor Mark Bell said the state would send National Guard troops. The "
            "United States has faced protests, and the United States Congress met on Friday.",
            "Mark Bell",
            "USA",
        ),
    ],
)
def test_placed_or_agreed_seat_keeps_its_country(
    actor_records: Records, text: str, name: str, country: str
) -> None:
    assert _found(actor_records, text)[name] == country


@pytest.mark.parametrize(
    ("words", "title", "seat"),
    [
        ("Kherson Mayor Oleh Pavlenko", "mayor", "Kherson"),
        ("Former Mayor Jan Kowal", "mayor", None),
        ("Deputy Mayor Jan Kowal", "mayor", None),
        ("Mayor Jan Kowal", "mayor", None),
        ("Lower Sava Governor Ana Horvat", "governor", "Lower Sava"),
        ("Jan Kowal", "mayor", None),
        ("in Kyiv. Mayor Jan Kowal", "mayor", None),  # the word before ends a sentence
    ],
)
def test_seat_before_the_title(words: str, title: str, seat: str | None) -> None:
    assert seat_before(words.split(), title.split()) == seat
