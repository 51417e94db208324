"""Positions carried by an event coded on the thing acted on, and attitudes stated with a
noun of worry or disagreement (sentences written for these tests, one kind each)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]


def polarities(found: list[Claim], predicate: str, country: str) -> set[str]:
    return {c.polarity for c in found if c.predicate == predicate and c.actor.country == country}


@pytest.mark.parametrize(
    ("text", "predicate", "country", "polarity"),
    [
        (
            "Russia refused on Monday to extend the agreement that lets ships sail.",
            "extend",
            "RUS",
            "oppose",
        ),
        ("Canada declined to renew the accord with Peru.", "renew", "CAN", "oppose"),
    ],
)
def test_an_event_on_the_thing_acted_on_reads_from_the_sources_attitude(
    claims: Annotate, text: str, predicate: str, country: str, polarity: str
) -> None:
    assert polarities(claims(text), predicate, country) == {polarity}


@pytest.mark.parametrize(
    ("text", "predicate", "country"),
    [
        ("Brazil expressed concern over the decision to expel the diplomats.", "expel", "BRA"),
        ("Chile voiced alarm about plans to expel the diplomats.", "expel", "CHL"),
        (
            "Norway's foreign minister voiced profound disagreement with the proposal to seize "
            "the assets.",
            "seize",
            "NOR",
        ),
        ("Peru expressed disappointment with the decision to expel the diplomats.", "expel", "PER"),
    ],
)
def test_worry_and_disagreement_about_an_act_oppose_it(
    claims: Annotate, text: str, predicate: str, country: str
) -> None:
    assert polarities(claims(text), predicate, country) == {"oppose"}


def test_concern_for_someone_is_no_opposition(claims: Annotate) -> None:
    found = claims("Germany expressed concern for the safety of the hostages.")
    assert "oppose" not in polarities(found, "safety", "DEU")


@pytest.mark.parametrize(
    "text",
    [
        "Some countries are pressing us to go for a truce, Sri Lanka's foreign minister said.",
        "Several European governments are urging us to lift the sanctions, "
        "Hungary's foreign minister said.",
        "The Americans want Baghdad to send troops, the Iraqi defence minister said.",
    ],
)
def test_others_demands_reported_by_a_speaker_are_not_the_speakers(
    claims: Annotate, text: str
) -> None:
    found = claims(text)
    speaker = {"LKA", "HUN", "IRQ"}
    assert not [c for c in found if c.actor.country in speaker and c.polarity == "support"]


def test_a_hyphenated_kind_is_no_object(claims: Annotate) -> None:
    found = claims("Moldova renewed its demand for a no-fly zone over its territory.")
    zones = [c for c in found if c.predicate == "zone" and c.actor.country == "MDA"]
    assert zones and {c.object for c in zones} == {None}
    assert {c.polarity for c in zones} == {"support"}


def test_parts_of_a_territory_make_an_act_on_the_place(claims: Annotate) -> None:
    text = (
        "Jordan voiced strong opposition to Israel's plans to annex parts of the territory "
        "in the Golan."
    )
    found = [c for c in claims(text) if c.predicate == "annex" and c.actor.country == "JOR"]
    assert found and {c.object for c in found} == {None}
    assert {c.polarity for c in found} == {"oppose"}
    assert {dict(c.arguments).get("place") for c in found} == {"Golan"}


def test_saying_in_other_words_is_no_act(claims: Annotate) -> None:
    found = claims(
        "Ecuador refused to renew the accord, complaining that its exports were blocked, "
        "and warned that talks would fail."
    )
    assert not [c for c in found if c.predicate in ("complain", "warn")]
    assert polarities(found, "renew", "ECU") == {"oppose"}


def test_concern_and_disappointment_is_one_attitude_against(claims: Annotate) -> None:
    text = (
        "Chile's president announced his decision to leave the fisheries pact. Peru expressed "
        "concern and disappointment with Chile's decision to exit the fisheries pact."
    )
    assert polarities(claims(text), "exit", "PER") == {"oppose"}


@pytest.mark.parametrize(
    ("text", "country", "predicate"),
    [
        ("Germany said it disagrees with the plan to send troops.", "DEU", "send"),
        ("The minister said France disagreed with the decision to levy tariffs.", "FRA", "levy"),
    ],
)
def test_disagreeing_with_an_act_opposes_it(
    claims: Callable[[str], list[Claim]], text: str, country: str, predicate: str
) -> None:
    found = [c for c in claims(text) if c.actor.country == country and c.predicate == predicate]
    assert found and {c.polarity for c in found} == {"oppose"}


@pytest.mark.parametrize(
    "text",
    [
        "China called for de-escalation in the region, the ministry said.",
        "The minister said Japan supports non-proliferation.",
        "The spokesman said Kenya backs anti-terrorism laws.",
    ],
)
def test_a_turning_prefix_is_not_read_as_the_act_it_turns(
    claims: Callable[[str], list[Claim]], text: str
) -> None:
    found = claims(text)
    turned = {"escalation", "proliferation", "terrorism", "de", "non", "anti", "-"}
    assert not [c for c in found if c.predicate in turned or c.object in turned]


@pytest.mark.parametrize(
    ("text", "country", "predicate"),
    [
        ("Turkey said it would prevent the YPG from expanding its territory.", "TUR", "expand"),
        ("Germany said it would discourage Britain from leaving the union.", "DEU", "leave"),
        ("France said it will deter Russia from attacking its neighbours.", "FRA", "attack"),
        ("Hungary said it would block the EU from imposing sanctions.", "HUN", "impose"),
    ],
)
def test_keeping_someone_from_an_act_opposes_it(
    claims: Callable[[str], list[Claim]], text: str, country: str, predicate: str
) -> None:
    found = [c for c in claims(text) if c.actor.country == country and c.predicate == predicate]
    assert found and {c.polarity for c in found} == {"oppose"}


def test_from_without_anyone_kept_is_no_keeping(claims: Callable[[str], list[Claim]]) -> None:
    found = claims("The minister said Chile will benefit from joining the pact.")
    assert "oppose" not in {c.polarity for c in found if c.actor.country == "CHL"}
