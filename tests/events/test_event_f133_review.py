"""Review of the trial-16 kinds (round 14, f133): crowds named by their people and towns of
a state are not placed; storming or walking away from talks halts them; a plug pulled on
talks halts them; an answered strike not yet done is no assault. Sentences written for the
tests; each first group fails on the merged i133 code, each second group guards limits."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.event_type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Kurds demonstrated in Vienna against the offensive.",
        "Kurdish protesters rallied in Stockholm on Sunday.",
        "Hundreds of protesters rallied in Jordan, Minnesota on Sunday.",
        "Dozens of demonstrators marched in Lebanon, Pennsylvania on Friday.",
    ],
)
def test_a_named_people_or_a_town_of_a_state_is_not_placed(resolved: CodeFn, text: str) -> None:
    """``crowd-place`` narrowed: Kurds in Vienna are not Austrians; Jordan, Minnesota is a
    US town."""
    placed = {"AUT", "SWE", "JOR", "LBN"}
    for event in _of(resolved(text), "PROTEST"):
        assert event.source is None or event.source.country not in placed


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Thousands of people marched through the streets of Bogota on Sunday.", "COL"),
        ("Demonstrators rallied outside the parliament in Tbilisi.", "GEO"),
    ],
)
def test_an_unnamed_crowd_is_still_placed(resolved: CodeFn, text: str, country: str) -> None:
    protests = _of(resolved(text), "PROTEST")
    assert protests and protests[0].source is not None
    assert protests[0].source.country == country


@pytest.mark.parametrize(
    "text",
    [
        "The Serbian delegation stormed out of the negotiations with Kosovo.",
        "Iran walked away from the nuclear talks in Vienna.",
        "The opposition walked away from the dialogue with the government.",
        "The United States pulled the plug on negotiations with Venezuela.",
        "The Kremlin pulled the plug on the negotiations with Kyiv.",
    ],
)
def test_storming_or_walking_away_from_talks_halts_them(resolved: CodeFn, text: str) -> None:
    """CAMEO 164: ``walkout-without-talks``, ``withdrawal-from-pact``,
    ``talks-halted-idiom`` (events.halted_talks); no ASSAULT, no CONSULT."""
    events = resolved(text)
    assert _of(events, "SANCTION")
    assert not _of(events, "ASSAULT") and not _of(events, "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "The Russian delegation stormed out of the meeting.",
        "He walked away from the crash unhurt.",
        "The United States pulled the plug on its aid programme.",
    ],
)
def test_storming_out_of_anything_else_codes_nothing(resolved: CodeFn, text: str) -> None:
    events = resolved(text)
    assert not _of(events, "ASSAULT") and not _of(events, "SANCTION")


def test_soldiers_who_storm_a_building_still_assault(resolved: CodeFn) -> None:
    assert _of(resolved("Soldiers stormed the rebel compound in Goma."), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Iran vowed to retaliate against any Israeli strike.",
        "Pakistan vowed to retaliate against future strikes by India.",
    ],
)
def test_a_strike_not_yet_done_is_no_assault(resolved: CodeFn, text: str) -> None:
    """``answered-strike`` narrowed: the vow is the act told."""
    events = resolved(text)
    assert not _of(events, "ASSAULT")
    assert _of(events, "THREATEN")


def test_a_done_strike_answered_stays_an_assault(resolved: CodeFn) -> None:
    events = resolved("Iran vowed to retaliate against the Israeli strike on its embassy.")
    assert _of(events, "ASSAULT") and _of(events, "THREATEN")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Iran vowed to retaliate against the Israeli strike on its embassy.", "ISR"),
        ("Hezbollah vowed to avenge the Israeli strike that killed its commander.", "ISR"),
        ("Pakistan vowed to retaliate against the Indian missile strikes.", "IND"),
        ("Iran vowed revenge for the Israeli strike on its consulate.", "ISR"),
    ],
)
def test_a_vow_to_answer_a_strike_threatens_its_doer(
    resolved: CodeFn, text: str, country: str
) -> None:
    """``answered-doer`` reads the response verb the vow takes, and the doer's people word
    (``targets.DOER_DEMONYM_RULES``)."""
    threats = _of(resolved(text), "THREATEN")
    assert threats and threats[0].target is not None
    assert threats[0].target.country == country


@pytest.mark.parametrize(
    "text",
    [
        "Iran vowed to retaliate after the Israeli strike on its consulate.",
        "Iran vowed to retaliate against the strike on its consulate.",
    ],
)
def test_a_vow_with_no_doer_answered_has_no_target(resolved: CodeFn, text: str) -> None:
    threats = _of(resolved(text), "THREATEN")
    assert threats and threats[0].target is None


def test_a_crowd_gathered_to_protest_demonstrates(resolved: CodeFn) -> None:
    """``gathering-not-protesters`` widened: gathering to protest, rally or march is a
    demonstration by whoever gathers."""
    protests = _of(
        resolved("Hundreds of people gathered in Kyiv to rally against the bill."), "PROTEST"
    )
    assert protests and protests[0].source is not None
    assert protests[0].source.country == "UKR"


@pytest.mark.parametrize(
    "text",
    [
        "World leaders gathered in Brussels to condemn the bombing.",
        "Hundreds of fans gathered in Madrid to celebrate the title.",
    ],
)
def test_a_gathering_for_another_purpose_is_no_protest(resolved: CodeFn, text: str) -> None:
    assert not _of(resolved(text), "PROTEST")


def test_a_ban_whose_on_hangs_on_the_verb_is_still_a_sanction(resolved: CodeFn) -> None:
    """``sanction-ban``: the parser hangs "on the sale of weapons" on "imposed"."""
    events = resolved("Canada imposed a ban on the sale of weapons to Saudi Arabia.")
    assert _of(events, "SANCTION") and not _of(events, "COERCE")


def test_a_ban_on_selling_land_stays_a_coerce(resolved: CodeFn) -> None:
    events = resolved("The government imposed a ban on the sale of land to Chinese buyers.")
    assert not _of(events, "SANCTION")
