"""Round-10 kinds of wrong type and wrong argument (issue 11, events/forces.py): armed forces'
acts read as protest (``armed-protest``), a defence's adversary read as its target
(``defended-from``), the place of a record read as its doer (``record-place``). Sentences
written for the test; each group fails without its rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

Resolved = Callable[[str], list[Event]]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers blocked two bridges over the river late on Friday.",
        "Riot police blocked the main road into the capital for hours.",
        "Army troops blocked every highway leading to the airport.",
    ],
)
def test_armed_forces_blocking_roads_restrict_movement(resolved: Resolved, text: str) -> None:
    assert [e.event_type for e in resolved(text)] == ["COERCE"]


def test_armed_forces_on_the_march_hold_no_protest(resolved: Resolved) -> None:
    for text in (
        "The insurgents were on the march until the air force intervened.",
        "Rebel fighters marched toward the coast last week.",
        "Villagers fled ahead of the militants who were on the march toward the dam.",
    ):
        assert not [e for e in resolved(text) if e.event_type == "PROTEST"], text


@pytest.mark.parametrize(
    "text",
    [
        "Protesters blocked two bridges over the river late on Friday.",
        "Off-duty police officers marched in protest against pay cuts.",
    ],
)
def test_civilians_or_a_protest_purpose_stay_protest(resolved: Resolved, text: str) -> None:
    assert [e.event_type for e in resolved(text)] == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "U.S. air strikes helped defend the city from Islamic State.",
        "Chadian troops defended the town from Boko Haram for three days.",
    ],
)
def test_the_adversary_of_a_defence_is_no_target(resolved: Resolved, text: str) -> None:
    events = resolved(text)
    names = {e.target.name for e in events if e.target}
    assert not names & {"Islamic State", "Boko Haram"}, [(e.event_type, e.target) for e in events]


def test_whom_one_backs_against_another_stays_the_target(resolved: Resolved) -> None:
    events = resolved("Germany supported Ukraine against Russian aggression.")
    assert [(e.event_type, e.target.country if e.target else None) for e in events] == [
        ("SUPPORT", "UKR")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "At least 90 people died in Baghdad's worst car bombing in a decade.",
        "Belgium's worst bombing in decades killed 32 people.",
        "Kabul's first suicide bombing of the year killed 12 people.",
    ],
)
def test_the_place_of_a_record_is_no_source(resolved: Resolved, text: str) -> None:
    assert not [e for e in resolved(text) if e.source and e.source.country], [
        (e.event_type, e.source) for e in resolved(text)
    ]


def test_a_plain_possessor_still_names_the_doer(resolved: Resolved) -> None:
    events = resolved("Russia's bombing of the market killed dozens of civilians.")
    assert [e.source.country for e in events if e.source] == ["RUS"]


def test_a_record_act_aimed_at_someone_keeps_its_doer(resolved: Resolved) -> None:
    for text in (
        "Russia's deadliest strike on Kyiv this year killed 20 people.",
        "Boko Haram's deadliest attack this year killed 60 villagers.",
    ):
        events = resolved(text)
        assert [e for e in events if e.source is not None], text


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops cut off the main supply route from Turkey to the city.",
        "The army cut the last supply line linking the rebel town to Jordan.",
    ],
)
def test_cutting_a_route_restricts_movement(resolved: Resolved, text: str) -> None:
    events = resolved(text)
    assert [(e.event_type, e.target) for e in events] == [("COERCE", None)], [
        (e.event_type, e.target) for e in events
    ]


def test_cutting_supplies_stays_a_sanction(resolved: Resolved) -> None:
    events = resolved("Russia cut off gas supplies to Ukraine in January.")
    assert [e.event_type for e in events] == ["SANCTION"]


def test_rebels_blocking_roads_stay_protest(resolved: Resolved) -> None:
    events = resolved("Rebel fighters blocked the roads into the port city on Monday.")
    assert [e.event_type for e in events] == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Pro-Russian separatists shelled the town of Debaltseve overnight.",
        "Pro-Iranian militias attacked a rebel position east of the city.",
    ],
)
def test_an_allegiance_is_not_the_state(resolved: Resolved, text: str) -> None:
    """events/phrases.py ``allegiance-modifier``: whom a party sides with is not its state."""
    events = resolved(text)
    assert not [e for e in events if e.source and e.source.country in ("RUS", "IRN")], [
        (e.event_type, e.source) for e in events
    ]


def test_a_plain_demonym_still_places_the_doers(resolved: Resolved) -> None:
    events = resolved("Russian troops shelled the town of Debaltseve overnight.")
    assert [e.source.country for e in events if e.source] == ["RUS"]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow warned Ankara, a NATO member which shot down a Russian bomber last year.",
        "An EU member state blocked the sanctions package on Monday.",
    ],
)
def test_a_member_of_a_body_is_not_the_body(resolved: Resolved, text: str) -> None:
    """events/junk.py ``member-of-body``."""
    events = resolved(text)
    assert not [e for e in events if e.source and e.source.text in ("NATO", "EU")], [
        (e.event_type, e.source) for e in events
    ]


def test_a_named_member_stays_the_doer(resolved: Resolved) -> None:
    events = resolved("Hungary, an EU member, blocked the sanctions package on Monday.")
    assert [e.source.country for e in events if e.source] == ["HUN"]


@pytest.mark.parametrize(
    "text",
    [
        "He left Paris shortly after the bombing.",
        "Maria Lopez left Caracas with her two children in 2015.",
        "The family left Syria last year and settled in Germany.",
    ],
)
def test_a_person_leaving_a_place_is_no_retreat(resolved: Resolved, text: str) -> None:
    """events/forces.py ``civil-departure``."""
    assert not [e for e in resolved(text) if e.event_type == "RETREAT"]


def test_forces_leaving_a_state_retreat(resolved: Resolved) -> None:
    events = resolved("Russian troops left Georgia in October 2008.")
    assert [e.event_type for e in events] == ["RETREAT"]


def test_a_company_or_a_person_after_leaving_is_no_retreat(resolved: Resolved) -> None:
    for text in (
        "The carmaker left Detroit for Mexico in 2009.",
        "The minister read her messages after leaving Malta on Tuesday.",
    ):
        assert not [e for e in resolved(text) if e.event_type == "RETREAT"], text


def test_a_delegation_walking_out_stays_a_retreat(resolved: Resolved) -> None:
    events = resolved("The Syrian opposition delegation left Geneva on Wednesday.")
    assert [e.event_type for e in events] == ["RETREAT"]


def test_a_singular_relative_clause_is_of_the_last_noun(resolved: Resolved) -> None:
    """events/subjects.py ``singular-relative``: "X and Y, which has agreed" is Y's act."""
    for text, doer in (
        (
            "Japan and the European Union, which has agreed a new aid package, urged Russia "
            "to withdraw.",
            "European Union",
        ),
        (
            "Norway and Sweden, which has signed the accord with Finland, urged Russia to "
            "withdraw.",
            "Sweden",
        ),
    ):
        agrees = [e for e in resolved(text) if e.event_type == "AGREE"]
        assert agrees and all(e.source and doer in e.source.text for e in agrees), [
            (e.source, e.target) for e in agrees
        ]
        assert not [e for e in agrees if e.target and e.target.country in ("JPN", "NOR")]


def test_a_plural_relative_clause_is_of_the_whole_list(resolved: Resolved) -> None:
    text = "France and Germany, which have agreed a joint plan, urged Russia to withdraw."
    agrees = [e for e in resolved(text) if e.event_type == "AGREE"]
    # one pact of two is one record (rule ``one-pact``): the pair is its source and target
    parties = {a.country for e in agrees for a in (e.source, e.target) if a}
    assert len(agrees) == 1 and parties == {"FRA", "DEU"}
