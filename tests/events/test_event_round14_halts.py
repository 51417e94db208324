"""Round 14, i137: talks ended by an idiom are a SANCTION (type rule ``talks-halted-idiom``,
events/halted_talks.py); a gathering called off with no party named codes nothing
(``gathering-called-off``); a future act of a named party told by a teller of another
state is no AGREE (events/told_intents.py). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey pulled the plug on its negotiations with the European Union.",
        "Portugal pulled the plug on talks with Brazil last week.",
        "Iran abandoned its nuclear negotiations with Washington.",
    ],
)
def test_talks_ended_by_an_idiom_are_a_sanction(resolved: CodeFn, text: str) -> None:
    types = {e.event_type for e in resolved(text)}
    assert "SANCTION" in types and "CONSULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        # near misses: talks resumed or joined are held; aid ended is not talks
        "Turkey resumed its negotiations with the European Union.",
        "Turkey pulled the rebels into talks with Greece.",
    ],
)
def test_talks_held_stay_consult(resolved: CodeFn, text: str) -> None:
    types = {e.event_type for e in resolved(text)}
    assert "CONSULT" in types and "SANCTION" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Peru canceled the APEC summit it was due to host in November amid mass protests.",
        "Peru canceled a planned summit because of the unrest.",
        "Peru cancelled a planned summit of Pacific leaders.",
    ],
)
def test_gathering_called_off_with_no_party_codes_nothing(resolved: CodeFn, text: str) -> None:
    assert not [e for e in resolved(text) if e.event_type == "SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a summit or visit called off with a party named sanctions that party
        "Peru canceled a planned summit with Chile.",
        "Peru cancelled a planned visit to Chile.",
    ],
)
def test_meeting_called_off_with_a_party_stays_sanction(resolved: CodeFn, text: str) -> None:
    events = [e for e in resolved(text) if e.event_type == "SANCTION"]
    assert events and events[0].target is not None and events[0].target.country == "CHL"


@pytest.mark.parametrize(
    "text",
    [
        "Qatar said Israeli forces would withdraw from the city under the deal.",
        "Ukraine's president said the Russian army would withdraw from Kherson.",
        "A Jordanian minister said Israel would release 50 prisoners on Sunday.",
    ],
)
def test_future_act_told_by_another_state_is_no_agree(resolved: CodeFn, text: str) -> None:
    assert not [e for e in resolved(text) if e.event_type == "AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the doer's own stated intention, or one told by the press or an
        # unplaced teller (PLOVER's gold codes those as the doer's AGREE), stays an AGREE
        "The army said it would withdraw from the town by Friday.",
        "Russian officials said Russia will withdraw its troops from Syria.",
        "A spokesman said the army would withdraw from the town by Friday.",
        "Israel said it would release 50 prisoners on Sunday.",
        "Libya will visit Tunisia in June, the Egyptian news agency said.",
    ],
)
def test_own_or_press_told_intention_stays_agree(resolved: CodeFn, text: str) -> None:
    assert [e for e in resolved(text) if e.event_type == "AGREE"]


def test_visit_announced_by_the_host_stays_agree(resolved: CodeFn) -> None:
    # near miss: the act's other party announcing it tells an arrangement made with it
    text = "The Chilean foreign minister will visit Peru in June, the Peruvian embassy said."
    assert [e for e in resolved(text) if e.event_type == "AGREE"]
