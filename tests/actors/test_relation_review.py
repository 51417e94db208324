"""Review of round 14's relation places, US-state offices and rebel armies: a people's
adjective before "partner" or "neighbour", or before an owned relation noun ("his Spanish
rival"), is the party's own; "Georgia's attorney" alone is no
US state's office; an armed body the gazetteer knows keeps its country and role even where its
name holds another state's name or a word of liberation. Sentences composed for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import ActorRecord

Records = Callable[[str], list[ActorRecord]]


# --- a people's adjective before a described relation noun is the party's own -----------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Nadal beat his Spanish rival Carlos Ruiz in straight sets, the organisers said.",
            "Carlos Ruiz",
            "ESP",
        ),
        ("Her American rival, Jenna Cole, said the race was unfair.", "Jenna Cole", "USA"),
        (
            "Their Russian ally, Colonel Igor Petrov, said the base would stay open.",
            "Igor Petrov",
            "RUS",
        ),
    ],
)
def test_a_peoples_adjective_before_an_owned_relation_is_the_partys_own(
    actor_records: Records, text: str, name: str, country: str
) -> None:
    person = next(r for r in actor_records(text) if r.name == name)
    assert person.country == country


def test_a_peoples_adjective_before_a_bare_ally_still_gives_no_country(
    actor_records: Records,
) -> None:
    text = "Viktor Marsh, a close Russian ally, said the sanctions were illegal."
    person = next(r for r in actor_records(text) if r.name == "Viktor Marsh")
    assert person.country is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Marco Rossi, an Italian partner at KPMG, said the audit was clean.",
            "Marco Rossi",
            "ITA",
        ),
        (
            "Her French partner, Luc Bernard, said the couple would marry in June.",
            "Luc Bernard",
            "FRA",
        ),
        (
            "Their Polish neighbour, Piotr Zielinski, said he heard two shots.",
            "Piotr Zielinski",
            "POL",
        ),
        (
            "Hanna Berg, a Swedish partner at the law firm, said the case would settle.",
            "Hanna Berg",
            "SWE",
        ),
    ],
)
def test_a_peoples_adjective_before_partner_is_the_partys_own(
    actor_records: Records, text: str, name: str, country: str
) -> None:
    person = next(r for r in actor_records(text) if r.name == name)
    assert person.country == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sam Carter, Britain's partner in the deal, said the terms were fair.", "Sam Carter"),
        ("Nina Gale, a partner of Paris in the talks, said the terms were fair.", "Nina Gale"),
    ],
)
def test_an_owned_partner_still_gives_no_country(
    actor_records: Records, text: str, name: str
) -> None:
    person = next(r for r in actor_records(text) if r.name == name)
    assert person.country is None


# --- "attorney" alone is no US state's office ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Georgia's attorney at the world court said Russia had broken the convention. "
        "Georgia's foreign minister said Tbilisi would press the case.",
        "Georgia's attorneys told the judges in The Hague that the treaty was broken. "
        "Georgia's foreign minister said Tbilisi would press the case.",
    ],
)
def test_the_countrys_counsel_leaves_georgia_the_country(actor_records: Records, text: str) -> None:
    minister = next(r for r in actor_records(text) if r.name == "Georgia's foreign minister")
    assert minister.country == "GEO"


def test_a_states_attorney_general_still_makes_georgia_the_us_state(
    actor_records: Records,
) -> None:
    text = "Georgia's attorney general said the state would appeal the ruling."
    person = next(r for r in actor_records(text) if r.kind == "person")
    assert person.country == "USA"


# --- an armed body the gazetteer knows keeps its country and role ------------------------------


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "The Sudan People's Liberation Army said it had repelled an attack in Jonglei.",
            "Sudan People's Liberation Army",
            "SSDMIL",
        ),
        (
            "Sudan People's Liberation Army soldiers clashed with cattle raiders near Bor.",
            "Sudan People's Liberation Army soldiers",
            "SSDMIL",
        ),
        (
            "People's Liberation Army troops held drills near the island.",
            "People's Liberation Army troops",
            "CHNMIL",
        ),
        (
            "SPLA-IO forces clashed with the army in Upper Nile.",
            "SPLA-IO forces",
            "SSDREB",
        ),
    ],
)
def test_a_known_armed_body_keeps_the_gazetteers_code(
    actor_records: Records, text: str, name: str, code: str
) -> None:
    body = next(r for r in actor_records(text) if r.name == name)
    assert body.code == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("NATO forces said they had completed the exercise.", "NATO forces", "IGO"),
        (
            "The Free Syrian Army said its fighters had taken the town.",
            "Free Syrian Army",
            "SYRREB",
        ),
        ("Sudanese troops said they had retaken the bridge.", "Sudanese armed forces", "SDNMIL"),
    ],
)
def test_other_forces_keep_their_reading(
    actor_records: Records, text: str, name: str, code: str
) -> None:
    body = next(r for r in actor_records(text) if r.name == name)
    assert body.code == code
