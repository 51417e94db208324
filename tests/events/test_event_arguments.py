"""The arguments of coded events, found through the project's own actor resolver.

Each test is one kind of argument phrase, on sentences written for the test: demonym and
organisation modifiers, affiliations, possessors, a pronoun standing for its speaker, a state
named on a sanctioned or attacked group, stative passives and audiences. The assertions are
on source and target countries only, whatever type the coder gives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram.actors.modifiers import modifier_state
from cablegram.records import Event

ResolvedFn = Callable[[str], list[Event]]


def _sources(events: list[Event]) -> set[str | None]:
    return {e.source.country if e.source else None for e in events}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Syrian warplanes bombed rebel positions near Idlib on Sunday.", "SYR"),
        ("Ukrainian drones attacked an oil depot in Belgorod overnight.", "UKR"),
        ("Turkish artillery shelled villages across the border.", "TUR"),
        ("Pakistani jets bombed hideouts in the tribal belt.", "PAK"),
    ],
)
def test_a_demonym_on_a_weapon_or_unit_names_the_state(
    resolved: ResolvedFn, text: str, country: str
) -> None:
    events = resolved(text)
    assert events and _sources(events) == {country}


def test_an_organisation_modifier_names_the_body(resolved: ResolvedFn) -> None:
    events = resolved("European Union foreign ministers condemned the coup in Niger.")
    assert events and {e.source.name for e in events if e.source} == {"EU"}
    events = resolved("NATO jets bombed the bridge.")
    assert events and {e.source.name for e in events if e.source} == {"NATO"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Activists from the Green Party demonstrated near Hamburg.", "Green Party"),
        ("Leaders of the Movement for Democratic Change demonstrated in Harare.", None),
    ],
)
def test_people_act_for_the_body_they_belong_to(
    resolved: ResolvedFn, text: str, name: str | None
) -> None:
    events = resolved(text)
    assert events
    for event in events:
        assert event.source is not None and event.source.kind == "organization"
        assert name is None or event.source.name == name


def test_a_possessive_pronoun_is_its_speakers(resolved: ResolvedFn) -> None:
    events = resolved(
        "Ethiopian officials said on Monday their troops had completed their withdrawal."
    )
    assert events and _sources(events) == {"ETH"}


def test_a_named_possessor_is_the_target(resolved: ResolvedFn) -> None:
    events = resolved("Greece rejected Turkey's demand for new talks.")
    assert [
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    ] == [("GRC", "TUR")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The US imposed sanctions on five Russian banks.", "USA", "RUS"),
        ("Canada imposed sanctions on four Venezuelan firms.", "CAN", "VEN"),
        ("Japan froze the assets of two North Korean trading companies.", "JPN", "PRK"),
    ],
)
def test_a_state_on_a_sanctioned_group_is_the_target(
    resolved: ResolvedFn, text: str, source: str, target: str
) -> None:
    events = resolved(text)
    assert events
    assert {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    } == {(source, target)}


def test_a_demonym_on_something_else_is_no_target(resolved: ResolvedFn) -> None:
    events = resolved("Brazil signed the Argentine-drafted trade protocol on Monday.")
    assert all(e.target is None or e.target.country != "ARG" for e in events)


def test_an_engaged_subject_is_the_source(resolved: ResolvedFn) -> None:
    events = resolved("Sudanese troops were engaged in heavy fighting with rebels near Darfur.")
    assert events and _sources(events) == {"SDN"}
    assert all(e.target is None or e.target.country != "SDN" for e in events)


def test_an_audience_noun_may_act(resolved: ResolvedFn) -> None:
    events = resolved("Turkish journalists demonstrated outside the ministry in Ankara.")
    assert events and _sources(events) == {"TUR"}
    events = resolved("The minister told reporters that Iran must release the sailors.")
    assert all(e.target is None or e.target.role != "MED" for e in events)


def test_an_amount_is_never_an_actor(resolved: ResolvedFn) -> None:
    events = resolved("Russia sent 10,000 Chechen troops to the border.")
    assert all(e.target is None for e in events)


def test_modifier_state_reads_the_gazetteer(events_nlp: Language) -> None:
    doc = events_nlp("Israeli and Georgia troops met Kurds in Kabul.")
    israeli = modifier_state(doc[0])
    assert israeli is not None and (israeli.name, israeli.country) == ("Israel", "ISR")
    assert modifier_state(doc[2]) is None  # a US state as well as a country
    assert modifier_state(doc[5]) is None  # a people, not a state
    kabul = modifier_state(doc[7])
    assert kabul is not None and kabul.country == "AFG"


def _pairs(events: list[Event]) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Washington imposed sanctions on dozens of Iranian shipping firms.", ("USA", "IRN")),
        ("Kenyan police attacked Somali border guards near Mandera.", ("KEN", "SOM")),
        ("Poland summoned a senior Belarusian diplomat on Monday.", ("POL", "BLR")),
    ],
)
def test_a_counted_or_titled_object_names_its_state(
    resolved: ResolvedFn, text: str, pair: tuple[str, str]
) -> None:
    events = resolved(text)
    assert events and _pairs(events) == {pair}


def test_what_is_sent_is_no_target(resolved: ResolvedFn) -> None:
    events = resolved("NATO sent Romanian troops to the exercise.")
    assert all(e.target is None or e.target.country != "ROU" for e in events)


def test_the_one_accused_of_an_act_does_it(resolved: ResolvedFn) -> None:
    events = resolved("Armenia accused Azerbaijani troops of shelling villages in Syunik.")
    assert all(e.source is not None for e in events)
    for event in events:
        if event.event_type == "ACCUSE":
            assert event.source is not None and event.source.country == "ARM"
        else:
            assert event.source is not None and event.source.country == "AZE"


def test_a_group_from_two_states_credits_each(resolved: ResolvedFn) -> None:
    events = resolved("Soldiers from Kyrgyzstan and Tajikistan clashed along the border.")
    assert sorted(e.source.country for e in events if e.source) == ["KGZ", "TJK"]
    assert len({e.event_id for e in events}) == len(events)


def test_people_with_a_demonym_are_a_group_of_that_state(resolved: ResolvedFn) -> None:
    events = resolved("Tunisian landowners staged a protest outside parliament.")
    assert events
    for event in events:
        assert event.source is not None
        assert (event.source.kind, event.source.country) == ("group", "TUN")
    (event,) = resolved("Pakistani jets bombed hideouts in the tribal belt.")
    assert event.source is not None and (event.source.kind, event.source.country) == (
        "state",
        "PAK",
    )


def test_an_ethnic_group_acting_in_a_state_is_of_that_state(resolved: ResolvedFn) -> None:
    events = resolved("Thousands of ethnic Hungarians demonstrated on Sunday in Slovakia.")
    assert events and _sources(events) == {"SVK"}
    events = resolved("Ethnic Uzbeks demonstrated on Sunday.")
    assert all(e.source is None or e.source.country != "SVK" for e in events)
