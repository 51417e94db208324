"""Issue 12, round 14: what a phrase says of a country that is not its home. A state's office
owned by a country-named US state ("Georgia's governor"); a state named before "-led" through
the modifier reading's own guard. Sentences composed for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram.actors.modifiers import state_of_text
from cablegram.records import ActorRecord

Records = Callable[[str], list[ActorRecord]]


@pytest.mark.parametrize(
    "text",
    [
        "Georgia's governor said the state would send more troopers to the coast.",
        "Georgia's governor, Lena Marsh, said the state would send more troopers.",
        "The governor of Georgia said the state would open its shelters on Friday.",
        "Georgia's attorney general said the new election law was lawful.",
    ],
)
def test_a_country_named_states_office_is_not_the_countrys(
    actor_records: Records, text: str
) -> None:
    person = next(r for r in actor_records(text) if r.kind == "person")
    assert person.country in (None, "USA")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Georgia's president said the vote in Tbilisi was fair.", "GEO"),
        ("Georgia's prosecutor general said the case in Tbilisi was closed.", "GEO"),
        ("The governor of Georgia's central bank said rates would rise in Tbilisi.", "GEO"),
    ],
)
def test_the_countrys_own_offices_stay_the_countrys(
    actor_records: Records, text: str, country: str
) -> None:
    person = next(r for r in actor_records(text) if r.kind == "person")
    assert person.country == country


def test_a_led_name_shared_with_a_us_state_names_no_state(pipeline: Language) -> None:
    """The text form the event coder reads before "-led" keeps the modifier's guard."""
    assert state_of_text("Georgia", 0, 7) is None
    found = state_of_text("Saudi", 0, 5)
    assert found is not None and found.country == "SAU"


# --- a relation to a place is not a home -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ivan Sorokin, an ally of Moscow, said the referendum was fair.", "Ivan Sorokin"),
        ("Dara Quinn, a rival of Tehran, said the talks had failed.", "Dara Quinn"),
        ("Vantor Holdings, a London-listed mining firm, said its output fell.", "Vantor Holdings"),
        ("Kora Ports, a Chinese-owned port operator, said the terminal would shut.", "Kora Ports"),
    ],
)
def test_a_place_the_party_is_related_to_gives_no_country(
    actor_records: Records, text: str, name: str
) -> None:
    party = next(r for r in actor_records(text) if r.name == name)
    assert party.country is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Ivan Sorokin, a Russian ally of the president, said the vote was fair.",
            "Ivan Sorokin",
            "RUS",
        ),
        (
            "Olaf Brandt, Germany's coalition partner, said the budget would pass.",
            "Olaf Brandt",
            "DEU",
        ),
        (
            "Vantor Holdings, a London-based mining firm, said its output fell.",
            "Vantor Holdings",
            "GBR",
        ),
        (
            "Marta Kovacs, Hungary's envoy to France, said talks would resume.",
            "Marta Kovacs",
            "HUN",
        ),
    ],
)
def test_a_home_beside_a_relation_stays(
    actor_records: Records, text: str, name: str, country: str
) -> None:
    party = next(r for r in actor_records(text) if r.name == name)
    assert party.country == country


def test_a_listed_place_is_no_actor(actor_records: Records) -> None:
    text = "Vantor Holdings, a London-listed mining firm, said its output fell."
    assert not [r for r in actor_records(text) if r.kind == "state"]


# --- armed bodies that fight the state ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "The Free Syrian Army said its fighters had taken the town.",
            "Free Syrian Army",
            "SYRREB",
        ),
        (
            "The Irish Republican Army said it would hand over its weapons.",
            "Irish Republican Army",
            "IRLREB",
        ),
        (
            "The Libyan National Army said its units had reached the airport.",
            "Libyan National Army",
            "LBYREB",
        ),
        (
            "A spokesman for the LNA said its units had reached the airport.",
            "Libyan National Army",
            "LBYREB",
        ),
    ],
)
def test_an_insurgent_army_is_no_states_military(
    actor_records: Records, text: str, name: str, code: str
) -> None:
    body = next(r for r in actor_records(text) if r.name == name)
    assert body.code == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("The Syrian Arab Army said it had retaken the town.", "Syrian Arab Army", "SYRMIL"),
        (
            "The Afghan National Army said it had cleared the valley.",
            "Afghan National Army",
            "AFGMIL",
        ),
        (
            "China's People's Liberation Army said it held drills.",
            "People's Liberation Army",
            "CHNMIL",
        ),
    ],
)
def test_a_states_own_army_stays_its_military(
    actor_records: Records, text: str, name: str, code: str
) -> None:
    body = next(r for r in actor_records(text) if r.name == name)
    assert body.code == code


# --- local law officers' titles -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("County Sheriff Ann Miles said the coast road was closed.", "Ann Miles"),
        ("Sheriff Tom Bradley of Cobb County said deputies arrested two men.", "Tom Bradley"),
        ("Jackson County Sheriff Ruth Ames said the search would resume.", "Ruth Ames"),
    ],
)
def test_a_sheriff_is_a_title(actor_records: Records, text: str, name: str) -> None:
    person = next(r for r in actor_records(text) if r.kind == "person")
    assert person.name == name
    assert person.role == "COP"


def test_a_country_named_states_sheriffs_are_the_states(actor_records: Records) -> None:
    found = actor_records("Georgia's sheriffs said the flooded roads would stay closed.")
    assert "GEO" not in {r.country for r in found}
