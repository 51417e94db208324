"""Trial-18 kinds (issue 11, round 16): a measure eased or scrapped is no new SANCTION, leaving
a pact rejects it, a missile fired toward a sea or over a land strikes no one and a sea is no
party, and a speaker's accusation the parser joined to the clause it reports is the
speaker's. Sentences written for the tests; each first group fails without its rule, each
second group guards the rule's limits."""

from __future__ import annotations

import pytest

from cablegram import api
from cablegram.records import Event

DAY = "2019-05-10"  # a Friday


def _code(text: str) -> list[Event]:
    """The events of a text, through cleaning and the shipped actor dictionary."""
    return list(api.extract(text, DAY).events)


def _types(events: list[Event]) -> set[str]:
    return {e.event_type for e in events}


def _of(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.event_type == event_type]


# -- reversed-measure: a sanction lifted, relaxed, scrapped or suspended --------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury relaxed sanctions on Sudan's banking sector.",
        "Australia scrapped its tariffs on Chinese barley on Tuesday.",
        "The arms embargo on Somalia was dropped by the Security Council.",
        "Ottawa suspended sanctions on two Venezuelan ministers for six months.",
        "Brussels rolled back the sanctions against Minsk last month.",
        "The Treasury amended its sanctions on a Russian aluminium maker on Friday.",
    ],
)
def test_a_measure_eased_or_scrapped_is_no_sanction(text: str) -> None:
    assert not _of(_code(text), "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "Brussels will keep its arms embargo on Minsk, the ministers said.",
        "Washington maintained its embargo on Havana for another year.",
    ],
)
def test_a_measure_kept_is_no_new_sanction_nor_a_threat(text: str) -> None:
    assert not _types(_code(text)) & {"SANCTION", "THREATEN"}, text


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury imposed sanctions on Sudan's central bank on Monday.",
        "Australia imposed tariffs on Chinese barley on Tuesday.",
        "The European Union tightened sanctions on Belarus.",
    ],
)
def test_a_measure_imposed_is_still_a_sanction(text: str) -> None:
    assert _types(_code(text)) & {"SANCTION", "COERCE"}, text


@pytest.mark.parametrize(
    "text",
    [
        "Canada lifted its sanctions on Myanmar on Wednesday.",
        "Japan waived its sanctions on Iranian oil buyers on Monday.",
        "Norway removed its sanctions on Zimbabwe last year.",
    ],
)
def test_easing_a_sanction_is_a_retreat_not_a_sanction(text: str) -> None:
    """CAMEO 085 "ease economic sanctions" is PLOVER RETREAT (economic)."""
    events = _code(text)
    assert _types(events) == {"RETREAT"}, events


# -- withdrawal-from-pact: leaving a pact is a REJECT, leaving talks a SANCTION ------------


@pytest.mark.parametrize(
    "text",
    [
        "Moscow pulled Russia out of the missile treaty in 2019.",
        "Brazil withdrew from the climate accord on Monday.",
        "The new government abandoned the ceasefire agreement with the rebels.",
        "Japan left the whaling convention last year.",
        "The president tore up the trade deal with Mexico.",
    ],
)
def test_leaving_a_pact_rejects_it(text: str) -> None:
    types = _types(_code(text))
    assert "REJECT" in types, text
    assert not types & {"SANCTION", "AGREE", "RETREAT"}, text


def test_the_side_pulled_out_is_no_target() -> None:
    events = _of(_code("Moscow pulled Russia out of the missile treaty in 2019."), "REJECT")
    assert events and all(e.target is None for e in events), events


def test_a_pact_left_long_ago_keeps_its_own_coarse_date() -> None:
    events = _of(_code("Brazil withdrew from the climate accord two years ago."), "REJECT")
    assert events and all(e.date != DAY for e in events), events
    assert all(e.date is None or e.date_precision in ("year", "month") for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition withdrew from the talks with the government on Friday.",
        "Qatar pulled out of the negotiations in Doha.",
    ],
)
def test_leaving_talks_still_halts_them(text: str) -> None:
    assert "SANCTION" in _types(_code(text)), text


def test_leaving_a_country_is_still_a_retreat() -> None:
    assert _types(_code("The United States left Iraq in 2011.")) == {"RETREAT"}


# -- weapon-test and named-water: launches toward a sea or over a land ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired three cruise missiles toward the Yellow Sea on Monday.",
        "Pyongyang launched a ballistic missile over Japan on Tuesday.",
        "Iran fired two missiles towards the Gulf of Oman.",
        "Pyongyang launched a rocket that flew over the island of Honshu on Saturday.",
        "North Korea fired two projectiles to the sea on Thursday.",
    ],
)
def test_a_launch_toward_a_sea_or_over_a_land_is_no_assault(text: str) -> None:
    events = _code(text)
    assert not _of(events, "ASSAULT"), events


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two short-range missiles into the Sea of Japan on Sunday.",
        "China fired missiles into the South China Sea on Wednesday.",
        "Iran fired two missiles towards the Gulf of Oman.",
    ],
)
def test_a_named_sea_is_no_target(text: str) -> None:
    events = _code(text)
    assert events, text
    assert all(e.target is None for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Hamas fired rockets toward Tel Aviv on Monday.",
        "Russia fired missiles at Kyiv overnight, killing two people.",
        "Houthi rebels fired a missile at a Saudi oil tanker in the Red Sea.",
        "Militants fired rockets over the border into Israel on Friday.",
    ],
)
def test_a_launch_at_a_place_or_party_stays_an_assault(text: str) -> None:
    assert "ASSAULT" in _types(_code(text)), text


# -- speakers-joined-act: the speaker accuses, not the subject of the report --------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Baku said Armenian forces had shelled two villages and accused Yerevan of "
            "breaking the truce.",
            "AZE",
        ),
        (
            "Seoul says the North is building new launch pads and accuses Pyongyang of "
            "violating the accord.",
            "KOR",
        ),
        (
            "The Iraqi army said militants fired on its checkpoint and blamed Damascus for "
            "arming them.",
            "IRQ",
        ),
    ],
)
def test_the_speaker_accuses(text: str, country: str) -> None:
    accusations = _of(_code(text), "ACCUSE")
    assert accusations, text
    assert all(e.source is not None and e.source.country == country for e in accusations), (
        accusations
    )


def test_a_joined_act_in_the_reports_own_tense_stays_the_reported_doers() -> None:
    """ "had demanded" goes on with the report ("had attacked"): the rebels demanded."""
    events = _code("The governor said the rebels had attacked a convoy and had demanded a ransom.")
    demands = _of(events, "REQUEST")
    assert demands, events
    assert all(e.source is not None and "rebel" in e.source.name.lower() for e in demands)


# -- naming-time: a year that names the pact or the measure does not date the act ----------


def test_a_year_naming_the_pact_does_not_date_leaving_it() -> None:
    events = _of(_code("Canada pulled out of the 2012 fisheries treaty two years ago."), "REJECT")
    assert events, events
    assert all(e.date is not None and e.date.startswith("2017") for e in events), events


def test_a_year_naming_the_measure_does_not_date_its_lifting() -> None:
    events = _code("The European Union lifted the 2011 arms embargo on Libya on Wednesday.")
    assert events and all(e.date != "2011-01-01" for e in events), events


def test_an_act_inside_a_named_event_keeps_its_year() -> None:
    events = _of(_code("In the 2006 war, Israel bombed Beirut's southern suburbs."), "ASSAULT")
    assert events and all(e.date == "2006-01-01" for e in events), events
