"""Trial-17 kinds (issue 11, round 14, g17e): a firing told as a launch or drill with no
target, plural office holders the document ties to one body. Sentences written for the
tests; each first group fails without its rule, each second group guards the rule's limits."""

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


# -- weapon-test: a firing told as one of a series of launches, or as a drill -------------


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, Iran fired off three rockets in its second such launch this month.",
        "Pakistan fired two missiles during a military exercise on Tuesday.",
        "Syria fired a rocket in a drill near the border on Sunday.",
    ],
)
def test_a_firing_told_as_a_launch_or_drill_shows_force(text: str) -> None:
    assert _types(_code(text)) == {"MOBILIZE"}, text


@pytest.mark.parametrize(
    "text",
    [
        # aimed, violent, or told as an attack: still an ASSAULT
        "Hamas fired two rockets at Israel in the second such launch this week.",
        "Russia fired missiles during an exercise, killing three soldiers.",
        "Hezbollah fired rockets in an attack on the town on Monday.",
        "Militants fired rockets on Monday.",
    ],
)
def test_a_firing_aimed_or_told_as_an_attack_stays_an_assault(text: str) -> None:
    assert "MOBILIZE" not in _types(_code(text)), text


# -- tied-office-holders: "the ministers" of the one body the document named before ------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "ASEAN foreign ministers met in Manila on Tuesday. "
            "The ministers urged Myanmar to free the detained reporters.",
            "IGOSEAASN",
        ),
        (
            "NATO defence ministers gathered in Brussels on Wednesday. "
            "The ministers also called on Russia to withdraw its troops.",
            "IGOWSTNAT",
        ),
    ],
)
def test_bare_ministers_are_the_one_body_named_before(text: str, code: str) -> None:
    requests = [e for e in _code(text) if e.event_type == "REQUEST"]
    assert requests and requests[0].source is not None, text
    assert requests[0].source.code is not None and requests[0].source.code.startswith(code)


@pytest.mark.parametrize(
    "text",
    [
        # two bodies' ministers named before: tied to neither
        "EU foreign ministers held talks with Russian ministers on Monday. "
        "The ministers urged Iran to free the detained reporters.",
        # nothing named before
        "The ministers urged Myanmar to free the detained reporters.",
        # a sector, not a body
        "Opposition leaders met in Lusaka on Friday. "
        "The leaders urged Zambia to free the detained reporters.",
    ],
)
def test_bare_ministers_not_tied_to_one_body_name_no_one(text: str) -> None:
    for e in _code(text):
        if e.source is not None:
            assert e.source.country or e.source.code, text


# -- body-and-its-official: a body's act retold by the person coded as its own -------------


def test_a_body_act_retold_by_its_official_is_one_act() -> None:
    text = (
        "The European Union agreed on Monday to impose sanctions on Syria. The EU's foreign "
        "policy chief, Federica Mogherini, told reporters in Luxembourg that she had agreed "
        "to impose the sanctions."
    )
    assert len([e for e in _code(text) if e.event_type == "SANCTION"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        # another body's official
        "The European Union agreed on Monday to impose sanctions on Syria. NATO's secretary "
        "general, Jens Stoltenberg, told reporters that he had agreed to impose sanctions.",
        # a further act of the official
        "The European Union agreed on Monday to impose sanctions on Syria. The EU's foreign "
        "policy chief, Federica Mogherini, said she had also agreed to impose sanctions.",
    ],
)
def test_another_body_or_a_further_act_stays_apart(text: str) -> None:
    assert len([e for e in _code(text) if e.event_type == "SANCTION"]) == 2, text
