"""Round 15 (issue 11, precision of type, modality and arguments). Sentences written for the
tests: members of each kind, and near misses that must stay as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


@pytest.mark.parametrize(
    "text",
    [
        "Ministers met in Geneva on Thursday and condemned the shelling of the hospital.",
        "Foreign Ministers condemned the bombing of the market on Sunday.",
        "Prime Ministers signed a climate pledge at the summit.",
        "Defence Ministers agreed to hold another round of talks in June.",
    ],
)
def test_title_case_office_holders_are_no_source(resolved: CodeFn, text: str) -> None:
    # actor filter ``unowned-office-holders`` (events/office_holders.py), title case
    assert not [e for e in resolved(text) if e.source is not None]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # near misses: a nationality or a state's name in the title says whose they are
        ("Brazilian Foreign Ministers condemned the bombing of the market.", "BRA"),
        ("Kenya's Ministers condemned the bombing of the market.", "KEN"),
    ],
)
def test_title_case_owned_office_holders_stay(resolved: CodeFn, text: str, country: str) -> None:
    sources = [e.source for e in resolved(text) if e.source is not None]
    assert country in {s.country for s in sources}


@pytest.mark.parametrize(
    "text",
    [
        "A suspected Israeli air strike hit a building in Damascus on Monday.",
        "An alleged Russian missile attack destroyed a school in Kharkiv.",
        "Suspected militants attacked a police station in Peshawar.",
        "Presumed Islamist gunmen killed five soldiers in Mali.",
        "A suspected US drone strike killed four fighters in Yemen.",
    ],
)
def test_a_suspected_doer_is_no_source(resolved: CodeFn, text: str) -> None:
    # actor filter ``suspected-doer`` (events/attributed.py)
    assert not [e for e in resolved(text) if e.source is not None]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # near misses: no hedge, or the hedge on the target's phrase
        ("An Israeli air strike hit a building in Damascus on Monday.", "Israel"),
        ("Israel struck a suspected militant hideout in Gaza.", "Israel"),
        ("Police arrested suspected militants in Peshawar.", "Police"),
    ],
)
def test_an_unhedged_doer_stays(resolved: CodeFn, text: str, source: str) -> None:
    assert source in {e.source.name for e in resolved(text) if e.source is not None}


@pytest.mark.parametrize(
    "text",
    [
        "Thailand called off the regional summit on Tuesday.",
        "Kenya called off the border talks on March 3.",
        "Rebels fired on Sunday.",
    ],
)
def test_a_time_phrase_is_no_prepositional_argument(code: CodeFn, text: str) -> None:
    # events/triggers.py ``_of_time``: "on Tuesday" makes no "call on" or "fire on"
    assert not [e for e in code(text) if e.event_type in ("REQUEST", "ASSAULT")]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # near misses: the preposition takes a party, the time stands beside it
        ("Egypt called on Sudan on Monday to reopen the border.", "REQUEST"),
        ("Troops fired on protesters on Sunday.", "ASSAULT"),
        ("Egypt called for talks on Monday.", "REQUEST"),
    ],
)
def test_a_prepositional_argument_beside_a_time_stays(
    resolved: CodeFn, text: str, event_type: str
) -> None:
    assert event_type in {e.event_type for e in resolved(text)}


@pytest.mark.parametrize(
    "text",
    [
        'Trump said Obama "allowed Crimea and Ukraine to be taken" by Russia.',
        "The senator said the government allowed the border town to be seized by rebels.",
        "Critics said Kenya permitted the island to be annexed.",
    ],
)
def test_an_allowed_loss_is_no_concession(resolved: CodeFn, text: str) -> None:
    # type rule ``allowed-loss`` (events/allowed_losses.py)
    assert "CONCEDE" not in {e.event_type for e in resolved(text)}


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a party letting in or releasing what was asked of it
        "Israel allowed aid trucks to enter Gaza on Monday.",
        "Israel allowed 20 trucks to be delivered into Gaza.",
        "Egypt allowed the prisoners to be released on Sunday.",
    ],
)
def test_an_allowed_delivery_stays_a_concession(resolved: CodeFn, text: str) -> None:
    assert "CONCEDE" in {e.event_type for e in resolved(text)}


@pytest.mark.parametrize(
    "text",
    [
        # pattern ``modal_clause``: the finite twin of "agreed to cooperate", found once
        # "on Wednesday" stopped passing for "agree on"
        "Kenya and Uganda agreed on Wednesday that their countries should reopen the border.",
        "France and Germany agreed that talks would resume in May.",
    ],
)
def test_agreeing_on_a_course_is_agree(code: CodeFn, text: str) -> None:
    assert "AGREE" in {e.event_type for e in code(text)}


def test_agreeing_on_a_fact_is_no_agree(code: CodeFn) -> None:
    # near miss: a that-clause of what is, with no course to take
    assert not code("France and Germany agreed that the economy was weak.")


@pytest.mark.parametrize(
    "text",
    [
        # ``warned-of-another`` (events/forewarned.py ``another_doer``): the act warned of
        # names another party as its doer
        "NATO warned of a Russian invasion of Ukraine.",
        "The European Union warned of an invasion by Russia.",
        "France warned of Iranian attacks on shipping.",
    ],
)
def test_a_warning_of_another_doers_act_is_no_threat(resolved: CodeFn, text: str) -> None:
    assert "THREATEN" not in {e.event_type for e in resolved(text)}


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no doer named, or a punitive act
        "North Korea warned of a nuclear attack.",
        "Russia warned of retaliation against Ukraine.",
    ],
)
def test_a_warning_of_an_unowned_act_stays_a_threat(resolved: CodeFn, text: str) -> None:
    assert "THREATEN" in {e.event_type for e in resolved(text)}
