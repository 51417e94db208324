"""Review f14e of g17e's ``tied-office-holders``: bare "the ministers" tie to the one body
named before only when nothing nearer names other holders and the story has not moved on.
Sentences written for the tests; the first group fails on the merged rule, the second
guards what the rule still reads."""

from __future__ import annotations

import pytest

from cablegram import api
from cablegram.records import Event

DAY = "2019-05-10"  # a Friday


def _sources(text: str) -> list[str | None]:
    events: list[Event] = list(api.extract(text, DAY).events)
    return [e.source.code if e.source is not None else None for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # the noun names its own holders: not the body named before
        "ASEAN foreign ministers met in Manila on Tuesday.\n\n"
        "Later, the ministers of the student movement urged Thailand to hold elections.",
        # a nearer mention names other holders (a sector, a place)
        "EU foreign ministers met in Brussels on Monday.\n\n"
        "On Friday, opposition ministers in Venezuela met in Caracas. "
        "The ministers urged Colombia to close the border.",
        # the story moved on: the body was named two paragraphs back
        "G7 leaders met in Italy on Monday.\n\n"
        "Elsewhere, fighting continued in Sudan, where clashes killed dozens.\n\n"
        "The leaders urged Sudan to agree to a ceasefire.",
    ],
)
def test_bare_holders_not_tied_past_other_holders_or_a_moved_story(text: str) -> None:
    assert not any(c and c.startswith("IGO") for c in _sources(text)), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "ASEAN foreign ministers met in Manila on Tuesday.\n\n"
            "The ministers urged Myanmar to free the detained reporters. "
            "The ministers also called on China to respect the ruling.",
            "IGOSEAASN",
        ),
        (
            "NATO defence ministers gathered in Brussels on Wednesday. "
            "The ministers called on Russia to withdraw its troops.",
            "IGOWSTNAT",
        ),
    ],
)
def test_bare_holders_still_tied_to_the_body_just_named(text: str, code: str) -> None:
    codes = [c for c in _sources(text) if c]
    assert codes and all(c.startswith(code) for c in codes), text


# -- intent_of_another (i137): a noun of the act whose verb's subject is another state's ---


def _agrees(text: str) -> list[str | None]:
    events: list[Event] = list(api.extract(text, DAY).events)
    return [e.source.code if e.source else None for e in events if e.event_type == "AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan said Indian officials would attend the talks in Islamabad.",
        "A Pakistani spokesman said Indian officials would attend the talks in Geneva.",
    ],
)
def test_a_noun_act_of_another_state_told_by_a_teller_is_no_agree(text: str) -> None:
    assert not any(c and c.startswith("IND") for c in _agrees(text)), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Pakistan said it would attend the talks in Geneva.", "PAK"),
        ("The news agency said Indian officials would attend the talks in Geneva.", "IND"),
    ],
)
def test_own_or_press_told_noun_act_stays_an_agree(text: str, code: str) -> None:
    assert any(c and c.startswith(code) for c in _agrees(text)), text


# -- weapon-test (g17e): a launch or exercise OF something else is no test -----------------


def _types(text: str) -> set[str]:
    return {e.event_type for e in api.extract(text, DAY).events}


@pytest.mark.parametrize(
    "text",
    [
        "Iran fired missiles in an exercise of its right to self-defence.",
        "The Houthis fired rockets in the exercise of their right to respond.",
        "Hamas fired rockets during the launch of an Israeli offensive.",
        "Russia fired missiles during the launch of its counteroffensive.",
    ],
)
def test_a_launch_or_exercise_of_something_else_is_no_test(text: str) -> None:
    assert "MOBILIZE" not in _types(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Egypt fired two missiles during an exercise of its navy on Sunday.",
        "Pakistan fired two missiles during a military exercise on Tuesday.",
    ],
)
def test_a_drill_of_a_force_is_still_a_test(text: str) -> None:
    assert _types(text) == {"MOBILIZE"}, text


# -- talks-halted-idiom (i137): talks ended by their outcome are concluded, not halted -----


@pytest.mark.parametrize(
    "text",
    [
        "Georgia put an end to its talks with Turkey with a trade pact.",
        "Peru put an end to its negotiations with Chile with a border treaty.",
    ],
)
def test_talks_ended_by_an_outcome_are_no_sanction(text: str) -> None:
    assert "SANCTION" not in _types(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Kenya put an end to its talks with Somalia on Tuesday.",
        "Brazil pulled the plug on its trade negotiations with Argentina on Monday.",
    ],
)
def test_talks_ended_with_no_outcome_stay_a_sanction(text: str) -> None:
    assert "SANCTION" in _types(text), text
