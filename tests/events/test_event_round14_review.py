"""Review of round 14's argument rules (f134). Sentences written for the tests.

- ``they-the-pair`` (events/pair_pronouns.py): a plural noun in the sentence before, outside
  the joined subject, is a rival antecedent; the "they" is then left to the lookup.
- ``unowned-office-holders`` (events/office_holders.py): office holders whose modifier names
  a sector of society ("opposition leaders", "union leaders") are a body, and stay.
- ``victim-of-condemned-act`` (events/condemned_victims.py): the victim named deeper in the
  aimed-at phrase, and the "of" of an invasion or occupation, are victims too; the attacker
  stays.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Narendra Modi and Shehbaz Sharif criticised the insurgents. "
            "They bombed a police post in Kashmir on Sunday.",
            "ASSAULT",
        ),
        (
            "Justin Trudeau and Joe Biden thanked the mediators. "
            "They signed a water-sharing accord on Friday.",
            "AGREE",
        ),
    ],
)
def test_a_plural_rival_keeps_they_from_the_pair(
    resolved: CodeFn, text: str, event_type: str
) -> None:
    acts = [e for e in resolved(text) if e.event_type == event_type]
    people = {"Narendra Modi", "Shehbaz Sharif", "Justin Trudeau", "Joe Biden"}
    assert not [e for e in acts if e.source and e.source.name in people]


def test_a_plural_of_time_is_no_rival(resolved: CodeFn) -> None:
    # near miss: "for three hours" counts time; "they" is still the pair
    text = (
        "Justin Trudeau and Joe Biden talked for three hours on Monday. "
        "They agreed to resume the border talks."
    )
    agree = [e for e in resolved(text) if e.event_type == "AGREE"]
    assert {a.name for e in agree for a in (e.source, e.target) if a} == {
        "Justin Trudeau",
        "Joe Biden",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leaders rejected the new electoral law on Thursday.",
        "Union leaders rejected the government's wage offer.",
        "Religious leaders denounced the demolition of the old mosque.",
        "Congressional leaders rejected the spending plan.",
    ],
)
def test_office_holders_of_a_sector_stay(resolved: CodeFn, text: str) -> None:
    assert [e for e in resolved(text) if e.source is not None]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a portfolio or a rank names no body
        "Senior ministers rejected the new electoral law on Thursday.",
        "Finance ministers rejected the wage offer.",
    ],
)
def test_office_holders_of_a_portfolio_still_go(resolved: CodeFn, text: str) -> None:
    assert not [e for e in resolved(text) if e.source is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Norway condemned the strike against Iraq's oil terminal.",
        "Finland condemned the invasion of Georgia.",
        "Austria condemned the occupation of Kuwait.",
        "Portugal condemned the war on Libya.",
    ],
)
def test_the_victim_deeper_or_of_an_invasion_is_not_accused(resolved: CodeFn, text: str) -> None:
    blamed = [e for e in resolved(text) if e.event_type in ("ACCUSE", "PROTEST")]
    assert blamed
    assert not [e for e in blamed if e.target and e.target.country in ("IRQ", "GEO", "KWT", "LBY")]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # near misses: the invader named on the act, or an agent, stays the one blamed
        ("Finland condemned Russia's invasion of Georgia.", "RUS"),
        ("Austria condemned the Iraqi occupation of Kuwait.", "IRQ"),
        ("Norway condemned the attack on the oil terminal by Iranian forces.", "IRN"),
        # a hostile measure that is no force is left as it was
        ("Portugal condemned the embargo on Libya.", "LBY"),
    ],
)
def test_the_invader_stays_the_one_blamed(resolved: CodeFn, text: str, accused: str) -> None:
    blamed = [e for e in resolved(text) if e.event_type == "ACCUSE"]
    assert blamed and blamed[0].target and blamed[0].target.country == accused
