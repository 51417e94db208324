"""Countries from a post the text gives a person (issue 12): a post held in a relative
clause, a post in a person's administration or campaign, and a home written after an age.
Sentences written for the test, each kind in two wordings, with near misses that must give
no country."""

from __future__ import annotations

from collections.abc import Callable

import pytest

CountryOf = Callable[[str, str], str | None]


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # post_in_clause: a relative clause of holding a post of one state.
        (
            "Tom Reed, who served as U.S. ambassador to Kenya, said the vote was fair.",
            "Reed",
            "USA",
        ),
        ("Lia Marsh, who was Spain's envoy to Peru, said the talks were over.", "Marsh", "ESP"),
        # A US state named like a country is the US state's post.
        ("Dan Price, who served as New Mexico governor, said he would run.", "Price", "USA"),
        # staff_of_personal_body: a staff noun in a person's administration or campaign.
        (
            "Mark Hale, a former Obama administration official, said the plan would work.",
            "Hale",
            "USA",
        ),
        (
            "Mark Hale, a senior aide in the Obama administration, said the speech worked.",
            "Hale",
            "USA",
        ),
        # home_place: an age between the name and the home.
        ("Sara Klein, 59, of Dayton, Ohio, said the rally was loud.", "Klein", "USA"),
        ("Ana Paiva, 41, of Campinas, Brazil, said prices had doubled.", "Paiva", "BRA"),
    ],
)
def test_post_gives_country(country_of: CountryOf, text: str, word: str, country: str) -> None:
    assert country_of(text, word) == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Meeting a post holder is holding no post.
        ("Tom Reed, who met the U.S. ambassador to Kenya, said the vote was fair.", "Reed"),
        # A critic of an administration is none of its staff.
        ("Mark Hale, a critic of the Obama administration, said the plan would fail.", "Hale"),
        # After an age, a clause naming a place says nothing of home.
        ("Sara Klein, 59, said the rally was loud in Dayton, Ohio.", "Klein"),
    ],
)
def test_no_post_no_country(country_of: CountryOf, text: str, word: str) -> None:
    assert country_of(text, word) is None


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # A US state whose name holds a country's ("New Mexico", "New Jersey") is the state's.
        ("New Jersey Gov. Ann Dale said the bridge would reopen.", "Dale", "USA"),
        ("The New Mexico governor, Ray Ortiz, said the budget was balanced.", "Ortiz", "USA"),
        # Near miss: a country whose name is two words stays that country.
        ("New Zealand Prime Minister Kate Bolt said the vote was close.", "Bolt", "NZL"),
        # A dateline the parser took into the title counts after the title's own state.
        (
            "WASHINGTON - Brazilian Finance Minister Caio Souza said the deficit would shrink.",
            "Souza",
            "BRA",
        ),
        (
            "WASHINGTON - Brazilian central bank director Tony Volpon said rates would hold.",
            "Volpon",
            "BRA",
        ),
        # Near miss: a title with no state of its own still takes the dateline's.
        ("MOSCOW - Foreign Minister Ivan Orlov said the talks would resume.", "Orlov", "RUS"),
    ],
)
def test_named_place_and_dateline(
    country_of: CountryOf, text: str, word: str, country: str
) -> None:
    assert country_of(text, word) == country


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # same_office: a successor, predecessor or deputy of a person with a country.
        (
            "Kenya's opposition leader Raila Odinga said the vote was rigged. His deputy, "
            "Jonah Kibet, said the count was late.",
            "Kibet",
            "KEN",
        ),
        (
            "Uganda's President Yoweri Museveni took power in 1986. He overthrew his "
            "predecessor, Peter Okello, in a coup.",
            "Okello",
            "UGA",
        ),
        # Near misses: an ally is no holder of the same office.
        (
            "Zimbabwe's President Robert Mugabe spoke on Monday. Tom Ncube, a longtime ally "
            "of Mugabe, said the vote was fair.",
            "Ncube",
            None,
        ),
        (
            "Vladimir Putin met the press. Ali Hassan, Putin's ally, said the talks were useful.",
            "Hassan",
            None,
        ),
    ],
)
def test_same_office(country_of: CountryOf, text: str, word: str, country: str | None) -> None:
    assert country_of(text, word) == country


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # A state of several words inside an organisation's name gives its country, and the
        # organisation gives it to its staff.
        ("Lena Park, a professor at New York University, said the plan was costly.", "Park", "USA"),
        (
            "Omar Diaz, a farm specialist for North Dakota State University, said yields fell.",
            "Diaz",
            "USA",
        ),
        ("The New Mexico State Police said the two men escaped from a van.", "Police", "USA"),
        # Near miss: a city's name inside an organisation's name says nothing.
        (
            "Lena Park, a researcher at the Santa Fe Institute, said the plan was costly.",
            "Park",
            None,
        ),
    ],
)
def test_state_inside_a_name(
    country_of: CountryOf, text: str, word: str, country: str | None
) -> None:
    assert country_of(text, word) == country
