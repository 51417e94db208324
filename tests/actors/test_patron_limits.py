"""Limits of the post and patron rules (review of issue 12's rules): an office outside a
state, a topic or language before a post, a campaign's hired staff, a river inside a firm's
name, a clause after an age. Sentences written for the test; each kind has wordings that
must give no country and near misses that keep theirs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

CountryOf = Callable[[str, str], str | None]


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # same_office: an office in a bank, a club, a company or an international body passes
        # between nationals of any state.
        (
            "Dutch banker Karel Visser now runs the World Bank. His predecessor, Tom "
            "Aldridge, said the loans were sound.",
            "Aldridge",
            None,
        ),
        (
            "Spanish coach Carlos Ruiz was sacked by the club on Monday. His successor, Ian "
            "Mott, said the squad was thin.",
            "Mott",
            None,
        ),
        (
            "Ghanaian diplomat Kofi Mensah heads the International Labour Organization. His "
            "deputy, Lars Berg, said the report was late.",
            "Berg",
            None,
        ),
        (
            "Former Danish Prime Minister Lars Holm now leads the alliance. His deputy, Peter "
            "Vance, said the budget was tight.",
            "Vance",
            None,
        ),
        # Near misses: a state's own office keeps its country.
        (
            "French President Paul Morel spoke on Monday. His predecessor, Luc Garnier, said "
            "the reform was needed.",
            "Garnier",
            "FRA",
        ),
        (
            "Mexico's Interior Minister Ana Ruiz resigned on Friday. Her deputy, Jorge Lara, "
            "said the police would stay.",
            "Lara",
            "MEX",
        ),
    ],
)
def test_office_of_a_state_only(
    country_of: CountryOf, text: str, word: str, country: str | None
) -> None:
    assert country_of(text, word) == country


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # post_in_clause: a country's name before a topic noun is the topic.
        (
            "Nina Cole, who is a Syria analyst at the institute, said the truce was fragile.",
            "Cole",
            None,
        ),
        (
            "Dan Frey, who served as the Cuba envoy for Clinton, said the embargo failed.",
            "Frey",
            None,
        ),
        (
            "Eli Moss, who was the Venezuela negotiator for the bank, said talks stalled.",
            "Moss",
            None,
        ),
        # A press post names where it files from.
        (
            "Maya Stern, who was the Beijing correspondent for the paper, said the city was tense.",
            "Stern",
            None,
        ),
        # Near misses: a possessive or a demonym is the post's state.
        (
            "Tom Reed, who served as Canada's envoy to Chile, said the talks were over.",
            "Reed",
            "CAN",
        ),
        (
            "Lia Marsh, who was the Peruvian ambassador in Madrid, said the visit went well.",
            "Marsh",
            "PER",
        ),
    ],
)
def test_topic_is_no_state(
    country_of: CountryOf, text: str, word: str, country: str | None
) -> None:
    assert country_of(text, word) == country


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # staff_of_personal_body: a campaign or a camp hires staff from anywhere.
        (
            "Turkish Prime Minister Ali Demir was reelected. Sam Pike, a strategist for the "
            "Demir campaign, said turnout was high.",
            "Pike",
            None,
        ),
        (
            "Mark Hale, a senior adviser to the Clinton campaign, said the speech worked.",
            "Hale",
            None,
        ),
        # A foreign leader's campaign in a story of another country: hired from anywhere.
        (
            "Israeli Prime Minister Benjamin Netanyahu won again in Washington and New York. "
            "Tom Reid, a pollster for the Netanyahu campaign, said the race was close.",
            "Reid",
            None,
        ),
        # Near miss: the campaign of a leader of the story's own country.
        (
            "Hillary Clinton campaigned in Ohio and Florida. Mark Hale, a senior adviser to the "
            "Clinton campaign, said the speech in Iowa worked.",
            "Hale",
            "USA",
        ),
        # Near misses: an administration's staff are the state's.
        (
            "Mark Hale, a former Obama administration official, said the plan would work.",
            "Hale",
            "USA",
        ),
        (
            "Jo Ward, a spokeswoman for the Obama administration, said the rule would stand.",
            "Ward",
            "USA",
        ),
    ],
)
def test_campaign_staff_no_country(
    country_of: CountryOf, text: str, word: str, country: str | None
) -> None:
    assert country_of(text, word) == country


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # state_country: a river or a sea inside a firm's name names no state.
        (
            "Omar Diaz, a spokesman for the Red Sea Global resort company, said bookings rose.",
            "Diaz",
            None,
        ),
        ("Ella Tran, a spokeswoman for Blue Nile Inc., said the sale was done.", "Tran", None),
        # A province that is not the name's head place.
        (
            "Rob Kline, a professor at Rutgers University-New Brunswick, said the vote was close.",
            "Kline",
            None,
        ),
        # Near misses: a state opening the name, or after its "of", stays.
        (
            "Amy Cho, a professor at the City University of New York, said rents rose.",
            "Cho",
            "USA",
        ),
        ("Lena Park, a professor at New York University, said the plan was costly.", "Park", "USA"),
    ],
)
def test_feature_in_a_name(
    country_of: CountryOf, text: str, word: str, country: str | None
) -> None:
    assert country_of(text, word) == country


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # home_place: a "who" clause of no residence names a place, not a home.
        (
            "Sara Klein, 59, who said the rally in Dayton, Ohio, was loud, left early.",
            "Klein",
            None,
        ),
        ("Ben Ortiz, who watched the parade in Tulsa, Oklahoma, said it was long.", "Ortiz", None),
        # Near misses: a clause of where one lives or grew up.
        (
            "Joe Bloggs, 60, who lives in Leeds, England, said the vote was a shock.",
            "Bloggs",
            "GBR",
        ),
        (
            "Ana Paiva, 41, who grew up in Campinas, Brazil, said prices had doubled.",
            "Paiva",
            "BRA",
        ),
    ],
)
def test_who_clause_home(country_of: CountryOf, text: str, word: str, country: str | None) -> None:
    assert country_of(text, word) == country
